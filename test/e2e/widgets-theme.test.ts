import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';
import { ledgerOf, memberOf, setUpProgram } from '../support/loyalty-fixtures.js';
import { invitedReview, submitReviews } from '../support/reviews-fixtures.js';

const CHROMIUM = '/usr/bin/chromium';
const skip = !existsSync(CHROMIUM) && !process.env['CI'];
if (skip) console.warn(`${CHROMIUM} is missing: the widget theme browser test is skipped`);
const SHOTS = '/tmp/shots/widgets';
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe.skipIf(skip)('the stored widget theme and carousel pick on a shop’s page, in a real browser', () => {
  let app: TestApp;
  let shop: Tenant;
  let browser: Browser;
  let storefront: Server;
  let trustloop: string;
  let shopUrl: string;
  let picked: string[];

  beforeAll(async () => {
    const port = await freePort();
    trustloop = `http://127.0.0.1:${port}`;
    app = await createTestApp('sqlite', { env: { PUBLIC_URL: trustloop } });
    shop = await createTenant(app, 'Motyw');
    await app.trustloop.app.listen({ host: '127.0.0.1', port });
    storefront = createServer((request, response) => {
      if (request.url === '/favicon.ico') return void response.writeHead(204).end();
      if (request.url !== '/') return void response.writeHead(404).end();
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Themed shop</title>
<link rel="stylesheet" href="${trustloop}/widgets/v1/widgets.css">
<script src="${trustloop}/widgets/v1/loader.js" data-channel="${shop.publicId}" async></script>
<style>body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:760px;padding:16px}</style></head>
<body><main><h1>Themed shop</h1><p><trustloop-stars></trustloop-stars></p><trustloop-badge></trustloop-badge>
<trustloop-reviews page-size="2"></trustloop-reviews><trustloop-carousel></trustloop-carousel>
<trustloop-newsletter></trustloop-newsletter></main>
<trustloop-loyalty></trustloop-loyalty></body></html>`);
    });
    await new Promise<void>((resolve) => storefront.listen(0, '127.0.0.1', resolve));
    shopUrl = `http://localhost:${(storefront.address() as AddressInfo).port}`;

    // The hub answers the shop's own origin only: the demo shop is on localhost.
    const domain = await app.inject({
      method: 'PATCH',
      url: `/api/v1/channels/${shop.channelId}`,
      headers: shop.auth,
      payload: { domain: 'localhost' },
    });
    expect(domain.statusCode, domain.body).toBe(200);
    const reviews = await submitReviews(app, [
      invitedReview(shop, { rating: 5, title: 'Best', text: 'The highest rated, not picked.' }),
      invitedReview(shop, {
        rating: 3,
        title: 'Picked first',
        text: 'A middling review the merchant chose.',
      }),
      invitedReview(shop, { rating: 4, title: 'Picked second', text: 'Good, and chosen second.' }),
    ]);
    picked = [reviews[1]!.reviewId, reviews[2]!.reviewId];
    await setUpProgram(app, shop, { signupPoints: 10, newsletterPoints: 25 });
    const stored = await app.inject({
      method: 'PATCH',
      url: `/api/v1/channels/${shop.channelId}/widget-settings`,
      headers: shop.auth,
      payload: {
        theme: { accent: '#7c3aed', star: '#db2777', text: '#1e1b4b', background: '#faf5ff', radius: 2 },
        carouselReviewIds: picked,
      },
    });
    expect(stored.statusCode, stored.body).toBe(200);
    expect(stored.json().warnings).toEqual([]);

    mkdirSync(SHOTS, { recursive: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox'] });
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => storefront?.close(resolve));
    await app?.close();
  });

  /** A computed style inside an element's shadow root (browser code as text: no DOM lib here). */
  const styleOf = (page: Page, host: string, selector: string, property: string) =>
    page.evaluate(
      `getComputedStyle(document.querySelector(${JSON.stringify(host)}).shadowRoot.querySelector(${JSON.stringify(selector)})).${property}`,
    );

  it('every element wears the stored colours and radius, the carousel shows the picked reviews in order, axe is clean', async () => {
    const page = await browser.newPage({ viewport: { width: 900, height: 1300 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(shopUrl);
    await page.locator('trustloop-carousel .slide').first().waitFor({ timeout: 8000 });
    await page.locator('trustloop-reviews [part="review"]').first().waitFor({ timeout: 8000 });
    await page.locator('trustloop-loyalty [part="launcher"]').waitFor({ timeout: 8000 });

    expect(await styleOf(page, 'trustloop-loyalty', '[part="launcher"]', 'backgroundColor')).toBe(
      'rgb(124, 58, 237)',
    );
    expect(await styleOf(page, 'trustloop-carousel', '.slide', 'backgroundColor')).toBe('rgb(250, 245, 255)');
    expect(await styleOf(page, 'trustloop-carousel', '.slide', 'borderTopLeftRadius')).toBe('2px');
    expect(await styleOf(page, 'trustloop-reviews', '[part="body"]', 'color')).toBe('rgb(30, 27, 75)');
    expect(await styleOf(page, 'trustloop-stars', '.on svg', 'fill')).toBe('rgb(219, 39, 119)');

    const slides = await page.locator('trustloop-carousel .slide p:first-of-type').allTextContents();
    expect(slides.map((text) => text.split('.')[0])).toEqual(['Picked first', 'Picked second']);

    await page.addScriptTag({ content: AXE });
    const violations: Array<{ id: string; impact: string }> = await page.evaluate(
      'axe.run().then((result) => result.violations)',
    );
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/themed-page.png`, fullPage: true });
    await page.locator('trustloop-loyalty [part="launcher"]').click();
    await page.locator('trustloop-loyalty dialog[open]').waitFor();
    await page.screenshot({ path: `${SHOTS}/themed-loyalty.png` });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the newsletter form records the ticked opt-in, says thank you, and its points are awarded once', async () => {
    const page = await browser.newPage({ viewport: { width: 900, height: 1300 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.addInitScript(`window.cls = 0; new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.cls += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });`);
    for (let i = 0; i < 2; i++) {
      await page.goto(shopUrl);
      const form = page.locator('trustloop-newsletter form');
      await form.waitFor({ timeout: 8000 });
      await form.getByLabel('Email address').fill('reader@example.com');
      await form.getByRole('checkbox').check();
      await form.getByRole('button', { name: 'Subscribe' }).click();
      await form.getByText('Thank you, you are subscribed.').waitFor({ timeout: 8000 });
      await app.trustloop.jobs.runDueJobs();
    }
    expect(await page.evaluate('window.cls')).toBe(0);
    await page.locator('trustloop-newsletter').screenshot({ path: `${SHOTS}/newsletter-done.png` });
    expect(await app.trustloop.contacts.getConsent(shop.channelId, 'reader@example.com')).toBe('subscribed');
    const { body: member } = await memberOf(app, shop, 'reader@example.com');
    const entries = await ledgerOf(app, shop, member.memberId);
    expect(entries.filter((entry) => entry.cause === 'newsletter').map((entry) => entry.points)).toEqual([
      25,
    ]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

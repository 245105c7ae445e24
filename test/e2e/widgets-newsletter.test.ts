import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';
import { ledgerOf, memberOf, setUpProgram } from '../support/loyalty-fixtures.js';
import { type SmtpSink, startSmtpSink } from '../support/smtp-sink.js';

const CHROMIUM = '/usr/bin/chromium';
const skip = !existsSync(CHROMIUM) && !process.env['CI'];
if (skip) console.warn(`${CHROMIUM} is missing: the newsletter browser test is skipped`);
const SHOTS = '/tmp/shots-widgets';
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function seriousViolations(page: Page) {
  await page.addScriptTag({ content: AXE });
  const violations: Array<{ id: string; impact: string }> = await page.evaluate(
    'axe.run().then((result) => result.violations)',
  );
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/**
 * <trustloop-newsletter> on a shop whose channel asks for double opt-in: the shop's server
 * prints widgets/newsletter.html inside the element (as docs/widgets.md says), so the same page
 * works with JavaScript (the element) and without it (the printed form).
 */
describe.skipIf(skip)('the newsletter sign-up with double opt-in, in a real browser', () => {
  let app: TestApp;
  let sink: SmtpSink;
  let shop: Tenant;
  let browser: Browser;
  let storefront: Server;
  let trustloop: string;
  let shopUrl: string;

  beforeAll(async () => {
    const port = await freePort();
    trustloop = `http://127.0.0.1:${port}`;
    sink = await startSmtpSink();
    app = await createTestApp('sqlite', { env: { PUBLIC_URL: trustloop, SMTP_URL: sink.url } });
    shop = await createTenant(app, 'Kiosk');
    await app.trustloop.app.listen({ host: '127.0.0.1', port });
    storefront = createServer(async (request, response) => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      if (url.pathname === '/favicon.ico') return void response.writeHead(204).end();
      if (url.pathname !== '/') return void response.writeHead(404).end();
      const lang = url.searchParams.get('lang') ?? 'en';
      // What a shop's server does: fetch the fragment and print it inside the element.
      const fallback = await fetch(
        `${trustloop}/public/v1/channels/${shop.publicId}/widgets/newsletter.html?lang=${lang}`,
      ).then((r) => r.text());
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(`<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>Kiosk</title>
<link rel="stylesheet" href="${trustloop}/widgets/v1/widgets.css">
<script src="${trustloop}/widgets/v1/loader.js" data-channel="${shop.publicId}" async></script>
<style>body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:640px;padding:16px}</style></head>
<body><main><h1>Kiosk</h1><trustloop-newsletter>${fallback}</trustloop-newsletter></main></body></html>`);
    });
    await new Promise<void>((resolve) => storefront.listen(0, '127.0.0.1', resolve));
    shopUrl = `http://localhost:${(storefront.address() as AddressInfo).port}`;
    const domain = await app.inject({
      method: 'PATCH',
      url: `/api/v1/channels/${shop.channelId}`,
      headers: shop.auth,
      payload: { domain: 'localhost' },
    });
    expect(domain.statusCode, domain.body).toBe(200);
    await setUpProgram(app, shop, { signupPoints: 0, newsletterPoints: 30 });
    const settings = await app.inject({
      method: 'PATCH',
      url: `/api/v1/channels/${shop.channelId}/widget-settings`,
      headers: shop.auth,
      payload: { newsletter: { doubleOptIn: true } },
    });
    expect(settings.statusCode, settings.body).toBe(200);
    mkdirSync(SHOTS, { recursive: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox'] });
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => storefront?.close(resolve));
    await app?.close();
    await sink?.close();
  });

  /** The confirmation link mailed to `email`, once the job has sent it. */
  async function mailedLink(email: string): Promise<string> {
    await expect
      .poll(async () => {
        await app.trustloop.jobs.runDueJobs();
        return sink.to(email).length;
      })
      .toBe(1);
    const link = /http:\/\/127\.0\.0\.1:\d+\/\S+/.exec(String(sink.to(email)[0]!.mail.text))?.[0];
    if (!link) throw new Error('no link in the confirmation email');
    return link;
  }

  const newsletterPoints = async (email: string) => {
    const { status, body } = await memberOf(app, shop, email);
    if (status === 404) return [];
    const entries = await ledgerOf(app, shop, body.memberId);
    return entries.filter((entry) => entry.cause === 'newsletter').map((entry) => entry.points);
  };

  it('the element says “check your inbox”; the points come only once the emailed link is confirmed, and only once', async () => {
    // bypassCSP: axe-core is injected as an inline script, which Trustloop's own pages refuse.
    const context = await browser.newContext({ bypassCSP: true, viewport: { width: 800, height: 700 } });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(shopUrl);
    const form = page.locator('trustloop-newsletter form[part="form"]');
    await form.getByLabel('Email address').fill('mia@example.com');
    await form.getByRole('checkbox').check();
    await form.getByRole('button', { name: 'Subscribe' }).click();
    await form
      .getByRole('status')
      .getByText('Almost done: check your inbox. We sent a confirmation link to mia@example.com.')
      .waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.locator('trustloop-newsletter').screenshot({ path: `${SHOTS}/newsletter-check-inbox.png` });
    expect(await app.trustloop.contacts.getConsent(shop.channelId, 'mia@example.com')).toBe('pending');
    expect(await newsletterPoints('mia@example.com')).toEqual([]);
    expect(errors).toEqual([]);

    const link = await mailedLink('mia@example.com');
    await page.goto(link);
    await page.getByText('Confirm your subscription to the').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/newsletter-confirm-page.png` });
    expect(await newsletterPoints('mia@example.com')).toEqual([]);
    for (let i = 0; i < 2; i++) {
      await page.goto(link);
      await page.getByRole('button', { name: 'Confirm' }).click();
      await page.getByRole('status').getByText('your subscription to the').waitFor();
      await app.trustloop.jobs.runDueJobs();
    }
    await page.screenshot({ path: `${SHOTS}/newsletter-confirmed.png` });
    expect(await app.trustloop.contacts.getConsent(shop.channelId, 'mia@example.com')).toBe('subscribed');
    expect(await newsletterPoints('mia@example.com')).toEqual([30]);
    await context.close();
  }, 60_000);

  it('without JavaScript the printed form signs up and answers a plain page in the shopper’s language', async () => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 800, height: 700 },
    });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(`${shopUrl}/?lang=de`);
    const form = page.locator('trustloop-newsletter form.tl-newsletter');
    await form.getByLabel('E-Mail-Adresse').fill('noah@example.de');
    await page.screenshot({ path: `${SHOTS}/newsletter-no-js-form.png` });
    await form.getByRole('checkbox').check();
    await form.getByRole('button', { name: 'Abonnieren' }).click();
    await page
      .getByRole('status')
      .getByText(
        'Fast geschafft: Schauen Sie in Ihr Postfach. Wir haben einen Bestätigungslink an noah@example.de gesendet.',
      )
      .waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
    await page.screenshot({ path: `${SHOTS}/newsletter-no-js-done.png` });
    expect(await app.trustloop.contacts.getConsent(shop.channelId, 'noah@example.de')).toBe('pending');
    const link = await mailedLink('noah@example.de');
    expect(sink.to('noah@example.de')[0]!.mail.subject).toContain('Bestätigen Sie Ihr Abonnement');
    await page.goto(link);
    await page.getByRole('button', { name: 'Bestätigen' }).click();
    await page.getByRole('status').getByText('ist bestätigt').waitFor();
    await app.trustloop.jobs.runDueJobs();
    expect(await newsletterPoints('noah@example.de')).toEqual([30]);
    await context.close();
  }, 60_000);
});

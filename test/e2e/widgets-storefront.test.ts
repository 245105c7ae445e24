import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { SignJWT } from 'jose';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signShopperToken } from '../../src/loyalty/index.js';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';
import {
  anOrder,
  createReward,
  deliver,
  memberOf,
  orderEvent,
  setUpProgram,
} from '../support/loyalty-fixtures.js';
import { invitedReview, submitReviews } from '../support/reviews-fixtures.js';

const CHROMIUM = '/usr/bin/chromium';
const skip = !existsSync(CHROMIUM) && !process.env['CI'];
if (skip) console.warn(`${CHROMIUM} is missing: the storefront widget browser test is skipped`);
const SHOTS = '/tmp/widget-shots';
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** A port nobody listens on yet, so PUBLIC_URL can name the port Trustloop will listen on. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

// Product MUG-1: 7 reviews, average 30 / 7 = 4.29 → "4,3".
const MUG_RATINGS = [5, 5, 4, 4, 4, 5, 3];

describe.skipIf(skip)('the storefront widgets on a shop’s page, in a real browser', () => {
  let app: TestApp;
  let shop: Tenant;
  let browser: Browser;
  let storefront: Server;
  let trustloop: string;
  let shopUrl: string;
  let secret: string;
  let shipping: string;

  /** The demo product page a shop would serve: one script tag, the elements where it wants them. */
  function productPage(query: URLSearchParams): string {
    const lang = query.get('lang') ?? 'en';
    const email = query.get('as');
    const exp = Math.floor(Date.now() / 1000) + 3600;
    const token = email ? signShopperToken(secret, { email, exp }) : (query.get('jwt') ?? '');
    return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>Kubek</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${trustloop}/widgets/v1/widgets.css">
<script src="${trustloop}/widgets/v1/loader.js" data-channel="${shop.publicId}" async></script>
<style>body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:760px;padding:16px}</style></head>
<body><main><h1>Kubek ceramiczny</h1><p><trustloop-stars sku="MUG-1"></trustloop-stars></p>
<p>Handmade mug, 350 ml.</p><trustloop-badge></trustloop-badge>
<h2 id="reviews">Reviews</h2><trustloop-reviews sku="MUG-1" page-size="3"></trustloop-reviews>
<trustloop-carousel></trustloop-carousel><p>Footer text that must not move.</p></main>
<trustloop-loyalty token="${token}" login-url="${shopUrl}/account/login"></trustloop-loyalty></body></html>`;
  }

  beforeAll(async () => {
    const port = await freePort();
    trustloop = `http://127.0.0.1:${port}`;
    app = await createTestApp('sqlite', { env: { PUBLIC_URL: trustloop } });
    shop = await createTenant(app, 'Sklep');
    await app.trustloop.app.listen({ host: '127.0.0.1', port });

    // The shop runs on another origin: localhost (Trustloop is on 127.0.0.1).
    storefront = createServer(async (request, response) => {
      const url = new URL(request.url ?? '/', shopUrl);
      if (url.pathname === '/product') {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end(productPage(url.searchParams));
      } else if (url.pathname === '/nojs') {
        // A shop's server prints the fragments inside the elements (what search engines read).
        const fragment = async (name: string) =>
          (
            await fetch(
              `${trustloop}/public/v1/channels/${shop.publicId}/widgets/${name}.html?sku=MUG-1&lang=pl`,
            )
          ).text();
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end(
          `<!DOCTYPE html><html lang="pl"><head><meta charset="utf-8"><title>Kubek</title>
<script src="${trustloop}/widgets/v1/loader.js" data-channel="${shop.publicId}" async></script></head>
<body><main><h1>Kubek</h1><trustloop-stars sku="MUG-1">${await fragment('stars')}</trustloop-stars>
<trustloop-reviews sku="MUG-1">${await fragment('reviews')}</trustloop-reviews></main></body></html>`,
        );
      } else if (url.pathname === '/cart') {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end(
          `<!DOCTYPE html><html lang="en"><title>Cart</title><h1>Cart: ${url.searchParams.get('code')}</h1>`,
        );
      } else if (url.pathname === '/favicon.ico') {
        response.writeHead(204).end();
      } else {
        response.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => storefront.listen(0, '127.0.0.1', resolve));
    shopUrl = `http://localhost:${(storefront.address() as AddressInfo).port}`;

    const patched = await app.inject({
      method: 'PATCH',
      url: `/api/v1/channels/${shop.channelId}`,
      headers: shop.auth,
      payload: { domain: 'localhost' },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    secret = await app.trustloop.accounts.channels.signingSecret(shop.accountId, shop.channelId);

    await submitReviews(app, [
      ...MUG_RATINGS.map((rating, i) =>
        invitedReview(shop, {
          type: 'product',
          rating,
          title: `Kubek ${i + 1}`,
          text: `Opinia numer ${i + 1} o kubku.`,
          displayName: `Klient ${i + 1}`,
          verifiedBuyer: i % 2 === 0,
          product: { productId: null, sku: 'MUG-1', gtin: null, title: 'Kubek' },
        }),
      ),
      invitedReview(shop, { rating: 5, title: 'Super sklep', text: 'Szybka wysyłka i świetny kontakt.' }),
    ]);

    await setUpProgram(app, shop, {
      signupPoints: 0,
      coupons: { platform: 'custom', applyUrlTemplate: `${shopUrl}/cart?code={code}`, validDays: 30 },
    });
    shipping = (
      await createReward(app, shop, { name: 'Darmowa dostawa', kind: 'free_shipping', pointsCost: 100 })
    ).rewardId;
    await createReward(app, shop, { name: '10% rabatu', kind: 'percent_off', value: 10, pointsCost: 500 });
    await deliver(app, shop, [
      orderEvent('paid', anOrder(shop, { email: 'anna@example.pl', subtotal: 25_000, total: 25_000 })),
      orderEvent('paid', anOrder(shop, { email: 'ex@example.pl', subtotal: 15_000, total: 15_000 })),
    ]);

    mkdirSync(SHOTS, { recursive: true });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
      ],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => storefront?.close(resolve));
    await app?.close();
  });

  /** A page that records console errors and every layout shift from the start. */
  async function open(path: string): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage({ viewport: { width: 900, height: 1400 } });
    // A step that never happens fails under its own name, well inside the test's time.
    page.setDefaultTimeout(10_000);
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.text().startsWith('SHIFT')) console.log(message.text());
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('response', (response) => {
      if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
    });
    // Browser-side code as text: the test project is compiled without the DOM library.
    await page.addInitScript(`
      window.cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) {
          window.cls += entry.value;
          console.log('SHIFT ' + entry.startTime.toFixed(0) + ' ' + entry.value.toFixed(4) + ' ' + entry.sources.map((s) => (s.node ? (s.node.nodeName + '.' + (s.node.className || '')) : '?') + ' ' + JSON.stringify(s.previousRect) + '->' + JSON.stringify(s.currentRect)).join(' | '));
        }
      }).observe({ type: 'layout-shift', buffered: true });
    `);
    await page.goto(`${shopUrl}${path}`);
    return { page, errors };
  }

  async function axeSerious(page: Page): Promise<string[]> {
    await page.addScriptTag({ content: AXE });
    const violations: Array<{ id: string; impact: string; nodes: unknown[] }> = await page.evaluate(
      'axe.run().then((result) => result.violations)',
    );
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id} (${v.impact}): ${JSON.stringify(v.nodes.map((n) => (n as { target: unknown }).target))}`,
      );
  }

  it('a Polish product page shows the right numbers, loads more reviews, shifts nothing and passes axe', async () => {
    const { page, errors } = await open('/product?lang=pl');
    // The stars' accessible name is the spoken sentence; the visible text is the short form.
    await page.getByRole('link', { name: '4,3 na 5, 7 opinii', exact: true }).waitFor();
    await expect(page.locator('trustloop-stars [part=count]').innerText()).resolves.toBe('4,3 (7)');
    const list = page.locator('trustloop-reviews');
    await list.locator('li.card').nth(2).waitFor();
    expect(await list.locator('li.card').count()).toBe(3);
    await expect(list.locator('.total').innerText()).resolves.toBe('4,3 na 5, 7 opinii');
    await expect(list.locator('.verified, [part=verified]').first().innerText()).resolves.toContain(
      'Zweryfikowany zakup',
    );
    await page.locator('trustloop-badge a').waitFor();
    await page.locator('trustloop-carousel .slide').first().waitFor();
    await page.locator('trustloop-loyalty .launch').waitFor();
    await page.waitForTimeout(300);
    expect(await page.evaluate('window.cls')).toBe(0);
    await page.screenshot({ path: `${SHOTS}/product-page-pl.png`, fullPage: true });
    await page.locator('trustloop-stars').screenshot({ path: `${SHOTS}/stars-pl.png` });
    await page.locator('trustloop-badge').screenshot({ path: `${SHOTS}/badge-pl.png` });
    await page.locator('trustloop-carousel').screenshot({ path: `${SHOTS}/carousel-pl.png` });

    // "Show more": the next 3, then the last one, then no button.
    const more = list.locator('button.more');
    await more.click();
    await list.locator('li.card').nth(5).waitFor();
    await more.click();
    await list.locator('li.card').nth(6).waitFor();
    await expect(more.isHidden()).resolves.toBe(true);
    // The distribution filters: 3 stars → the one review.
    await list.locator('button[data-rating="3"]').click();
    await expect.poll(() => list.locator('li.card').count()).toBe(1);
    await expect(list.locator('button[data-rating="3"]').getAttribute('aria-pressed')).resolves.toBe('true');
    await list.screenshot({ path: `${SHOTS}/reviews-pl-filtered.png` });

    expect(await axeSerious(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a Swedish page announces the same numbers in Swedish', async () => {
    const { page, errors } = await open('/product?lang=sv');
    await page.getByRole('link', { name: '4,3 av 5, 7 omdömen', exact: true }).waitFor();
    await page.locator('trustloop-reviews li.card').nth(2).waitFor();
    await expect(page.locator('trustloop-reviews .total').innerText()).resolves.toBe('4,3 av 5, 7 omdömen');
    await expect(page.locator('trustloop-reviews select option').first().innerText()).resolves.toBe('Nyaste');
    await page.locator('trustloop-reviews').screenshot({ path: `${SHOTS}/reviews-sv.png` });
    expect(errors).toEqual([]);
    await page.close();
  });

  /** Opens the loyalty panel and waits for its content. */
  async function panel(page: Page) {
    await page.locator('trustloop-loyalty .launch').click();
    const dialog = page.locator('trustloop-loyalty dialog');
    await dialog.locator('h2').waitFor();
    return dialog;
  }

  it('an anonymous visitor gets the sign-in prompt with the shop’s login page; Escape closes the panel', async () => {
    const { page, errors } = await open('/product?lang=en');
    const dialog = await panel(page);
    await expect(dialog.locator('p').first().innerText()).resolves.toBe(
      'Sign in to see your points and rewards.',
    );
    await expect(dialog.locator('a.btn').getAttribute('href')).resolves.toBe(`${shopUrl}/account/login`);
    expect(await page.evaluate('document.activeElement.tagName')).toBe('TRUSTLOOP-LOYALTY');
    await page.screenshot({ path: `${SHOTS}/loyalty-anonymous.png` });
    expect(await axeSerious(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(dialog.isVisible()).resolves.toBe(false);
    await expect(
      page.evaluate("document.querySelector('trustloop-loyalty').shadowRoot.activeElement?.className"),
    ).resolves.toBe('launch');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a signed-in shopper with no points sees an empty bar and joins', async () => {
    const { page, errors } = await open('/product?lang=pl&as=nowa@example.pl');
    const dialog = await panel(page);
    await expect(dialog.locator('[role=progressbar]').getAttribute('aria-valuenow')).resolves.toBe('0');
    await page.screenshot({ path: `${SHOTS}/loyalty-not-member.png` });
    await dialog.locator('button.join').click();
    await dialog.locator('.ref input').waitFor();
    expect((await memberOf(app, shop, 'nowa@example.pl')).body.state).toBe('member');
    await expect(dialog.locator('button.join').count()).resolves.toBe(1); // no points yet: still "start earning"
    await page.screenshot({ path: `${SHOTS}/loyalty-no-points.png` });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a member (signed in with a JWT) sees points, progress and rewards, and a redemption lands in the cart', async () => {
    const jwt = await new SignJWT({ sub: 'anna@example.pl' })
      .setProtectedHeader({ alg: 'HS256' })
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(secret));
    const { page, errors } = await open(`/product?lang=pl&jwt=${jwt}`);
    await expect.poll(() => page.locator('trustloop-loyalty .launch').innerText()).toBe('Nagrody · 250 pkt');
    const dialog = await panel(page);
    await expect(dialog.locator('.big').innerText()).resolves.toBe('Masz 250 punktów');
    await expect(dialog.locator('[role=progressbar]').getAttribute('aria-valuenow')).resolves.toBe('50');
    await expect(dialog.locator('.ref input').inputValue()).resolves.toMatch(/^https:\/\/localhost\/\?ref=/);
    await dialog.locator('details summary').click();
    await page.screenshot({ path: `${SHOTS}/loyalty-member.png` });
    expect(await axeSerious(page)).toEqual([]);
    await Promise.all([
      page.waitForURL(/\/cart\?code=/),
      dialog.locator(`button.redeem[data-reward="${shipping}"]`).click(),
    ]);
    const code = new URL(page.url()).searchParams.get('code');
    await expect(page.locator('h1').innerText()).resolves.toBe(`Cart: ${code}`);
    expect((await memberOf(app, shop, 'anna@example.pl')).body.balance).toBe(150);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('an excluded customer sees only their coupons, with "apply to cart"', async () => {
    const token = signShopperToken(secret, {
      email: 'ex@example.pl',
      exp: Math.floor(Date.now() / 1000) + 600,
    });
    const redeemed = await app.inject({
      method: 'POST',
      url: `/public/v1/channels/${shop.publicId}/hub/redeem`,
      headers: { authorization: `Shopper ${token}` },
      payload: { rewardId: shipping },
    });
    expect(redeemed.statusCode, redeemed.body).toBe(201);
    const { body: member } = await memberOf(app, shop, 'ex@example.pl');
    await app.inject({
      method: 'POST',
      url: `/api/v1/channels/${shop.channelId}/loyalty/members/${member.memberId}/exclude`,
      headers: shop.auth,
    });
    const { page, errors } = await open('/product?lang=en&as=ex@example.pl');
    const dialog = await panel(page);
    await expect(dialog.locator('ul[part=coupons] a').getAttribute('href')).resolves.toBe(
      redeemed.json().coupon.applyUrl,
    );
    expect(await dialog.locator('[role=progressbar], button.redeem, .ref, details').count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/loyalty-excluded.png` });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('another site cannot read the hub with a shopper’s token (CORS is the shop’s origin only)', async () => {
    const page = await browser.newPage();
    await page.goto(`${trustloop}/healthz`); // Trustloop's own origin stands in for "another site"
    const token = signShopperToken(secret, {
      email: 'anna@example.pl',
      exp: Math.floor(Date.now() / 1000) + 600,
    });
    const outcome = await page.evaluate(
      async ([url, token]) => {
        try {
          await fetch(url!, { headers: { authorization: `Shopper ${token}` } });
          return 'read';
        } catch {
          return 'blocked';
        }
      },
      [`http://localhost:${new URL(trustloop).port}/public/v1/channels/${shop.publicId}/hub`, token],
    );
    expect(outcome).toBe('blocked');
    await page.close();
  });

  it('a token set after the page loaded (as from a Shopify app proxy) redraws the panel as the member’s', async () => {
    const { page, errors } = await open('/product?lang=en');
    await expect.poll(() => page.locator('trustloop-loyalty .launch').innerText()).toBe('Rewards');
    const token = signShopperToken(secret, {
      email: 'anna@example.pl',
      exp: Math.floor(Date.now() / 1000) + 600,
    });
    await page.evaluate(`document.querySelector('trustloop-loyalty').setAttribute('token', '${token}')`);
    await expect
      .poll(() => page.locator('trustloop-loyalty .launch').innerText())
      .toBe('Rewards · 150 points');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('without JavaScript, the shop’s server-printed fragments show the same stars and reviews', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${shopUrl}/nojs`);
    await expect(page.locator('trustloop-stars a').innerText()).resolves.toContain('4,3 na 5 · 7 opinii');
    expect(await page.locator('trustloop-reviews article').count()).toBe(7);
    await page.screenshot({ path: `${SHOTS}/nojs-fallback.png`, fullPage: true });
    await page.close();
  });
});

import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';
import { linkPath, postInvitation } from '../support/invitations-fixtures.js';

const CHROMIUM = '/usr/bin/chromium';
// In CI the browser must be there (the CI script installs it); locally a missing one skips.
const skip = !existsSync(CHROMIUM) && !process.env['CI'];
if (skip)
  console.warn(
    `${CHROMIUM} is missing: the questionnaire browser test is skipped (apt-get install chromium)`,
  );

async function focusedId(page: Page): Promise<string | undefined> {
  return (await page.locator(':focus').getAttribute('id')) ?? undefined;
}

describe.skipIf(skip)('the questionnaire in a real browser', () => {
  let app: TestApp;
  let shop: Tenant;
  let browser: Browser;
  let origin: string;

  beforeAll(async () => {
    app = await createTestApp('sqlite');
    shop = await createTenant(app, 'Sklep');
    await app.trustloop.app.listen({ host: '127.0.0.1', port: 0 });
    origin = `http://127.0.0.1:${(app.trustloop.app.server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('a Polish customer rates with the keyboard only, submits, and the review reaches the reviews core', async () => {
    const { body } = await postInvitation(app, shop, {
      email: 'anna@example.pl',
      name: 'Anna Kowalska',
      orderNumber: '#1001',
      type: 'both',
      products: [{ title: 'Kubek ceramiczny', sku: 'MUG-1' }],
      send: 'link',
    });
    const page = await browser.newPage({ javaScriptEnabled: false });
    const response = await page.goto(`${origin}${linkPath(body.invitation)}`);
    expect(response?.status()).toBe(200);
    await expect(page.title()).resolves.toBe('Oceń zakupy w sklepie Sklep PL');
    expect(await page.getByRole('group', { name: 'Jak oceniasz sklep Sklep PL?' }).count()).toBe(1);

    // Service: Tab into the star group, Space picks 1 star, arrows move the choice to 5.
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('service_rating_1');
    await page.keyboard.press('Space');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    expect(await focusedId(page)).toBe('service_rating_5');
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('service_title');
    await page.keyboard.type('Polecam!');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Szybka dostawa, świetny kontakt.');

    // Product: the next group, 4 stars.
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('product_0_rating_1');
    await page.keyboard.press('Space');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Ładny kubek.');
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('display_name');
    await page.keyboard.type('Ania');

    expect(await page.locator('input[name="service_rating"]:checked').getAttribute('value')).toBe('5');
    expect(await page.locator('input[name="product_0_rating"]:checked').getAttribute('value')).toBe('4');

    await page.keyboard.press('Tab');
    const [navigation] = await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    expect(navigation?.status()).toBe(200);
    await expect(page.locator('h1').textContent()).resolves.toBe('Dziękujemy za opinię!');

    const reviews = await app.inject({
      method: 'GET',
      url: `/api/v1/reviews?channelId=${shop.channelId}`,
      headers: shop.auth,
    });
    expect(reviews.statusCode).toBe(200);
    const items = reviews.json().items as Array<Record<string, unknown>>;
    expect(items).toHaveLength(2);
    expect(items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          type: 'service',
          rating: 5,
          title: 'Polecam!',
          text: 'Szybka dostawa, świetny kontakt.',
        }),
        expect.objectContaining({ type: 'product', rating: 4, text: 'Ładny kubek.' }),
      ]),
    );

    // The same link again: the "already sent" page.
    const again = await page.goto(`${origin}${linkPath(body.invitation)}`);
    expect(again?.status()).toBe(409);
    await page.close();
  });
});

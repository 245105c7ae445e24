import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';
import { configureInvitations, linkPath, postInvitation } from '../support/invitations-fixtures.js';

const CHROMIUM = '/usr/bin/chromium';
const AXE = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
const SHOTS = '/tmp/embeds-shots';
const LOGO_URL = 'https://shop.example/logo.svg';
const LOGO_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="160" height="48"><rect width="160" height="48" rx="8" fill="#1e3a8a"/><text x="80" y="31" font-family="Arial" font-size="20" fill="#fff" text-anchor="middle">Sklep</text></svg>';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
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
  it('star controls keep each radio with its label at 320 px and at desktop width, work by keyboard, show the logo and pass axe', async () => {
    await configureInvitations(app, shop, { logoUrl: LOGO_URL });
    mkdirSync(SHOTS, { recursive: true });
    for (const locale of ['pl', 'en'] as const) {
      const { body } = await postInvitation(app, shop, {
        email: `ewa-${locale}@example.pl`,
        name: 'Ewa Lis',
        orderNumber: `#20${locale}`,
        locale,
        type: 'both',
        products: [
          { title: 'Kubek ceramiczny z bardzo długą nazwą produktu, która się zawija', sku: 'MUG-1' },
          { title: 'Talerz', sku: 'PLATE-2' },
        ],
        send: 'link',
      });
      for (const width of [320, 1280]) {
        // Scripts on for axe only (the page has none); the CSP would refuse the injected one.
        const context = await browser.newContext({ viewport: { width, height: 900 }, bypassCSP: true });
        const page = await context.newPage();
        await page.route(LOGO_URL, (route) =>
          route.fulfill({ status: 200, contentType: 'image/svg+xml', body: LOGO_SVG }),
        );
        expect((await page.goto(`${origin}${linkPath(body.invitation)}`))?.status()).toBe(200);
        const where = `${locale} at ${width} px`;

        const logo = page.locator('.shop img');
        expect(
          await logo.evaluate(
            (img: { complete: boolean; naturalWidth: number }) => img.complete && img.naturalWidth > 0,
          ),
          where,
        ).toBe(true);
        expect(await page.locator('#display_name').inputValue()).toBe('Ewa Lis');
        expect(await page.locator('.order').textContent()).toContain(`#20${locale}`);
        expect(
          await page.evaluate(
            () =>
              (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document
                .documentElement.scrollWidth,
          ),
          where,
        ).toBeLessThanOrEqual(width);

        for (const group of ['service', 'product_0', 'product_1']) {
          const rows = new Set<number>();
          for (const stars of [1, 2, 3, 4, 5]) {
            const input = (await page.locator(`#${group}_rating_${stars}`).boundingBox()) as Box;
            const label = (await page.locator(`label[for="${group}_rating_${stars}"]`).boundingBox()) as Box;
            // Same row: the radio's box lies within the label's height (it is laid over the label).
            expect(input.y, `${where} ${group} ${stars}`).toBeGreaterThanOrEqual(label.y - 0.5);
            expect(input.y + input.height, `${where} ${group} ${stars}`).toBeLessThanOrEqual(
              label.y + label.height + 0.5,
            );
            expect(label.width, `${where} ${group} ${stars}: touch target`).toBeGreaterThanOrEqual(44);
            rows.add(Math.round(label.y));
          }
          expect([...rows], `${where} ${group}: five stars on one row`).toHaveLength(1);
        }

        // Keyboard: Tab into the first group, Space picks, arrows move; the focus ring shows.
        await page.keyboard.press('Tab');
        expect(await focusedId(page)).toBe('service_rating_1');
        await page.keyboard.press('Space');
        await page.keyboard.press('ArrowRight');
        await page.keyboard.press('ArrowRight');
        expect(await focusedId(page)).toBe('service_rating_3');
        expect(await page.locator('input[name="service_rating"]:checked').getAttribute('value')).toBe('3');
        const ring = await page
          .locator('label[for="service_rating_3"]')
          .evaluate(
            (label) =>
              (
                globalThis as unknown as { getComputedStyle(element: unknown): { outlineStyle: string } }
              ).getComputedStyle(label).outlineStyle,
          );
        expect(ring, where).not.toBe('none');

        await page.screenshot({ path: `${SHOTS}/${locale}-${width}.png`, fullPage: true });

        await page.evaluate(AXE);
        const violations = await page.evaluate(async () => {
          const result = await (
            globalThis as unknown as {
              axe: { run(): Promise<{ violations: Array<{ id: string; impact: string; help: string }> }> };
            }
          ).axe.run();
          return result.violations.map(({ id, impact, help }) => ({ id, impact, help }));
        });
        expect(
          violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'),
          where,
        ).toEqual([]);
        await context.close();
      }
    }
  }, 240_000);
});

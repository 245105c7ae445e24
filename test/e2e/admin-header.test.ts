import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import {
  expectAccessible,
  noBrowser,
  type SignedInAdmin,
  startSignedInAdmin,
} from '../support/admin-browser.js';

const SHOTS = '/tmp/shots/adminpolish';
const LOCALES = ['en', 'pl', 'cs', 'sv', 'de'] as const;

// What runs in the page is typed by hand (the tests' TypeScript has no DOM library).
interface PageGlobals {
  document: { documentElement: { scrollWidth: number; clientWidth: number } };
  localStorage: { setItem(key: string, value: string): void };
}

async function chooseLocale(page: Page, locale: string) {
  await page.evaluate(
    (code) => (globalThis as unknown as PageGlobals).localStorage.setItem('trustloop.admin.locale', code),
    locale,
  );
}

/** Nothing wider than the window: the page never scrolls sideways. */
async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const root = (globalThis as unknown as PageGlobals).document.documentElement;
    return root.scrollWidth - root.clientWidth;
  });
}

/**
 * The rows the elements a locator finds sit on: their vertical middles, grouped when within 4 px
 * (items of one row are centred on it whatever their height). One value when they share a row.
 */
async function rowsOf(page: Page, selector: string): Promise<number[]> {
  const rows: number[] = [];
  for (const element of await page.locator(selector).all()) {
    const box = await element.boundingBox();
    if (!box) continue;
    const middle = box.y + box.height / 2;
    if (!rows.some((row) => Math.abs(row - middle) <= 4)) rows.push(middle);
  }
  return rows;
}

describe.skipIf(noBrowser)('the admin header at 1280 and 1024 px in every language', () => {
  let session: SignedInAdmin;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    session = await startSignedInAdmin();
    ({ page } = session);
  });
  afterAll(() => session?.close());

  it('shows every page link on one row at 1280 px, nothing wrapping or overflowing', async () => {
    onTestFailed(() => page.screenshot({ path: `${SHOTS}/header-failed.png` }).then(() => {}));
    await page.setViewportSize({ width: 1280, height: 800 });
    for (const locale of LOCALES) {
      await chooseLocale(page, locale);
      await page.goto(`${session.origin}/admin/channels`);
      const links = page.locator('.nav-wide a');
      await links.first().waitFor();
      expect(await links.count()).toBe(11);
      expect(await rowsOf(page, '.nav-wide a'), `${locale}: page links on one row`).toHaveLength(1);
      expect(
        await rowsOf(page, '.topbar-row > .brand, .topbar-row > .topbar-end'),
        `${locale}: brand and controls on one row`,
      ).toHaveLength(1);
      const last = await links.last().boundingBox();
      expect(last!.x + last!.width, `${locale}: the last link inside the window`).toBeLessThanOrEqual(1280);
      expect(await horizontalOverflow(page), locale).toBe(0);
      await expect(
        page.getByRole('button', { name: /^(Menu|Nabídka|Meny|Menü)$/ }).isVisible(),
      ).resolves.toBe(false);
      if (locale === 'pl' || locale === 'en') {
        await expectAccessible(page, `header at 1280 px (${locale})`);
        await page.screenshot({ path: `${SHOTS}/header-1280-${locale}.png` });
      }
    }
  }, 90_000);

  it('puts the pages in a menu at 1024 px that opens, moves with the arrow keys and navigates', async () => {
    onTestFailed(() => page.screenshot({ path: `${SHOTS}/header-failed.png` }).then(() => {}));
    await page.setViewportSize({ width: 1024, height: 800 });
    for (const locale of LOCALES) {
      await chooseLocale(page, locale);
      await page.goto(`${session.origin}/admin/channels`);
      await page.locator('.topbar-row .brand').waitFor();
      await expect(page.locator('.nav-wide').isVisible()).resolves.toBe(false);
      expect(
        await rowsOf(page, '.topbar-row > .brand, .topbar-row > .nav-narrow, .topbar-row > .topbar-end'),
        `${locale}: one row`,
      ).toHaveLength(1);
      expect(await horizontalOverflow(page), locale).toBe(0);
    }

    await chooseLocale(page, 'pl');
    await page.goto(`${session.origin}/admin/channels`);
    const menu = page.getByRole('button', { name: 'Menu' });
    await menu.click();
    const items = page.getByRole('menuitem');
    await items.first().waitFor();
    expect(await items.count()).toBe(11);
    await expectAccessible(page, 'header menu open at 1024 px (pl)');
    await page.screenshot({ path: `${SHOTS}/header-1024-pl-menu.png` });
    // Keyboard: Escape closes and gives focus back; arrows move through the pages.
    await page.keyboard.press('Escape');
    await items.first().waitFor({ state: 'detached' });
    await menu.focus();
    await page.keyboard.press('Enter');
    // The menu puts the focus on its first item once open; the arrows move it from there.
    const focused = page.locator('[role="menuitem"]:focus');
    await focused.filter({ hasText: 'Pulpit' }).waitFor();
    await page.keyboard.press('ArrowDown');
    await focused.filter({ hasText: 'Kanały' }).waitFor();
    await page.keyboard.press('ArrowDown');
    await focused.filter({ hasText: 'Integracje' }).waitFor();
    await page.keyboard.press('Enter');
    await page.waitForURL('**/admin/integrations');
    await page.getByRole('heading', { name: 'Integracje', level: 1 }).waitFor();
  }, 90_000);
});

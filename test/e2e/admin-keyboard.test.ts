import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import {
  type AdminSession,
  adminPage,
  clipboard,
  NEW_PASSWORD,
  noBrowser,
  signInOwner,
  startAdmin,
} from '../support/admin-browser.js';
import { SHOP_DOMAIN, SHOPIFY_SECRET, shopifyOrder, shopifyRequest } from '../support/shop-payloads.js';

/** Presses Tab until the focused element has this accessible label (at most `limit` times). */
async function tabTo(page: Page, label: string, limit = 12): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    // The focused element's aria-label, label or own text, read at once: focus may be on nothing yet.
    const name = await page.evaluate(() => {
      interface Focused {
        labels?: ArrayLike<{ textContent: string | null }> | null;
        textContent: string | null;
        getAttribute(name: string): string | null;
      }
      const element = (globalThis as unknown as { document: { activeElement: Focused | null } }).document
        .activeElement;
      return (
        element?.getAttribute('aria-label') ??
        element?.labels?.[0]?.textContent ??
        element?.textContent ??
        ''
      ).trim();
    });
    if (name === label) return;
  }
  throw new Error(`Tab never reached "${label}"`);
}

describe.skipIf(noBrowser)('the admin app with the keyboard only', () => {
  let session: AdminSession;
  beforeAll(async () => {
    session = await startAdmin();
  });
  afterAll(() => session?.close());

  it('the first sign-in and the forced password change complete without a mouse', async () => {
    const { page } = await adminPage(session);
    onTestFailed(() => page.screenshot({ path: '/tmp/admin-keyboard-failed.png' }).then(() => {}));
    await page.goto(`${session.origin}/admin/sign-in`);
    await page.getByRole('heading', { name: 'Sign in to Trustloop' }).waitFor();

    await tabTo(page, 'Email');
    await page.keyboard.type(session.owner.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(session.owner.oneTimePassword);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/admin/password');

    await tabTo(page, 'One-time password');
    await page.keyboard.type(session.owner.oneTimePassword);
    await page.keyboard.press('Tab');
    await page.keyboard.type(NEW_PASSWORD);
    await page.keyboard.press('Tab');
    await page.keyboard.type(NEW_PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/admin/channels');

    // The add-channel dialog opens, traps focus and closes with the keyboard too.
    await tabTo(page, 'Add a channel', 20);
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    expect(
      await page.locator(':focus').evaluate((element) => (element as unknown as { tagName: string }).tagName),
    ).toBe('INPUT');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
  }, 90_000);

  it('adds a channel and connects Shopify without a mouse; the webhook URL copied with the keyboard takes a signed order', async () => {
    const { page } = await adminPage(session);
    onTestFailed(() => page.screenshot({ path: '/tmp/admin-keyboard-shopify-failed.png' }).then(() => {}));
    await signInOwner(page, session);
    await page.getByRole('button', { name: 'Add a channel' }).waitFor();

    // The dialog: focus starts on its first field; selects take the keys as a browser gives them.
    await tabTo(page, 'Add a channel', 20);
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    await page.keyboard.type('Sklep PL');
    await tabTo(page, 'Domain');
    await page.keyboard.type(SHOP_DOMAIN);
    await tabTo(page, 'Currency');
    await page.keyboard.type('PLN');
    await tabTo(page, 'Create channel');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.getByRole('link', { name: 'Sklep PL' }).waitFor();

    await tabTo(page, 'Integrations', 20);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/admin/integrations**');
    await tabTo(page, 'Set up Shopify', 30);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Shopify for Sklep PL' }).waitFor();
    await tabTo(page, 'Webhook signing secret', 30);
    await page.keyboard.type(SHOPIFY_SECRET);
    await tabTo(page, 'Shop domain');
    await page.keyboard.type(SHOP_DOMAIN);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Copy Webhook URL' }).waitFor();
    await tabTo(page, 'Copy Webhook URL', 40);
    await page.keyboard.press('Enter');
    await expect.poll(() => clipboard(page)).toMatch(new RegExp(`^${session.origin}/webhooks/shopify/`));

    const delivery = shopifyRequest('ignored', {
      topic: 'orders/create',
      payload: shopifyOrder({ name: '#9001' }),
    });
    const response = await fetch(await clipboard(page), {
      method: 'POST',
      headers: delivery.headers,
      body: delivery.payload,
    });
    expect(response.status, await response.clone().text()).toBe(200);
  }, 120_000);
});

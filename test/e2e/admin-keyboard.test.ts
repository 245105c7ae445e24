import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import {
  type AdminSession,
  adminPage,
  NEW_PASSWORD,
  noBrowser,
  startAdmin,
} from '../support/admin-browser.js';

/** Presses Tab until the focused element has this accessible label (at most `limit` times). */
async function tabTo(page: Page, label: string, limit = 12): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    // The focused element's label (or its own text), read at once: focus may be on nothing yet.
    const name = await page.evaluate(() => {
      interface Focused {
        labels?: ArrayLike<{ textContent: string | null }> | null;
        textContent: string | null;
      }
      const element = (globalThis as unknown as { document: { activeElement: Focused | null } }).document
        .activeElement;
      return (element?.labels?.[0]?.textContent ?? element?.textContent ?? '').trim();
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
});

import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import {
  clipboard,
  expectAccessible,
  noBrowser,
  type SignedInAdmin,
  startSignedInAdmin,
} from '../support/admin-browser.js';

const SHOTS = '/tmp/shots-widgets';

describe.skipIf(noBrowser)('the admin app: storefront widgets page (W4)', () => {
  let session: SignedInAdmin;
  let page: Page;
  let channel: SignedInAdmin['channel'];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    session = await startSignedInAdmin();
    ({ page, channel } = session);
  });
  afterAll(() => session?.close());

  const settings = async () =>
    (
      await session.app.inject({
        method: 'GET',
        url: `/api/v1/channels/${channel.id}/widget-settings`,
        headers: { cookie: session.cookie },
      })
    ).json();
  const preview = () => page.frameLocator('iframe[title="The widgets as your shop shows them"]');
  /** A computed style of an element inside a widget's shadow root, in the preview frame. */
  const previewStyle = (selector: string, property: string) =>
    preview()
      .locator(selector)
      .evaluate((node, name) => {
        // The tests' TypeScript has no DOM library: the browser's getComputedStyle, typed by hand.
        const style = (
          globalThis as unknown as { getComputedStyle(n: unknown): Record<string, string> }
        ).getComputedStyle(node);
        return style[name] ?? '';
      }, property);

  it('shows the real widgets in the preview, saves a theme with the contrast warning the API gives, and the preview wears it', async () => {
    onTestFailed(() => page.screenshot({ path: `${SHOTS}/admin-failed.png`, fullPage: true }).then(() => {}));
    await page.goto(`${session.origin}/admin/`);
    await page.getByRole('link', { name: 'Widgets', exact: true }).click();
    await page.waitForURL('**/admin/widgets');
    await page.getByRole('heading', { name: 'Storefront widgets' }).waitFor();
    // The channel is Polish: the preview starts in Polish, with the element loaded from our server.
    await preview().getByRole('button', { name: 'Zapisz się' }).waitFor();
    await expectAccessible(page, 'widgets page');

    await page.getByLabel('Accent (buttons, links, bars)', { exact: true }).fill('#eeeeee');
    await page.getByLabel('Corner radius (px, 0–24)').fill('3');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved, but hard to read:').waitFor();
    await page.getByText(/accent #eeeeee on background #ffffff has a contrast of 1\.\d\d:1/).waitFor();
    expect((await settings()).theme).toMatchObject({ accent: '#eeeeee', radius: 3 });
    await expect
      .poll(() => previewStyle('trustloop-newsletter button[part="button"]', 'backgroundColor'))
      .toBe('rgb(238, 238, 238)');
    expect(await previewStyle('trustloop-newsletter button[part="button"]', 'borderTopLeftRadius')).toBe(
      '3px',
    );

    await page.getByLabel('Accent (buttons, links, bars)', { exact: true }).fill('#1d4ed8');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved. The widgets show it on the next page load.').waitFor();
    await expect
      .poll(() => previewStyle('trustloop-newsletter button[part="button"]', 'backgroundColor'))
      .toBe('rgb(29, 78, 216)');
    await page.screenshot({ path: `${SHOTS}/admin-widgets.png`, fullPage: true });
  });

  it('refuses a colour that is not hex on its field before sending', async () => {
    await page.getByLabel('Stars', { exact: true }).fill('gold');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Enter a hex colour like #1a7f37, or leave it empty.').waitFor();
    expect((await settings()).theme.star).toBeNull();
    await page.getByLabel('Stars', { exact: true }).fill('');
  });

  it('turns on double opt-in for the newsletter', async () => {
    await page.getByLabel(/Newsletter: ask for double opt-in/).check();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved. The widgets show it on the next page load.').waitFor();
    expect((await settings()).newsletter).toEqual({ doubleOptIn: true });
  });

  it('copies the script tag and each element’s snippet', async () => {
    await page.getByRole('button', { name: 'Copy Script tag: in the head section of every page' }).click();
    const tag = await clipboard(page);
    expect(tag).toBe(
      `<link rel="stylesheet" href="${session.origin}/widgets/v1/widgets.css">\n` +
        `<script src="${session.origin}/widgets/v1/loader.js" data-channel="${channel.publicId}" async></script>`,
    );
    await page.getByRole('button', { name: 'Copy Product stars (sku = the product’s SKU)' }).click();
    expect(await clipboard(page)).toBe('<trustloop-stars sku="MUG-1"></trustloop-stars>');
    await page
      .getByRole('button', { name: 'Copy Loyalty panel (token = the signed-in shopper’s token)' })
      .click();
    expect(await clipboard(page)).toBe('<trustloop-loyalty token="{{ shopper token }}"></trustloop-loyalty>');
  });

  it('switches the preview’s language', async () => {
    await page.getByLabel('Preview language').selectOption('sv');
    await preview().getByRole('button', { name: 'Prenumerera' }).waitFor();
    await preview().getByText('Nyhetsbrev').first().waitFor();
    await page.screenshot({ path: `${SHOTS}/admin-widgets-sv.png`, fullPage: true });
  });
});

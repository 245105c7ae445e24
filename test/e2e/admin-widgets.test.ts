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
import { invitedReview, submitReviews } from '../support/reviews-fixtures.js';

const SHOTS = '/tmp/shots-widgets';

describe.skipIf(noBrowser)('the admin app: storefront widgets page (W4)', () => {
  let session: SignedInAdmin;
  let page: Page;
  let channel: SignedInAdmin['channel'];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    session = await startSignedInAdmin();
    ({ page, channel } = session);
    // Published before the first preview loads: the browser keeps a public read for a minute.
    const shop = { accountId: channel.accountId, channelId: channel.id };
    await submitReviews(session.app, [
      invitedReview(shop, {
        rating: 5,
        title: 'Polecam',
        text: 'Świetny sklep, szybka wysyłka',
        displayName: 'Ewa K.',
        locale: 'pl',
      }),
      invitedReview(shop, {
        rating: 4,
        title: 'W porządku',
        text: 'Dobrze zapakowane',
        displayName: 'Jan N.',
        locale: 'pl',
      }),
    ]);
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

  /** The admin's own language, as the language menu stores it, applied by reloading the page. */
  const adminLanguage = async (locale: 'pl' | 'en') => {
    await page.evaluate((value) => {
      (
        globalThis as unknown as { localStorage: { setItem(key: string, value: string): void } }
      ).localStorage.setItem('trustloop.admin.locale', value);
    }, locale);
    await page.reload();
  };

  it('in Polish: the page’s texts, a field error and the saved message, and the preview’s Polish stars and reviews, axe-clean', async () => {
    onTestFailed(() =>
      page.screenshot({ path: `${SHOTS}/admin-pl-failed.png`, fullPage: true }).then(() => {}),
    );
    // The two Polish reviews published before the first preview (beforeAll) are what it shows.
    await adminLanguage('pl');
    await page.getByRole('heading', { name: 'Widżety sklepu' }).waitFor();
    await page.getByRole('heading', { name: 'Kolory i narożniki' }).waitFor();
    await page.getByRole('heading', { name: 'Dodaj do sklepu' }).waitFor();
    await page.getByRole('heading', { name: 'Podgląd na żywo' }).waitFor();
    await page.getByText('Język: polski (wygrywa język samej strony, jeśli go obsługujemy)').waitFor();
    await page.getByRole('button', { name: 'Kopiuj: Gwiazdki produktu (sku = SKU produktu)' }).waitFor();

    // The channel is Polish, so is the preview: the stars as "4,5 na 5, 2 opinie" (the catalogue's
    // spoken sentence) and "4,5 (2)" on screen, the reviews and the sign-up in Polish.
    const frame = page.frameLocator('iframe[title="Widżety tak, jak pokaże je Twój sklep"]');
    await frame.getByRole('link', { name: '4,5 na 5, 2 opinie', exact: true }).first().waitFor();
    await expect(frame.locator('trustloop-stars [part=count]').innerText()).resolves.toBe('4,5 (2)');
    const reviews = frame.locator('trustloop-reviews');
    await reviews.getByText('Świetny sklep, szybka wysyłka').waitFor();
    await reviews.getByText('W porządku').waitFor();
    await reviews.getByText('Zweryfikowany zakup').first().waitFor();
    await reviews.getByRole('button', { name: '4 gwiazdki' }).first().waitFor();
    await frame.getByRole('button', { name: 'Następna opinia' }).waitFor();
    await frame.getByRole('button', { name: 'Zapisz się' }).waitFor();
    await expectAccessible(page, 'widgets page in Polish');
    await page.screenshot({ path: `${SHOTS}/admin-widgets-pl.png`, fullPage: true });

    await page.getByLabel('Gwiazdki', { exact: true }).fill('złoty');
    await page.getByRole('button', { name: 'Zapisz', exact: true }).click();
    await page.getByText('Wpisz kolor szesnastkowy, np. #1a7f37, albo zostaw puste.').waitFor();
    await page.getByLabel('Gwiazdki', { exact: true }).fill('#b45309');
    await page.getByRole('button', { name: 'Zapisz', exact: true }).click();
    await page.getByText('Zapisano. Widżety pokażą to przy następnym wczytaniu strony.').waitFor();
    expect((await settings()).theme.star).toBe('#b45309');

    // Back in English, the same preview switched to English reads the catalogue's English words.
    await adminLanguage('en');
    await page.getByRole('heading', { name: 'Storefront widgets' }).waitFor();
    await page.getByLabel('Preview language').selectOption('en');
    await preview().getByRole('link', { name: '4.5 out of 5, 2 reviews', exact: true }).first().waitFor();
    await preview().getByRole('button', { name: 'Subscribe' }).waitFor();
    await expectAccessible(page, 'widgets page in English');
    await page.screenshot({ path: `${SHOTS}/admin-widgets-en.png`, fullPage: true });
  });

  it('switches the preview’s language', async () => {
    await page.getByLabel('Preview language').selectOption('sv');
    await preview().getByRole('button', { name: 'Prenumerera' }).waitFor();
    await preview().getByText('Nyhetsbrev').first().waitFor();
    await page.screenshot({ path: `${SHOTS}/admin-widgets-sv.png`, fullPage: true });
  });
});

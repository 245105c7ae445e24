import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { drainJobs, shopPullMinutePasses } from '../contract/contract-fixtures.js';
import { type MagentoFake, startMagentoFake } from '../fakes/magento/magento.fake.js';
import { type PrestaShopFake, startPrestaShopFake } from '../fakes/prestashop/prestashop.fake.js';
import { type ShoperFake, startShoperFake } from '../fakes/shoper/shoper.fake.js';
import {
  clipboard,
  expectAccessible,
  noBrowser,
  type SignedInAdmin,
  startSignedInAdmin,
} from '../support/admin-browser.js';
import { putPaidShoperOrder } from '../support/shop-payloads.js';

const SHOTS = '/tmp/shots/admin-shops';
mkdirSync(SHOTS, { recursive: true });

/** The focused element's name: its aria-label, its label or its text (runs in the page). */
function focusedLabel(): string {
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
}

/** Presses Tab until the focused element is named `name`. */
async function tabTo(page: Page, name: string, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(focusedLabel)) === name) return;
  }
  throw new Error(`Tab never reached "${name}"`);
}

/**
 * The shop pages rendered from the shop descriptors (issue 16), against the Magento 2 and
 * PrestaShop fakes: a refused credential on its field, then connected, a pull that brings an
 * order in and the live status that shows it; axe-clean, and reachable with the keyboard.
 */
describe.skipIf(noBrowser)('the admin app: shop pages from the shop descriptors', () => {
  let session: SignedInAdmin;
  let page: Page;
  let magento: MagentoFake;
  let prestashop: PrestaShopFake;
  let shoper: ShoperFake;

  const minutePasses = () => shopPullMinutePasses(session.app);

  async function orders(): Promise<Array<{ number: string }>> {
    const response = await session.app.inject({
      method: 'GET',
      url: `/api/v1/channels/${session.channel.id}/orders`,
      headers: { cookie: session.cookie },
    });
    return response.json().data;
  }

  async function openShop(name: string) {
    await page.goto(`${session.origin}/admin/integrations`);
    await page.getByRole('link', { name: `Set up ${name}` }).click();
    await page.getByRole('heading', { level: 1, name: `${name} for Sklep PL` }).waitFor();
  }

  beforeAll(async () => {
    [magento, prestashop, shoper] = await Promise.all([
      startMagentoFake(),
      startPrestaShopFake(),
      startShoperFake(),
    ]);
    session = await startSignedInAdmin();
    ({ page } = session);
  });
  afterAll(async () => {
    await session?.close();
    await magento?.close();
    await prestashop?.close();
    await shoper?.close();
  });

  it('connects Magento 2: a wrong token on its field, then connected; a pull brings an order in and the status shows it', async () => {
    onTestFailed(async () => {
      await page.screenshot({ path: `${SHOTS}/magento-failed.png`, fullPage: true });
    });
    await openShop('Magento 2');
    await page
      .getByText('System → Extensions → Integrations → Add New Integration', { exact: false })
      .waitFor();
    await expectAccessible(page, 'magento (not connected)');

    // The form's own checks first: nothing is sent while a required field is empty.
    await page.getByRole('button', { name: 'Connect' }).click();
    expect(await page.getByText('Fill this in.').count()).toBe(2);

    await page.getByLabel('Store address').fill(magento.url);
    await page.getByLabel('Integration access token').fill('not-the-token');
    await page.getByRole('button', { name: 'Connect' }).click();
    const token = page.getByLabel('Integration access token');
    await expect.poll(() => token.getAttribute('aria-invalid')).toBe('true');
    const tokenError = await page.locator(`#${await token.getAttribute('id')}-error`).innerText();
    // Worded by the admin from the check's code (verify.shop.credentialsRefused).
    expect(tokenError).toBe(
      'Magento 2 refused these credentials: check that they were copied whole, are still valid and have the access the steps above name.',
    );
    expect(await page.getByRole('status').filter({ hasText: 'Not connected' }).count()).toBe(1);

    await token.fill(magento.token);
    await page.getByRole('button', { name: 'Connect' }).click();
    await page.getByText('Not yet: the first read starts within a minute.').waitFor();
    expect(
      await page
        .getByRole('status')
        .filter({ hasText: /^Connected$/ })
        .count(),
    ).toBe(1);
    await expectAccessible(page, 'magento (connected, nothing read)');

    const order = magento.placeOrder({ email: 'jana@example.com', total: 129.9 });
    magento.pay(order.entity_id);
    await minutePasses();
    expect((await orders()).map((o) => o.number)).toEqual([order.increment_id]);
    // The live status is fetched again every few seconds: the pull shows without a reload.
    await page.getByText(`orders: record ${order.entity_id}, changed`, { exact: false }).waitFor();
    expect(await page.getByText('Not yet: the first read starts').count()).toBe(0);

    // Reward codes: Magento's section has no fields of its own (the token above is used).
    await page.getByRole('button', { name: 'Turn on reward codes' }).click();
    await page.getByText('Reward codes are created in the shop').waitFor();
    await expectAccessible(page, 'magento (connected, pulled, codes on)');
    await page.screenshot({ path: `${SHOTS}/magento-en.png`, fullPage: true });
  });

  it('reaches the order-status map with the keyboard and saves a status of the merchant’s own', async () => {
    // The integrations page says which shops are connected.
    await page.goto(`${session.origin}/admin/integrations`);
    const card = (name: string) =>
      page.locator('.card').filter({ has: page.getByRole('heading', { name, exact: true }) });
    await card('Magento 2').getByText('Connected', { exact: true }).waitFor();
    await card('Shoper').getByText('Not connected', { exact: true }).waitFor();
    await expectAccessible(page, 'integrations (Magento 2 connected)');
    await openShop('Magento 2');
    await tabTo(page, 'Add a status');
    await page.keyboard.press('Enter');
    const rows = await page.locator('.status-map tbody tr').count();
    // The new row comes before the button that added it: back over its remove button and select.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(focusedLabel)).toBe(`Status in the shop, row ${rows}`);
    await page.keyboard.type('awaiting_pickup');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, 'Save');
    await page.keyboard.press('Enter');
    await page.getByText('Saved.').first().waitFor();
    const stored = await session.app.inject({
      method: 'GET',
      url: `/api/v1/channels/${session.channel.id}/shop-connections/magento`,
      headers: { cookie: session.cookie },
    });
    expect(stored.json().settings.orderStatusMap).toEqual(
      expect.objectContaining({ awaiting_pickup: 'fulfilled' }),
    );
  });

  it('connects PrestaShop: a wrong key on its field, the state map editable, a pulled order in the status', async () => {
    onTestFailed(async () => {
      await page.screenshot({ path: `${SHOTS}/prestashop-failed.png`, fullPage: true });
    });
    await openShop('PrestaShop');
    await page.getByText('Advanced Parameters → Webservice', { exact: false }).waitFor();
    await page.getByLabel('Shop address').fill(prestashop.url);
    await page.getByLabel('Webservice key').fill('too-short');
    await page.getByRole('button', { name: 'Connect' }).click();
    await page.getByText('At least 32 characters.').waitFor();

    const key = page.getByLabel('Webservice key');
    await key.fill('WRONGKEY0123456789ABCDEFGHIJKLMN');
    await page.getByRole('button', { name: 'Connect' }).click();
    await expect.poll(() => key.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('status').filter({ hasText: 'Not connected' }).count()).toBe(1);

    // A new install's states are there to edit; one of the shop's own is added before connecting.
    await page.getByLabel('What status 2 means').waitFor();
    await page.getByRole('button', { name: 'Add a status' }).click();
    const rows = await page.locator('.status-map tbody tr').count();
    await page.getByLabel(`Status in the shop, row ${rows}`).fill('14');
    await page.getByLabel('What status 14 means').selectOption('paid');
    await key.fill(prestashop.key);
    await page.getByRole('button', { name: 'Connect' }).click();
    await page.getByText('Not yet: the first read starts within a minute.').waitFor();
    await expectAccessible(page, 'prestashop (connected)');

    // An order in a currency the shop's Webservice does not list cannot be read: the pull keeps
    // it as a dead letter, moves on, and the status says which record and why.
    const ordersBefore = (await orders()).length;
    const unreadable = prestashop.placeOrder({ email: 'ola@example.com', total: 59 });
    await minutePasses();
    await page.getByText('1 record that could not be read').waitFor();
    await page.getByText(`orders ${unreadable} — id_currency 1 is unknown`, { exact: false }).waitFor();

    prestashop.put('currencies', { id: 1, iso_code: 'PLN', name: 'Złoty' });
    const orderId = prestashop.placeOrder({ email: 'ola@example.com', total: 59 });
    prestashop.setState(orderId, 2);
    // "Read now" instead of waiting for the schedule's next minute.
    await page.getByRole('button', { name: 'Read now' }).click();
    await page.getByText('Reading starts in a moment.').waitFor();
    await drainJobs(session.app);
    expect(await orders()).toHaveLength(ordersBefore + 1);
    await page.getByText(`orders: record ${orderId}, changed`, { exact: false }).waitFor();
    const stored = await session.app.inject({
      method: 'GET',
      url: `/api/v1/channels/${session.channel.id}/shop-connections/prestashop`,
      headers: { cookie: session.cookie },
    });
    expect(stored.json().settings.statusMap).toEqual(expect.objectContaining({ '2': 'paid', '14': 'paid' }));
    // Reward codes as cart rules: a key the shop refuses is named on the discount field.
    const cartKey = page.getByLabel('Webservice key for cart rules');
    await cartKey.fill('WRONGKEY0123456789ABCDEFGHIJKLMN');
    await page.getByRole('button', { name: 'Turn on reward codes' }).click();
    await expect.poll(() => cartKey.getAttribute('aria-invalid')).toBe('true');
    await page.getByText('Reward codes are not created in the shop').waitFor();
    await cartKey.fill(prestashop.key);
    await page.getByRole('button', { name: 'Turn on reward codes' }).click();
    await page.getByText('Reward codes are created in the shop').waitFor();
    await page.screenshot({ path: `${SHOTS}/prestashop-en.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await expectAccessible(page, 'prestashop (en, 390 px)');
    await page.screenshot({ path: `${SHOTS}/prestashop-en-390.png`, fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });

    // The same page in Polish, as a merchant of seed 001 reads it.
    await page.evaluate(() =>
      (
        globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }
      ).localStorage.setItem('trustloop.admin.locale', 'pl'),
    );
    await page.reload();
    await page.getByText('Ostatni odczyt').waitFor();
    await expectAccessible(page, 'prestashop (pl)');
    await page.screenshot({ path: `${SHOTS}/prestashop-pl.png`, fullPage: true });
    // On a phone: the status with its "Read now" button still fits and passes axe.
    const desktop = page.viewportSize();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('button', { name: 'Odczytaj teraz' }).waitFor();
    await expectAccessible(page, 'prestashop (pl, 390 px)');
    await page.screenshot({ path: `${SHOTS}/prestashop-pl-390.png`, fullPage: true });
    if (desktop) await page.setViewportSize(desktop);
    await page.evaluate(() =>
      (
        globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }
      ).localStorage.setItem('trustloop.admin.locale', 'en'),
    );
  });

  it('connects Shoper with a made-up webhook secret: copied, a wrong password on its field, then the copied URL takes a webhook signed with the copied secret', async () => {
    onTestFailed(async () => {
      await page.screenshot({ path: `${SHOTS}/shoper-failed.png`, fullPage: true });
    });
    putPaidShoperOrder(shoper);
    await openShop('Shoper');
    await page.getByText('web API access', { exact: false }).waitFor();
    await page.getByLabel('Shop address').fill(shoper.url);
    await page.getByLabel('API user login').fill(shoper.login);
    await page.getByLabel('API user password').fill('not-the-password');
    await page.getByRole('button', { name: 'Make a random secret' }).click();
    await page.getByRole('button', { name: 'Copy Secret to paste into Shoper' }).click();
    const secret = await clipboard(page);
    expect(secret).toHaveLength(32);
    expect(await page.getByLabel('Webhook secret', { exact: true }).inputValue()).toBe(secret);
    await expectAccessible(page, 'shoper (secret made)');

    await page.getByRole('button', { name: 'Connect' }).click();
    const password = page.getByLabel('API user password');
    await expect.poll(() => password.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('status').filter({ hasText: 'Not connected' }).count()).toBe(1);
    await password.fill(shoper.password);
    await page.getByRole('button', { name: 'Connect' }).click();
    await page.getByRole('button', { name: 'Copy Webhook URL' }).click();
    const webhookUrl = await clipboard(page);
    expect(webhookUrl).toMatch(new RegExp(`^${session.origin}/webhooks/shoper/`));
    expect(await page.getByRole('button', { name: 'Copy order.paid' }).count()).toBe(1);
    await expectAccessible(page, 'shoper (connected)');

    const before = (await orders()).length;
    const delivered = await shoper.deliver(webhookUrl, 'order.create', { order_id: 77 }, secret);
    expect(delivered.status, JSON.stringify(delivered.body)).toBe(200);
    expect((await orders()).length).toBe(before + 1);
  });
});

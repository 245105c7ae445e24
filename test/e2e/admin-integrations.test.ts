import { mkdirSync } from 'node:fs';
import Fastify from 'fastify';
import type { Page } from 'playwright-core';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { type EcomailFake, setListWebhook, startEcomailFake } from '../fakes/ecomail/ecomail.fake.js';
import { type KlaviyoFake, startKlaviyoFake } from '../fakes/klaviyo/klaviyo.fake.js';
import { type ShopifyAdminFake, startShopifyAdminFake } from '../fakes/shopify-admin/shopify-admin.fake.js';
import {
  clipboard,
  expectAccessible,
  noBrowser,
  type SignedInAdmin,
  startSignedInAdmin,
} from '../support/admin-browser.js';
import {
  SHOP_DOMAIN,
  SHOPIFY_SECRET,
  shopifyOrder,
  shopifyRequest,
  WOO_SECRET,
  wooOrder,
  wooRequest,
} from '../support/shop-payloads.js';

const SHOTS = '/tmp/shots/adminfix';
mkdirSync(SHOTS, { recursive: true });

describe.skipIf(noBrowser)('the admin app: guided integration pages (A2)', () => {
  let session: SignedInAdmin;
  let page: Page;
  let klaviyo: KlaviyoFake;
  let ecomail: EcomailFake;
  let shopifyAdmin: ShopifyAdminFake;
  let channelId: string;
  let cookie: string;

  beforeAll(async () => {
    klaviyo = await startKlaviyoFake({ rateLimits: false });
    shopifyAdmin = await startShopifyAdminFake();
    ecomail = await startEcomailFake({
      lists: [
        { id: 1, name: 'Zákazníci', customFields: { trustloop_points: { type: 'int', name: 'Body' } } },
        { id: 2, name: 'Newsletter' },
      ],
    });
    session = await startSignedInAdmin();
    ({ page, cookie } = session);
    channelId = session.channel.id;
  });
  afterAll(async () => {
    await session?.close();
    await klaviyo?.close();
    await ecomail?.close();
    await shopifyAdmin?.close();
  });

  it('connects Shopify: the secret is checked before sending, the copied webhook URL takes a signed order', async () => {
    await page.goto(`${session.origin}/admin/integrations`);
    await expectAccessible(page, 'integrations');
    await page.getByRole('link', { name: 'Set up Shopify' }).click();
    await page.getByText('Connect first; this step opens then.').first().waitFor();
    await expectAccessible(page, 'shopify (not connected)');

    await page.getByLabel('Webhook signing secret').fill('short');
    await page.getByRole('button', { name: 'Connect' }).click();
    await page.getByText('At least 8 characters.').waitFor();

    await page.getByLabel('Webhook signing secret').fill(SHOPIFY_SECRET);
    await page.getByLabel('Shop domain').fill(SHOP_DOMAIN);
    await page.getByRole('button', { name: 'Connect' }).click();
    await page.getByRole('button', { name: 'Copy Webhook URL' }).click();
    const webhookUrl = await clipboard(page);
    expect(webhookUrl).toMatch(new RegExp(`^${session.origin}/webhooks/shopify/`));
    // PUBLIC_URL is http here: the page warns that Shopify needs https.
    await page.getByText('Shopify sends webhooks only to https addresses.', { exact: false }).waitFor();
    // Each topic with its own copy button (Shopify's form takes them one at a time).
    expect(await page.getByRole('button', { name: 'Copy orders/paid' }).count()).toBe(1);
    await expectAccessible(page, 'shopify (connected)');
    // The stored settings come back in the form, the secret never does (empty keeps it).
    await page.reload();
    await page.getByRole('button', { name: 'Copy Webhook URL' }).waitFor();
    expect(await page.getByLabel('Shop domain').inputValue()).toBe(SHOP_DOMAIN);
    expect(await page.getByLabel('Webhook signing secret').inputValue()).toBe('');
    await page.getByRole('button', { name: 'Save' }).first().click();
    await page.getByText('Saved.').waitFor();

    const delivery = shopifyRequest('ignored', {
      topic: 'orders/create',
      payload: shopifyOrder({ name: '#5001' }),
    });
    const response = await fetch(webhookUrl, {
      method: 'POST',
      headers: delivery.headers,
      body: delivery.payload,
    });
    expect(response.status, await response.clone().text()).toBe(200);
    const orders = await session.app.inject({
      method: 'GET',
      url: `/api/v1/channels/${channelId}/orders`,
      headers: { cookie },
    });
    expect(orders.json().data).toHaveLength(1);
  });

  it('turns on Shopify reward codes: a wrong Admin API token is refused on its field in the admin’s words with nothing saved, then the right one', async () => {
    const token = page.getByLabel('Admin API access token');
    await token.fill('shpat_wrong000000000000000000000');
    await page.getByLabel('Admin API address').fill(shopifyAdmin.url);
    await page.getByRole('button', { name: 'Turn on reward codes' }).click();
    await expect.poll(() => token.getAttribute('aria-invalid'), { timeout: 15_000 }).toBe('true');
    // Worded by the admin from the check's code (verify.shop.credentialsRefused), on the field.
    expect(await page.locator(`[id="${await token.getAttribute('id')}-error"]`).innerText()).toBe(
      'Shopify refused these credentials: check that they were copied whole, are still valid and have the access the steps above name.',
    );
    await page.getByText('Reward codes are not created in the shop').waitFor();
    const stored = () =>
      session.app
        .inject({
          method: 'GET',
          url: `/api/v1/channels/${channelId}/shop-connections/shopify`,
          headers: { cookie },
        })
        .then((r) => r.json());
    expect((await stored()).discountsEnabled).toBe(false);

    await token.fill(shopifyAdmin.accessToken);
    await page.getByRole('button', { name: 'Turn on reward codes' }).click();
    await page.getByText('Reward codes are created in the shop').waitFor();
    expect((await stored()).discountsEnabled).toBe(true);
    await expectAccessible(page, 'shopify (reward codes on)');
  });

  it('connects WooCommerce: the secret is checked before sending, the copied delivery URL takes a signed order', async () => {
    await page.goto(`${session.origin}/admin/integrations`);
    await page.getByRole('link', { name: 'Set up WooCommerce' }).click();
    await page.getByText('Connect first; this step opens then.').first().waitFor();
    await expectAccessible(page, 'woocommerce (not connected)');
    await page.getByLabel('Webhook secret').fill('short');
    await page.getByRole('button', { name: 'Connect' }).click();
    await page.getByText('At least 8 characters.').waitFor();

    await page.getByLabel('Webhook secret').fill(WOO_SECRET);
    await page.getByLabel('Site host').fill('sklep.example.pl');
    await page.getByRole('button', { name: 'Connect' }).click();
    await page.getByRole('button', { name: 'Copy Webhook URL' }).click();
    const webhookUrl = await clipboard(page);
    expect(webhookUrl).toMatch(new RegExp(`^${session.origin}/webhooks/woocommerce/`));
    await page.getByText('This address is not https', { exact: false }).waitFor();
    await expectAccessible(page, 'woocommerce (connected)');
    await page.screenshot({ path: `${SHOTS}/woocommerce-connected-en.png`, fullPage: true });

    const delivery = wooRequest('ignored', { topic: 'order.created', payload: wooOrder({ number: '7001' }) });
    const response = await fetch(webhookUrl, {
      method: 'POST',
      headers: delivery.headers,
      body: delivery.payload,
    });
    expect(response.status, await response.clone().text()).toBe(200);
    const orders = await session.app.inject({
      method: 'GET',
      url: `/api/v1/channels/${channelId}/orders`,
      headers: { cookie },
    });
    expect(orders.json().data.map((order: { number: string }) => order.number)).toContain('7001');
  });

  it('connects Klaviyo: a wrong key is refused on its field, then the copied flow body posted to the copied URL makes one invitation', async () => {
    onTestFailed(() =>
      page.screenshot({ path: '/tmp/admin-klaviyo-failed.png', fullPage: true }).then(() => {}),
    );
    await page.goto(`${session.origin}/admin/integrations`);
    await page.getByRole('link', { name: 'Set up Klaviyo' }).click();
    await page.getByRole('heading', { name: 'Klaviyo for Sklep PL' }).waitFor();
    await expectAccessible(page, 'klaviyo (not connected)');

    // Nothing filled in: the required fields say so before anything is sent.
    await page.getByRole('button', { name: 'Check and connect' }).click();
    await expect(page.getByLabel('Private API key').getAttribute('aria-invalid')).resolves.toBe('true');

    await page.getByLabel('Public API key (site ID)').fill(klaviyo.publicKey);
    await page.getByLabel('Private API key').fill('pk_wrong_0000000000000000000000000000');
    await page.getByLabel('API address (optional)').fill(klaviyo.url);
    await page.getByRole('button', { name: 'Check and connect' }).click();
    await page.getByText('Checking with the platform…').waitFor({ state: 'detached' });
    const privateKey = page.getByLabel('Private API key');
    await expect(privateKey.getAttribute('aria-invalid')).resolves.toBe('true');
    const describedBy = (await privateKey.getAttribute('aria-describedby')) ?? '';
    expect(describedBy).toContain('-error');
    // Worded by the admin from the check's code (verify.klaviyo.keyRefused).
    await page
      .getByText('Klaviyo refused this private key: check that it was copied whole and has not been revoked.')
      .waitFor();
    expect(
      await session.app
        .inject({ method: 'GET', url: '/api/v1/connections', headers: { cookie } })
        .then((r) => r.json().connections),
    ).toEqual([]);

    await privateKey.fill(klaviyo.privateKey);
    await page.getByRole('button', { name: 'Check and connect' }).click();
    await page.getByRole('button', { name: 'Copy Destination URL' }).click();
    const destinationUrl = await clipboard(page);
    await page.getByRole('button', { name: 'Copy JSON body: shop review' }).click();
    const template = await clipboard(page);
    await page
      .getByText('Trustloop sends one invitation per order and review type', { exact: false })
      .waitFor();
    await page.getByRole('button', { name: 'Copy Feed URL' }).waitFor();
    // The chosen snippet is shown as the email will show it: rendered by the server from the feed.
    const preview = page.frameLocator('iframe[title="Preview of the snippet in an email"]').locator('body');
    await expect.poll(() => preview.innerText(), { timeout: 15_000 }).toMatch(/\S/);
    expect(await preview.innerHTML()).not.toMatch(/\{\{|\{%/);
    await page.getByLabel('Selected reviews').check();
    await page.getByText('No reviews are chosen yet', { exact: false }).waitFor();
    await page.getByText('Connected').first().waitFor();
    await expectAccessible(page, 'klaviyo (connected)');

    // Klaviyo renders the template's tags for the person and the order event the flow runs for;
    // it retries a webhook that failed, so the same order is posted twice.
    const rendered = Object.fromEntries(
      Object.entries(JSON.parse(template) as Record<string, unknown>).map(([key, value]) => [
        key,
        typeof value !== 'string'
          ? value
          : value === '{{ person.email }}'
            ? 'flow@example.com'
            : value.includes('OrderNumber')
              ? '1042'
              : value.includes('{{')
                ? ''
                : value,
      ]),
    );
    const post = () =>
      fetch(destinationUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(rendered),
      });
    const first = await post();
    expect(first.status, await first.clone().text()).toBe(200);
    expect((await post()).status).toBe(200);
    const invitations = await session.app.inject({
      method: 'GET',
      url: `/api/v1/invitations?channelId=${channelId}&email=flow%40example.com&limit=10`,
      headers: { cookie },
    });
    expect(invitations.statusCode, invitations.body).toBe(200);
    expect(invitations.json().data).toHaveLength(1);
  });
  it('connects Ecomail: a refused API key shows on its field, the list is chosen by name, the fields to create are listed and turn present once created', async () => {
    onTestFailed(() =>
      page.screenshot({ path: '/tmp/admin-ecomail-failed.png', fullPage: true }).then(() => {}),
    );
    await page.goto(`${session.origin}/admin/integrations`);
    await page.getByRole('link', { name: 'Set up Ecomail' }).click();
    await page.getByRole('heading', { name: 'Ecomail for Sklep PL' }).waitFor();
    await expectAccessible(page, 'ecomail (not connected)');
    await page.getByLabel('API key').fill('not-the-key');
    await page.getByLabel('API address (optional)').fill(ecomail.url);
    await page.getByRole('button', { name: 'Load my lists' }).click();
    // The refusal arrives with the answer: wait for it rather than read the field at once.
    await expect
      .poll(() => page.getByLabel('API key').getAttribute('aria-invalid'), { timeout: 15_000 })
      .toBe('true');
    // Worded by the admin from the refusal's code (verify.credentials.refused).
    await page
      .getByText('Ecomail refused this key: check that it was copied whole and is still valid.')
      .waitFor();

    // No list id to type: the account's lists are offered by name once the key is right.
    await page.getByLabel('API key').fill(ecomail.apiKey);
    await page.getByRole('button', { name: 'Load my lists' }).click();
    const list = page.getByLabel('Contact list');
    await list.waitFor();
    expect(await list.locator('option').allTextContents()).toEqual([
      'Choose a list',
      'Zákazníci (0 subscribers)',
      'Newsletter (0 subscribers)',
    ]);
    await page.getByRole('button', { name: 'Check and connect' }).click();
    await page.getByText('Choose a list.').waitFor();
    await list.selectOption({ label: 'Zákazníci (0 subscribers)' });
    await page.getByRole('button', { name: 'Check and connect' }).click();

    // Activation: the fields Trustloop fills, which exist, each merge key copyable.
    const row = (key: string) => page.getByRole('row').filter({ hasText: key });
    await row('trustloop_points').getByText('Exists').waitFor();
    await row('trustloop_tier').getByText('To create').waitFor();
    await page.getByRole('button', { name: 'Copy trustloop_tier' }).click();
    expect(await clipboard(page)).toBe('trustloop_tier');
    await page.getByRole('button', { name: 'Copy all fields to create' }).click();
    expect((await clipboard(page)).split('\n')).toContain(
      'trustloop_next_expiry_date\tdate\tNext expiry date',
    );
    await expectAccessible(page, 'ecomail (connected)');
    await page.screenshot({ path: `${SHOTS}/ecomail-connected-en.png`, fullPage: true });
    // The merchant creates the field in Ecomail's list settings, then checks again.
    ecomail.lists.get(1)!.custom_fields['trustloop_tier'] = { type: 'string', name: 'Tier' };
    await page.getByRole('button', { name: 'Check the list again' }).click();
    await row('trustloop_tier').getByText('Exists').waitFor();

    await page.getByRole('button', { name: 'Copy Subscribe / unsubscribe webhook URL' }).click();
    const webhookUrl = await clipboard(page);
    setListWebhook(ecomail, 1, webhookUrl);
    expect(await ecomail.simulateStatusChange(1, 'eco@example.com', 'SUBSCRIBED')).toBe(200);
    expect(await ecomail.simulateStatusChange(1, 'eco@example.com', 'UNSUBSCRIBED')).toBe(200);
    expect(await session.app.trustloop.contacts.getConsent(channelId, 'eco@example.com')).toBe(
      'unsubscribed',
    );
  });

  it('switches Ecomail’s expiry notice (N days ahead, checked before sending) and lets Ecomail send the emails', async () => {
    const get = (url: string) =>
      session.app.inject({ method: 'GET', url, headers: { cookie } }).then((r) => r.json());
    await page.getByLabel('Points expiry notice').selectOption({ label: 'Notify Ecomail' });
    await page.getByLabel('Days before the points expire').fill('0');
    await page.getByRole('button', { name: 'Save notices and emails' }).click();
    await page.getByText('Enter a whole number of days from 1 to 365.').waitFor();
    await page.getByLabel('Days before the points expire').fill('14');
    await page.getByLabel('Ecomail sends the emails (Trustloop sends none of its own)').check();
    await page.getByRole('button', { name: 'Save notices and emails' }).click();
    await page.getByText('Saved.').waitFor();
    expect((await get(`/api/v1/channels/${channelId}/loyalty/settings`)).expiry.noticeDays).toBe(14);
    expect((await get(`/api/v1/channels/${channelId}/invitation-settings`)).espSends).toBe(true);

    await page.getByLabel('Points expiry notice').selectOption({ label: 'Do not send' });
    await page.getByRole('button', { name: 'Save notices and emails' }).click();
    await page.getByText('Saved.').waitFor();
    expect((await get(`/api/v1/channels/${channelId}/loyalty/settings`)).expiry.noticeDays).toBe(0);
    await expectAccessible(page, 'ecomail switches');
  });

  it('says in the admin’s words that Ecomail refused the key when the list is checked again after the key was revoked', async () => {
    ecomail.revokeKey();
    await page.getByRole('button', { name: 'Check the list again' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'Ecomail refused this key: check that it was copied whole and is still valid.' })
      .waitFor();
    await expectAccessible(page, 'ecomail (key revoked)');
  });

  it('connects outbound webhooks, narrows the event types (checked before sending) and sends a test event: signed as real deliveries (verified with the copied secret), the endpoint’s answer shown', async () => {
    const seen: Array<{ headers: Record<string, string>; body: string }> = [];
    let status = 200;
    const receiver = Fastify();
    receiver.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) =>
      done(null, body),
    );
    receiver.post('/hooks', async (request, reply) => {
      seen.push({ headers: request.headers as Record<string, string>, body: request.body as string });
      return reply.status(status).send();
    });
    const endpoint = `${await receiver.listen({ host: '127.0.0.1', port: 0 })}/hooks`;
    try {
      await page.goto(`${session.origin}/admin/integrations`);
      await page.getByRole('link', { name: 'Set up Outbound webhooks' }).click();
      // No account to connect: the first step is the endpoint.
      await page.getByRole('heading', { name: 'Where Trustloop sends the events' }).waitFor();
      await page.getByLabel('Endpoint URL').fill(endpoint);
      await page.getByRole('button', { name: 'Check and connect' }).click();
      await page.getByRole('button', { name: 'Copy Signing secret' }).click();
      const secret = await clipboard(page);
      expect(secret).toMatch(/^whsec_/);

      // Every event at first; then only the types listed, each checked before sending.
      await page.getByText('The endpoint is sent every event of this channel.').waitFor();
      const types = page.getByLabel('Event types (empty: all)');
      await types.fill('review.published, not an event');
      await page.getByRole('button', { name: 'Save events' }).click();
      await page.getByText('“not an event” is not an event type such as review.published.').waitFor();
      expect(await types.getAttribute('aria-invalid')).toBe('true');
      await types.fill('review.published, points.credited');
      await page.getByRole('button', { name: 'Save events' }).click();
      await page.getByText('The endpoint is sent only the events listed below.').waitFor();
      const stored = await session.app.inject({
        method: 'GET',
        url: '/api/v1/connections',
        headers: { cookie },
      });
      expect(
        stored.json().connections.find((c: { connectorId: string }) => c.connectorId === 'webhooks')
          .eventTypes,
      ).toEqual(['review.published', 'points.credited']);

      await page.getByRole('button', { name: 'Send test event' }).click();
      await page.getByText('Delivered: the endpoint answered 200.', { exact: false }).waitFor();
      const test = seen.at(-1)!;
      expect(new Webhook(secret).verify(test.body, test.headers)).toMatchObject({ type: 'webhook.test' });
      await expectAccessible(page, 'webhooks (test event sent)');
      await page.screenshot({ path: `${SHOTS}/webhooks-test-event-en.png`, fullPage: true });

      status = 503;
      await page.getByRole('button', { name: 'Send test event' }).click();
      await page.getByText('Not delivered: the endpoint answered 503', { exact: false }).waitFor();
    } finally {
      await receiver.close();
    }
  });
});

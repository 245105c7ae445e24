import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SHOP_PULL_JOB } from '../../src/commerce/shops/shop-pull.js';
import { type PrestaShopFake, startPrestaShopFake } from '../fakes/prestashop/prestashop.fake.js';
import { type ShoperFake, shoperSignature, startShoperFake } from '../fakes/shoper/shoper.fake.js';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';
import { dialects } from '../support/databases.js';
import { putPaidShoperOrder } from '../support/shop-payloads.js';

/** PrestaShop and Shoper through the real interface: PUT the connection, pull as the job does, receive webhooks. */
describe.each(dialects)('PrestaShop and Shoper connections on %s', (kind) => {
  let app: TestApp;
  let tenant: Tenant;
  let presta: PrestaShopFake;
  let shoper: ShoperFake;

  beforeAll(async () => {
    app = await createTestApp(kind);
    presta = await startPrestaShopFake();
    shoper = await startShoperFake();
    presta.put('currencies', { id: 1, iso_code: 'PLN', name: 'Złoty' });
    presta.put('customers', {
      id: 33,
      email: 'ola@example.com',
      firstname: 'Ola',
      lastname: 'Nowak',
      newsletter: '0',
      date_add: '2025-03-01 08:59:00',
      date_upd: '2025-03-01 09:00:00',
    });
    presta.put('orders', {
      id: 512,
      reference: 'XKBKNABJK',
      id_customer: '33',
      id_currency: '1',
      current_state: '2',
      total_paid_tax_incl: '49.900000',
      total_shipping_tax_incl: '0.000000',
      total_discounts_tax_incl: '0.000000',
      date_add: '2025-03-02 10:15:00',
      date_upd: '2025-03-02 11:00:00',
      associations: {
        order_rows: [
          {
            id: 1,
            product_id: '93',
            product_attribute_id: '0',
            product_quantity: '2',
            product_name: 'Mug',
            product_reference: 'MUG',
            unit_price_tax_incl: '24.950000',
          },
        ],
      },
    });
    presta.put('order_histories', {
      id: 1,
      id_order: '512',
      id_order_state: '2',
      date_add: '2025-03-02 11:00:00',
    });
    putPaidShoperOrder(shoper);
  });
  afterAll(async () => {
    await app.close();
    await presta.close();
    await shoper.close();
  });
  beforeEach(async () => {
    tenant = await createTenant(app);
    shoper.resetBucket();
  });

  const put = (platform: string, payload: unknown) =>
    app.inject({
      method: 'PUT',
      url: `/api/v1/channels/${tenant.channelId}/shop-connections/${platform}`,
      headers: tenant.auth,
      payload: payload as Record<string, unknown>,
    });
  const orders = async () =>
    (
      await app.inject({
        method: 'GET',
        url: `/api/v1/channels/${tenant.channelId}/orders?limit=50`,
        headers: tenant.auth,
      })
    ).json().data as Array<Record<string, unknown>>;
  // biome-ignore lint/suspicious/noExplicitAny: reads the commerce table without its typing
  const db = () => app.trustloop.database.db as any;
  async function pullNow(platform: string) {
    const row = await db()
      .selectFrom('shop_connections')
      .select('id')
      .where('channel_id', '=', tenant.channelId)
      .where('platform', '=', platform)
      .executeTakeFirstOrThrow();
    await app.trustloop.jobs.enqueue(db(), { kind: SHOP_PULL_JOB, payload: { connectionId: row.id } });
    await app.trustloop.jobs.runDueJobs();
  }

  it('PrestaShop: a key the shop does not know is a 422 on /body/apiKey; the right one connects', async () => {
    const wrong = await put('prestashop', { shopUrl: presta.url, apiKey: 'X'.repeat(32) });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().error.details).toEqual([
      {
        field: '/body/apiKey',
        code: 'shop.credentialsRefused',
        message: expect.stringContaining('Authentification key is not active'),
        params: {
          platform: 'PrestaShop',
          said: expect.stringContaining('Authentification key is not active'),
        },
      },
    ]);
    const right = await put('prestashop', {
      shopUrl: presta.url,
      apiKey: presta.key,
      statusMap: { '14': 'paid' },
    });
    expect(right.statusCode).toBe(201);
    expect(right.json()).toMatchObject({
      platform: 'prestashop',
      discountsEnabled: false,
      settings: { shopUrl: presta.url, timeZone: 'Europe/Warsaw', statusMap: { '14': 'paid' } },
    });
    expect(JSON.stringify(right.json())).not.toContain(presta.key);
  });

  it('PrestaShop: the pull job brings the order once, paid at its history time, and a second pull adds nothing', async () => {
    expect((await put('prestashop', { shopUrl: presta.url, apiKey: presta.key })).statusCode).toBe(201);
    await pullNow('prestashop');
    await pullNow('prestashop');
    const found = await orders();
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      source: 'prestashop',
      externalId: '512',
      total: 4990,
      paidAt: '2025-03-02T10:00:00.000Z',
    });
  });

  it('Shoper: a wrong password is a 422 on /body/password', async () => {
    const wrong = await put('shoper', {
      shopUrl: shoper.url,
      login: shoper.login,
      password: 'wrong',
      webhookSecret: 'secret-123',
    });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().error.details[0].field).toBe('/body/password');
  });

  it('Shoper: a signed order webhook records the order as REST shows it, a repeat is a duplicate, a bad signature 401', async () => {
    const connected = await put('shoper', {
      shopUrl: shoper.url,
      login: shoper.login,
      password: shoper.password,
      webhookSecret: 'secret-123',
    });
    expect(connected.statusCode).toBe(201);
    const raw = JSON.stringify({ order_id: 77 });
    const send = (signature: string) =>
      app.inject({
        method: 'POST',
        url: `/webhooks/shoper/${tenant.publicId}`,
        headers: {
          'content-type': 'application/json',
          'x-webhook-id': '5',
          'x-webhook-name': 'order.create',
          'x-webhook-sha1': signature,
        },
        payload: raw,
      });
    expect((await send(shoperSignature('5', 'wrong-secret', raw))).statusCode).toBe(401);
    const first = await send(shoperSignature('5', 'secret-123', raw));
    expect(first.json()).toEqual({ status: 'processed' });
    expect((await send(shoperSignature('5', 'secret-123', raw))).json()).toEqual({ status: 'duplicate' });
    const found = await orders();
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      source: 'shoper',
      externalId: '77',
      total: 6000,
      paidAt: '2025-05-01T08:05:00.000Z',
    });
    await pullNow('shoper');
    expect(await orders()).toHaveLength(1);
  });
});

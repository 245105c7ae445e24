import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSecretBox } from '../../src/platform/crypto/index.js';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';
import { dialects } from '../support/databases.js';
import {
  connectShopify,
  SHOP_DOMAIN,
  SHOPIFY_SECRET,
  sendShopify,
  shopifyOrder,
} from '../support/shop-payloads.js';

const oldKey = randomBytes(32);
const currentKey = randomBytes(32);

describe.each(dialects)('shop connections on %s', (kind) => {
  let app: TestApp;
  let tenant: Tenant;

  beforeAll(async () => {
    app = await createTestApp(kind, {
      env: {
        TRUSTLOOP_MASTER_KEY: currentKey.toString('base64'),
        TRUSTLOOP_PREVIOUS_MASTER_KEYS: oldKey.toString('base64'),
      },
    });
  });
  afterAll(() => app.close());
  beforeEach(async () => {
    tenant = await createTenant(app);
  });

  const url = (platform = 'shopify') => `/api/v1/channels/${tenant.channelId}/shop-connections/${platform}`;
  // biome-ignore lint/suspicious/noExplicitAny: reads the commerce table without its typing
  const db = () => app.trustloop.database.db as any;
  const storedRow = () =>
    db()
      .selectFrom('shop_connections')
      .selectAll()
      .where('channel_id', '=', tenant.channelId)
      .executeTakeFirst();

  it('PUT connects Shopify (201) and answers with the webhook URL, never the secret', async () => {
    const response = await connectShopify(app, tenant);
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual({
      channelId: tenant.channelId,
      platform: 'shopify',
      shopDomain: SHOP_DOMAIN,
      fulfilledOn: 'any_fulfillment',
      deliveredOn: 'shipment_delivered',
      settings: {},
      discountsEnabled: false,
      webhookUrl: `http://localhost:8080/webhooks/shopify/${tenant.publicId}`,
      health: { lastSyncAt: null, lastError: null, lastErrorAt: null },
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    const read = await app.inject({ method: 'GET', url: url(), headers: tenant.auth });
    expect(read.json()).toEqual(response.json());
    expect(read.body).not.toContain(SHOPIFY_SECRET);
  });

  it('keeps the secret sealed at rest', async () => {
    await connectShopify(app, tenant);
    const row = await storedRow();
    expect(row.webhook_secret).not.toContain(SHOPIFY_SECRET);
    expect(row.webhook_secret).toMatch(/^v1\./);
  });

  it('a second PUT changes settings and keeps the secret when none is sent', async () => {
    await connectShopify(app, tenant);
    const changed = await app.inject({
      method: 'PUT',
      url: url(),
      headers: tenant.auth,
      payload: { deliveredOn: 'never' },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().deliveredOn).toBe('never');
    const delivery = await sendShopify(app, tenant, { topic: 'orders/create', payload: shopifyOrder() });
    expect(delivery.statusCode).toBe(200);
  });

  it('a new secret takes effect at once', async () => {
    await connectShopify(app, tenant);
    await app.inject({
      method: 'PUT',
      url: url(),
      headers: tenant.auth,
      payload: { webhookSecret: 'rotated-secret-1' },
    });
    const old = await sendShopify(app, tenant, { topic: 'orders/create', payload: shopifyOrder() });
    const current = await sendShopify(app, tenant, {
      topic: 'orders/create',
      payload: shopifyOrder(),
      secret: 'rotated-secret-1',
    });
    expect([old.statusCode, current.statusCode]).toEqual([401, 200]);
  });

  const invalid: Array<[string, string, Record<string, unknown>, string]> = [
    ['a first PUT without a secret', 'shopify', { shopDomain: SHOP_DOMAIN }, '/body/webhookSecret'],
    ['Shopify without its shop domain', 'shopify', { webhookSecret: SHOPIFY_SECRET }, '/body/shopDomain'],
    [
      'a Shopify domain that is not myshopify.com',
      'shopify',
      { webhookSecret: SHOPIFY_SECRET, shopDomain: 'shop.example.com' },
      '/body/shopDomain',
    ],
    [
      'an unknown fulfilment rule',
      'shopify',
      { webhookSecret: SHOPIFY_SECRET, shopDomain: SHOP_DOMAIN, fulfilledOn: 'soon' },
      '/body/fulfilledOn',
    ],
    [
      'a WooCommerce status that is not a slug',
      'woocommerce',
      { webhookSecret: SHOPIFY_SECRET, deliveredOn: 'Delivered!' },
      '/body/deliveredOn',
    ],
    [
      'a secret that is too short',
      'shopify',
      { webhookSecret: 'short', shopDomain: SHOP_DOMAIN },
      '/body/webhookSecret',
    ],
    [
      "a WooCommerce credential in Shopify's discounts",
      'shopify',
      {
        webhookSecret: SHOPIFY_SECRET,
        shopDomain: SHOP_DOMAIN,
        discounts: { accessToken: 'shpat_x', consumerKey: 'ck_x' },
      },
      '/body/discounts/consumerKey',
    ],
    [
      'WooCommerce discounts without the consumer secret',
      'woocommerce',
      {
        webhookSecret: SHOPIFY_SECRET,
        discounts: { siteUrl: 'https://shop.example.com', consumerKey: 'ck_x' },
      },
      '/body/discounts/consumerSecret',
    ],
  ];
  for (const [what, platform, payload, field] of invalid) {
    it(`${what} is a 400 naming ${field}, and connects nothing`, async () => {
      const response = await app.inject({ method: 'PUT', url: url(platform), headers: tenant.auth, payload });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.details[0].field).toBe(field);
      expect(await storedRow()).toBeUndefined();
    });
  }

  it('an unknown platform is a 400', async () => {
    const response = await app.inject({ method: 'GET', url: url('opencart'), headers: tenant.auth });
    expect(response.statusCode).toBe(400);
  });

  it("a setting of another platform is a 400 naming it: each platform's descriptor decides", async () => {
    const response = await app.inject({
      method: 'PUT',
      url: url('woocommerce'),
      headers: tenant.auth,
      payload: { webhookSecret: SHOPIFY_SECRET, discounts: { accessToken: 'shpat_x' } },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0]).toMatchObject({
      field: '/body/discounts/accessToken',
      message: 'is not a WooCommerce setting',
    });
  });

  it('GET /api/v1/shop-connectors lists each platform with its settings form and capabilities', async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/api/v1/shop-connectors',
      headers: tenant.auth,
    });
    expect(response.statusCode).toBe(200);
    const shopify = response.json().connectors.find((c: { id: string }) => c.id === 'shopify');
    expect(shopify.capabilities.discounts).toBeTruthy();
    expect(shopify.settings).toContainEqual(
      expect.objectContaining({ key: 'webhookSecret', section: 'connection', secret: true, required: true }),
    );
    expect(shopify.settings).toContainEqual(
      expect.objectContaining({
        key: 'shopDomain',
        pattern: { regex: expect.any(String), message: 'must be the shop\'s "name.myshopify.com" domain' },
      }),
    );
  });

  it('DELETE disconnects: later deliveries are refused', async () => {
    await connectShopify(app, tenant);
    const removed = await app.inject({ method: 'DELETE', url: url(), headers: tenant.auth });
    expect(removed.statusCode).toBe(204);
    expect((await app.inject({ method: 'GET', url: url(), headers: tenant.auth })).statusCode).toBe(404);
    expect(
      (await sendShopify(app, tenant, { topic: 'orders/create', payload: shopifyOrder() })).statusCode,
    ).toBe(404);
  });

  it('rotating secrets re-seals a webhook secret made with a previous master key, and it still verifies', async () => {
    await connectShopify(app, tenant);
    const row = await storedRow();
    const oldBox = createSecretBox({ masterKey: oldKey });
    const sealedWithOld = oldBox.seal(SHOPIFY_SECRET, `shop_connection:${row.id}:webhook_secret`);
    await db()
      .updateTable('shop_connections')
      .set({ webhook_secret: sealedWithOld })
      .where('id', '=', row.id)
      .execute();

    expect(await app.trustloop.rotateSecrets()).toBeGreaterThanOrEqual(1);
    const after = await storedRow();
    expect(after.webhook_secret).not.toBe(sealedWithOld);
    expect(after.webhook_secret.split('.')[1]).toBe(createSecretBox({ masterKey: currentKey }).keyId);
    expect(
      (await sendShopify(app, tenant, { topic: 'orders/create', payload: shopifyOrder() })).statusCode,
    ).toBe(200);
  });
});

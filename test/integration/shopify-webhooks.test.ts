import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';
import { commerceProbe } from '../support/commerce-fixtures.js';
import { dialects } from '../support/databases.js';
import { connectShopify, sendShopify, shopifyOrder, shopifyRequest } from '../support/shop-payloads.js';

describe.each(dialects)('Shopify webhook intake on %s', (kind) => {
  let app: TestApp;
  let tenant: Tenant;
  let probe: ReturnType<typeof commerceProbe>;

  beforeAll(async () => {
    app = await createTestApp(kind);
  });
  afterAll(() => app.close());
  beforeEach(async () => {
    tenant = await createTenant(app);
    await connectShopify(app, tenant);
    probe = commerceProbe(app, tenant);
  });

  async function expectNothingStored() {
    expect(await probe.orders()).toBe(0);
    expect(await probe.deliveries()).toBe(0);
    expect(await probe.orderEvents()).toEqual([]);
  }

  it('a signed orders/create stores the order as Shopify describes it and appends order.placed', async () => {
    const payload = shopifyOrder();
    const response = await sendShopify(app, tenant, { topic: 'orders/create', payload });

    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'processed' });
    const order = await probe.onlyOrder();
    expect(order).toMatchObject({
      source: 'shopify',
      externalId: String(payload['id']),
      number: '#1042',
      currency: 'PLN',
      total: 24900,
      subtotal: 22900,
      taxTotal: 4656,
      shippingTotal: 2000,
      refundedTotal: 0,
      discountCodes: ['WIOSNA'],
      referralCode: 'ANNA10',
      locale: 'pl',
      placedAt: '2026-03-02T09:15:00.000Z',
      paidAt: null,
      customer: { email: 'ala@example.pl', firstName: 'Ala', lastName: 'Nowak', locale: 'pl' },
      lineItems: [
        {
          lineId: '13688971',
          productId: '8061536',
          variantId: '4512',
          sku: 'MUG-RED',
          title: 'Mug',
          quantity: 2,
          unitPrice: 11450,
        },
      ],
    });
    expect(order.customer.customerId).toMatch(/^cus_/);
    expect(order.shippingAddressHash).toMatch(/^[0-9a-f]{64}$/);
    expect(await probe.orderEvents()).toEqual(['order.placed']);
    const [placed] = await probe.eventsOf('order.placed');
    expect(placed!.payload).toMatchObject({ order: { orderId: order.orderId, total: 24900 } });
  });

  it('a wrong signature is refused with 401 and stores nothing', async () => {
    const response = await sendShopify(app, tenant, {
      topic: 'orders/create',
      payload: shopifyOrder(),
      secret: 'not-the-app-secret',
    });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('invalid_signature');
    await expectNothingStored();
  });

  it('a missing signature is refused with 401 and stores nothing', async () => {
    const response = await sendShopify(app, tenant, {
      topic: 'orders/create',
      payload: shopifyOrder(),
      signature: null,
    });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.message).toContain('X-Shopify-Hmac-Sha256');
    await expectNothingStored();
  });

  it('a body changed after signing is refused', async () => {
    const request = shopifyRequest(tenant.publicId, { topic: 'orders/create', payload: shopifyOrder() });
    const response = await app.inject({ ...request, payload: request.payload.replace('249.00', '2.49') });
    expect(response.statusCode).toBe(401);
    await expectNothingStored();
  });

  it('a delivery signed for another shop domain is refused with 401', async () => {
    const response = await sendShopify(app, tenant, {
      topic: 'orders/create',
      payload: shopifyOrder(),
      shopDomain: 'someone-else.myshopify.com',
    });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.message).toContain('someone-else.myshopify.com');
    await expectNothingStored();
  });

  it('an unknown channel answers 404', async () => {
    const response = await app.inject(
      shopifyRequest('pub_doesnotexist', { topic: 'orders/create', payload: shopifyOrder() }),
    );
    expect(response.statusCode).toBe(404);
  });

  it('a channel without a Shopify connection answers 404 and stores nothing', async () => {
    await app.inject({
      method: 'DELETE',
      url: `/api/v1/channels/${tenant.channelId}/shop-connections/shopify`,
      headers: tenant.auth,
    });
    const response = await sendShopify(app, tenant, { topic: 'orders/create', payload: shopifyOrder() });
    expect(response.statusCode).toBe(404);
    await expectNothingStored();
  });

  it('the same delivery twice stores one order and one event', async () => {
    const delivery = { topic: 'orders/create', payload: shopifyOrder(), webhookId: randomUUID() };
    const first = await sendShopify(app, tenant, delivery);
    const second = await sendShopify(app, tenant, delivery);

    expect(first.json()).toEqual({ status: 'processed' });
    expect(second.statusCode).toBe(200);
    expect(second.json()).toEqual({ status: 'duplicate' });
    expect(await probe.orders()).toBe(1);
    expect(await probe.deliveries()).toBe(1);
    expect(await probe.orderEvents()).toEqual(['order.placed']);
  });

  it('20 concurrent copies of one delivery store one order and one event', async () => {
    const delivery = { topic: 'orders/create', payload: shopifyOrder(), webhookId: randomUUID() };
    const responses = await Promise.all(Array.from({ length: 20 }, () => sendShopify(app, tenant, delivery)));

    expect(responses.map((r) => r.statusCode)).toEqual(Array(20).fill(200));
    const statuses = responses.map((r) => r.json().status).sort();
    expect(statuses.filter((s) => s === 'processed')).toHaveLength(1);
    expect(statuses.filter((s) => s === 'duplicate')).toHaveLength(19);
    expect(await probe.orders()).toBe(1);
    expect(await probe.orderEvents()).toEqual(['order.placed']);
  });

  it('20 concurrent deliveries of one order under different webhook ids store one order and one event', async () => {
    const payload = shopifyOrder();
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => sendShopify(app, tenant, { topic: 'orders/create', payload })),
    );

    expect(responses.map((r) => r.statusCode)).toEqual(Array(20).fill(200));
    expect(await probe.orders()).toBe(1);
    expect(await probe.deliveries()).toBe(20);
    expect(await probe.orderEvents()).toEqual(['order.placed']);
  });

  it('a topic Trustloop does not use is acknowledged with 200 and ignored', async () => {
    const response = await sendShopify(app, tenant, {
      topic: 'products/update',
      payload: { id: 1, title: 'Mug' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ignored' });
    await expectNothingStored();
  });

  it('a payload that breaks the schema is a 400 naming the field, and stores nothing', async () => {
    const payload = shopifyOrder();
    (payload['line_items'] as Array<Record<string, unknown>>)[0]!['price'] = '114,50';
    const response = await sendShopify(app, tenant, { topic: 'orders/create', payload });

    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0].field).toBe('/body/line_items/0/price');
    await expectNothingStored();
  });

  it('an amount finer than the currency allows is a 400 naming the field', async () => {
    const response = await sendShopify(app, tenant, {
      topic: 'orders/create',
      payload: shopifyOrder({ total_price: '249.001' }),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0].field).toBe('/body/total_price');
    await expectNothingStored();
  });

  it('a body that is not JSON is a 400', async () => {
    const response = await sendShopify(app, tenant, { topic: 'orders/create', payload: '{"id": 1,' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('invalid_json');
    await expectNothingStored();
  });

  it('a body over the size limit is refused with 413', async () => {
    const payload = shopifyOrder({ note: 'x'.repeat(1024 * 1024) });
    const response = await sendShopify(app, tenant, { topic: 'orders/create', payload });
    expect(response.statusCode).toBe(413);
    await expectNothingStored();
  });

  it('a delivery without a webhook id is a 400 and stores nothing', async () => {
    const request = shopifyRequest(tenant.publicId, { topic: 'orders/create', payload: shopifyOrder() });
    const { 'x-shopify-webhook-id': _dropped, ...headers } = request.headers;
    const response = await app.inject({ ...request, headers });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toContain('x-shopify-webhook-id');
    await expectNothingStored();
  });

  it('leaves the JSON parser of other routes untouched', async () => {
    const response = await app.inject({
      method: 'PUT',
      url: `/api/v1/channels/${tenant.channelId}/shop-connections/shopify`,
      headers: { ...tenant.auth, 'content-type': 'application/json' },
      payload: '{"fulfilledOn": "order_fulfilled"}',
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().fulfilledOn).toBe('order_fulfilled');
  });
});

describe.each(dialects)('Shopify webhook rate limit on %s', (kind) => {
  let app: TestApp;
  afterAll(() => app.close());

  it('answers 429 once a channel exceeds its deliveries per minute, without storing the excess', async () => {
    app = await createTestApp(kind, { env: { WEBHOOK_RATE_LIMIT_PER_MINUTE: '2' } });
    const tenant = await createTenant(app);
    await connectShopify(app, tenant);
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) {
      statuses.push(
        (await sendShopify(app, tenant, { topic: 'orders/create', payload: shopifyOrder() })).statusCode,
      );
    }
    expect(statuses).toEqual([200, 200, 429]);
    expect(await commerceProbe(app, tenant).orders()).toBe(2);
  });
});

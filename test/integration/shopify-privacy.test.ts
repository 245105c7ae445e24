import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';
import { commerceProbe } from '../support/commerce-fixtures.js';
import { dialects } from '../support/databases.js';
import {
  connectShopify,
  SHOP_DOMAIN,
  sendShopify,
  shopifyCustomer,
  shopifyOrder,
} from '../support/shop-payloads.js';

describe.each(dialects)('Shopify customers and GDPR topics on %s', (kind) => {
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

  async function send(topic: string, payload: Record<string, unknown>) {
    const response = await sendShopify(app, tenant, { topic, payload });
    expect(response.statusCode, response.body).toBe(200);
    return response;
  }
  const customer = (email: string) =>
    app.trustloop.contacts.findCustomer(tenant.accountId, tenant.channelId, { email });

  it('customers/create records the customer with the consent Shopify reports', async () => {
    await send('customers/create', shopifyCustomer());
    expect(await customer('ala@example.pl')).toMatchObject({
      firstName: 'Ala',
      lastName: 'Nowak',
      consent: 'subscribed',
      externalIds: { shopify: '7001' },
    });
  });

  it('customers/update carries an unsubscription through to the contact', async () => {
    await send('customers/create', shopifyCustomer());
    await send(
      'customers/update',
      shopifyCustomer({
        updated_at: '2026-04-01T10:00:00+02:00',
        email_marketing_consent: {
          state: 'unsubscribed',
          opt_in_level: 'single_opt_in',
          consent_updated_at: '2026-04-01T10:00:00+02:00',
        },
      }),
    );
    expect((await customer('ala@example.pl'))?.consent).toBe('unsubscribed');
  });

  it('customers/redact erases the contact and unlinks their orders from them', async () => {
    const order = shopifyOrder();
    await send('orders/create', order);
    await send(
      'orders/create',
      shopifyOrder({ email: 'ola@example.pl', customer: null, contact_email: null }),
    );
    await send('customers/redact', {
      shop_id: 954_889,
      shop_domain: SHOP_DOMAIN,
      customer: { id: 7001, email: 'ala@example.pl', phone: null },
      orders_to_redact: [order['id']],
    });

    expect(await customer('ala@example.pl')).toBeUndefined();
    const page = await app.trustloop.commerce.listOrders(tenant.accountId, tenant.channelId, { limit: 10 });
    const emails = page.items.map((item) => item.customer.email).sort();
    expect(emails).toEqual(['ola@example.pl', null].sort());
    const erased = page.items.find((item) => item.customer.email === null)!;
    expect(erased).toMatchObject({
      total: 24900,
      shippingAddressHash: null,
      customer: { customerId: null, firstName: null, lastName: null, phone: null },
    });
  });

  it('shop/redact erases every customer of the channel', async () => {
    await send('orders/create', shopifyOrder());
    await send(
      'orders/create',
      shopifyOrder({ email: 'ola@example.pl', customer: null, contact_email: null }),
    );
    await send('shop/redact', { shop_id: 954_889, shop_domain: SHOP_DOMAIN });

    expect(await customer('ala@example.pl')).toBeUndefined();
    expect(await customer('ola@example.pl')).toBeUndefined();
    const page = await app.trustloop.commerce.listOrders(tenant.accountId, tenant.channelId, { limit: 10 });
    expect(page.items.map((item) => item.customer.email)).toEqual([null, null]);
    expect(await probe.orders()).toBe(2);
  });

  it('customers/data_request stores an export listed in the admin API', async () => {
    await send('orders/create', shopifyOrder());
    await send('customers/data_request', {
      shop_id: 954_889,
      shop_domain: SHOP_DOMAIN,
      orders_requested: [],
      customer: { id: 7001, email: 'ala@example.pl', phone: null },
      data_request: { id: 9999 },
    });

    const list = await app.inject({
      method: 'GET',
      url: `/api/v1/channels/${tenant.channelId}/data-requests`,
      headers: tenant.auth,
    });
    expect(list.statusCode).toBe(200);
    const [request] = list.json().data;
    expect(request).toMatchObject({ platform: 'shopify', externalId: '9999', email: 'ala@example.pl' });
    expect(request.export.customer.customer.email).toBe('ala@example.pl');
    expect(request.export.orders).toHaveLength(1);
    expect(request.export.orders[0].total).toBe(24900);

    const one = await app.inject({
      method: 'GET',
      url: `/api/v1/channels/${tenant.channelId}/data-requests/${request.id}`,
      headers: tenant.auth,
    });
    expect(one.json()).toEqual(request);
  });

  it('a data request without the customer email is a 400 naming it', async () => {
    const response = await sendShopify(app, tenant, {
      topic: 'customers/data_request',
      payload: { shop_id: 954_889, customer: { id: 7001 }, data_request: { id: 1 } },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0].field).toBe('/body/customer/email');
  });

  it('an erasure made elsewhere (customer.erased) also unlinks the orders', async () => {
    await send('orders/create', shopifyOrder());
    await app.trustloop.contacts.eraseCustomer(app.trustloop.database.db, {
      accountId: tenant.accountId,
      channelId: tenant.channelId,
      email: 'ala@example.pl',
      reason: 'admin',
    });
    await app.trustloop.jobs.runDueJobs();
    expect((await probe.onlyOrder()).customer.email).toBeNull();
  });
});

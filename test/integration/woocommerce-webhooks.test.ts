import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';
import { commerceProbe } from '../support/commerce-fixtures.js';
import { dialects } from '../support/databases.js';
import { connectWoo, sendWoo, wooOrder, wooRequest } from '../support/shop-payloads.js';

describe.each(dialects)('WooCommerce webhooks on %s', (kind) => {
  let app: TestApp;
  let tenant: Tenant;
  let probe: ReturnType<typeof commerceProbe>;

  beforeAll(async () => {
    app = await createTestApp(kind);
  });
  afterAll(() => app.close());
  beforeEach(async () => {
    tenant = await createTenant(app);
    await connectWoo(app, tenant);
    probe = commerceProbe(app, tenant);
  });

  async function send(topic: string, payload: Record<string, unknown>) {
    const response = await sendWoo(app, tenant, { topic, payload });
    expect(response.statusCode, response.body).toBe(200);
    return response;
  }

  it('answers the ping WooCommerce sends when the webhook is saved with 200', async () => {
    const response = await app.inject({
      method: 'POST',
      url: `/webhooks/woocommerce/${tenant.publicId}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'webhook_id=12',
    });
    expect(response.statusCode).toBe(200);
    expect(await probe.deliveries()).toBe(0);
  });

  it('a signed order.created in processing stores a paid order and appends placed and paid', async () => {
    const response = await send('order.created', wooOrder());
    expect(response.json()).toEqual({ status: 'processed' });
    expect(await probe.onlyOrder()).toMatchObject({
      source: 'woocommerce',
      externalId: '727',
      number: '727',
      currency: 'EUR',
      total: 5990,
      subtotal: 4990,
      taxTotal: 1120,
      shippingTotal: 1000,
      placedAt: '2026-03-02T09:15:00.000Z',
      paidAt: '2026-03-02T09:16:00.000Z',
      customer: { email: 'jan@example.pl', firstName: 'Jan', lastName: 'Kowalski', phone: '+48500100200' },
      lineItems: [
        { lineId: '315', productId: '93', variantId: '94', sku: 'MUG-RED', quantity: 2, unitPrice: 2495 },
      ],
    });
    expect(await probe.orderEvents()).toEqual(['order.paid', 'order.placed']);
  });

  it('a wrong signature is refused with 401 and stores nothing', async () => {
    const response = await sendWoo(app, tenant, {
      topic: 'order.created',
      payload: wooOrder(),
      secret: 'wrong-secret',
    });
    expect(response.statusCode).toBe(401);
    expect(await probe.orders()).toBe(0);
    expect(await probe.deliveries()).toBe(0);
  });

  it('a delivery from another site is refused with 401', async () => {
    const response = await sendWoo(app, tenant, {
      topic: 'order.created',
      payload: wooOrder(),
      source: 'https://elsewhere.example.com/',
    });
    expect(response.statusCode).toBe(401);
    expect(await probe.orders()).toBe(0);
  });

  it('the same delivery twice is applied once', async () => {
    const request = wooRequest(tenant.publicId, { topic: 'order.created', payload: wooOrder() });
    await app.inject(request);
    const again = await app.inject(request);
    expect(again.json()).toEqual({ status: 'duplicate' });
    expect(await probe.deliveries()).toBe(1);
    expect(await probe.orderEvents()).toEqual(['order.paid', 'order.placed']);
  });

  it('a re-sent order.updated under a new delivery id changes nothing', async () => {
    await send('order.created', wooOrder());
    await send('order.updated', wooOrder());
    await send('order.updated', wooOrder());
    expect(await probe.orders()).toBe(1);
    expect(await probe.orderEvents()).toEqual(['order.paid', 'order.placed']);
  });

  it('two different orders sharing a delivery id (same webhook, same second) are both applied', async () => {
    await sendWoo(app, tenant, {
      topic: 'order.created',
      payload: wooOrder({ id: 801 }),
      deliveryId: 'same-second',
    });
    await sendWoo(app, tenant, {
      topic: 'order.created',
      payload: wooOrder({ id: 802 }),
      deliveryId: 'same-second',
    });
    expect(await probe.orders()).toBe(2);
  });

  it('completed marks the order fulfilled, cancelled cancels it, each once', async () => {
    await send('order.created', wooOrder({ status: 'pending', date_paid_gmt: null }));
    await send(
      'order.updated',
      wooOrder({
        status: 'completed',
        date_modified_gmt: '2026-03-03T08:00:00',
        date_completed_gmt: '2026-03-03T08:00:00',
      }),
    );
    await send('order.updated', wooOrder({ status: 'cancelled', date_modified_gmt: '2026-03-04T08:00:00' }));
    await send('order.updated', wooOrder({ status: 'cancelled', date_modified_gmt: '2026-03-04T08:00:00' }));

    expect(await probe.orderEvents()).toEqual([
      'order.cancelled',
      'order.fulfilled',
      'order.paid',
      'order.placed',
    ]);
    expect(await probe.onlyOrder()).toMatchObject({
      paidAt: '2026-03-02T09:16:00.000Z',
      fulfilledAt: '2026-03-03T08:00:00.000Z',
      cancelledAt: '2026-03-04T08:00:00.000Z',
    });
  });

  it('an older order.updated delivered late rolls nothing back', async () => {
    await send(
      'order.updated',
      wooOrder({ status: 'completed', total: '69.90', date_modified_gmt: '2026-03-03T08:00:00' }),
    );
    const before = await probe.onlyOrder();
    await send('order.updated', wooOrder({ status: 'pending', date_paid_gmt: null }));
    expect(await probe.onlyOrder()).toEqual(before);
  });

  it('a configured status counts as delivered', async () => {
    await connectWoo(app, tenant, { deliveredOn: 'delivered' });
    await send('order.created', wooOrder());
    await send('order.updated', wooOrder({ status: 'delivered', date_modified_gmt: '2026-03-05T10:00:00' }));
    expect(await probe.orderEvents()).toEqual(['order.delivered', 'order.paid', 'order.placed']);
  });

  it('refunds in the order body are recorded once each, partial then full', async () => {
    await send('order.created', wooOrder());
    await send(
      'order.updated',
      wooOrder({
        refunds: [{ id: 730, reason: 'damaged', total: '-24.95' }],
        date_modified_gmt: '2026-03-03T08:00:00',
      }),
    );
    const full = wooOrder({
      status: 'refunded',
      refunds: [
        { id: 731, reason: '', total: '-34.95' },
        { id: 730, reason: 'damaged', total: '-24.95' },
      ],
      date_modified_gmt: '2026-03-04T08:00:00',
    });
    await send('order.updated', full);
    await send('order.updated', full);

    const refunds = (await probe.eventsOf('order.refunded')).map(
      (event) => (event.payload as { refund: { amount: number; fullyRefunded: boolean } }).refund,
    );
    expect(refunds.map((refund) => refund.amount).sort()).toEqual([2495, 3495]);
    expect(refunds.some((refund) => refund.fullyRefunded)).toBe(true);
    expect((await probe.onlyOrder()).refundedTotal).toBe(5990);
  });

  it('order.deleted cancels a known order', async () => {
    await send('order.created', wooOrder());
    await send('order.deleted', { id: 727 });
    expect(await probe.orderEvents()).toEqual(['order.cancelled', 'order.paid', 'order.placed']);
  });

  it('customer.created records the customer under its WooCommerce id', async () => {
    await send('customer.created', {
      id: 25,
      date_created_gmt: '2026-03-01T08:00:00',
      email: 'Jan@Example.pl',
      first_name: 'Jan',
      last_name: 'Kowalski',
      role: 'customer',
      username: 'jan',
      billing: { first_name: 'Jan', last_name: 'Kowalski', email: 'jan@example.pl', phone: '' },
      shipping: {},
      is_paying_customer: false,
      meta_data: [],
    });
    expect(
      await app.trustloop.contacts.findCustomer(tenant.accountId, tenant.channelId, {
        email: 'jan@example.pl',
      }),
    ).toMatchObject({ firstName: 'Jan', externalIds: { woocommerce: '25' } });
  });

  it('a payload missing a field is a 400 naming it, and stores nothing', async () => {
    const { date_modified_gmt: _dropped, ...payload } = wooOrder();
    const response = await sendWoo(app, tenant, { topic: 'order.created', payload });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0].field).toBe('/body/date_modified_gmt');
    expect(await probe.orders()).toBe(0);
    expect(await probe.deliveries()).toBe(0);
  });

  it('a topic Trustloop does not use is acknowledged and ignored', async () => {
    const response = await send('product.updated', { id: 93, name: 'Mug' });
    expect(response.json()).toEqual({ status: 'ignored' });
  });
});

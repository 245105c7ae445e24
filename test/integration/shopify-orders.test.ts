import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';
import { commerceProbe } from '../support/commerce-fixtures.js';
import { dialects } from '../support/databases.js';
import {
  connectShopify,
  sendShopify,
  shopifyFulfillment,
  shopifyId,
  shopifyOrder,
  shopifyRefund,
} from '../support/shop-payloads.js';

describe.each(dialects)('Shopify orders over their lifetime on %s', (kind) => {
  let app: TestApp;
  let tenant: Tenant;
  let probe: ReturnType<typeof commerceProbe>;
  let orderId: number;

  beforeAll(async () => {
    app = await createTestApp(kind);
  });
  afterAll(() => app.close());
  beforeEach(async () => {
    tenant = await createTenant(app);
    await connectShopify(app, tenant);
    probe = commerceProbe(app, tenant);
    orderId = shopifyId();
  });

  const order = (overrides: Record<string, unknown> = {}) => shopifyOrder({ id: orderId, ...overrides });
  async function send(topic: string, payload: Record<string, unknown>) {
    const response = await sendShopify(app, tenant, { topic, payload });
    expect(response.statusCode, response.body).toBe(200);
    return response;
  }

  it('an order first seen already paid appends order.placed and order.paid', async () => {
    await send('orders/create', order({ financial_status: 'paid' }));
    expect(await probe.orderEvents()).toEqual(['order.paid', 'order.placed']);
    expect((await probe.onlyOrder()).paidAt).toBe('2026-03-02T09:15:00.000Z');
  });

  it('keeps 64-bit ids exact: two orders whose ids differ beyond 2^53 stay two orders', async () => {
    // JSON.parse would read both as 820982911946154500.
    for (const id of ['820982911946154508', '820982911946154509']) {
      const body = JSON.stringify(order({ id: 1 })).replace('"id":1,', `"id":${id},`);
      const response = await sendShopify(app, tenant, { topic: 'orders/create', payload: body });
      expect(response.statusCode, response.body).toBe(200);
    }
    const page = await app.trustloop.commerce.listOrders(tenant.accountId, tenant.channelId, { limit: 10 });
    const ids = page.items.map((stored) => stored.externalId).sort();
    expect(ids).toEqual(['820982911946154508', '820982911946154509']);
  });

  it('each milestone appends its event once, however often the shop repeats it', async () => {
    await send('orders/create', order());
    const paid = order({ financial_status: 'paid', updated_at: '2026-03-02T11:00:00+01:00' });
    await send('orders/paid', paid);
    await send('orders/updated', paid);
    const fulfillment = shopifyFulfillment(orderId);
    await send('fulfillments/create', fulfillment);
    await send('fulfillments/update', fulfillment);
    const delivered = {
      ...fulfillment,
      shipment_status: 'delivered',
      updated_at: '2026-03-04T15:00:00+01:00',
    };
    await send('fulfillments/update', delivered);
    await send('fulfillments/update', delivered);
    const cancelled = order({
      financial_status: 'paid',
      cancelled_at: '2026-03-06T08:00:00+01:00',
      updated_at: '2026-03-06T08:00:00+01:00',
    });
    await send('orders/cancelled', cancelled);
    await send('orders/updated', cancelled);

    expect(await probe.orderEvents()).toEqual([
      'order.cancelled',
      'order.delivered',
      'order.fulfilled',
      'order.paid',
      'order.placed',
    ]);
    expect(await probe.onlyOrder()).toMatchObject({
      paidAt: '2026-03-02T10:00:00.000Z',
      fulfilledAt: '2026-03-03T11:00:00.000Z',
      deliveredAt: '2026-03-04T14:00:00.000Z',
      cancelledAt: '2026-03-06T07:00:00.000Z',
    });
  });

  it('an older orders/updated arriving after a newer one rolls nothing back', async () => {
    const newer = order({
      financial_status: 'paid',
      total_price: '259.00',
      updated_at: '2026-03-02T12:00:00+01:00',
    });
    await send('orders/updated', newer);
    const before = await probe.onlyOrder();
    const stale = await send('orders/create', order({ updated_at: '2026-03-02T10:15:00+01:00' }));

    expect(stale.json()).toEqual({ status: 'processed' });
    const after = await probe.onlyOrder();
    expect(after).toEqual(before);
    expect(after.total).toBe(25900);
    expect(after.paidAt).not.toBeNull();
    expect(await probe.orderEvents()).toEqual(['order.paid', 'order.placed']);
  });

  it('a later picture that no longer says paid leaves the order paid', async () => {
    await send('orders/create', order({ financial_status: 'paid' }));
    await send(
      'orders/updated',
      order({ financial_status: 'pending', updated_at: '2026-03-03T10:00:00+01:00' }),
    );
    expect((await probe.onlyOrder()).paidAt).toBe('2026-03-02T09:15:00.000Z');
    expect(await probe.orderEvents()).toEqual(['order.paid', 'order.placed']);
  });

  it('"order_fulfilled" waits until every line is fulfilled', async () => {
    await connectShopify(app, tenant, { fulfilledOn: 'order_fulfilled' });
    await send('orders/create', order());
    await send('fulfillments/create', shopifyFulfillment(orderId));
    expect(await probe.orderEvents()).toEqual(['order.placed']);

    await send(
      'orders/fulfilled',
      order({
        fulfillment_status: 'fulfilled',
        fulfillments: [shopifyFulfillment(orderId)],
        updated_at: '2026-03-03T12:05:00+01:00',
      }),
    );
    expect(await probe.orderEvents()).toEqual(['order.fulfilled', 'order.placed']);
  });

  it('a partial refund and then the rest append order.refunded once each, the last one full', async () => {
    await send('orders/create', order({ financial_status: 'paid' }));
    const partial = shopifyRefund(orderId);
    await send('refunds/create', partial);
    await send('refunds/create', partial);
    expect(await probe.refunds()).toBe(1);
    expect((await probe.onlyOrder()).refundedTotal).toBe(11450);

    const rest = shopifyRefund(orderId, {
      refund_line_items: [],
      transactions: [{ kind: 'refund', status: 'success', amount: '134.50', currency: 'PLN' }],
    });
    await send('refunds/create', rest);

    const refunded = await probe.eventsOf('order.refunded');
    expect(refunded).toHaveLength(2);
    const byAmount = refunded
      .map((event) => (event.payload as { refund: { amount: number; fullyRefunded: boolean } }).refund)
      .sort((a, b) => a.amount - b.amount);
    expect(byAmount).toEqual([
      expect.objectContaining({ amount: 11450, fullyRefunded: false }),
      expect.objectContaining({ amount: 13450, fullyRefunded: true }),
    ]);
    const stored = await probe.onlyOrder();
    expect(stored.refundedTotal).toBe(24900);
    expect(stored.refunds.map((refund) => refund.lineItems)).toContainEqual([
      { lineId: '13688971', quantity: 1, amount: 11450 },
    ]);
  });

  it('refunds listed in a later orders/updated are recorded once, even after refunds/create', async () => {
    await send('orders/create', order({ financial_status: 'paid' }));
    const refund = shopifyRefund(orderId);
    await send('refunds/create', refund);
    await send(
      'orders/updated',
      order({
        financial_status: 'partially_refunded',
        refunds: [refund],
        updated_at: '2026-03-05T09:01:00+01:00',
      }),
    );
    expect(await probe.refunds()).toBe(1);
    expect(await probe.eventsOf('order.refunded')).toHaveLength(1);
  });

  it('a refund of more than is left is a 422 and stores nothing', async () => {
    await send('orders/create', order({ financial_status: 'paid' }));
    const tooMuch = shopifyRefund(orderId, {
      transactions: [{ kind: 'refund', status: 'success', amount: '300.00', currency: 'PLN' }],
    });
    const response = await sendShopify(app, tenant, { topic: 'refunds/create', payload: tooMuch });

    expect(response.statusCode).toBe(422);
    expect(response.json().error.message).toContain('left to refund');
    expect(await probe.refunds()).toBe(0);
    expect(await probe.deliveries()).toBe(1);
    expect(await probe.eventsOf('order.refunded')).toEqual([]);
  });

  it('a refund that overtakes its order is refused with 409 and applied when the shop retries', async () => {
    const refund = shopifyRefund(orderId);
    const early = await sendShopify(app, tenant, {
      topic: 'refunds/create',
      payload: refund,
      webhookId: 'retry-me',
    });
    expect(early.statusCode).toBe(409);
    expect(await probe.deliveries()).toBe(0);

    await send('orders/create', order({ financial_status: 'paid' }));
    const retried = await sendShopify(app, tenant, {
      topic: 'refunds/create',
      payload: refund,
      webhookId: 'retry-me',
    });
    expect(retried.json()).toEqual({ status: 'processed' });
    expect(await probe.refunds()).toBe(1);
  });

  it('a restock-only refund that returned no money appends nothing', async () => {
    await send('orders/create', order({ financial_status: 'paid' }));
    await send('refunds/create', shopifyRefund(orderId, { transactions: [] }));
    expect(await probe.refunds()).toBe(0);
    expect(await probe.eventsOf('order.refunded')).toEqual([]);
  });

  it('a note attribute carries the referral code when the landing page has none', async () => {
    await send(
      'orders/create',
      order({ landing_site: '/products/mug', note_attributes: [{ name: 'ref', value: 'OLA-2026' }] }),
    );
    expect((await probe.onlyOrder()).referralCode).toBe('OLA-2026');
  });
});

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';
import { commerceProbe } from '../support/commerce-fixtures.js';
import { dialects } from '../support/databases.js';

function apiOrder(overrides: Record<string, unknown> = {}) {
  return {
    number: 'A-1001',
    updatedAt: '2026-03-02T10:00:00Z',
    customer: { email: 'Ewa@Example.pl', firstName: 'Ewa', lastName: 'Lis', locale: 'pl' },
    currency: 'PLN',
    total: 15998,
    shippingTotal: 0,
    lineItems: [
      { lineId: 'l1', sku: 'TEA-01', title: 'Green tea', quantity: 2, unitPrice: 4999 },
      { lineId: 'l2', sku: 'CUP-02', title: 'Cup', quantity: 1, unitPrice: 6000 },
    ],
    placedAt: '2026-03-02T09:59:00Z',
    ...overrides,
  };
}

describe.each(dialects)('orders over the REST API on %s', (kind) => {
  let app: TestApp;
  let tenant: Tenant;
  let probe: ReturnType<typeof commerceProbe>;

  beforeAll(async () => {
    app = await createTestApp(kind);
  });
  afterAll(() => app.close());
  beforeEach(async () => {
    tenant = await createTenant(app);
    probe = commerceProbe(app, tenant);
  });

  const base = () => `/api/v1/channels/${tenant.channelId}/orders`;
  const put = (externalId: string, payload: unknown, headers: Record<string, string> = {}) =>
    app.inject({
      method: 'PUT',
      url: `${base()}/${externalId}`,
      headers: { ...tenant.auth, ...headers },
      payload: payload as object,
    });
  const post = (path: string, payload: unknown, headers: Record<string, string> = {}) =>
    app.inject({
      method: 'POST',
      url: `${base()}/${path}`,
      headers: { ...tenant.auth, ...headers },
      payload: payload as object,
    });

  it('PUT creates the order (201) and reports the events it appended, in order', async () => {
    const response = await put('1001', apiOrder({ paidAt: '2026-03-02T10:00:00Z' }));
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body).toMatchObject({ created: true, changed: true, events: ['order.placed', 'order.paid'] });
    expect(body.order).toMatchObject({
      source: 'api',
      externalId: '1001',
      subtotal: 15998,
      customer: { email: 'ewa@example.pl' },
    });
  });

  /** The order as stored, read back, and the channel's customer with `email`. */
  async function storedBuyer(orderId: string, email: string) {
    const order = await app.inject({ method: 'GET', url: `${base()}/${orderId}`, headers: tenant.auth });
    const customers = await app.inject({
      method: 'GET',
      url: `/api/v1/channels/${tenant.channelId}/customers?email=${encodeURIComponent(email)}`,
      headers: tenant.auth,
    });
    return { named: order.json().customer.customerId, customers: customers.json().data };
  }

  it('a new order names the customer created with it', async () => {
    const created = (await put('1001', apiOrder())).json().order;
    const { named, customers } = await storedBuyer(created.orderId, 'ewa@example.pl');
    expect(customers.map((customer: { customerId: string }) => customer.customerId)).toEqual([named]);
  });

  it('a new order whose email is already a customer names that customer, and creates none', async () => {
    const existing = await app.inject({
      method: 'POST',
      url: `/api/v1/channels/${tenant.channelId}/customers`,
      headers: tenant.auth,
      payload: { email: 'ewa@example.pl' },
    });
    expect(existing.statusCode, existing.body).toBe(201);
    const created = (await put('1001', apiOrder())).json().order;
    const { named, customers } = await storedBuyer(created.orderId, 'ewa@example.pl');
    expect(named).toBe(existing.json().customerId);
    expect(customers).toHaveLength(1);
  });

  it('a new order whose buyer the shop id names already, under another email, names that customer', async () => {
    const first = (
      await put('1001', apiOrder({ customer: { email: 'old@example.pl', externalId: 'c-7' } }))
    ).json().order;
    const second = (
      await put('1002', apiOrder({ customer: { email: 'new@example.pl', externalId: 'c-7' } }))
    ).json().order;
    const { named, customers } = await storedBuyer(second.orderId, 'new@example.pl');
    expect(named).toBe(first.customer.customerId);
    expect(customers.map((customer: { customerId: string }) => customer.customerId)).toEqual([named]);
  });

  it('the same PUT again answers 200 and changes nothing', async () => {
    await put('1001', apiOrder());
    const again = await put('1001', apiOrder());
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ created: false, changed: false, events: [] });
    expect(await probe.orders()).toBe(1);
    expect(await probe.orderEvents()).toEqual(['order.placed']);
  });

  it('an older updatedAt changes nothing', async () => {
    await put('1001', apiOrder({ updatedAt: '2026-03-02T12:00:00Z', total: 20000 }));
    const stale = await put('1001', apiOrder({ updatedAt: '2026-03-02T11:00:00Z', total: 1 }));
    expect(stale.json()).toMatchObject({ changed: false });
    expect(stale.json().order.total).toBe(20000);
  });

  it('GET lists the channel orders and reads one with its refunds', async () => {
    const created = (await put('1001', apiOrder())).json().order;
    await post('1001/refunds', { externalId: 'r1', amount: 1000 });

    const list = await app.inject({ method: 'GET', url: base(), headers: tenant.auth });
    expect(list.json().data.map((order: { orderId: string }) => order.orderId)).toEqual([created.orderId]);
    const one = await app.inject({
      method: 'GET',
      url: `${base()}/${created.orderId}`,
      headers: tenant.auth,
    });
    expect(one.statusCode).toBe(200);
    expect(one.json()).toMatchObject({
      orderId: created.orderId,
      refundedTotal: 1000,
      refunds: [{ externalId: 'r1', amount: 1000 }],
    });
  });

  it('a refund by line takes the line price, and is idempotent by its external id', async () => {
    await put('1001', apiOrder());
    const first = await post('1001/refunds', {
      externalId: 'r1',
      lineItems: [{ lineId: 'l1', quantity: 1 }],
    });
    const again = await post('1001/refunds', {
      externalId: 'r1',
      lineItems: [{ lineId: 'l1', quantity: 1 }],
    });

    expect(first.statusCode).toBe(201);
    expect(first.json().refund).toMatchObject({ amount: 4999, fullyRefunded: false });
    expect(again.statusCode).toBe(200);
    expect(again.json().created).toBe(false);
    expect(await probe.eventsOf('order.refunded')).toHaveLength(1);
  });

  it('a refund of the rest marks the order fully refunded', async () => {
    await put('1001', apiOrder());
    await post('1001/refunds', { externalId: 'r1', amount: 5998 });
    const rest = await post('1001/refunds', { externalId: 'r2', amount: 10000 });
    expect(rest.json().refund.fullyRefunded).toBe(true);
    expect(rest.json().order.refundedTotal).toBe(15998);
  });

  it('a refund larger than what is left is a 422 saying so, and stores nothing', async () => {
    await put('1001', apiOrder());
    await post('1001/refunds', { externalId: 'r1', amount: 10000 });
    const response = await post('1001/refunds', { externalId: 'r2', amount: 6000 });
    expect(response.statusCode).toBe(422);
    expect(response.json().error.message).toBe(
      '/body/amount: a refund of 60.00 PLN is more than the 59.98 PLN left to refund on order A-1001',
    );
    expect(await probe.refunds()).toBe(1);
  });

  it('a refund of a line the order does not have is a 422 naming it', async () => {
    await put('1001', apiOrder());
    const response = await post('1001/refunds', {
      externalId: 'r1',
      lineItems: [{ lineId: 'nope', quantity: 1 }],
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().error.details[0].field).toBe('/body/lineItems/0/lineId');
  });

  it('a refund of an unknown order is a 404', async () => {
    const response = await post('404/refunds', { externalId: 'r1', amount: 100 });
    expect(response.statusCode).toBe(404);
  });

  it('fulfilments and deliveries set their time once and append their event once', async () => {
    await put('1001', apiOrder());
    const fulfilled = await post('1001/fulfillments', { fulfilledAt: '2026-03-03T08:00:00Z' });
    await post('1001/fulfillments', { fulfilledAt: '2026-03-09T08:00:00Z' });
    const delivered = await post('1001/deliveries', {});

    expect(fulfilled.json()).toMatchObject({ changed: true, events: ['order.fulfilled'] });
    expect(delivered.json()).toMatchObject({ changed: true, events: ['order.delivered'] });
    expect((await probe.onlyOrder()).fulfilledAt).toBe('2026-03-03T08:00:00.000Z');
    expect(await probe.orderEvents()).toEqual(['order.delivered', 'order.fulfilled', 'order.placed']);
  });

  describe('Idempotency-Key', () => {
    it('the same key with the same request replays the first answer', async () => {
      const headers = { 'idempotency-key': 'k-1' };
      const first = await post('1001/fulfillments', {}, headers);
      expect(first.statusCode).toBe(404);
      await put('1001', apiOrder(), headers);
      const replay = await put('1001', apiOrder(), headers);
      expect(replay.statusCode).toBe(201);
      expect(replay.headers['idempotent-replayed']).toBe('true');
      expect(replay.json().created).toBe(true);
      expect(await probe.orderEvents()).toEqual(['order.placed']);
    });

    it('the same key with a different body is a 422 and changes nothing', async () => {
      await put('1001', apiOrder(), { 'idempotency-key': 'k-2' });
      const reused = await put('1001', apiOrder({ total: 1 }), { 'idempotency-key': 'k-2' });
      expect(reused.statusCode).toBe(422);
      expect(reused.json().error.message).toBe('idempotency key reused with a different request');
      expect((await probe.onlyOrder()).total).toBe(15998);
    });

    it('concurrent refunds with one key record one refund and give everyone the same answer', async () => {
      await put('1001', apiOrder());
      const responses = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          post('1001/refunds', { externalId: 'r-same', amount: 100 }, { 'idempotency-key': 'k-3' }).then(
            (response) => ({ i, response }),
          ),
        ),
      );
      expect(responses.map(({ response }) => response.statusCode)).toEqual(Array(10).fill(201));
      const refundIds = new Set(responses.map(({ response }) => response.json().refund.refundId));
      expect(refundIds.size).toBe(1);
      expect(await probe.refunds()).toBe(1);
      expect(await probe.eventsOf('order.refunded')).toHaveLength(1);
    });

    it('keys are per account', async () => {
      const other = await createTenant(app, 'Other');
      await put('1001', apiOrder(), { 'idempotency-key': 'shared' });
      const theirs = await app.inject({
        method: 'PUT',
        url: `/api/v1/channels/${other.channelId}/orders/1001`,
        headers: { ...other.auth, 'idempotency-key': 'shared' },
        payload: apiOrder({ total: 5 }),
      });
      expect(theirs.statusCode).toBe(201);
    });
  });

  describe('bad input gets a clear 4xx and leaves no trace', () => {
    const cases: Array<[string, Record<string, unknown>, string]> = [
      ['a total that is not whole minor units', { total: 159.98 }, '/body/total'],
      [
        'a negative unit price',
        { lineItems: [{ title: 'x', quantity: 1, unitPrice: -1 }] },
        '/body/lineItems/0/unitPrice',
      ],
      [
        'a quantity of zero',
        { lineItems: [{ title: 'x', quantity: 0, unitPrice: 1 }] },
        '/body/lineItems/0/quantity',
      ],
      ['a placedAt that is not a date-time', { placedAt: 'yesterday' }, '/body/placedAt'],
      ['an unknown field', { colour: 'red' }, '/body/colour'],
      ['a malformed customer email', { customer: { email: 'not-an-email' } }, '/body/customer/email'],
    ];
    for (const [what, change, field] of cases) {
      it(`${what} is a 400 naming ${field}`, async () => {
        const response = await put('1001', apiOrder(change));
        expect(response.statusCode).toBe(400);
        expect(response.json().error.details.map((d: { field: string }) => d.field)).toContain(field);
        expect(await probe.orders()).toBe(0);
        expect(await probe.orderEvents()).toEqual([]);
      });
    }

    it('an unknown currency is a 400 naming currency', async () => {
      const response = await put('1001', apiOrder({ currency: 'XYZ' }));
      expect(response.statusCode).toBe(400);
      expect(response.json().error.details[0].field).toBe('/body/currency');
      expect(await probe.orders()).toBe(0);
    });

    it('a line id given twice is a 400 naming the line', async () => {
      const line = { lineId: 'l1', title: 'Tea', quantity: 1, unitPrice: 100 };
      const response = await put('1001', apiOrder({ lineItems: [line, line] }));
      expect(response.statusCode).toBe(400);
      expect(response.json().error.details[0].field).toBe('/body/lineItems/1/lineId');
      expect(await probe.orders()).toBe(0);
    });

    it('a refund without amount or lines is a 400', async () => {
      await put('1001', apiOrder());
      const response = await post('1001/refunds', { externalId: 'r1' });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.details[0].field).toBe('/body/amount');
      expect(await probe.refunds()).toBe(0);
    });

    it('an order in a channel of another account is a 404', async () => {
      const other = await createTenant(app, 'Other');
      const response = await app.inject({
        method: 'PUT',
        url: `/api/v1/channels/${other.channelId}/orders/1001`,
        headers: tenant.auth,
        payload: apiOrder(),
      });
      expect(response.statusCode).toBe(404);
      expect(await commerceProbe(app, other).orders()).toBe(0);
    });

    it('a key without commerce:write is refused', async () => {
      const { secret } = await app.trustloop.accounts.apiKeys.create(tenant.accountId, {
        name: 'read only',
        scopes: ['commerce:read'],
      });
      const response = await app.inject({
        method: 'PUT',
        url: `${base()}/1001`,
        headers: { authorization: `Bearer ${secret}` },
        payload: apiOrder(),
      });
      expect(response.statusCode).toBe(403);
    });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';
import { dialects } from '../support/databases.js';
import {
  anOrder,
  consentEvent,
  customerEvent,
  deliver,
  ledgerOf,
  memberOf,
  orderEvent,
  refundEvent,
  reviewEvent,
  setUpProgram,
} from '../support/loyalty-fixtures.js';

describe.each(dialects)('earning and reversing points on %s', (kind) => {
  let app: TestApp;
  let tenant: Tenant;

  beforeAll(async () => {
    app = await createTestApp(kind);
    tenant = await createTenant(app);
    await setUpProgram(app, tenant, {
      earning: {
        points: 1,
        perAmount: 100,
        rounding: 'down',
        base: 'products',
        awardOn: 'paid',
        pendingPoints: true,
      },
      signupPoints: 50,
      newsletterPoints: 20,
      reviewPoints: { service: 10, product: 15 },
    });
  });
  afterAll(() => app.close());

  it('awards points per currency unit spent on the paid event, counting products only', async () => {
    const order = anOrder(tenant, { subtotal: 12_345, discountTotal: 345, total: 13_500 });
    await deliver(app, tenant, [orderEvent('paid', order)]);
    const { body } = await memberOf(app, tenant, order.customer.email!);
    expect(body.balance).toBe(120);
    expect(body.state).toBe('member');
  });

  it('shows pending points from placement until the award event', async () => {
    const order = anOrder(tenant);
    await deliver(app, tenant, [orderEvent('placed', order)]);
    const pending = await memberOf(app, tenant, order.customer.email!);
    expect(pending.body).toMatchObject({ balance: 0, pendingPoints: 100 });
    await deliver(app, tenant, [orderEvent('paid', order)]);
    const awarded = await memberOf(app, tenant, order.customer.email!);
    expect(awarded.body).toMatchObject({ balance: 100, pendingPoints: 0 });
  });

  it('a redelivered order event books no second credit', async () => {
    const order = anOrder(tenant);
    await deliver(app, tenant, [orderEvent('paid', order), orderEvent('paid', order)]);
    await deliver(app, tenant, [orderEvent('paid', order)]);
    const { body } = await memberOf(app, tenant, order.customer.email!);
    expect(body.balance).toBe(100);
    expect((await ledgerOf(app, tenant, body.memberId)).map((e) => e.idempotencyKey)).toEqual([
      `order:${order.orderId}:earn`,
    ]);
  });

  it('a cancellation reverses the order’s points, once', async () => {
    const order = anOrder(tenant);
    await deliver(app, tenant, [orderEvent('paid', order)]);
    await deliver(app, tenant, [orderEvent('cancelled', order), orderEvent('cancelled', order)]);
    const { body } = await memberOf(app, tenant, order.customer.email!);
    expect(body.balance).toBe(0);
    const kinds = (await ledgerOf(app, tenant, body.memberId)).map((e) => `${e.kind}:${e.points}`);
    expect(kinds.sort()).toEqual(['credit:100', 'reversal:-100']);
  });

  it('partial refunds reverse proportionally and never more than was earned', async () => {
    const order = anOrder(tenant, { subtotal: 10_000, total: 10_000, shippingTotal: 0 });
    await deliver(app, tenant, [orderEvent('paid', order)]);
    const first = refundEvent(order, 2_500);
    await deliver(app, tenant, [first, first]);
    expect((await memberOf(app, tenant, order.customer.email!)).body.balance).toBe(75);
    const rest = refundEvent({ ...order, refundedTotal: 2_500 }, 7_500, true);
    await deliver(app, tenant, [rest]);
    expect((await memberOf(app, tenant, order.customer.email!)).body.balance).toBe(0);
  });

  it('signup, newsletter (taken back on unsubscribe) and reviews earn their points once', async () => {
    const email = 'ann.signup@example.com';
    await deliver(app, tenant, [customerEvent(tenant, email), customerEvent(tenant, email)]);
    expect((await memberOf(app, tenant, email)).body.balance).toBe(50);
    await deliver(app, tenant, [consentEvent(tenant, email, 'subscribed', 'unknown')]);
    expect((await memberOf(app, tenant, email)).body.balance).toBe(70);
    await deliver(app, tenant, [consentEvent(tenant, email, 'unsubscribed', 'subscribed')]);
    expect((await memberOf(app, tenant, email)).body.balance).toBe(50);
    await deliver(app, tenant, [consentEvent(tenant, email, 'subscribed', 'unsubscribed')]);
    expect((await memberOf(app, tenant, email)).body.balance).toBe(50);
    const review = reviewEvent(tenant, email, { rating: 1 });
    await deliver(app, tenant, [review, review, reviewEvent(tenant, email, { type: 'product' })]);
    expect((await memberOf(app, tenant, email)).body.balance).toBe(75);
  });
});

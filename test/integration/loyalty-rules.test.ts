import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';
import { dialects } from '../support/databases.js';
import {
  adjust,
  anOrder,
  createReward,
  deliver,
  ledgerOf,
  loyaltyBase,
  memberOf,
  orderEvent,
  setUpProgram,
  shopperToken,
} from '../support/loyalty-fixtures.js';

async function eventsOf(app: TestApp, tenant: Tenant, type: string) {
  const page = await app.trustloop.jobs.listEvents({ accountId: tenant.accountId, type, limit: 500 });
  return page.items.map((event) => event.payload as unknown as Record<string, unknown>);
}

describe.each(dialects)('reversal policies, referrals, tiers and coupons on %s', (kind) => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp(kind);
  });
  afterAll(() => app.close());

  async function spendAll(tenant: Tenant, email: string, cost: number) {
    const { rewardId } = await createReward(app, tenant, {
      name: 'All of it',
      kind: 'amount_off',
      value: 500,
      pointsCost: cost,
    });
    const token = await shopperToken(app, tenant, email);
    const redeemed = await app.inject({
      method: 'POST',
      url: `/public/v1/channels/${tenant.publicId}/hub/redeem`,
      headers: { authorization: `Shopper ${token}` },
      payload: { rewardId },
    });
    expect(redeemed.statusCode, redeemed.body).toBe(201);
    return redeemed.json() as { coupon: { code: string } };
  }

  it('cancelling an order whose points were spent goes negative under "allow_negative"', async () => {
    const tenant = await createTenant(app);
    await setUpProgram(app, tenant, { negativeBalance: 'allow_negative' });
    const order = anOrder(tenant);
    await deliver(app, tenant, [orderEvent('paid', order)]);
    await spendAll(tenant, order.customer.email!, 100);
    await deliver(app, tenant, [orderEvent('cancelled', order)]);
    const { body } = await memberOf(app, tenant, order.customer.email!);
    expect(body).toMatchObject({ balance: -100, uncollected: 0 });
  });

  it('under "cap" the balance stops at zero and the uncollected remainder is recorded', async () => {
    const tenant = await createTenant(app);
    await setUpProgram(app, tenant, { negativeBalance: 'cap' });
    const order = anOrder(tenant);
    await deliver(app, tenant, [orderEvent('paid', order)]);
    await spendAll(tenant, order.customer.email!, 60);
    await deliver(app, tenant, [orderEvent('cancelled', order)]);
    const { body } = await memberOf(app, tenant, order.customer.email!);
    expect(body).toMatchObject({ balance: 0, uncollected: 60 });
    const reversal = (await ledgerOf(app, tenant, body.memberId)).find((entry) => entry.kind === 'reversal');
    expect(reversal).toMatchObject({ points: -40, uncollected: 60, balanceAfter: 0 });
  });

  it('excluded customers earn nothing', async () => {
    const tenant = await createTenant(app);
    await setUpProgram(app, tenant);
    const first = anOrder(tenant);
    await deliver(app, tenant, [orderEvent('paid', first)]);
    const { body } = await memberOf(app, tenant, first.customer.email!);
    await app.inject({
      method: 'POST',
      url: `${loyaltyBase(tenant)}/members/${body.memberId}/exclude`,
      headers: tenant.auth,
    });
    await deliver(app, tenant, [orderEvent('paid', anOrder(tenant, { email: first.customer.email! }))]);
    expect((await memberOf(app, tenant, first.customer.email!)).body).toMatchObject({
      balance: 100,
      state: 'excluded',
    });
  });

  it('a friend’s first order through a referral link rewards both; a self-referral is refused and recorded', async () => {
    const tenant = await createTenant(app);
    await setUpProgram(app, tenant, {
      referral: { referrerPoints: 200, friendPoints: 50, urlTemplate: null },
    });
    const advocateOrder = anOrder(tenant, { email: 'advocate@gmail.com', shippingAddressHash: 'addr-1' });
    await deliver(app, tenant, [orderEvent('paid', advocateOrder)]);
    const advocate = (await memberOf(app, tenant, 'advocate@gmail.com')).body as unknown as {
      memberId: string;
      referralCode: string;
      referralUrl: string;
    };
    expect(advocate.referralUrl).toMatch(/^https:\/\/[a-z0-9]+\.example\.com\/\?ref=[a-z0-9]{8}$/);

    const friendOrder = anOrder(tenant, {
      email: 'friend@example.com',
      referralCode: advocate.referralCode,
      shippingAddressHash: 'addr-2',
    });
    await deliver(app, tenant, [orderEvent('paid', friendOrder), orderEvent('paid', friendOrder)]);
    expect((await memberOf(app, tenant, 'advocate@gmail.com')).body.balance).toBe(100 + 200);
    expect((await memberOf(app, tenant, 'friend@example.com')).body.balance).toBe(100 + 50);

    const selfOrder = anOrder(tenant, {
      email: 'ad.vocate+2@gmail.com',
      referralCode: advocate.referralCode,
    });
    const sameAddress = anOrder(tenant, {
      email: 'other@example.com',
      referralCode: advocate.referralCode,
      shippingAddressHash: 'addr-1',
    });
    const secondOrder = anOrder(tenant, {
      email: 'friend@example.com',
      referralCode: advocate.referralCode,
      shippingAddressHash: 'addr-3',
    });
    await deliver(app, tenant, [
      orderEvent('paid', selfOrder),
      orderEvent('paid', sameAddress),
      orderEvent('paid', secondOrder),
    ]);
    expect((await memberOf(app, tenant, 'advocate@gmail.com')).body.balance).toBe(300);
    const rows = await app.trustloop.database.db
      .selectFrom('loyalty_referrals' as never)
      .select(['status' as never, 'reason' as never])
      .execute();
    expect(
      (rows as Array<{ status: string; reason: string | null }>).map((r) => `${r.status}:${r.reason}`).sort(),
    ).toEqual(
      expect.arrayContaining([
        'refused:not_first_order',
        'refused:same_address',
        'refused:same_email',
        'rewarded:null',
      ]),
    );
  });

  it('reaching a tier upgrades at once, multiplies later earning and emits member.tier_changed', async () => {
    const tenant = await createTenant(app);
    await setUpProgram(app, tenant, { tiers: { basis: 'points', period: 'calendar', months: 12 } });
    const gold = await app.inject({
      method: 'POST',
      url: `${loyaltyBase(tenant)}/tiers`,
      headers: tenant.auth,
      payload: {
        name: 'Gold',
        threshold: 150,
        multiplier: 2,
        iconUrl: 'https://cdn.example.com/gold.png',
        perks: ['2× points'],
      },
    });
    expect(gold.statusCode, gold.body).toBe(201);
    const email = 'vip@example.com';
    await deliver(app, tenant, [orderEvent('paid', anOrder(tenant, { email }))]);
    await deliver(app, tenant, [orderEvent('paid', anOrder(tenant, { email }))]);
    const { body } = await memberOf(app, tenant, email);
    expect(body).toMatchObject({
      balance: 200,
      tier: { name: 'Gold', iconUrl: 'https://cdn.example.com/gold.png' },
    });
    await deliver(app, tenant, [orderEvent('paid', anOrder(tenant, { email }))]);
    expect((await memberOf(app, tenant, email)).body.balance).toBe(400);
    const changes = await eventsOf(app, tenant, 'member.tier_changed');
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      direction: 'up',
      previous: null,
      current: { name: 'Gold' },
      member: { email },
    });
  });

  it('an order using a loyalty coupon marks it used and emits coupon.used once', async () => {
    const tenant = await createTenant(app);
    await setUpProgram(app, tenant);
    const order = anOrder(tenant);
    await deliver(app, tenant, [orderEvent('paid', order)]);
    const { coupon } = await spendAll(tenant, order.customer.email!, 80);
    const next = anOrder(tenant, { email: order.customer.email!, discountCodes: [coupon.code] });
    await deliver(app, tenant, [orderEvent('placed', next), orderEvent('paid', next)]);
    const { body } = await memberOf(app, tenant, order.customer.email!);
    const coupons = await app.inject({
      method: 'GET',
      url: `${loyaltyBase(tenant)}/members/${body.memberId}/coupons`,
      headers: tenant.auth,
    });
    expect(coupons.json()).toEqual([
      expect.objectContaining({ code: coupon.code, state: 'used', usedOrderId: next.orderId }),
    ]);
    expect(await eventsOf(app, tenant, 'coupon.used')).toHaveLength(1);
  });

  it('an order carrying the code in another case (WooCommerce lower-cases codes) marks the coupon used', async () => {
    const tenant = await createTenant(app);
    await setUpProgram(app, tenant);
    const order = anOrder(tenant);
    await deliver(app, tenant, [orderEvent('paid', order)]);
    const { coupon } = await spendAll(tenant, order.customer.email!, 80);
    expect(coupon.code).not.toBe(coupon.code.toLowerCase());
    const next = anOrder(tenant, {
      email: order.customer.email!,
      discountCodes: [coupon.code.toLowerCase()],
    });
    await deliver(app, tenant, [orderEvent('paid', next)]);
    const { body } = await memberOf(app, tenant, order.customer.email!);
    const coupons = await app.inject({
      method: 'GET',
      url: `${loyaltyBase(tenant)}/members/${body.memberId}/coupons`,
      headers: tenant.auth,
    });
    expect(coupons.json()).toEqual([expect.objectContaining({ state: 'used', usedOrderId: next.orderId })]);
  });

  it('points events carry a self-contained member snapshot', async () => {
    const tenant = await createTenant(app);
    await setUpProgram(app, tenant, { expiry: { mode: 'fixed', months: 6, noticeDays: 14 } });
    const order = anOrder(tenant);
    await deliver(app, tenant, [orderEvent('paid', order)]);
    const { body } = await memberOf(app, tenant, order.customer.email!);
    const response = await adjust(app, tenant, body.memberId, -30, 'damaged parcel goodwill reversed');
    expect(response.statusCode, response.body).toBe(201);
    const [debited] = await eventsOf(app, tenant, 'points.debited');
    expect(debited).toMatchObject({
      member: { email: order.customer.email, balance: 70, nextExpiry: { points: 70 }, tier: null },
      entry: {
        kind: 'adjustment',
        cause: 'manual',
        points: -30,
        balanceAfter: 70,
        reason: 'damaged parcel goodwill reversed',
      },
    });
    expect((debited as { entry: { actor: string } }).entry.actor).toMatch(/^api_key:/);
  });

  it('erasing a customer replaces their personal data and keeps the ledger whole', async () => {
    const tenant = await createTenant(app);
    await setUpProgram(app, tenant);
    const order = anOrder(tenant, { email: 'forget-me@example.com' });
    await deliver(app, tenant, [orderEvent('paid', order)]);
    const { body } = await memberOf(app, tenant, 'forget-me@example.com');
    await deliver(app, tenant, [
      {
        type: 'customer.erased',
        payload: {
          channelId: tenant.channelId,
          email: 'forget-me@example.com',
          customerId: null,
          reason: 'gdpr_request',
        },
      },
    ]);
    expect((await memberOf(app, tenant, 'forget-me@example.com')).status).toBe(404);
    const erased = await app.inject({
      method: 'GET',
      url: `${loyaltyBase(tenant)}/members/${body.memberId}`,
      headers: tenant.auth,
    });
    expect(erased.json()).toMatchObject({
      email: `erased+${body.memberId}@invalid`,
      state: 'excluded',
      balance: 100,
    });
    expect((await ledgerOf(app, tenant, body.memberId)).map((entry) => entry.points)).toEqual([100]);
  });
});

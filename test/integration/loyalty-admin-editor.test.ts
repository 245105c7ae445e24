import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';
import { dialects } from '../support/databases.js';
import {
  anOrder,
  createReward,
  deliver,
  loyaltyBase,
  orderEvent,
  setUpProgram,
} from '../support/loyalty-fixtures.js';

/** What the admin's program editor and member lookup (A5) read: the hub preview and member search. */
describe.each(dialects)('loyalty program preview and member search on %s', (kind) => {
  let app: TestApp;
  let tenant: Tenant;
  let silverId: string;
  const url = (path: string) => `${loyaltyBase(tenant)}${path}`;
  const get = (path: string) => app.inject({ method: 'GET', url: url(path), headers: tenant.auth });

  beforeAll(async () => {
    app = await createTestApp(kind);
    tenant = await createTenant(app);
    await setUpProgram(app, tenant, { signupPoints: 50 });
    const silver = await app.inject({
      method: 'POST',
      url: url('/tiers'),
      headers: tenant.auth,
      payload: { name: 'Silver', threshold: 500, multiplier: 1.5 },
    });
    silverId = silver.json().tierId;
    await createReward(app, tenant, { name: '10 zł off', kind: 'amount_off', value: 1000, pointsCost: 100 });
    await createReward(app, tenant, {
      name: 'Free shipping',
      kind: 'free_shipping',
      pointsCost: 300,
      minTierId: silverId,
    });
  });
  afterAll(() => app.close());

  it('the preview shows the hub a member with the pictured balance sees, in the asked language', async () => {
    const response = await get('/preview?balance=150&locale=en');
    expect(response.statusCode, response.body).toBe(200);
    const view = response.json();
    expect(view.state).toBe('member');
    expect(view.texts.balance).toMatch(/150/);
    expect(view.progress.bestReward).toMatchObject({ name: '10 zł off', pointsCost: 100 });
    // The tier-locked reward is the next one by price, but a member without Silver cannot take it.
    expect(view.rewards.map((r: { name: string; locked: boolean }) => [r.name, r.locked])).toEqual([
      ['10 zł off', false],
      ['Free shipping', true],
    ]);
    expect(view.tierProgress).toMatchObject({ tier: { name: 'Silver' }, basis: 'points', missing: 350 });
    expect(view.waysToEarn.map((way: { id: string }) => way.id)).toEqual(['per_spend', 'signup']);
  });

  it('a pictured tier unlocks the rewards it allows', async () => {
    const view = (await get(`/preview?balance=320&tierId=${silverId}&locale=pl`)).json();
    expect(view.member.tier).toEqual({ name: 'Silver', iconUrl: null });
    expect(view.progress.bestReward).toMatchObject({ name: 'Free shipping' });
    expect(view.rewards.every((reward: { locked: boolean }) => !reward.locked)).toBe(true);
    expect(view.tierProgress).toBeNull();
  });

  it('a preview refuses a negative balance naming the field', async () => {
    const response = await get('/preview?balance=-5');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0].field).toMatch(/balance/);
  });

  it('finds members by email prefix, referral code and customer name', async () => {
    const email = `zofia.${Date.now()}@example.com`;
    await app.inject({
      method: 'POST',
      url: `/api/v1/channels/${tenant.channelId}/customers`,
      headers: tenant.auth,
      payload: { email, firstName: 'Zofia', lastName: 'Wiśniewska' },
    });
    await deliver(app, tenant, [orderEvent('paid', anOrder(tenant, { email }))]);
    const [member] = (await get(`/members?email=${encodeURIComponent(email)}`)).json().data;
    const found = async (q: string) =>
      (await get(`/members?q=${encodeURIComponent(q)}`)).json().data.map((m: { email: string }) => m.email);

    expect(await found(email.slice(0, 10))).toEqual([email]);
    expect(await found(member.referralCode)).toEqual([email]);
    expect(await found('zofia wiś')).toEqual([email]);
    expect(await found('ZOFIA')).toEqual([email]);
    expect(await found('nobody-like-this')).toEqual([]);
  });

  it('a member’s open lots show the day they expire; their referrals show whether each was rewarded', async () => {
    const shop = await createTenant(app);
    await setUpProgram(app, shop, {
      expiry: { mode: 'fixed', months: 12, noticeDays: 0 },
      referral: { referrerPoints: 200, friendPoints: 0, urlTemplate: null },
    });
    const base = loyaltyBase(shop);
    const advocateEmail = 'advocate@example.com';
    await deliver(app, shop, [
      orderEvent('paid', anOrder(shop, { email: advocateEmail, shippingAddressHash: 'a-1' })),
    ]);
    const [advocate] = (
      await app.inject({ method: 'GET', url: `${base}/members?email=${advocateEmail}`, headers: shop.auth })
    ).json().data;
    const friendOrder = anOrder(shop, {
      email: 'friend@example.com',
      referralCode: advocate.referralCode,
      shippingAddressHash: 'a-2',
    });
    await deliver(app, shop, [orderEvent('paid', friendOrder)]);

    const lots = await app.inject({
      method: 'GET',
      url: `${base}/members/${advocate.memberId}/lots`,
      headers: shop.auth,
    });
    expect(lots.statusCode, lots.body).toBe(200);
    expect(lots.json().map((lot: { remaining: number }) => lot.remaining)).toEqual([100, 200]);
    for (const lot of lots.json()) expect(lot.expiresOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const referrals = await app.inject({
      method: 'GET',
      url: `${base}/members/${advocate.memberId}/referrals`,
      headers: shop.auth,
    });
    expect(referrals.json()).toEqual([
      expect.objectContaining({
        friendEmail: 'friend@example.com',
        orderId: friendOrder.orderId,
        status: 'rewarded',
        reason: null,
      }),
    ]);
    // Another account's key does not reach them.
    const other = await app.inject({
      method: 'GET',
      url: `${base}/members/${advocate.memberId}/lots`,
      headers: tenant.auth,
    });
    expect(other.statusCode).toBe(404);
  });

  it('a search text of one character is refused naming q', async () => {
    const response = await get('/members?q=a');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0].field).toMatch(/q/);
  });

  it('another account cannot preview this channel', async () => {
    const other = await createTenant(app, 'Other');
    const response = await app.inject({
      method: 'GET',
      url: url('/preview?balance=10'),
      headers: other.auth,
    });
    expect(response.statusCode).toBe(404);
  });
});

import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signShopperToken } from '../../src/loyalty/index.js';
import type { ManualClock } from '../../src/platform/clock.js';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';
import { dialects } from '../support/databases.js';
import {
  adjust,
  anOrder,
  createReward,
  deliver,
  loyaltyBase,
  memberOf,
  orderEvent,
  setUpProgram,
  shopperToken,
} from '../support/loyalty-fixtures.js';

describe.each(dialects)('the customer hub on %s', (kind) => {
  let app: TestApp;
  let tenant: Tenant;
  let shipping: string;
  let tenOff: string;
  const hub = (query = '') => `/public/v1/channels/${tenant.publicId}/hub${query}`;
  const view = async (token?: string, locale = 'en') => {
    const response = await app.inject({
      method: 'GET',
      url: hub(`?locale=${locale}`),
      headers: token ? { authorization: `Shopper ${token}` } : {},
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };
  const redeem = async (token: string | undefined, payload: Record<string, unknown>) =>
    app.inject({
      method: 'POST',
      url: hub('/redeem'),
      headers: token ? { authorization: `Shopper ${token}` } : {},
      payload,
    });

  beforeAll(async () => {
    app = await createTestApp(kind);
    tenant = await createTenant(app);
    await setUpProgram(app, tenant, {
      signupPoints: 25,
      coupons: { platform: 'shopify', applyUrlTemplate: null, validDays: 30 },
    });
    shipping = (
      await createReward(app, tenant, { name: 'Free shipping', kind: 'free_shipping', pointsCost: 100 })
    ).rewardId;
    tenOff = (
      await createReward(app, tenant, { name: '10% off', kind: 'percent_off', value: 10, pointsCost: 250 })
    ).rewardId;
  });
  afterAll(() => app.close());

  it('an anonymous visitor gets a sign-in prompt and no loyalty data', async () => {
    const body = await view();
    expect(body).toMatchObject({
      state: 'anonymous',
      member: null,
      rewards: [],
      coupons: [],
      referralUrl: null,
    });
    expect(body.texts.prompt).toBe('Sign in to see your points and rewards.');
  });

  it('a forged or expired token is treated as anonymous', async () => {
    const forged = signShopperToken('not-the-channel-secret', {
      email: 'ann@example.com',
      exp: 4_102_444_800,
    });
    expect((await view(forged)).state).toBe('anonymous');
    const expired = await shopperToken(app, tenant, 'ann@example.com', -60);
    expect((await view(expired)).state).toBe('anonymous');
    const viaQuery = await app.inject({ method: 'GET', url: hub('?token=garbage') });
    expect(viaQuery.json().state).toBe('anonymous');
  });

  it('a signed-in shopper who is not a member sees an empty bar and a join prompt, and can join', async () => {
    const token = await shopperToken(app, tenant, 'newcomer@example.com');
    const body = await view(token, 'pl');
    expect(body).toMatchObject({
      state: 'not_member',
      member: null,
      progress: { fraction: 0, bestReward: null },
    });
    expect(body.texts).toMatchObject({ prompt: expect.stringContaining('Dołącz'), cta: 'Dołącz teraz' });
    expect(body.waysToEarn.map((way: { id: string }) => way.id)).toEqual(['per_spend', 'signup']);
    const joined = await app.inject({
      method: 'POST',
      url: hub('/join'),
      headers: { authorization: `Shopper ${token}` },
    });
    expect(joined.json()).toEqual({ state: 'member' });
    expect((await view(token)).state).toBe('no_points');
  });

  it('a member with points sees points, the best reward, the next reward with the points missing, and progress', async () => {
    const order = anOrder(tenant, { email: 'member@example.com', subtotal: 15_000, total: 15_000 });
    await deliver(app, tenant, [orderEvent('paid', order)]);
    const body = await view(await shopperToken(app, tenant, 'member@example.com'));
    expect(body.state).toBe('member');
    expect(body.member).toMatchObject({ points: 150, tier: null });
    expect(body.progress.bestReward).toMatchObject({
      rewardId: shipping,
      text: 'Redeem 100 points for Free shipping',
    });
    expect(body.progress.nextReward).toMatchObject({
      rewardId: tenOff,
      pointsMissing: 100,
      text: '100 more points to 10% off',
    });
    expect(body.progress.fraction).toBe(0.6);
    expect(body.rewards.map((r: { affordable: boolean }) => r.affordable)).toEqual([true, false]);
    expect(body.referralUrl).toMatch(/\?ref=/);
    expect(body.texts.balance).toBe('You have 150 points');
  });

  it('redeeming debits the points, issues a unique code and returns the Shopify apply-to-cart URL; a retry redeems once', async () => {
    const order = anOrder(tenant, { email: 'redeemer@example.com', subtotal: 20_000, total: 20_000 });
    await deliver(app, tenant, [orderEvent('paid', order)]);
    const token = await shopperToken(app, tenant, 'redeemer@example.com');
    const first = await redeem(token, { rewardId: shipping, requestId: 'click-1' });
    expect(first.statusCode, first.body).toBe(201);
    const { coupon } = first.json();
    const { domain } = await app.trustloop.accounts.channels.get(tenant.accountId, tenant.channelId);
    expect(coupon.applyUrl).toBe(`https://${domain}/discount/${coupon.code}`);
    const retry = await redeem(token, { rewardId: shipping, requestId: 'click-1' });
    expect(retry.statusCode).toBe(200);
    expect(retry.json().coupon.code).toBe(coupon.code);
    expect((await memberOf(app, tenant, 'redeemer@example.com')).body.balance).toBe(100);
    const body = await view(token);
    expect(body.coupons).toEqual([
      expect.objectContaining({ code: coupon.code, state: 'applied', applyUrl: coupon.applyUrl }),
    ]);
  });

  it('refuses unaffordable and unknown rewards and missing identities, booking nothing', async () => {
    const order = anOrder(tenant, { email: 'poor@example.com', subtotal: 5_000, total: 5_000 });
    await deliver(app, tenant, [orderEvent('paid', order)]);
    const token = await shopperToken(app, tenant, 'poor@example.com');
    const unaffordable = await redeem(token, { rewardId: tenOff });
    expect(unaffordable.statusCode).toBe(422);
    expect(unaffordable.json().error).toMatchObject({
      code: 'unprocessable',
      details: [{ field: '/body/rewardId', message: 'insufficient_points' }],
    });
    expect((await redeem(token, { rewardId: 'rwd_unknown' })).statusCode).toBe(404);
    expect((await redeem(undefined, { rewardId: shipping })).statusCode).toBe(401);
    expect((await redeem(token, {})).statusCode).toBe(400);
    const { body } = await memberOf(app, tenant, 'poor@example.com');
    expect(body.balance).toBe(50);
    const coupons = await app.inject({
      method: 'GET',
      url: `${loyaltyBase(tenant)}/members/${body.memberId}/coupons`,
      headers: tenant.auth,
    });
    expect(coupons.json()).toEqual([]);
  });

  it('an excluded customer sees no loyalty data but still their coupons', async () => {
    const order = anOrder(tenant, { email: 'excluded@example.com', subtotal: 20_000, total: 20_000 });
    await deliver(app, tenant, [orderEvent('paid', order)]);
    const token = await shopperToken(app, tenant, 'excluded@example.com');
    const { coupon } = (await redeem(token, { rewardId: shipping })).json();
    const { body: member } = await memberOf(app, tenant, 'excluded@example.com');
    await app.inject({
      method: 'POST',
      url: `${loyaltyBase(tenant)}/members/${member.memberId}/exclude`,
      headers: tenant.auth,
    });
    const body = await view(token);
    expect(body).toMatchObject({
      state: 'excluded',
      member: null,
      progress: null,
      rewards: [],
      waysToEarn: [],
      referralUrl: null,
    });
    expect(body.coupons.map((c: { code: string }) => c.code)).toEqual([coupon.code]);
    expect((await redeem(token, { rewardId: shipping })).statusCode).toBe(403);
  });

  it('shows a change to the program (rewards, settings) at once, though it caches the program', async () => {
    const other = await createTenant(app, 'Changing program');
    await setUpProgram(app, other, { signupPoints: 10 });
    const url = `/public/v1/channels/${other.publicId}/hub?locale=en`;
    const anonymous = async () => (await app.inject({ method: 'GET', url })).json();
    const ways = async () => (await anonymous()).waysToEarn.map((way: { id: string }) => way.id);
    expect(await ways()).toContain('signup');

    await setUpProgram(app, other, { signupPoints: 0 });
    expect(await ways()).not.toContain('signup');

    const token = await shopperToken(app, other, 'changer@example.com');
    const signedIn = async () =>
      (await app.inject({ method: 'GET', url, headers: { authorization: `Shopper ${token}` } })).json();
    expect((await signedIn()).rewards).toEqual([]);
    const reward = await createReward(app, other, { name: 'Gift', kind: 'free_shipping', pointsCost: 5 });
    expect((await signedIn()).rewards.map((r: { rewardId: string }) => r.rewardId)).toEqual([
      reward.rewardId,
    ]);
    await app.inject({
      method: 'DELETE',
      url: `/api/v1/channels/${other.channelId}/loyalty/rewards/${reward.rewardId}`,
      headers: other.auth,
    });
    expect((await signedIn()).rewards).toEqual([]);
  });

  it('a member sees the points pending on placed orders and when the next points expire', async () => {
    const other = await createTenant(app, 'Expiring points');
    await setUpProgram(app, other, { expiry: { mode: 'fixed', months: 12, noticeDays: 0 } });
    const email = 'pending@example.com';
    await deliver(app, other, [
      orderEvent('paid', anOrder(other, { email, subtotal: 10_000, total: 10_000 })),
      orderEvent('placed', anOrder(other, { email, subtotal: 5_000, total: 5_000 })),
    ]);
    const response = await app.inject({
      method: 'GET',
      url: `/public/v1/channels/${other.publicId}/hub`,
      headers: { authorization: `Shopper ${await shopperToken(app, other, email)}` },
    });
    const { member } = response.json();
    expect(member).toMatchObject({ points: 100, pendingPoints: 50 });
    expect(member.nextExpiry.points).toBe(100);
    expect(member.nextExpiry.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('a member’s view, kept between page views, changes at once with every order, adjustment and redemption', async () => {
    const other = await createTenant(app, 'Cached views');
    await setUpProgram(app, other, {});
    const reward = (
      await createReward(app, other, { name: 'Free shipping', kind: 'free_shipping', pointsCost: 50 })
    ).rewardId;
    const email = 'cached@example.com';
    const token = await shopperToken(app, other, email);
    const look = async () => {
      const response = await app.inject({
        method: 'GET',
        url: `/public/v1/channels/${other.publicId}/hub`,
        headers: { authorization: `Shopper ${token}` },
      });
      return response.json();
    };
    const order = anOrder(other, { email, subtotal: 10_000, total: 10_000 });
    await deliver(app, other, [orderEvent('placed', order)]);
    expect((await look()).member).toMatchObject({ points: 0, pendingPoints: 100 });
    expect((await look()).member).toMatchObject({ points: 0, pendingPoints: 100 }); // served again
    await deliver(app, other, [orderEvent('paid', order)]);
    expect((await look()).member).toMatchObject({ points: 100, pendingPoints: 0 });
    const { body: member } = await memberOf(app, other, email);
    expect((await adjust(app, other, member.memberId, 7)).statusCode).toBe(201);
    expect((await look()).member.points).toBe(107);
    const redeemed = await app.inject({
      method: 'POST',
      url: `/public/v1/channels/${other.publicId}/hub/redeem`,
      headers: { authorization: `Shopper ${token}` },
      payload: { rewardId: reward },
    });
    expect(redeemed.statusCode, redeemed.body).toBe(201);
    const after = await look();
    expect(after.member.points).toBe(57);
    expect(after.coupons.map((c: { code: string }) => c.code)).toEqual([redeemed.json().coupon.code]);
  });

  it('a kept view ends with its token: past the token’s expiry the same token reads as anonymous', async () => {
    const email = 'expiring@example.com';
    await deliver(app, tenant, [
      orderEvent('paid', anOrder(tenant, { email, subtotal: 4_000, total: 4_000 })),
    ]);
    const token = await shopperToken(app, tenant, email, 30);
    expect((await view(token)).state).toBe('member');
    expect((await view(token)).member.points).toBe(40); // the kept view, the token already verified
    (app.clock as ManualClock).advance(31_000); // within the view's minute, past the token's exp
    const expired = await view(token);
    expect(expired).toMatchObject({ state: 'anonymous', member: null });
  });

  it('a rotated signing secret or a changed domain shows at once, though the hub caches the channel', async () => {
    const other = await createTenant(app, 'Rotating');
    await setUpProgram(app, other);
    const email = 'rotator@example.com';
    await deliver(app, other, [
      orderEvent('paid', anOrder(other, { email, subtotal: 10_000, total: 10_000 })),
    ]);
    const get = async (token: string) =>
      (
        await app.inject({
          method: 'GET',
          url: `/public/v1/channels/${other.publicId}/hub`,
          headers: { authorization: `Shopper ${token}` },
        })
      ).json();
    const oldToken = await shopperToken(app, other, email);
    expect((await get(oldToken)).state).toBe('member');

    const rotated = await app.inject({
      method: 'POST',
      url: `/api/v1/channels/${other.channelId}/signing-secret/rotate`,
      headers: other.auth,
    });
    expect(rotated.statusCode).toBe(200);
    expect((await get(oldToken)).state).toBe('anonymous');
    const newToken = await shopperToken(app, other, email);
    const signedIn = await get(newToken);
    expect(signedIn.state).toBe('member');
    expect(signedIn.referralUrl).not.toContain('renamed.example.com');

    const patched = await app.inject({
      method: 'PATCH',
      url: `/api/v1/channels/${other.channelId}`,
      headers: other.auth,
      payload: { domain: 'renamed.example.com' },
    });
    expect(patched.statusCode).toBe(200);
    expect((await get(newToken)).referralUrl).toContain('https://renamed.example.com/');
  });

  it('answers CORS for the shop’s own origin only, so no other site can use a shopper’s token', async () => {
    const shopOrigin = `https://${tenant.domain}`;
    const preflight = (origin: string) =>
      app.inject({
        method: 'OPTIONS',
        url: hub('/redeem'),
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization',
        },
      });
    const own = await preflight(shopOrigin);
    expect(own.statusCode).toBe(204);
    expect(own.headers['access-control-allow-origin']).toBe(shopOrigin);
    expect(own.headers['access-control-allow-headers']).toContain('authorization');
    expect(own.headers['access-control-allow-methods']).toBe('GET, POST');
    expect(own.headers['access-control-max-age']).toBe('600');
    expect((await preflight(`https://www.${tenant.domain}`)).headers['access-control-allow-origin']).toBe(
      `https://www.${tenant.domain}`,
    );
    for (const origin of [
      'https://evil.example.com',
      `http://${tenant.domain}`,
      `https://${tenant.domain}.evil.example`,
      `https://${tenant.domain}:8443`,
    ]) {
      const refused = await preflight(origin);
      expect(refused.headers['access-control-allow-origin'], origin).toBeUndefined();
      expect(refused.headers['access-control-allow-methods'], origin).toBeUndefined();
      const get = await app.inject({ method: 'GET', url: hub(), headers: { origin } });
      expect(get.headers['access-control-allow-origin'], origin).toBeUndefined();
    }
    const get = await app.inject({ method: 'GET', url: hub(), headers: { origin: shopOrigin } });
    expect(get.headers['access-control-allow-origin']).toBe(shopOrigin);
    expect(String(get.headers['vary'])).toMatch(/origin/i);
    // A server's call (no Origin) gets no CORS answer, but caches still keep one per Origin.
    const server = await app.inject({ method: 'GET', url: hub() });
    expect(server.headers['access-control-allow-origin']).toBeUndefined();
    expect(String(server.headers['vary'])).toMatch(/origin/i);
  });

  it('answers 404 for a channel without a program', async () => {
    const other = await createTenant(app, 'No program');
    expect(
      (await app.inject({ method: 'GET', url: `/public/v1/channels/${other.publicId}/hub` })).statusCode,
    ).toBe(404);
  });

  it('accepts a standard HS256 JWT signed with the channel secret (sub = email, exp)', async () => {
    const order = anOrder(tenant, { email: 'jwt@example.com', subtotal: 15_000, total: 15_000 });
    await deliver(app, tenant, [orderEvent('paid', order)]);
    const secret = await app.trustloop.accounts.channels.signingSecret(tenant.accountId, tenant.channelId);
    const exp = Math.floor(app.clock.now().getTime() / 1000) + 600;
    const jwt = await new SignJWT({ sub: 'jwt@example.com' })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setExpirationTime(exp)
      .sign(new TextEncoder().encode(secret));
    const body = await view(jwt);
    expect(body).toMatchObject({ state: 'member', member: { points: 150 } });
    const redeemed = await redeem(jwt, { rewardId: shipping, requestId: 'jwt-click' });
    expect(redeemed.statusCode, redeemed.body).toBe(201);
    const forged = await new SignJWT({ sub: 'jwt@example.com' })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setExpirationTime(exp)
      .sign(new TextEncoder().encode('not-the-secret'));
    expect((await view(forged)).state).toBe('anonymous');
    expect((await redeem(forged, { rewardId: shipping })).statusCode).toBe(401);
  });

  it('refuses to let an excluded customer join (403), as it refuses their redemptions, and books nothing', async () => {
    const email = 'excluded-joiner@example.com';
    const token = await shopperToken(app, tenant, email);
    const join = () =>
      app.inject({ method: 'POST', url: hub('/join'), headers: { authorization: `Shopper ${token}` } });
    expect((await join()).json()).toEqual({ state: 'member' });
    const { body: member } = await memberOf(app, tenant, email);
    const excluded = await app.inject({
      method: 'POST',
      url: `${loyaltyBase(tenant)}/members/${member.memberId}/exclude`,
      headers: tenant.auth,
    });
    expect(excluded.statusCode, excluded.body).toBe(200);
    const refused = await join();
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error).toMatchObject({
      code: 'forbidden',
      message: 'this account cannot join the program',
    });
    expect((await memberOf(app, tenant, email)).body).toMatchObject({ state: 'excluded', balance: 0 });
  });

  it('shows a member how far the next VIP tier is ("X points to Silver"), and nothing past the top tier', async () => {
    const other = await createTenant(app, 'Tiered');
    await setUpProgram(app, other, { tiers: { basis: 'points', period: 'calendar', months: 12 } });
    for (const [name, threshold] of [
      ['Silver', 300],
      ['Gold', 1000],
    ] as const) {
      const created = await app.inject({
        method: 'POST',
        url: `${loyaltyBase(other)}/tiers`,
        headers: other.auth,
        payload: { name, threshold, multiplier: 1 },
      });
      expect(created.statusCode, created.body).toBe(201);
    }
    const email = 'climber@example.com';
    await deliver(app, other, [
      orderEvent('paid', anOrder(other, { email, subtotal: 18_000, total: 18_000 })),
    ]);
    const get = async (locale: string) =>
      (
        await app.inject({
          method: 'GET',
          url: `/public/v1/channels/${other.publicId}/hub?locale=${locale}`,
          headers: { authorization: `Shopper ${await shopperToken(app, other, email)}` },
        })
      ).json();
    const en = await get('en');
    expect(en.member.points).toBe(180);
    expect(en.tierProgress).toEqual({
      tier: { name: 'Silver', iconUrl: null },
      basis: 'points',
      missing: 120,
      text: '120 points to Silver',
    });
    expect((await get('pl')).tierProgress.text).toBe('120 punktów do poziomu Silver');

    await deliver(app, other, [
      orderEvent('paid', anOrder(other, { email, subtotal: 20_000, total: 20_000 })),
    ]);
    const silver = await get('en');
    expect(silver.member.tier.name).toBe('Silver');
    expect(silver.tierProgress).toMatchObject({
      tier: { name: 'Gold' },
      missing: 620,
      text: '620 points to Gold',
    });

    await deliver(app, other, [
      orderEvent('paid', anOrder(other, { email, subtotal: 70_000, total: 70_000 })),
    ]);
    const gold = await get('en');
    expect(gold.member.tier.name).toBe('Gold');
    expect(gold.tierProgress).toBeNull();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';
import { dialects } from '../support/databases.js';
import {
  adjust,
  anOrder,
  deliver,
  ledgerOf,
  loyaltyBase,
  memberOf,
  orderEvent,
  setUpProgram,
  shopperToken,
} from '../support/loyalty-fixtures.js';

describe.each(dialects)('loyalty administration on %s', (kind) => {
  let app: TestApp;
  let tenant: Tenant;
  let memberId: string;
  const url = (path: string) => `${loyaltyBase(tenant)}${path}`;

  beforeAll(async () => {
    app = await createTestApp(kind);
    tenant = await createTenant(app);
    await setUpProgram(app, tenant, { reviewPoints: { service: 10, product: 0 }, birthdayPoints: 30 });
    const order = anOrder(tenant, { email: 'admin-case@example.com' });
    await deliver(app, tenant, [orderEvent('paid', order)]);
    memberId = (await memberOf(app, tenant, 'admin-case@example.com')).body.memberId;
  });
  afterAll(() => app.close());

  it.each([
    [{ earning: { perAmount: 0 } }, '/body/earning/perAmount'],
    [{ earning: { points: -5 } }, '/body/earning/points'],
    [{ earning: { points: 1.5 } }, '/body/earning/points'],
    [{ signupPoints: -1 }, '/body/signupPoints'],
    [{ expiry: { months: 0 } }, '/body/expiry/months'],
    [{ coupons: { platform: 'custom' } }, '/body/coupons/applyUrlTemplate'],
    [{ earning: { rate: 3 } }, '/body/earning/rate'],
  ])('refuses settings %j naming %s, and keeps the old ones', async (patch, field) => {
    const before = (await app.inject({ method: 'GET', url: url('/settings'), headers: tenant.auth })).json();
    const response = await app.inject({
      method: 'PATCH',
      url: url('/settings'),
      headers: tenant.auth,
      payload: patch,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0].field).toBe(field);
    expect((await app.inject({ method: 'GET', url: url('/settings'), headers: tenant.auth })).json()).toEqual(
      before,
    );
  });

  it('lists the configured ways to earn with localized descriptions', async () => {
    const response = await app.inject({
      method: 'GET',
      url: url('/ways-to-earn?locale=cs'),
      headers: tenant.auth,
    });
    expect(response.json()).toEqual([
      { id: 'per_spend', points: 1, description: expect.stringMatching(/^1 bod za každých 1\sPLN nákupu$/) },
      { id: 'review_service', points: 10, description: expect.stringContaining('10 bodů') },
      { id: 'birthday', points: 30, description: expect.stringContaining('30 bodů') },
    ]);
  });

  it('a manual adjustment records the reason and the acting user; retried with its key it books once', async () => {
    const payload = { points: 40, reason: 'Apology for a late parcel', idempotencyKey: 'ticket-481' };
    const first = await app.inject({
      method: 'POST',
      url: url(`/members/${memberId}/adjustments`),
      headers: tenant.auth,
      payload,
    });
    expect(first.statusCode, first.body).toBe(201);
    const again = await app.inject({
      method: 'POST',
      url: url(`/members/${memberId}/adjustments`),
      headers: tenant.auth,
      payload,
    });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({
      replayed: true,
      entry: { points: 40, reason: 'Apology for a late parcel' },
    });
    const entries = await ledgerOf(app, tenant, memberId);
    expect(entries.filter((entry) => entry.cause === 'manual')).toHaveLength(1);
    expect(entries[0]!.actor).toMatch(/^api_key:/);
  });

  it.each([
    [{ points: 10 }, '/body/reason'],
    [{ points: 10, reason: '   ' }, '/body/reason'],
    [{ points: 0, reason: 'x' }, '/body/points'],
    [{ points: 2.5, reason: 'x' }, '/body/points'],
    [{ points: '10', reason: 'x' }, '/body/points'],
  ])('refuses the adjustment %j naming %s, booking nothing', async (payload, field) => {
    const before = await ledgerOf(app, tenant, memberId);
    const response = await app.inject({
      method: 'POST',
      url: url(`/members/${memberId}/adjustments`),
      headers: tenant.auth,
      payload,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0].field).toBe(field);
    expect(await ledgerOf(app, tenant, memberId)).toEqual(before);
  });

  it('balance equals the sum of the ledger after every kind of change', async () => {
    await adjust(app, tenant, memberId, -15, 'correction');
    const { body } = await memberOf(app, tenant, 'admin-case@example.com');
    const entries = await ledgerOf(app, tenant, memberId);
    expect(body.balance).toBe(entries.reduce((sum, entry) => sum + entry.points, 0));
  });

  it('regenerating the PIN changes it and emits member.pin_changed with the new PIN', async () => {
    const before = (await memberOf(app, tenant, 'admin-case@example.com')).body.pin as string;
    const response = await app.inject({
      method: 'POST',
      url: url(`/members/${memberId}/pin`),
      headers: tenant.auth,
    });
    const after = response.json().pin as string;
    expect(after).toMatch(/^\d{6}$/);
    expect(after).not.toBe(before);
    const events = await app.trustloop.jobs.listEvents({
      accountId: tenant.accountId,
      type: 'member.pin_changed',
      limit: 5,
    });
    expect(events.items[0]!.payload).toMatchObject({ member: { memberId, pin: after } });
  });

  it('enrols a customer by email and finds members by email; unknown members are 404', async () => {
    const enrolled = await app.inject({
      method: 'POST',
      url: url('/members'),
      headers: tenant.auth,
      payload: { email: 'Walk.In@Example.com' },
    });
    expect(enrolled.json()).toMatchObject({ email: 'walk.in@example.com', state: 'member', balance: 0 });
    const unknown = await app.inject({
      method: 'GET',
      url: url('/members?email=nobody@example.com'),
      headers: tenant.auth,
    });
    expect(unknown.json()).toEqual({ data: [] });
    expect(
      (await app.inject({ method: 'GET', url: url('/members/mem_unknown'), headers: tenant.auth }))
        .statusCode,
    ).toBe(404);
  });

  it('manages tiers and rewards, validates them, and loads a coupon pool that redemptions draw from', async () => {
    expect(
      (
        await app.inject({
          method: 'POST',
          url: url('/tiers'),
          headers: tenant.auth,
          payload: { name: 'X', threshold: -1 },
        })
      ).statusCode,
    ).toBe(400);
    const silver = (
      await app.inject({
        method: 'POST',
        url: url('/tiers'),
        headers: tenant.auth,
        payload: { name: 'Silver', threshold: 10 },
      })
    ).json();
    const renamed = await app.inject({
      method: 'PATCH',
      url: url(`/tiers/${silver.tierId}`),
      headers: tenant.auth,
      payload: { name: 'Srebrny', multiplier: 1.25 },
    });
    expect(renamed.json()).toMatchObject({ name: 'Srebrny', multiplier: 1.25 });

    const bad = await app.inject({
      method: 'POST',
      url: url('/rewards'),
      headers: tenant.auth,
      payload: { name: 'Half', kind: 'percent_off', value: 150, pointsCost: 10 },
    });
    expect(bad.json().error.details[0].field).toBe('/body/value');
    const free = await app.inject({
      method: 'POST',
      url: url('/rewards'),
      headers: tenant.auth,
      payload: { name: 'Mug', kind: 'free_product', pointsCost: 0 },
    });
    expect(free.statusCode).toBe(400);
    const pooled = (
      await app.inject({
        method: 'POST',
        url: url('/rewards'),
        headers: tenant.auth,
        payload: { name: '5 zł', kind: 'amount_off', value: 500, pointsCost: 20, codeSource: 'pool' },
      })
    ).json();
    const upload = await app.inject({
      method: 'POST',
      url: url(`/rewards/${pooled.rewardId}/codes`),
      headers: tenant.auth,
      payload: { codes: ['SHOP-A1', 'SHOP-A1', 'SHOP-B2'] },
    });
    expect(upload.json()).toEqual({ added: 2, skipped: 1 });
    expect(
      (
        await app.inject({
          method: 'POST',
          url: url(`/rewards/${pooled.rewardId}/codes`),
          headers: tenant.auth,
          payload: { codes: ['bad code'] },
        })
      ).statusCode,
    ).toBe(400);

    const token = await shopperToken(app, tenant, 'admin-case@example.com');
    const hub = `/public/v1/channels/${tenant.publicId}/hub/redeem`;
    const codes: string[] = [];
    for (let i = 0; i < 3; i++) {
      const response = await app.inject({
        method: 'POST',
        url: hub,
        headers: { authorization: `Shopper ${token}` },
        payload: { rewardId: pooled.rewardId },
      });
      if (response.statusCode === 201) codes.push(response.json().coupon.code);
      else expect(response.json().error.details[0].message).toBe('out_of_codes');
    }
    expect(codes.sort()).toEqual(['SHOP-A1', 'SHOP-B2']);
    const rewards = (await app.inject({ method: 'GET', url: url('/rewards'), headers: tenant.auth })).json();
    expect(rewards.find((r: { rewardId: string }) => r.rewardId === pooled.rewardId).availableCodes).toBe(0);
    expect(
      (await app.inject({ method: 'DELETE', url: url(`/rewards/${pooled.rewardId}`), headers: tenant.auth }))
        .statusCode,
    ).toBe(204);
    expect(
      (await app.inject({ method: 'DELETE', url: url(`/tiers/${silver.tierId}`), headers: tenant.auth }))
        .statusCode,
    ).toBe(204);
  });
});

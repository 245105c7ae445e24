import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/platform/clock.js';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';
import { dialects } from '../support/databases.js';
import {
  anOrder,
  customerEvent,
  deliver,
  ledgerOf,
  loyaltyBase,
  memberOf,
  orderEvent,
  setUpProgram,
  shopperToken,
} from '../support/loyalty-fixtures.js';

/** Expiry, notices, birthdays and tier periods: moved by the clock, run by the real schedule. */
describe.each(dialects)('the nightly loyalty run on %s', (kind) => {
  let app: TestApp;
  let clock: ManualClock;
  let tenant: Tenant;

  async function start(at: string, settings: Parameters<typeof setUpProgram>[2]) {
    clock = new ManualClock(at);
    app = await createTestApp(kind, { clock });
    tenant = await createTenant(app); // Europe/Warsaw
    await setUpProgram(app, tenant, settings);
  }
  /** Moves the clock and lets the hourly schedule fire, as a worker would. */
  async function nightAt(iso: string) {
    clock.set(iso);
    await app.trustloop.jobs.runDueJobs();
  }
  const events = async (type: string) =>
    (await app.trustloop.jobs.listEvents({ accountId: tenant.accountId, type, limit: 100 })).items.map(
      (e) => e.payload as unknown as Record<string, unknown>,
    );
  afterEach(() => app.close());

  it('points expire at the end of their last day in the shop’s time zone, after a notice N days ahead', async () => {
    await start('2026-03-15T10:00:00Z', { expiry: { mode: 'fixed', months: 12, noticeDays: 14 } });
    const order = anOrder(tenant);
    await deliver(app, tenant, [orderEvent('paid', order)]);
    const email = order.customer.email!;
    expect((await memberOf(app, tenant, email)).body.nextExpiry).toMatchObject({
      points: 100,
      date: '2027-03-15',
    });

    await nightAt('2027-02-28T23:30:00Z'); // 1 March, 00:30 in Warsaw: 14 days before 15 March
    await nightAt('2027-03-01T12:30:00Z'); // the same local day again: no second notice
    const notices = await events('points.expiring');
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ points: 100, date: '2027-03-15', member: { email, balance: 100 } });

    await nightAt('2027-03-15T22:59:00Z'); // 23:59 on 15 March in Warsaw: still usable
    expect((await memberOf(app, tenant, email)).body.balance).toBe(100);
    await nightAt('2027-03-15T23:05:00Z'); // 00:05 on 16 March in Warsaw
    const { body } = await memberOf(app, tenant, email);
    expect(body.balance).toBe(0);
    const expiry = (await ledgerOf(app, tenant, body.memberId)).find((entry) => entry.kind === 'expiry');
    expect(expiry).toMatchObject({
      points: -100,
      balanceAfter: 0,
      idempotencyKey: expect.stringMatching(/^expire:lot_/),
    });
    expect(await events('points.expired')).toEqual([
      expect.objectContaining({ points: 100, member: expect.objectContaining({ balance: 0 }) }),
    ]);
  });

  it('expiry consumes what is left of each lot, FIFO, and sends no notice when nothing is left to expire', async () => {
    await start('2026-06-01T10:00:00Z', { expiry: { mode: 'fixed', months: 1, noticeDays: 3 } });
    const email = 'fifo@example.com';
    await deliver(app, tenant, [orderEvent('paid', anOrder(tenant, { email }))]); // lot A: 100, ends 1 July
    clock.set('2026-06-10T10:00:00Z');
    await deliver(app, tenant, [orderEvent('paid', anOrder(tenant, { email, subtotal: 5_000 }))]); // lot B: 50, ends 10 July
    const { rewardId } = (
      await app.inject({
        method: 'POST',
        url: `${loyaltyBase(tenant)}/rewards`,
        headers: tenant.auth,
        payload: { name: 'R', kind: 'free_shipping', pointsCost: 120 },
      })
    ).json();
    const token = await shopperToken(app, tenant, email);
    const redeemed = await app.inject({
      method: 'POST',
      url: `/public/v1/channels/${tenant.publicId}/hub/redeem`,
      headers: { authorization: `Shopper ${token}` },
      payload: { rewardId },
    });
    expect(redeemed.statusCode).toBe(201); // takes all of A and 20 of B

    await nightAt('2026-06-28T01:00:00Z'); // notice day for 1 July: lot A has nothing left
    await nightAt('2026-07-02T01:00:00Z'); // lot A's expiry passes
    expect(await events('points.expiring')).toEqual([]);
    expect((await memberOf(app, tenant, email)).body.balance).toBe(30);
    await nightAt('2026-07-07T01:00:00Z'); // notice for 10 July: 30 points
    await nightAt('2026-07-11T01:00:00Z');
    expect((await events('points.expiring')).map((n) => n['points'])).toEqual([30]);
    const { body } = await memberOf(app, tenant, email);
    expect(body.balance).toBe(0);
    const entries = await ledgerOf(app, tenant, body.memberId);
    expect(entries.filter((entry) => entry.kind === 'expiry').map((entry) => entry.points)).toEqual([-30]);
    expect(entries.reduce((sum, entry) => sum + entry.points, 0)).toBe(0);
  });

  it('expiry across the spring DST change ends at local midnight in summer time', async () => {
    await start('2026-03-29T10:00:00Z', { expiry: { mode: 'fixed', months: 12, noticeDays: 0 } });
    const order = anOrder(tenant);
    await deliver(app, tenant, [orderEvent('paid', order)]);
    // Poland is on summer time (UTC+2) from 28 March 2027: 29 March ends at 22:00 UTC.
    await nightAt('2027-03-29T21:59:00Z');
    expect((await memberOf(app, tenant, order.customer.email!)).body.balance).toBe(100);
    await nightAt('2027-03-29T22:06:00Z');
    expect((await memberOf(app, tenant, order.customer.email!)).body.balance).toBe(0);
  });

  it('inactivity expiry: any earning or spending pushes every lot’s expiry out again', async () => {
    await start('2026-01-10T10:00:00Z', { expiry: { mode: 'inactivity', months: 1, noticeDays: 0 } });
    const email = 'active@example.com';
    await deliver(app, tenant, [orderEvent('paid', anOrder(tenant, { email }))]);
    clock.set('2026-02-05T10:00:00Z');
    await deliver(app, tenant, [orderEvent('paid', anOrder(tenant, { email }))]);
    await nightAt('2026-02-20T10:00:00Z');
    expect((await memberOf(app, tenant, email)).body).toMatchObject({
      balance: 200,
      nextExpiry: { points: 200, date: '2026-03-05' },
    });
    await nightAt('2026-03-06T10:00:00Z');
    expect((await memberOf(app, tenant, email)).body.balance).toBe(0);
  });

  it('birthday points once a year, on the shop’s local date', async () => {
    await start('2026-05-09T10:00:00Z', { birthdayPoints: 30 });
    await deliver(app, tenant, [customerEvent(tenant, 'bday@example.com', { birthday: '--05-10' })]);
    await nightAt('2026-05-09T22:30:00Z'); // already 10 May in Warsaw
    await nightAt('2026-05-10T15:00:00Z');
    expect((await memberOf(app, tenant, 'bday@example.com')).body.balance).toBe(30);
    await nightAt('2027-05-10T01:00:00Z');
    expect((await memberOf(app, tenant, 'bday@example.com')).body.balance).toBe(60);
  });

  it('a tier is kept through the next calendar year and dropped only when that period ends', async () => {
    await start('2026-06-01T10:00:00Z', { tiers: { basis: 'points', period: 'calendar', months: 12 } });
    await app.inject({
      method: 'POST',
      url: `${loyaltyBase(tenant)}/tiers`,
      headers: tenant.auth,
      payload: { name: 'Gold', threshold: 100 },
    });
    const email = 'gold@example.com';
    await deliver(app, tenant, [orderEvent('paid', anOrder(tenant, { email }))]);
    expect((await memberOf(app, tenant, email)).body.tier).toMatchObject({ name: 'Gold' });
    await nightAt('2027-01-01T02:00:00Z'); // 2026 earned Gold: kept through 2027
    expect((await memberOf(app, tenant, email)).body.tier).toMatchObject({ name: 'Gold' });
    await nightAt('2027-12-31T22:00:00Z'); // still 2027 in Warsaw
    expect((await memberOf(app, tenant, email)).body.tier).toMatchObject({ name: 'Gold' });
    await nightAt('2028-01-01T02:00:00Z'); // nothing earned in 2027
    expect((await memberOf(app, tenant, email)).body.tier).toBeNull();
    expect((await events('member.tier_changed')).map((e) => e['direction'])).toEqual(['down', 'up']);
  });
});

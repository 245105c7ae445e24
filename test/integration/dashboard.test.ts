import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/platform/clock.js';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';
import { dialects } from '../support/databases.js';
import { linkPath, postInvitation } from '../support/invitations-fixtures.js';
import {
  anOrder,
  createReward,
  deliver,
  loyaltyBase,
  orderEvent,
  setUpProgram,
  shopperToken,
} from '../support/loyalty-fixtures.js';

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
/** The twelve weeks (Mondays) shown on Wednesday 2 December 2026, oldest first. */
const TWELVE_WEEKS = [
  '2026-09-14',
  '2026-09-21',
  '2026-09-28',
  '2026-10-05',
  '2026-10-12',
  '2026-10-19',
  '2026-10-26',
  '2026-11-02',
  '2026-11-09',
  '2026-11-16',
  '2026-11-23',
  '2026-11-30',
];

/**
 * A seeded history through the real interfaces: loyalty in the week of 19 October (two paid
 * orders, one redemption), then on 2 December the night's expiry, a CSV of dated reviews,
 * four invitations (one opened, one answered) and an outbound webhook the endpoint refuses.
 */
describe.each(dialects)('the dashboard (A7) on %s', (kind) => {
  let app: TestApp;
  let clock: ManualClock;
  let tenant: Tenant;
  let quiet: Tenant;
  let silverId: string;
  let connectionId: string;
  const receiver = Fastify();
  // The endpoint takes the connection's check, then answers 410 Gone to every delivery.
  let gone = false;
  receiver.post('/gone', async (_request, reply) => reply.status(gone ? 410 : 204).send());

  const dashboard = (of: Tenant, query = '', channelId = of.channelId) =>
    app.inject({ method: 'GET', url: `/api/v1/channels/${channelId}/dashboard${query}`, headers: of.auth });

  beforeAll(async () => {
    const endpoint = `${await receiver.listen({ host: '127.0.0.1', port: 0 })}/gone`;
    clock = new ManualClock(new Date('2026-10-21T12:00:00.000Z'));
    // One attempt, so the refused deliveries are dead letters at once.
    app = await createTestApp(kind, { clock, env: { JOBS_MAX_ATTEMPTS: '1' } });
    tenant = await createTenant(app);
    quiet = await createTenant(app, 'Quiet');

    const connected = await app.inject({
      method: 'POST',
      url: '/api/v1/connections',
      headers: tenant.auth,
      payload: {
        channelId: tenant.channelId,
        connectorId: 'webhooks',
        settings: { url: endpoint },
        eventTypes: ['points.credited'],
      },
    });
    if (connected.statusCode !== 201) throw new Error(connected.body);
    connectionId = connected.json().id;
    gone = true;

    await setUpProgram(app, tenant, { expiry: { mode: 'fixed', months: 1, noticeDays: 0 } });
    const silver = await app.inject({
      method: 'POST',
      url: `${loyaltyBase(tenant)}/tiers`,
      headers: tenant.auth,
      payload: { name: 'Silver', threshold: 150, multiplier: 1 },
    });
    silverId = silver.json().tierId;
    const reward = await createReward(app, tenant, {
      name: 'Free shipping',
      kind: 'free_shipping',
      pointsCost: 100,
    });
    // 200 and 50 points (1 point per 1 PLN), then Ann spends 100 of hers.
    await deliver(app, tenant, [
      orderEvent('paid', anOrder(tenant, { email: 'ann@example.com', subtotal: 20_000, total: 20_000 })),
      orderEvent('paid', anOrder(tenant, { email: 'bob@example.com', subtotal: 5_000, total: 5_000 })),
    ]);
    const redeemed = await app.inject({
      method: 'POST',
      url: `/public/v1/channels/${tenant.publicId}/hub/redeem`,
      headers: { authorization: `Shopper ${await shopperToken(app, tenant, 'ann@example.com')}` },
      payload: { rewardId: reward.rewardId },
    });
    if (redeemed.statusCode !== 201) throw new Error(redeemed.body);

    // Six weeks later the points left (100 + 50) expire, booked on the night they expire.
    clock.set(new Date('2026-12-02T12:00:00.000Z'));
    await app.trustloop.loyalty.runChannelNightly(tenant.accountId, tenant.channelId);

    const imported = await app.inject({
      method: 'POST',
      url: `/api/v1/channels/${tenant.channelId}/reviews/import`,
      headers: { ...tenant.auth, 'content-type': 'text/csv' },
      payload: [
        'rating,date,text',
        '5,2026-11-17,Great',
        '3,2026-11-19,Fine',
        '4,2026-12-01,Good',
        '1,2025-01-01,Old',
      ].join('\n'),
    });
    if (imported.statusCode !== 200) throw new Error(imported.body);

    const sent = [];
    for (const email of ['a@example.org', 'b@example.org', 'c@example.org']) {
      sent.push((await postInvitation(app, tenant, { email, orderNumber: email })).body.invitation);
    }
    await postInvitation(app, tenant, { email: 'manual@example.org', method: 'manual', send: 'link' });
    await app.trustloop.jobs.runDueJobs();
    await app.inject({ method: 'GET', url: linkPath(sent[0]!) });
    const answered = await app.inject({
      method: 'POST',
      url: linkPath(sent[1]!),
      headers: FORM,
      payload: 'service_rating=2&service_text=Slow',
    });
    if (answered.statusCode !== 200) throw new Error(answered.body);
  });
  afterAll(async () => {
    await receiver.close();
    await app.close();
  });

  it('shows the last twelve ISO weeks by default, each series with one entry per week', async () => {
    const body = (await dashboard(tenant)).json();
    expect(body.weeks).toEqual(TWELVE_WEEKS);
    expect(body.reviews.weeks.map((row: { week: string }) => row.week)).toEqual(TWELVE_WEEKS);
    expect(body.points.weeks.map((row: { week: string }) => row.week)).toEqual(TWELVE_WEEKS);
    expect((await dashboard(tenant, '?weeks=4')).json().weeks).toEqual(TWELVE_WEEKS.slice(-4));
  });

  it('counts reviews received per week by their own date, with the week’s average rating', async () => {
    const { reviews } = (await dashboard(tenant)).json();
    const quietWeek = { reviews: 0, averageRating: null };
    expect(reviews.weeks.slice(-3)).toEqual([
      { week: '2026-11-16', reviews: 2, averageRating: 4 },
      { week: '2026-11-23', ...quietWeek },
      // The imported 4 of 1 December and the questionnaire's 2 of today.
      { week: '2026-11-30', reviews: 2, averageRating: 3 },
    ]);
    expect(reviews.weeks.slice(0, -3).every((row: object) => Object.keys(row).length === 3)).toBe(true);
    expect(reviews.received).toBe(4); // the review of January 2025 is older than the weeks shown
    expect(reviews.averageRating).toBe(3.5);
  });

  it('shows the rating distribution of published reviews, all time, as the public summary counts them', async () => {
    const { reviews } = (await dashboard(tenant)).json();
    expect(reviews.distribution).toEqual({ '1': 1, '2': 1, '3': 1, '4': 1, '5': 1 });
    const summary = (
      await app.inject({ method: 'GET', url: `/public/v1/channels/${tenant.publicId}/summary` })
    ).json();
    expect(summary.distribution).toEqual(reviews.distribution);
  });

  it('follows each invitation by method through sent, opened and completed', async () => {
    const { invitations } = (await dashboard(tenant)).json();
    expect(invitations.methods).toEqual([
      // A link handed to the merchant counts as sent: it is in the customer's hands from then on.
      { method: 'manual', invited: 1, sent: 1, opened: 0, completed: 0 },
      // One opened and left, one answered (an answer counts as opened, whether the page was read or not).
      { method: 'api', invited: 3, sent: 3, opened: 2, completed: 1 },
    ]);
    expect(invitations.total).toEqual({ invited: 4, sent: 4, opened: 2, completed: 1 });
  });

  it('books points credited, redeemed and expired, and redemptions, in the week they happened', async () => {
    const { points } = (await dashboard(tenant)).json();
    const byWeek = Object.fromEntries(
      points.weeks.map(({ week, ...rest }: { week: string }) => [week, rest]),
    );
    expect(byWeek['2026-10-19']).toEqual({ credited: 250, redeemed: 100, expired: 0, redemptions: 1 });
    expect(byWeek['2026-11-30']).toEqual({ credited: 0, redeemed: 0, expired: 150, redemptions: 0 });
    expect(points.total).toEqual({ credited: 250, redeemed: 100, expired: 150, redemptions: 1 });
    const quietWeeks = TWELVE_WEEKS.filter((week) => week !== '2026-10-19' && week !== '2026-11-30');
    for (const week of quietWeeks)
      expect(byWeek[week]).toEqual({ credited: 0, redeemed: 0, expired: 0, redemptions: 0 });
  });

  it('counts enrolled members by tier, members below the first tier first', async () => {
    const { members } = (await dashboard(tenant)).json();
    expect(members).toEqual({
      tiers: [
        { tierId: null, name: null, members: 1 },
        { tierId: silverId, name: 'Silver', members: 1 },
      ],
      total: 2,
    });
  });

  it('shows each connection’s sync health: the platform’s last error and its dead letters', async () => {
    const { syncs } = (await dashboard(tenant)).json();
    expect(syncs).toEqual([
      expect.objectContaining({
        connectionId,
        connectorId: 'webhooks',
        lastError: expect.stringContaining('410'),
        pending: 0,
        deadLetters: 2,
      }),
    ]);
  });

  it('has zeros in every week and nothing to chart for a channel with no history', async () => {
    const body = (await dashboard(quiet, '?weeks=4')).json();
    expect(body).toEqual({
      channelId: quiet.channelId,
      weeks: TWELVE_WEEKS.slice(-4),
      reviews: {
        weeks: TWELVE_WEEKS.slice(-4).map((week) => ({ week, reviews: 0, averageRating: null })),
        received: 0,
        averageRating: null,
        distribution: { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 },
      },
      invitations: { methods: [], total: { invited: 0, sent: 0, opened: 0, completed: 0 } },
      points: {
        weeks: TWELVE_WEEKS.slice(-4).map((week) => ({
          week,
          credited: 0,
          redeemed: 0,
          expired: 0,
          redemptions: 0,
        })),
        total: { credited: 0, redeemed: 0, expired: 0, redemptions: 0 },
      },
      members: { tiers: [{ tierId: null, name: null, members: 0 }], total: 0 },
      syncs: [],
    });
  });

  it('answers only for the caller’s own channels, and refuses a week count outside 4–52 naming it', async () => {
    const foreign = await dashboard(quiet, '', tenant.channelId);
    expect(foreign.statusCode).toBe(404);
    expect(JSON.stringify(foreign.json())).not.toContain('Silver');
    for (const weeks of ['3', '53', 'x']) {
      const refused = await dashboard(tenant, `?weeks=${weeks}`);
      expect(refused.statusCode).toBe(400);
      expect(refused.json().error.details[0].field).toBe('/querystring/weeks');
    }
  });
});

import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/platform/clock.js';
import { appendEvent, pointsCredited } from '../contract/contract-fixtures.js';
import { type KlaviyoFake, startKlaviyoFake } from '../fakes/klaviyo/klaviyo.fake.js';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';
import { dialects } from '../support/databases.js';
import { waitFor } from '../support/job-wait.js';
import { memberOf, setUpProgram } from '../support/loyalty-fixtures.js';
import { connectShopify, sendShopify, shopifyOrder } from '../support/shop-payloads.js';

describe.each(dialects)('end to end on %s: loyalty points reach Klaviyo', (kind) => {
  let app: TestApp;
  let tenant: Tenant;
  let fake: KlaviyoFake;
  let stopWorker: () => Promise<void>;

  beforeAll(async () => {
    app = await createTestApp(kind, { clock: new ManualClock(new Date()) });
    fake = await startKlaviyoFake({ rateLimits: false });
    tenant = await createTenant(app);
    const connected = await app.inject({
      method: 'POST',
      url: '/api/v1/connections',
      headers: tenant.auth,
      payload: {
        channelId: tenant.channelId,
        connectorId: 'klaviyo',
        settings: { publicKey: fake.publicKey, privateKey: fake.privateKey, baseUrl: fake.url },
      },
    });
    expect(connected.statusCode, connected.body).toBe(201);
    const worker = app.trustloop.jobs.startWorker();
    stopWorker = () => worker.stop();
  });
  afterAll(async () => {
    await stopWorker();
    await fake.close();
    await app.close();
  });

  const settled = () =>
    waitFor('every job to finish', async () => {
      const counts = await app.trustloop.jobs.counts({ accountId: tenant.accountId });
      return counts.pending === 0 && counts.running === 0;
    });

  it('a points.credited event updates the Klaviyo profile and records one "Points Credited"; redelivery changes nothing', async () => {
    const event = await appendEvent(
      app,
      tenant,
      'points.credited',
      pointsCredited('e2e@example.com', 50, 170),
    );
    await waitFor(
      'the profile property at Klaviyo',
      () => fake.state.profileByEmail('e2e@example.com')?.properties['trustloop_points'] === 170,
    );
    await waitFor(
      'the event at Klaviyo',
      () => fake.state.eventsOf('e2e@example.com', 'Points Credited').length === 1,
    );
    await settled();
    const before = {
      profile: structuredClone(fake.state.profileByEmail('e2e@example.com')),
      events: fake.state.events.length,
      requests: fake.requests.length,
    };
    expect(before.profile?.properties).toMatchObject({
      trustloop_points: 170,
      trustloop_tier: 'Gold',
      trustloop_next_expiry_points: 40,
      trustloop_next_expiry_date: '2027-01-31',
      trustloop_referral_link: 'https://shop.example.com/?ref=JANA42',
    });

    // The outbox delivers the same event again (at-least-once): its fan-out and its delivery run twice.
    const db = app.trustloop.database.db as Kysely<{
      jobs: { id: string; event_id: string | null; kind: string; state: string };
    }>;
    const again = await db
      .selectFrom('jobs')
      .select('id')
      .where('event_id', '=', event.id)
      .where('kind', '=', 'deliver:connectors.fanout')
      .execute();
    const deliveries = await db
      .selectFrom('jobs')
      .select('id')
      .where('kind', '=', 'connectors.deliver')
      .execute();
    await db
      .updateTable('jobs')
      .set({ state: 'dead' })
      .where(
        'id',
        'in',
        [...again, ...deliveries].map((j) => j.id),
      )
      .execute();
    for (const job of [...again, ...deliveries])
      expect(await app.trustloop.jobs.replayJob(job.id)).toBe(true);
    await settled();

    expect(fake.state.eventsOf('e2e@example.com', 'Points Credited')).toHaveLength(1);
    expect(fake.state.events).toHaveLength(before.events);
    expect(fake.state.profileByEmail('e2e@example.com')).toEqual(before.profile);
    // The platform saw no second call at all: the delivery ledger skipped every step.
    expect(fake.requests.length).toBe(before.requests);
  });

  it('a paid Shopify order webhook credits points that reach Klaviyo once, however often Shopify redelivers it', async () => {
    await setUpProgram(app, tenant, {
      earning: {
        points: 1,
        perAmount: 100,
        rounding: 'down',
        base: 'products',
        awardOn: 'paid',
        pendingPoints: false,
      },
    });
    await connectShopify(app, tenant);
    const delivery = {
      topic: 'orders/paid',
      payload: shopifyOrder({
        financial_status: 'paid',
        email: 'shopper@example.pl',
        contact_email: 'shopper@example.pl',
      }),
      webhookId: `wh-${Date.now()}`,
    };
    expect((await sendShopify(app, tenant, delivery)).statusCode).toBe(200);
    await waitFor(
      'the Points Credited event at Klaviyo',
      () => fake.state.eventsOf('shopper@example.pl', 'Points Credited').length === 1,
    );
    await settled();
    const { body: memberBody } = await memberOf(app, tenant, 'shopper@example.pl');
    expect(memberBody.balance).toBeGreaterThan(0);
    expect(fake.state.profileByEmail('shopper@example.pl')?.properties['trustloop_points']).toBe(
      memberBody.balance,
    );
    const requests = fake.requests.length;

    expect((await sendShopify(app, tenant, delivery)).statusCode).toBe(200);
    await settled();
    expect(fake.state.eventsOf('shopper@example.pl', 'Points Credited')).toHaveLength(1);
    expect(fake.requests.length).toBe(requests);
  });
});

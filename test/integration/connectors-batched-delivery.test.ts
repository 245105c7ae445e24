import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/platform/clock.js';
import type { NewEvent } from '../../src/platform/jobs/index.js';
import { advance, deliveryJobs, drainJobs, pointsCredited } from '../contract/contract-fixtures.js';
import { type KlaviyoFake, startKlaviyoFake } from '../fakes/klaviyo/klaviyo.fake.js';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';
import { dialects } from '../support/databases.js';

/**
 * `connectors.deliver` takes a whole outbox batch (what one transaction appended: a chunk of a
 * CSV import, a webhook) to a connection as one job, in order; retries and dead letters stay
 * per event.
 */
describe.each(dialects)('connections get one delivery job per batch on %s', (kind) => {
  let app: TestApp;
  let fake: KlaviyoFake;
  let tenant: Tenant;

  beforeAll(async () => {
    app = await createTestApp(kind, { clock: new ManualClock(new Date()) });
    fake = await startKlaviyoFake({ rateLimits: false });
  });
  afterAll(async () => {
    await fake?.close();
    await app?.close();
  });
  beforeEach(async () => {
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
    fake.requests.length = 0;
  });

  /** `count` members credited in one transaction: one outbox batch. */
  async function creditInOneBatch(prefix: string, count: number): Promise<string[]> {
    const emails = Array.from({ length: count }, (_, n) => `${prefix}${n}-${tenant.accountId}@example.com`);
    await app.trustloop.database.db.transaction().execute((trx) =>
      app.trustloop.jobs.appendEvents(
        trx,
        emails.map(
          (email) =>
            ({
              type: 'points.credited',
              accountId: tenant.accountId,
              channelId: tenant.channelId,
              payload: pointsCredited(email),
            }) as NewEvent,
        ),
      ),
    );
    return emails;
  }

  /** The emails of the successful requests to `path`, in the order they reached Klaviyo. */
  const sentTo = (path: string) =>
    fake.requests
      .filter((r) => r.path.startsWith(path) && r.status < 300)
      .map((r) => JSON.stringify(r.body).match(/"email":"([^"]+)"/)?.[1]);

  async function allDeliveries() {
    return [
      ...(await deliveryJobs(app, tenant, 'done')),
      ...(await deliveryJobs(app, tenant, 'pending')),
      ...(await deliveryJobs(app, tenant, 'dead')),
    ];
  }

  it('sends a batch of 12 events as one job, in the order they were appended', async () => {
    const emails = await creditInOneBatch('a', 12);
    await drainJobs(app);
    const jobs = await allDeliveries();
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ state: 'done' });
    expect(sentTo('/api/events/')).toEqual(emails);
  });

  it('retries a batch from where it failed: what reached Klaviyo before is not sent again', async () => {
    const emails = await creditInOneBatch('b', 6);
    // The first event's profile goes through, then its Points Credited event gets a 503.
    fake.failNext(1, { status: 503 }, /^\/api\/events\//);
    const first = await drainJobs(app);
    expect(first.retried).toBe(1);
    advance(app, 3_600_000);
    await drainJobs(app);
    expect((await allDeliveries()).map((job) => job.state)).toEqual(['done']);
    // Every profile and every event reached Klaviyo exactly once, in order.
    expect(sentTo('/api/events/')).toEqual(emails);
    expect(sentTo('/api/profile-import/')).toEqual(emails);
  });

  it('dead-letters only the event Klaviyo refuses for good; the rest of the batch is sent', async () => {
    const emails = await creditInOneBatch('c', 5);
    fake.failNext(1, { status: 400, body: { errors: [{ detail: 'Invalid input.' }] } }, /^\/api\/events\//);
    await drainJobs(app);
    const dead = await deliveryJobs(app, tenant, 'dead');
    expect(dead).toHaveLength(1);
    const [refused] = await app.trustloop.jobs
      .listEvents({
        accountId: tenant.accountId,
        type: 'points.credited',
        limit: 10,
      })
      .then((page) => page.items.filter((e) => JSON.stringify(e.payload).includes(emails[0]!)));
    expect(dead[0]!.payload).toMatchObject({ eventId: refused!.id });
    expect(sentTo('/api/events/')).toEqual(emails.slice(1));
    expect((await deliveryJobs(app, tenant, 'done')).length).toBe(1);

    // Replayed alone, it goes out once; nothing else is sent again.
    expect(await app.trustloop.jobs.replayJob(dead[0]!.id, tenant.accountId)).toBe(true);
    await drainJobs(app);
    expect(sentTo('/api/events/')).toEqual([...emails.slice(1), emails[0]]);
  });
});

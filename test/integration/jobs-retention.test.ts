import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/platform/clock.js';
import { RETENTION_SCHEDULE } from '../../src/platform/jobs/index.js';
import { createTenant, createTestApp } from '../support/app.js';
import { dialects } from '../support/databases.js';
import { useJobsTestbed } from '../support/job-fixtures.js';

const DAY = 86_400_000;

describe.each(dialects)('retention of finished work on %s', (kind) => {
  const t = useJobsTestbed(kind);

  /** A job system whose subscriber `ok` always succeeds and `broken` always fails. */
  function build() {
    const jobs = t.build({ retention: { jobsDays: 7, idempotencyKeyHours: 24 } });
    jobs.registerSubscriber({ name: 'ok', eventTypes: ['thing.happened'], handle: async () => {} });
    jobs.registerSubscriber({
      name: 'broken',
      eventTypes: ['thing.broke'],
      handle: async () => {
        throw new Error('always');
      },
    });
    jobs.registerHandler('chore', async () => {});
    return jobs;
  }
  const append = (jobs: ReturnType<typeof build>, type: string) =>
    jobs.appendEvents(t.test.database.db, [{ type, accountId: 'acc_1', payload: {} }]);
  /** Runs everything due until nothing is left (retries included, moving the clock along). */
  async function drain(jobs: ReturnType<typeof build>) {
    for (let round = 0; round < 20; round++) {
      await jobs.runDueJobs();
      const counts = await jobs.counts();
      if (counts.pending === 0 && counts.running === 0) return;
      t.clock.advance(3_600_000);
    }
  }

  it('old done jobs and fully delivered events go; recent ones and dead letters stay', async () => {
    const jobs = build();
    const [old] = await append(jobs, 'thing.happened');
    // Relayed apart, or the relay would join the two whole batches it found together.
    await jobs.relayEvents();
    const [deadLetter] = await append(jobs, 'thing.broke');
    await jobs.enqueue(t.test.database.db, { kind: 'chore', payload: {}, dedupeKey: 'chore:old' });
    await drain(jobs);
    expect(await jobs.counts()).toMatchObject({ done: 2, dead: 1 });

    t.clock.advance(6 * DAY);
    const [recent] = await append(jobs, 'thing.happened');
    await drain(jobs);
    t.clock.advance(1 * DAY + 60_000); // the first ones finished a little over 7 days ago

    expect(await jobs.applyRetention()).toMatchObject({ jobs: 2, events: 1 });
    const left = await jobs.listJobs({ limit: 10 });
    expect(left.items.map((job) => [job.eventId, job.state])).toEqual(
      expect.arrayContaining([
        [recent!.id, 'done'],
        [deadLetter!.id, 'dead'],
      ]),
    );
    expect(left.items).toHaveLength(2);
    expect(await jobs.getEvent(old!.id)).toBeUndefined();
    expect(await jobs.getEvent(recent!.id)).toBeDefined();
    expect(await jobs.getEvent(deadLetter!.id)).toBeDefined(); // replay still has its event
  });

  it('deletes in bounded batches until nothing old is left, and a second pass finds nothing', async () => {
    const jobs = build();
    const events = Array.from({ length: 2_500 }, () => ({
      type: 'thing.happened',
      accountId: 'acc_1',
      payload: {},
    }));
    await jobs.appendEvents(t.test.database.db, events);
    await drain(jobs);
    t.clock.advance(8 * DAY);
    // One append is one batch: one delivery, 2,500 events to delete in bounded batches.
    expect(await jobs.applyRetention()).toEqual({ jobs: 1, events: 2_500, idempotencyKeys: 0 });
    expect(await jobs.applyRetention()).toEqual({ jobs: 0, events: 0, idempotencyKeys: 0 });
  });

  it('an event the relay has not reached yet is kept however old it is', async () => {
    const jobs = build();
    const [waiting] = await append(jobs, 'thing.happened');
    t.clock.advance(30 * DAY);

    expect(await jobs.applyRetention()).toMatchObject({ events: 0 });
    expect(await jobs.getEvent(waiting!.id)).toBeDefined();
    expect(await jobs.relayEvents()).toBe(1);
  });

  it('runs hourly as the platform.retention job', async () => {
    const jobs = build();
    await append(jobs, 'thing.happened');
    await drain(jobs);
    await jobs.schedule(RETENTION_SCHEDULE);
    t.clock.advance(8 * DAY);
    await jobs.runDueJobs(); // fires the occurrence due now
    expect((await jobs.listEvents({ limit: 10 })).items).toEqual([]);
    const retention = await jobs.listJobs({ kind: 'platform.retention', limit: 10 });
    expect(retention.items.map((job) => job.state)).toEqual(['done']);
  });
});

describe.each(dialects)('Idempotency-Key retention on %s', (kind) => {
  it('a key older than its retention is deleted and may then be used for another request', async () => {
    const clock = new ManualClock('2026-03-02T10:00:00Z');
    const app = await createTestApp(kind, { clock, env: { IDEMPOTENCY_KEY_RETENTION_HOURS: '24' } });
    try {
      const tenant = await createTenant(app);
      const put = (externalId: string, total: number) =>
        app.inject({
          method: 'PUT',
          url: `/api/v1/channels/${tenant.channelId}/orders/${externalId}`,
          headers: { ...tenant.auth, 'idempotency-key': 'k-1' },
          payload: {
            number: `A-${externalId}`,
            updatedAt: '2026-03-02T10:00:00Z',
            customer: { email: 'ewa@example.pl', firstName: 'Ewa', lastName: 'Lis', locale: 'pl' },
            currency: 'PLN',
            total,
            shippingTotal: 0,
            lineItems: [{ lineId: 'l1', sku: 'TEA-01', title: 'Green tea', quantity: 1, unitPrice: total }],
            placedAt: '2026-03-02T09:59:00Z',
          },
        });
      expect((await put('1001', 100)).statusCode).toBe(201);
      expect((await put('1002', 200)).statusCode).toBe(422); // the key still stands for 1001

      clock.set('2026-03-03T09:00:00Z'); // 23 hours: kept
      expect((await app.trustloop.jobs.applyRetention()).idempotencyKeys).toBe(0);
      clock.set('2026-03-03T10:30:00Z'); // 24.5 hours: gone
      expect((await app.trustloop.jobs.applyRetention()).idempotencyKeys).toBe(1);
      const reused = await put('1002', 200);
      expect(reused.statusCode).toBe(201);
      expect(reused.headers['idempotent-replayed']).toBeUndefined();
    } finally {
      await app.close();
    }
  });
});

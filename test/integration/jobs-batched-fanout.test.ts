import fc from 'fast-check';
import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createBatchedWrites } from '../../src/platform/db/index.js';
import type { JobContext, StoredEvent } from '../../src/platform/jobs/index.js';
import { claimJobs } from '../../src/platform/jobs/job-queue.js';
import type { JobsTables } from '../../src/platform/jobs/jobs.tables.js';
import { dialects } from '../support/databases.js';
import { jobsTestConfig, useJobsTestbed } from '../support/job-fixtures.js';
import { TEST_SEED } from '../support/seeded-random.js';

type Seen = Array<{ id: string; person: string; n: number }>;

describe.each(dialects)('batched fan-out on %s', (kind) => {
  const t = useJobsTestbed(kind);

  /** Runs everything due, then jumps past every retry's wait, until no delivery is left open. */
  async function drain(jobs: ReturnType<typeof t.build>) {
    for (let round = 0; round < 50; round++) {
      await jobs.runDueJobs();
      const counts = await jobs.counts();
      if (counts.pending + counts.running === 0) return;
      t.clock.advance(3_600_000);
    }
    throw new Error('deliveries did not drain in 50 rounds');
  }

  it('events one transaction appends reach each subscriber as one job, in the order appended', async () => {
    const jobs = t.build();
    const seen: number[] = [];
    jobs.registerSubscriber({
      name: 'profiles',
      eventTypes: ['customer.imported'],
      handle: async (event) => void seen.push((event.payload as { n: number }).n),
    });
    jobs.registerSubscriber({ name: 'audit', eventTypes: '*', handle: async () => {} });
    const rows = 450;
    const chunk = 100;
    for (let start = 0; start < rows; start += chunk) {
      await t.test.database.db.transaction().execute(async (trx) => {
        for (let n = start; n < Math.min(rows, start + chunk); n++)
          await jobs.appendEvents(trx, [{ type: 'customer.imported', accountId: 'acc_1', payload: { n } }]);
      });
    }
    await jobs.relayEvents();
    const deliveries = await jobs.listJobs({ kind: 'deliver:profiles', limit: 100 });
    expect(deliveries.items).toHaveLength(Math.ceil(rows / chunk));
    expect((await jobs.listJobs({ kind: 'deliver:audit', limit: 100 })).items).toHaveLength(
      Math.ceil(rows / chunk),
    );
    await drain(jobs);
    expect(seen).toEqual(Array.from({ length: rows }, (_, n) => n));
  });

  it('the whole batches of one account a relay finds together go to each subscriber as one job, in order', async () => {
    const jobs = t.build();
    const seen: string[] = [];
    jobs.registerSubscriber({
      name: 'profiles',
      eventTypes: ['customer.imported'],
      handle: async (event) => void seen.push(`${event.accountId}:${(event.payload as { n: number }).n}`),
    });
    // One transaction per delivery, as a burst of webhooks writes them on PostgreSQL.
    for (let n = 0; n < 6; n++) {
      const accountId = n === 3 ? 'acc_2' : 'acc_1';
      await jobs.appendEvents(t.test.database.db, [{ type: 'customer.imported', accountId, payload: { n } }]);
    }
    await jobs.relayEvents();
    const deliveries = (await jobs.listJobs({ kind: 'deliver:profiles', limit: 100 })).items;
    expect(deliveries.map((job) => job.accountId).sort()).toEqual(['acc_1', 'acc_2']);
    await drain(jobs);
    expect(seen.filter((entry) => entry.startsWith('acc_1'))).toEqual([
      'acc_1:0',
      'acc_1:1',
      'acc_1:2',
      'acc_1:4',
      'acc_1:5',
    ]);
    expect(seen.filter((entry) => entry.startsWith('acc_2'))).toEqual(['acc_2:3']);
  });

  it('a batch whose subscriber fails part-way is retried from the first event it did not apply', async () => {
    const jobs = t.build();
    const applied: number[] = [];
    let failed = false;
    jobs.registerSubscriber({
      name: 'ledger',
      eventTypes: ['points.earned'],
      async handle(event) {
        const { n } = event.payload as { n: number };
        if (n === 6 && !failed) {
          failed = true;
          throw new Error('the platform answered 503');
        }
        applied.push(n);
      },
    });
    await t.test.database.db.transaction().execute((trx) =>
      jobs.appendEvents(
        trx,
        Array.from({ length: 10 }, (_, n) => ({ type: 'points.earned', accountId: 'acc_1', payload: { n } })),
      ),
    );
    const first = await jobs.runDueJobs();
    expect(first).toMatchObject({ processed: 1, retried: 1 });
    expect(applied).toEqual([0, 1, 2, 3, 4, 5]);
    await drain(jobs);
    expect(applied).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('hands a handleMany subscriber its events in groups of at most 100, in order; a failing group is retried whole', async () => {
    const jobs = t.build();
    const groups: number[][] = [];
    let failed = false;
    jobs.registerSubscriber({
      name: 'mirror',
      eventTypes: ['points.earned'],
      handle: async () => {
        throw new Error('handle is not called when handleMany is given');
      },
      async handleMany(events) {
        const ns = events.map((event) => (event.payload as { n: number }).n);
        if (ns.includes(150) && !failed) {
          failed = true;
          throw new Error('the database was busy');
        }
        groups.push(ns);
      },
    });
    await t.test.database.db.transaction().execute((trx) =>
      jobs.appendEvents(trx, [
        ...Array.from({ length: 250 }, (_, n) => ({
          type: 'points.earned',
          accountId: 'acc_1',
          payload: { n },
        })),
        { type: 'review.submitted', accountId: 'acc_1', payload: { n: -1 } },
      ]),
    );

    const first = await jobs.runDueJobs();
    expect(first).toMatchObject({ processed: 1, retried: 1 });
    expect(groups).toEqual([Array.from({ length: 100 }, (_, n) => n)]);
    await drain(jobs);
    expect(groups).toEqual(
      [0, 100, 200].map((from) => Array.from({ length: Math.min(100, 250 - from) }, (_, n) => from + n)),
    );
  });

  it('claims plain jobs and deliveries in their turn oldest first, whichever kind they are', async () => {
    const jobs = t.build();
    jobs.registerSubscriber({ name: 'mirror', eventTypes: ['points.earned'], handle: async () => {} });
    await jobs.enqueue(t.test.database.db, { kind: 'mail.older', payload: {}, accountId: 'acc_0' });
    t.clock.advance(1_000);
    // Thirty accounts: thirty deliveries, each the oldest of its account and so in its turn.
    for (let n = 0; n < 30; n++) {
      await t.test.database.db
        .transaction()
        .execute((trx) =>
          jobs.appendEvents(trx, [{ type: 'points.earned', accountId: `acc_${n}`, payload: { n } }]),
        );
    }
    await jobs.relayEvents();
    t.clock.advance(1_000);
    await jobs.enqueue(t.test.database.db, { kind: 'mail.newer', payload: {}, accountId: 'acc_0' });
    const db = t.test.database.db as Kysely<JobsTables>;
    const claimedKinds: string[] = [];
    for (let round = 0; round < 32; round++) {
      const claimed = await claimJobs(db, kind, {
        workerId: 'w',
        limit: 1,
        now: t.clock.now(),
        leaseMs: 60_000,
      });
      claimedKinds.push(...claimed.map((job) => job.kind));
    }
    expect(claimedKinds).toEqual(['mail.older', ...Array(30).fill('deliver:mirror'), 'mail.newer']);
  });

  it('a delivery whose batch holds none of its subscriber’s types, as a newer version lists them, completes', async () => {
    const before = t.build();
    before.registerSubscriber({ name: 'consents', eventTypes: ['a', 'b'], handle: async () => {} });
    await before.appendEvents(t.test.database.db, [{ type: 'a', accountId: 'acc_1', payload: {} }]);
    await before.relayEvents();
    const after = t.build();
    const seen: string[] = [];
    after.registerSubscriber({
      name: 'consents',
      eventTypes: ['b'],
      handle: async (e) => void seen.push(e.type),
    });
    expect(await after.runDueJobs()).toMatchObject({ processed: 1, succeeded: 1 });
    expect(seen).toEqual([]);
    expect(await after.counts()).toMatchObject({ pending: 0, dead: 0 });
  });

  it('runs afterBatch once every event of the batch is handled; a failing one is retried alone', async () => {
    const jobs = t.build();
    const handled: number[] = [];
    const batches: string[] = [];
    let failures = 1;
    jobs.registerSubscriber({
      name: 'batcher',
      eventTypes: ['points.earned'],
      handle: async (event) => void handled.push((event.payload as { n: number }).n),
      async afterBatch(batch) {
        if (failures-- > 0) throw new Error('the platform answered 503');
        batches.push(`${batch.accountId}:${handled.length}`);
      },
    });
    await t.test.database.db.transaction().execute((trx) =>
      jobs.appendEvents(
        trx,
        Array.from({ length: 4 }, (_, n) => ({ type: 'points.earned', accountId: 'acc_1', payload: { n } })),
      ),
    );
    expect(await jobs.runDueJobs()).toMatchObject({ processed: 1, retried: 1 });
    expect(handled).toEqual([0, 1, 2, 3]);
    await drain(jobs);
    expect(handled).toEqual([0, 1, 2, 3]);
    expect(batches).toEqual(['acc_1:4']);
  });

  it('a burst of webhook writes reaches each subscriber as one job, whether they shared a commit (SQLite) or not', async () => {
    const jobs = t.build();
    const seen: number[] = [];
    jobs.registerSubscriber({
      name: 'esp',
      eventTypes: ['order.placed'],
      handle: async (event) => void seen.push((event.payload as { n: number }).n),
    });
    const writes = createBatchedWrites(t.test.database);
    // Twenty webhooks arriving together, each its own write (one of them refused and rolled back).
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, n) =>
        writes.transaction(async (trx) => {
          await jobs.appendEvents(trx, [{ type: 'order.placed', accountId: 'acc_1', payload: { n } }]);
          if (n === 7) throw new Error('the order was refused');
        }),
      ),
    );
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(1);
    await jobs.relayEvents();
    const deliveries = (await jobs.listJobs({ kind: 'deliver:esp', limit: 100 })).items;
    // SQLite commits them together (write-batches.ts): one outbox batch. PostgreSQL commits each
    // on its own, a batch each, and the relay joins the whole batches it finds together.
    expect(deliveries).toHaveLength(1);
    await drain(jobs);
    // Every committed order once (concurrent PostgreSQL writes append in no fixed order).
    expect([...seen].sort((a, b) => a - b)).toEqual(
      Array.from({ length: 20 }, (_, n) => n).filter((n) => n !== 7),
    );
  });

  it('a later batch waits while an earlier one of the same account is retried, then follows it', async () => {
    const jobs = t.build();
    const order: string[] = [];
    let failures = 1;
    jobs.registerSubscriber({
      name: 'esp',
      eventTypes: ['consent.set'],
      async handle(event) {
        const { status } = event.payload as { status: string };
        if (status === 'subscribed' && failures-- > 0) throw new Error('timeout');
        order.push(status);
      },
    });
    for (const status of ['subscribed', 'unsubscribed'])
      await jobs.appendEvents(t.test.database.db, [
        { type: 'consent.set', accountId: 'acc_1', payload: { status } },
      ]);
    await jobs.runDueJobs();
    expect(order).toEqual([]);
    await drain(jobs);
    expect(order).toEqual(['subscribed', 'unsubscribed']);
  });

  it('every subscriber sees every event once and each person’s events in order, whatever the batches and failures', async () => {
    const batch = fc.array(fc.record({ person: fc.integer({ min: 0, max: 3 }), fails: fc.boolean() }), {
      minLength: 1,
      maxLength: 12,
    });
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(batch, { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 1, max: 4 }),
        async (batches, accounts) => {
          run++;
          // Every injected failure costs its batch an attempt: leave room for all of them.
          const jobs = t.build({ config: { ...jobsTestConfig, maxAttempts: 100 } });
          const seen: Record<string, Seen> = { a: [], b: [] };
          // A failure is injected once per event and subscriber, before the event is applied.
          const failedOnce = new Set<string>();
          const subscriber = (name: string) => async (event: StoredEvent, _ctx: JobContext) => {
            const payload = event.payload as { person: number; n: number; fails: boolean };
            if (payload.fails && !failedOnce.has(`${name}:${event.id}`)) {
              failedOnce.add(`${name}:${event.id}`);
              throw new Error('injected failure');
            }
            seen[name]!.push({ id: event.id, person: `${event.accountId}:${payload.person}`, n: payload.n });
          };
          jobs.registerSubscriber({ name: 'a', eventTypes: '*', handle: subscriber('a') });
          jobs.registerSubscriber({ name: 'b', eventTypes: ['person.changed'], handle: subscriber('b') });
          let n = 0;
          const appended: number[] = [];
          for (const [index, events] of batches.entries()) {
            const accountId = `acc_${run}_${index % accounts}`;
            await t.test.database.db.transaction().execute(async (trx) => {
              for (const event of events) {
                appended.push(n);
                await jobs.appendEvents(trx, [
                  {
                    type: 'person.changed',
                    accountId,
                    payload: { person: event.person, n: n++, fails: event.fails },
                  },
                ]);
              }
            });
          }
          await drain(jobs);
          for (const name of ['a', 'b']) {
            const got = seen[name]!;
            expect(got.map((e) => e.n).sort((x, y) => x - y)).toEqual(appended);
            for (const person of new Set(got.map((e) => e.person))) {
              const mine = got.filter((e) => e.person === person).map((e) => e.n);
              expect(mine).toEqual([...mine].sort((x, y) => x - y));
            }
          }
          const open = await jobs.counts();
          expect(open.dead).toBe(0);
        },
      ),
      { seed: TEST_SEED, numRuns: 12 },
    );
  });
});

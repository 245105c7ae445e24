import { type Kysely, sql } from 'kysely';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { systemClock } from '../../src/platform/clock.js';
import { createJobs, type Jobs } from '../../src/platform/jobs/index.js';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases.js';
import { spawnWorker, stopWorker, type WorkerProcess } from '../support/job-children.js';
import type { TestEvents } from '../support/job-fixtures.js';
import { waitFor } from '../support/job-wait.js';

interface Hits {
  job_test_hits: { key: string; hits: number; worker: string };
}

// Each test starts worker processes (up to 40 s each to be ready on a loaded machine), then waits for their work.
vi.setConfig({ testTimeout: 120_000 });

/** Several worker OS processes against one PostgreSQL: only PostgreSQL supports that. */

describe.runIf(dialects.includes('postgres'))('jobs across worker processes on postgres', () => {
  let test: TestDatabase;
  let jobs: Jobs<TestEvents>;
  let children: WorkerProcess[];

  const db = () => test.database.db as Kysely<Hits>;
  const start = (workerId: string, leaseMs: number, hang = false) =>
    spawnWorker({ url: test.url, schema: test.schema!, workerId, leaseMs, hang }).then((child) => {
      children.push(child);
      return child;
    });

  beforeEach(async () => {
    test = await createTestDatabase('postgres');
    children = [];
    await sql`create table job_test_hits (key text primary key, hits integer not null, worker text not null)`.execute(
      test.database.db,
    );
    jobs = createJobs<TestEvents>({
      database: test.database,
      clock: systemClock,
      config: { leaseMs: 30_000, pollIntervalMs: 25, concurrency: 4, maxAttempts: 5 },
      logger: pino({ level: 'silent' }),
    });
    // Every process registers the same subscribers; this one only appends.
    jobs.registerSubscriber({
      name: 'counter',
      eventTypes: ['test.ping'],
      handle: async () => {
        throw new Error('the test process does not deliver');
      },
    });
  });

  afterEach(async () => {
    await Promise.all(children.map((child) => stopWorker(child, 2_000)));
    await test.drop();
  });

  it('300 events in 30 batches are each handled exactly once by three concurrent worker processes', async () => {
    await Promise.all(['w1', 'w2', 'w3'].map((id) => start(id, 30_000)));
    // One transaction is one batch; six accounts let batches run side by side.
    for (let batch = 0; batch < 30; batch++) {
      await test.database.db.transaction().execute((trx) =>
        jobs.appendEvents(
          trx,
          Array.from({ length: 10 }, (_, n) => ({
            type: 'test.ping',
            accountId: `acc_${batch % 6}`,
            payload: { n: batch * 10 + n },
          })),
        ),
      );
    }

    // Not 30 jobs: a relay round that finds several whole batches of one account joins them.
    await waitFor(
      'every event to be handled and no delivery left open',
      async () => {
        const handled = await db().selectFrom('job_test_hits').select('key').execute();
        const { pending, running } = await jobs.counts();
        return handled.length === 300 && pending + running === 0;
      },
      { timeoutMs: 20_000 },
    );
    const rows = await db().selectFrom('job_test_hits').selectAll().execute();
    const events = await jobs.listEvents({ limit: 1_000 });
    expect(rows.map((row) => row.key).sort()).toEqual(events.items.map((event) => event.id).sort());
    expect(rows.filter((row) => row.hits !== 1)).toEqual([]);
    expect(new Set(rows.map((row) => row.worker)).size).toBeGreaterThan(1);
    expect(await jobs.counts()).toMatchObject({ pending: 0, running: 0, dead: 0 });
  });

  it('jobs of a worker killed with SIGKILL mid-job are finished by another worker once the lease expires', async () => {
    const doomed = await start('doomed', 1_500, true);
    const ids: string[] = [];
    for (let n = 0; n < 3; n++)
      ids.push((await jobs.enqueue(test.database.db, { kind: 'test.slow', payload: { n } })).id);

    await waitFor('the doomed worker to start all three jobs', async () => {
      const started = await db()
        .selectFrom('job_test_hits')
        .select('key')
        .where('worker', '=', 'doomed')
        .execute();
      return started.length === 3;
    });
    doomed.child.kill('SIGKILL');
    expect(await doomed.exited).toBe('SIGKILL');
    for (const id of ids)
      expect(await jobs.getJob(id)).toMatchObject({ state: 'running', lockedBy: 'doomed' });

    await start('rescuer', 1_500);
    await waitFor(
      'the rescuer to finish every job',
      async () => {
        const states = await Promise.all(ids.map((id) => jobs.getJob(id)));
        return states.every((job) => job?.state === 'done');
      },
      { timeoutMs: 15_000 },
    );
    for (const id of ids) expect(await jobs.getJob(id)).toMatchObject({ attempts: 2, lockedBy: 'rescuer' });
    const hits = await db().selectFrom('job_test_hits').selectAll().orderBy('key').execute();
    expect(hits.map((row) => [row.key, row.hits, row.worker])).toEqual(
      ids.sort().map((id) => [id, 2, 'rescuer']),
    );
  });
});

/**
 * A job worker in its own OS process, for the multi-process suites. Configured by env:
 * JOB_DB_URL, JOB_DB_SCHEMA, JOB_WORKER_ID, JOB_LEASE_MS, JOB_HANG=1 (the `test.slow` handler
 * records its start, then never returns). Prints `ready` once polling; SIGTERM stops gracefully.
 *
 * Every handled delivery or job bumps `job_test_hits(key)`, which the parent created.
 */
import { sql } from 'kysely';
import pino from 'pino';
import { systemClock } from '../../src/platform/clock.js';
import { openDatabase } from '../../src/platform/db/index.js';
import { createJobs } from '../../src/platform/jobs/index.js';
import type { TestEvents } from './job-fixtures.js';

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
};

const workerId = env('JOB_WORKER_ID');
const database = await openDatabase({ url: env('JOB_DB_URL'), schema: env('JOB_DB_SCHEMA'), poolSize: 6 });
const jobs = createJobs<TestEvents>({
  database,
  clock: systemClock,
  config: { leaseMs: Number(env('JOB_LEASE_MS')), pollIntervalMs: 25, concurrency: 4, maxAttempts: 5 },
  logger: pino({ level: 'warn' }, pino.destination(2)),
});

async function hit(key: string): Promise<void> {
  await sql`insert into job_test_hits (key, hits, worker) values (${key}, 1, ${workerId})
    on conflict (key) do update set hits = job_test_hits.hits + 1, worker = excluded.worker`.execute(
    database.db,
  );
}

jobs.registerSubscriber({ name: 'counter', eventTypes: ['test.ping'], handle: (event) => hit(event.id) });
jobs.registerHandler('test.slow', async (job) => {
  await hit(job.id);
  if (process.env['JOB_HANG'] === '1') await new Promise(() => {});
});

const worker = jobs.startWorker({ workerId });
process.stdout.write('ready\n');

process.once('SIGTERM', () => {
  worker
    .stop()
    .then(() => database.close())
    .then(
      () => process.exit(0),
      () => process.exit(1),
    );
});

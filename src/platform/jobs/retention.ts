/**
 * Retention: finished jobs, fully delivered events and old HTTP idempotency keys are deleted
 * by an hourly platform job, a bounded batch per statement so no delete holds a lock for long.
 * Dead letters stay until an operator replays them (or their event would be gone), and so does
 * every event that still has a delivery pending, running or dead.
 */
import { type Kysely, sql } from 'kysely';
import type { JobsTables } from './jobs.tables.js';

export const RETENTION_JOB = 'platform.retention';

/** Hourly, at a minute the loyalty nightly tick (`5 * * * *`) does not use. */
export const RETENTION_SCHEDULE = {
  name: RETENTION_JOB,
  cron: '35 * * * *',
  timeZone: 'UTC',
  kind: RETENTION_JOB,
  payload: {},
};

export interface RetentionPolicy {
  /** Done (and cancelled) jobs, and events whose every delivery is done, older than this go. */
  jobsDays: number;
  /** `Idempotency-Key`s older than this go, after which the key may be used again. */
  idempotencyKeyHours: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = { jobsDays: 7, idempotencyKeyHours: 24 };

/** Rows per DELETE: each one is a short transaction of its own. */
export const RETENTION_BATCH = 1000;

export interface RetentionSummary {
  jobs: number;
  events: number;
  idempotencyKeys: number;
}

/** Deletes batch after batch until a batch comes back short; returns how many went. */
async function inBatches(deleteBatch: () => Promise<number>): Promise<number> {
  let total = 0;
  for (;;) {
    const deleted = await deleteBatch();
    total += deleted;
    if (deleted < RETENTION_BATCH) return total;
  }
}

const deleted = (result: { numAffectedRows?: bigint }) => Number(result.numAffectedRows ?? 0n);

/** One pass of the retention policy at `now`. */
export async function applyRetention(
  db: Kysely<JobsTables>,
  now: Date,
  policy: RetentionPolicy,
): Promise<RetentionSummary> {
  const jobsBefore = new Date(now.getTime() - policy.jobsDays * 86_400_000).toISOString();
  const keysBefore = new Date(now.getTime() - policy.idempotencyKeyHours * 3_600_000).toISOString();

  // Finished jobs first, so that the events they delivered are left without deliveries.
  const jobs = await inBatches(async () =>
    deleted(
      await sql`delete from jobs where id in (
        select id from jobs where state in ('done', 'cancelled') and finished_at < ${jobsBefore}
        limit ${RETENTION_BATCH})`.execute(db),
    ),
  );
  const events = await inBatches(async () =>
    deleted(
      await sql`delete from events where id in (
        select e.id from events e
        where e.recorded_at < ${jobsBefore} and e.relayed_at is not null
          and not exists (select 1 from jobs j
            where j.event_id = coalesce(e.batch_id, e.id) and j.state not in ('done', 'cancelled'))
        limit ${RETENTION_BATCH})`.execute(db),
    ),
  );
  const idempotencyKeys = await inBatches(async () =>
    deleted(
      await sql`delete from idempotency_keys where (account_id, key) in (
        select account_id, key from idempotency_keys where created_at < ${keysBefore}
        limit ${RETENTION_BATCH})`.execute(db),
    ),
  );
  return { jobs, events, idempotencyKeys };
}

import { type Kysely, sql } from 'kysely';
import { keysetPage } from '../pages.js';
import type { JobRow } from './job-queue.js';
import type { JobsTables } from './jobs.tables.js';
import { JOB_STATES, type JobQuery, type JobRecord, type JobState, type Page } from './jobs.types.js';

/** Operations on stored jobs (admin screens, CLI). An `accountId`, when given, scopes every query. */

/**
 * A text field of a job's payload (stored as JSON, so read as `unknown`), or undefined where the
 * payload is not an object or the field is not text: how a screen finds the jobs of one thing,
 * such as a connection's by their `connectionId`.
 */
export function payloadText(job: Pick<JobRecord, 'payload'>, field: string): string | undefined {
  const { payload } = job;
  if (typeof payload !== 'object' || payload === null) return undefined;
  const value = (payload as Record<string, unknown>)[field];
  return typeof value === 'string' ? value : undefined;
}

export function toJobRecord(row: JobRow): JobRecord {
  return {
    id: row.id,
    kind: row.kind,
    payload: JSON.parse(row.payload) as unknown,
    accountId: row.account_id,
    eventId: row.event_id,
    subscriber: row.subscriber,
    dedupeKey: row.dedupe_key,
    state: row.state as JobState,
    runAt: row.run_at,
    attempts: row.attempts,
    maxAttempts: row.max_attempts,
    leaseUntil: row.lease_until,
    lockedBy: row.locked_by,
    lastError: row.last_error,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    finishedAt: row.finished_at,
  };
}

export async function getJob(
  db: Kysely<JobsTables>,
  id: string,
  accountId?: string,
): Promise<JobRecord | undefined> {
  let query = db.selectFrom('jobs').selectAll().where('id', '=', id);
  if (accountId !== undefined) query = query.where('account_id', '=', accountId);
  const row = await query.executeTakeFirst();
  return row && toJobRecord(row);
}

/** Jobs newest first, paginated by id. */
export async function listJobs(db: Kysely<JobsTables>, query: JobQuery): Promise<Page<JobRecord>> {
  let select = db.selectFrom('jobs').selectAll();
  if (query.accountId !== undefined) select = select.where('account_id', '=', query.accountId);
  if (query.state !== undefined) select = select.where('state', '=', query.state);
  if (query.kind !== undefined) select = select.where('kind', '=', query.kind);
  if (query.cursor !== undefined) select = select.where('id', '<', query.cursor);
  const rows = await select
    .orderBy('id', 'desc')
    .limit(query.limit + 1)
    .execute();
  return keysetPage(rows, query.limit, toJobRecord, (job) => job.id);
}

/** Sends a dead job back to the queue: pending, attempts reset, due now. False unless it was dead. */
export async function replayJob(
  db: Kysely<JobsTables>,
  id: string,
  now: Date,
  accountId?: string,
): Promise<boolean> {
  let update = db.updateTable('jobs').set(revive(now)).where('id', '=', id).where('state', '=', 'dead');
  if (accountId !== undefined) update = update.where('account_id', '=', accountId);
  const result = await update.executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Replays every dead job matching the filter; returns how many. */
export async function replayDead(
  db: Kysely<JobsTables>,
  now: Date,
  filter: { accountId?: string; kind?: string } = {},
): Promise<number> {
  let update = db.updateTable('jobs').set(revive(now)).where('state', '=', 'dead');
  if (filter.accountId !== undefined) update = update.where('account_id', '=', filter.accountId);
  if (filter.kind !== undefined) update = update.where('kind', '=', filter.kind);
  const result = await update.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

// last_error stays until the next outcome, so the operator still sees why it died.
function revive(now: Date) {
  const at = now.toISOString();
  return { state: 'pending', attempts: 0, run_at: at, lease_until: null, finished_at: null, updated_at: at };
}

/** How many jobs are in each state. */
export async function countByState(
  db: Kysely<JobsTables>,
  filter: { accountId?: string } = {},
): Promise<Record<JobState, number>> {
  let query = db.selectFrom('jobs').select((eb) => ['state', eb.fn.countAll<number>().as('n')]);
  if (filter.accountId !== undefined) query = query.where('account_id', '=', filter.accountId);
  const rows = await query.groupBy('state').execute();
  const counts = Object.fromEntries(JOB_STATES.map((state) => [state, 0])) as Record<JobState, number>;
  for (const row of rows) counts[row.state as JobState] = Number(row.n);
  return counts;
}

/**
 * Seconds since the oldest due pending job became due, or since the oldest event still waiting
 * for the relay was recorded, whichever is longer; 0 when nothing waits.
 */
export async function lagSeconds(db: Kysely<JobsTables>, now: Date): Promise<number> {
  const job = await db
    .selectFrom('jobs')
    .select((eb) => eb.fn.min('run_at').as('oldest'))
    .where('state', '=', 'pending')
    .where('run_at', '<=', now.toISOString())
    .executeTakeFirst();
  // The partial index holds the waiting events in id (= time) order: the first is the oldest.
  const event = await db
    .selectFrom('events')
    .select('recorded_at')
    .where('relayed_at', 'is', null)
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
  const oldest = [job?.oldest, event?.recorded_at].filter((at): at is string => Boolean(at));
  if (oldest.length === 0) return 0;
  const since = Math.min(...oldest.map((at) => new Date(at).getTime()));
  return Math.max(0, (now.getTime() - since) / 1000);
}

/**
 * Work a live worker has in hand: jobs due now, and jobs running under a lease that has not
 * lapsed (a dead worker's jobs do not count until another takes them over). Jobs due later (a
 * retry's wait, an invitation days from now) are not counted.
 */
export async function countInHand(
  db: Kysely<JobsTables>,
  now: Date,
  accountId?: string,
): Promise<{ due: number; running: number }> {
  const at = now.toISOString();
  const count = async (state: 'pending' | 'running') => {
    let query = db
      .selectFrom('jobs')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('state', '=', state);
    query = state === 'pending' ? query.where('run_at', '<=', at) : query.where('lease_until', '>', at);
    if (accountId !== undefined) query = query.where('account_id', '=', accountId);
    return Number((await query.executeTakeFirst())?.n ?? 0);
  };
  return { due: await count('pending'), running: await count('running') };
}

/** Events appended but not yet relayed to their subscribers. */
export async function countUnrelayed(db: Kysely<JobsTables>, accountId?: string): Promise<number> {
  let query = db
    .selectFrom('events')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('relayed_at', 'is', null);
  // The account as an expression, not the column: SQLite would otherwise walk the account's index
  // (every event it ever had) instead of the index of the events still waiting.
  if (accountId !== undefined) query = query.where(sql<string>`account_id || ''`, '=', accountId);
  const row = await query.executeTakeFirst();
  return Number(row?.n ?? 0);
}

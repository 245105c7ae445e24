import { type Kysely, type RawBuilder, type Selectable, type SelectQueryBuilder, sql } from 'kysely';
import { type DialectKind, lockingRows } from '../db/index.js';
import { newId } from '../ids.js';
import type { JobsTable, JobsTables } from './jobs.tables.js';
import type { EnqueueResult, Executor, NewJob } from './jobs.types.js';

/** A job row as claimed: `attempts` already counts the run about to start. */
export type JobRow = Selectable<JobsTable>;

export function tables(executor: Executor): Kysely<JobsTables> {
  return executor as Kysely<JobsTables>;
}

function iso(value: Date | string): string {
  return new Date(value).toISOString();
}

/** A new pending job row: what a job is given, the rest as a job starts out. */
export function pendingJobRow(
  job: Pick<
    JobsTable,
    'kind' | 'payload' | 'account_id' | 'event_id' | 'subscriber' | 'dedupe_key' | 'run_at' | 'max_attempts'
  >,
  now: string,
): JobsTable {
  return {
    id: newId('job'),
    ...job,
    state: 'pending',
    attempts: 0,
    lease_until: null,
    locked_by: null,
    last_error: null,
    created_at: now,
    updated_at: now,
    finished_at: null,
    progress: null,
  };
}

/** Inserts a job unless its dedupe key is taken; the unique index decides, never a prior read. */
export async function insertJob(
  executor: Executor,
  job: NewJob,
  defaults: { now: Date; maxAttempts: number },
): Promise<EnqueueResult> {
  if (!job.kind) throw new Error('a job needs a kind');
  const maxAttempts = job.maxAttempts ?? defaults.maxAttempts;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) throw new Error('maxAttempts must be ≥ 1');
  const db = tables(executor);
  const now = defaults.now.toISOString();
  // A conflicting key can be released (cancelled) between our insert and our read: try again.
  const row = pendingJobRow(
    {
      kind: job.kind,
      payload: JSON.stringify(job.payload ?? null),
      account_id: job.accountId ?? null,
      event_id: null,
      subscriber: null,
      dedupe_key: job.dedupeKey ?? null,
      run_at: iso(job.runAt ?? defaults.now),
      max_attempts: maxAttempts,
    },
    now,
  );
  if (job.deadWith !== undefined)
    Object.assign(row, { state: 'dead', attempts: 1, last_error: job.deadWith, finished_at: now });
  for (let round = 0; round < 3; round++) {
    const inserted = await db
      .insertInto('jobs')
      .values(row)
      .onConflict((oc) => oc.column('dedupe_key').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (inserted) return { id: inserted.id, created: true };
    const existing = await db
      .selectFrom('jobs')
      .select('id')
      .where('dedupe_key', '=', job.dedupeKey ?? null)
      .executeTakeFirst();
    if (existing) return { id: existing.id, created: false };
  }
  throw new Error(`could not enqueue job with dedupe key ${job.dedupeKey}`);
}

/** Cancels the pending job holding `dedupeKey` and releases the key for a later enqueue. */
export async function cancelByDedupeKey(executor: Executor, dedupeKey: string, now: Date): Promise<boolean> {
  const result = await tables(executor)
    .updateTable('jobs')
    .set({
      state: 'cancelled',
      dedupe_key: null,
      finished_at: now.toISOString(),
      updated_at: now.toISOString(),
    })
    .where('dedupe_key', '=', dedupeKey)
    .where('state', '=', 'pending')
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export interface ClaimOptions {
  workerId: string;
  limit: number;
  now: Date;
  leaseMs: number;
}

/**
 * Claims up to `limit` due jobs: first running ones whose lease expired (their worker died),
 * then pending ones whose time has come, oldest first: plain jobs and deliveries in their turn
 * (see dueDeliveries), each by a statement of its own. Separate statements rather than one with
 * an OR: each walks its index in order and stops after `limit` rows, where the OR made both
 * engines gather and sort every due job (225 ms per claim on SQLite with 200,000 waiting, with
 * the process blocked). On PostgreSQL, `SKIP LOCKED` lets any number of workers claim side by
 * side without waiting on or double-claiming each other's rows; SQLite serialises writers anyway.
 */
export async function claimJobs(
  db: Kysely<JobsTables>,
  kind: DialectKind,
  options: ClaimOptions,
): Promise<JobRow[]> {
  if (options.limit <= 0) return [];
  const now = options.now.toISOString();
  const expired = db
    .selectFrom('jobs')
    .select('id')
    .where('state', '=', 'running')
    .where('lease_until', '<', now)
    .limit(options.limit);
  const taken = await takeOver(db, lockingRows(expired, kind, { skipLocked: true }), options);
  const left = options.limit - taken.length;
  if (left <= 0) return taken;
  // Oldest first across both kinds: the deliveries in their turn due before the oldest due plain
  // job, then plain jobs, then any other deliveries in their turn.
  const oldestPlain = await duePlainJobs(db, now, 1).select('run_at').executeTakeFirst();
  const claimed = oldestPlain
    ? await takeOver(db, dueDeliveries(kind, oldestPlain.run_at, left), options)
    : [];
  const plain =
    claimed.length < left
      ? await takeOver(
          db,
          lockingRows(duePlainJobs(db, now, left - claimed.length), kind, { skipLocked: true }),
          options,
        )
      : [];
  const room = left - claimed.length - plain.length;
  const later = room > 0 ? await takeOver(db, dueDeliveries(kind, now, room), options) : [];
  return [...taken, ...claimed, ...plain, ...later];
}

/** Due jobs that are not event deliveries, oldest first (the partial index `jobs_due_plain_idx`). */
function duePlainJobs(db: Kysely<JobsTables>, now: string, limit: number) {
  return db
    .selectFrom('jobs')
    .select('id')
    .where(sql<boolean>`state = 'pending' and subscriber is null`)
    .where('run_at', '<=', now)
    .orderBy('run_at')
    .limit(limit);
}

/** The partial index `jobs_open_delivery_idx`'s condition, literal so both engines use it. */
const UNFINISHED_DELIVERY = sql<boolean>`state in ('pending', 'running') and subscriber is not null`;

/**
 * Due deliveries in their turn, oldest first: a delivery waits while an older batch of the same
 * subscriber and account is unfinished (pending, retrying or running), so each subscriber
 * applies an account's events in order, a person's too, even when a batch fails and is retried
 * later. A dead batch no longer holds the rest back. Only the oldest unfinished delivery of each
 * subscriber and account can be in its turn, so those heads are found first, walking the
 * partial index of unfinished deliveries one step per pair, and only they are looked at.
 * Checking every waiting delivery for an older one instead cost a claim one index probe per
 * waiting delivery: on PostgreSQL with thousands waiting, the workers' backends spent 23–105 ms
 * of CPU per webhook order, and a burst did not drain in 300 s.
 */
function dueDeliveries(dialect: DialectKind, now: string, limit: number) {
  return dialect === 'postgres' ? dueDeliveriesOnPostgres(now, limit) : dueDeliveriesOnSqlite(now, limit);
}

/**
 * The heads on SQLite, where grouping every unfinished delivery read them all with the process
 * blocked (about 350 ms per claim with 200,000 waiting, so every request waited as long): the
 * subscriber and account pairs are walked one index step each, then each pair's oldest delivery
 * is one more step (0.2 ms). SQLite has no LATERAL: a step finds the next pair's first job by id,
 * the next account of the same subscriber or else the next subscriber, as two seeks. `INDEXED BY`
 * because the planner otherwise reads `state in (…)` through `jobs_due_idx`, every job.
 */
function dueDeliveriesOnSqlite(now: string, limit: number) {
  const open = UNFINISHED_DELIVERY;
  const jobs = sql`jobs indexed by jobs_open_delivery_idx`;
  return sql<string>`(with recursive pairs (subscriber, account_id) as (
      select * from (select subscriber, account_id from ${jobs} where ${open}
        order by subscriber, account_id limit 1)
      union all
      select next.subscriber, next.account_id from pairs join jobs as next on next.id = coalesce(
        (select id from ${jobs} where ${open} and subscriber = pairs.subscriber
          and account_id > pairs.account_id order by account_id limit 1),
        (select id from ${jobs} where ${open} and subscriber > pairs.subscriber
          order by subscriber, account_id limit 1))),
    heads (id) as materialized (select (select id from ${jobs} where ${open}
        and subscriber = pairs.subscriber and account_id = pairs.account_id order by event_id limit 1)
      from pairs)
    select jobs.id from heads cross join jobs on jobs.id = heads.id
    where jobs.state = 'pending' and jobs.run_at <= ${now}
    order by jobs.run_at limit ${limit})`;
}

/**
 * The same on PostgreSQL, where grouping every unfinished delivery read them all too (7.7 ms
 * per claim with 15,000 waiting): the pairs are walked by a recursive skip with LATERAL steps
 * (0.2–0.3 ms). `FOR UPDATE OF jobs SKIP LOCKED` as for plain jobs.
 */
function dueDeliveriesOnPostgres(now: string, limit: number) {
  const open = UNFINISHED_DELIVERY;
  return sql<string>`(with recursive pairs (subscriber, account_id) as (
      (select subscriber, account_id from jobs where ${open} order by subscriber, account_id limit 1)
      union all
      (select next.subscriber, next.account_id from pairs cross join lateral (
        select subscriber, account_id from jobs
        where ${open} and (subscriber, account_id) > (pairs.subscriber, pairs.account_id)
        order by subscriber, account_id limit 1) as next))
    select jobs.id from pairs cross join lateral (
      select id from jobs as head
      where ${open} and head.subscriber = pairs.subscriber and head.account_id = pairs.account_id
      order by head.event_id limit 1) as head
    join jobs on jobs.id = head.id
    where jobs.state = 'pending' and jobs.run_at <= ${now}
    order by jobs.run_at limit ${limit}
    for update of jobs skip locked)`;
}

function takeOver(
  db: Kysely<JobsTables>,
  ids: SelectQueryBuilder<JobsTables, 'jobs', { id: string }> | RawBuilder<string>,
  options: ClaimOptions,
): Promise<JobRow[]> {
  const now = options.now.toISOString();
  return db
    .updateTable('jobs')
    .set((eb) => ({
      state: 'running',
      attempts: eb('attempts', '+', 1),
      lease_until: new Date(options.now.getTime() + options.leaseMs).toISOString(),
      locked_by: options.workerId,
      updated_at: now,
    }))
    .where('id', 'in', ids)
    .returningAll()
    .execute();
}

/**
 * A job whose worker died during its last allowed attempt would otherwise be claimed forever
 * (a poison job that kills its process never reaches the failure path): dead-letter it instead.
 */
export async function reapExhaustedLeases(db: Kysely<JobsTables>, now: Date): Promise<number> {
  const at = now.toISOString();
  const result = await db
    .updateTable('jobs')
    .set({
      state: 'dead',
      lease_until: null,
      last_error: 'the worker stopped during the last allowed attempt (lease expired)',
      finished_at: at,
      updated_at: at,
    })
    .where('state', '=', 'running')
    .where('lease_until', '<', at)
    .whereRef('attempts', '>=', 'max_attempts')
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Our claim on a job: the worker and the attempt it claimed fence out a later claimant. */
export interface Claim {
  id: string;
  workerId: string;
  attempts: number;
}

function whereOurs(db: Kysely<JobsTables>, claim: Claim) {
  return db
    .updateTable('jobs')
    .where('id', '=', claim.id)
    .where('state', '=', 'running')
    .where('locked_by', '=', claim.workerId)
    .where('attempts', '=', claim.attempts);
}

/** Pushes the lease forward while a long handler runs. False when the claim was lost. */
export async function extendLease(
  db: Kysely<JobsTables>,
  claim: Claim,
  now: Date,
  leaseMs: number,
): Promise<boolean> {
  const result = await whereOurs(db, claim)
    .set({ lease_until: new Date(now.getTime() + leaseMs).toISOString() })
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Records that a delivery applied its batch up to `eventId`. False when the claim was lost. */
export async function recordProgress(
  db: Kysely<JobsTables>,
  claim: Claim,
  eventId: string,
): Promise<boolean> {
  const result = await whereOurs(db, claim).set({ progress: eventId }).executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function completeJob(db: Kysely<JobsTables>, claim: Claim, now: Date): Promise<boolean> {
  const at = now.toISOString();
  const result = await whereOurs(db, claim)
    .set({ state: 'done', lease_until: null, finished_at: at, updated_at: at })
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function retryJob(
  db: Kysely<JobsTables>,
  claim: Claim,
  runAt: Date,
  error: string,
  now: Date,
): Promise<boolean> {
  const result = await whereOurs(db, claim)
    .set({
      state: 'pending',
      run_at: runAt.toISOString(),
      lease_until: null,
      last_error: error,
      updated_at: now.toISOString(),
    })
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function buryJob(
  db: Kysely<JobsTables>,
  claim: Claim,
  error: string,
  now: Date,
): Promise<boolean> {
  const at = now.toISOString();
  const result = await whereOurs(db, claim)
    .set({ state: 'dead', lease_until: null, last_error: error, finished_at: at, updated_at: at })
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

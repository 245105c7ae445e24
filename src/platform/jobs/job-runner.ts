import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Clock } from '../clock.js';
import { yieldIfSliceUsed } from './event-loop.js';
import { decideFailure } from './failure.js';
import { PermanentError } from './job-errors.js';
import {
  buryJob,
  type Claim,
  completeJob,
  extendLease,
  type JobRow,
  recordProgress,
  retryJob,
} from './job-queue.js';
import type { JobsTables } from './jobs.tables.js';
import type { Job, JobContext } from './jobs.types.js';
import { batchExists, eventsOfBatch } from './outbox.js';
import type { Registry } from './registry.js';

/** What became of one claimed job; `lost` means another worker took it over (our lease expired). */
export type Outcome = 'done' | 'retried' | 'dead' | 'lost';

export interface RunnerDeps {
  db: Kysely<JobsTables>;
  registry: Registry;
  clock: Clock;
  leaseMs: number;
  logger: Logger;
  random: () => number;
  onOutcome(kind: string, outcome: Outcome): void;
}

/** Runs one claimed job to its outcome and records it; never throws for a handler's failure. */
export async function runJob(deps: RunnerDeps, row: JobRow, workerId: string): Promise<Outcome> {
  const claim: Claim = { id: row.id, workerId, attempts: row.attempts };
  const logger = deps.logger.child({ jobId: row.id, kind: row.kind, attempt: row.attempts });
  const ctx: JobContext = { jobId: row.id, attempt: row.attempts, maxAttempts: row.max_attempts, logger };
  const heartbeat = keepLease(deps, claim, logger);
  let outcome: Outcome;
  try {
    await dispatch(deps, row, ctx, claim);
    outcome = (await completeJob(deps.db, claim, deps.clock.now())) ? 'done' : 'lost';
  } catch (error) {
    outcome = await recordFailure(deps, claim, row, error, logger);
  } finally {
    clearInterval(heartbeat);
  }
  if (outcome === 'lost') logger.warn('job lease was lost before it finished; another worker owns it now');
  deps.onOutcome(row.kind, outcome);
  return outcome;
}

async function dispatch(deps: RunnerDeps, row: JobRow, ctx: JobContext, claim: Claim): Promise<void> {
  if (row.subscriber !== null && row.event_id !== null) {
    await deliverBatch(deps, row, claim, ctx);
    return;
  }
  const handler = deps.registry.handler(row.kind);
  if (!handler) throw new Error(`no handler for job kind "${row.kind}" is registered in this process`);
  let payload: unknown;
  try {
    payload = JSON.parse(row.payload);
  } catch (error) {
    throw new PermanentError('the job payload is not valid JSON', { cause: error });
  }
  const job: Job = {
    id: row.id,
    kind: row.kind,
    payload,
    accountId: row.account_id,
    dedupeKey: row.dedupe_key,
    runAt: row.run_at,
  };
  await handler(job, ctx);
}

/**
 * Events a `handleMany` subscriber gets at once: on SQLite its one transaction holds the write
 * lock for all of them, so a group stays a few milliseconds long (an import beside the worker
 * waits for it).
 */
export const HANDLE_MANY_EVENTS = 100;

/** How often a delivery marks its progress in a batch (each mark is a write and, on SQLite, a commit). */
const PROGRESS_EVERY_MS = 50;

/**
 * Delivers the events of a batch to one subscriber in order, from after its recorded progress
 * (a retry resumes where the failed attempt stopped). Progress is marked every
 * PROGRESS_EVERY_MS and when a handler fails, not after every event: an import's batch is
 * thousands of events and a mark is a write of its own. A worker that dies delivers again the
 * events of its last unmarked stretch, which the at-least-once contract (idempotent handlers)
 * already covers; a failing handler's batch still resumes at the event that failed.
 */
async function deliverBatch(deps: RunnerDeps, row: JobRow, claim: Claim, ctx: JobContext): Promise<void> {
  const name = row.subscriber!;
  const batchId = row.event_id!;
  const subscriber = deps.registry.subscriber(name);
  // A rolling deploy may briefly run a worker that does not know a new subscriber yet: retry.
  if (!subscriber) throw new Error(`no subscriber "${name}" is registered in this process`);
  const wanted = subscriber.eventTypes;
  const events = await eventsOfBatch(deps.db, batchId, row.progress, wanted);
  // A batch without the subscriber's types (which a newer version may have narrowed) is done.
  if (events.length === 0 && row.progress === null && !(await batchExists(deps.db, batchId)))
    throw new PermanentError(`event ${batchId} no longer exists`);
  const { afterBatch } = subscriber;
  let handled: string | undefined;
  let markedAt = performance.now();
  const mark = async () => {
    if (handled === undefined) return;
    if (!(await recordProgress(deps.db, claim, handled)))
      throw new Error(`the lease on job ${row.id} was lost during its batch`);
    handled = undefined;
    markedAt = performance.now();
  };
  try {
    if (subscriber.handleMany) {
      for (let at = 0; at < events.length; at += HANDLE_MANY_EVENTS) {
        const group = events.slice(at, at + HANDLE_MANY_EVENTS);
        await subscriber.handleMany(group, ctx);
        handled = group[group.length - 1]!.id;
        if (performance.now() - markedAt >= PROGRESS_EVERY_MS) await mark();
        await yieldIfSliceUsed();
      }
    } else {
      for (const event of events) {
        await subscriber.handle(event, ctx);
        handled = event.id;
        if (performance.now() - markedAt >= PROGRESS_EVERY_MS) await mark();
        // A batch of a CSV import is thousands of events; on SQLite they would run without a pause.
        await yieldIfSliceUsed();
      }
    }
  } catch (error) {
    // The retry starts at the event that failed, not at the last mark.
    await mark().catch(() => undefined);
    throw error;
  }
  // Completing the job says every event went through; a retry after a failed `afterBatch` finds
  // every event handled (the mark) and runs only that.
  if (afterBatch) {
    await mark();
    await afterBatch.call(subscriber, { id: batchId, accountId: row.account_id! }, ctx);
  }
}

async function recordFailure(
  deps: RunnerDeps,
  claim: Claim,
  row: JobRow,
  error: unknown,
  logger: Logger,
): Promise<Outcome> {
  const now = deps.clock.now();
  const decision = decideFailure(error, row.attempts, row.max_attempts, now, deps.random);
  if (decision.state === 'dead') {
    logger.error({ err: error }, 'job failed for good; moved to the dead letters');
    return (await buryJob(deps.db, claim, decision.error, now)) ? 'dead' : 'lost';
  }
  logger.warn({ err: error, retryAt: decision.runAt.toISOString() }, 'job failed; will retry');
  return (await retryJob(deps.db, claim, decision.runAt, decision.error, now)) ? 'retried' : 'lost';
}

/** Extends the lease every third of its length, so only a dead worker's jobs become claimable. */
function keepLease(deps: RunnerDeps, claim: Claim, logger: Logger): NodeJS.Timeout {
  const timer = setInterval(
    () => {
      extendLease(deps.db, claim, deps.clock.now(), deps.leaseMs).then(
        (kept) => {
          if (!kept) clearInterval(timer);
        },
        (error: unknown) => logger.warn({ err: error }, 'could not extend the job lease'),
      );
    },
    Math.max(10, Math.floor(deps.leaseMs / 3)),
  );
  timer.unref();
  return timer;
}

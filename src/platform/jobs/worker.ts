import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Kysely } from 'kysely';
import type { DialectKind } from '../db/index.js';
import { yieldToEventLoop } from './event-loop.js';
import { claimJobs, reapExhaustedLeases } from './job-queue.js';
import { type RunnerDeps, runJob } from './job-runner.js';
import type { JobsTables } from './jobs.tables.js';
import type { RunSummary, Worker } from './jobs.types.js';
import { relayEvents } from './outbox.js';
import { tickSchedules } from './scheduler.js';

export interface WorkerDeps extends RunnerDeps {
  db: Kysely<JobsTables>;
  dialect: DialectKind;
  pollIntervalMs: number;
  concurrency: number;
  maxAttempts: number;
}

export function defaultWorkerId(): string {
  return `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
}

/** Fires due schedules and dead-letters jobs whose worker died on their last attempt. */
async function housekeeping(deps: WorkerDeps): Promise<void> {
  const now = deps.clock.now();
  await tickSchedules(deps.db, now, deps.maxAttempts);
  await reapExhaustedLeases(deps.db, now);
}

/** Gives events appended since the last look their delivery jobs (the outbox relay). */
export function relay(deps: WorkerDeps): Promise<number> {
  return relayEvents(deps.db, {
    registry: deps.registry,
    dialect: deps.dialect,
    now: deps.clock.now(),
    maxAttempts: deps.maxAttempts,
  });
}

/** Relays waiting events, then claims up to `limit` due jobs. */
async function claim(deps: WorkerDeps, workerId: string, limit: number) {
  await relay(deps);
  return claimJobs(deps.db, deps.dialect, { workerId, limit, now: deps.clock.now(), leaseMs: deps.leaseMs });
}

/**
 * Processes everything due now (including what becomes due while it runs, such as an immediate
 * retry) and returns what happened. For tests, the CLI and one-shot runs.
 */
export async function runDueJobs(deps: WorkerDeps): Promise<RunSummary> {
  const workerId = `${defaultWorkerId()}:once`;
  const summary: RunSummary = { processed: 0, succeeded: 0, retried: 0, dead: 0 };
  await housekeeping(deps);
  for (;;) {
    await yieldToEventLoop();
    const rows = await claim(deps, workerId, deps.concurrency);
    if (rows.length === 0) return summary;
    const outcomes = await Promise.all(rows.map((row) => runJob(deps, row, workerId)));
    for (const outcome of outcomes) {
      summary.processed++;
      if (outcome === 'done') summary.succeeded++;
      else if (outcome === 'retried') summary.retried++;
      else if (outcome === 'dead') summary.dead++;
    }
  }
}

/**
 * Polls every `pollIntervalMs`, keeps up to `concurrency` jobs in flight and claims again as
 * soon as a slot frees while work remains.
 */
export function startWorker(deps: WorkerDeps, workerId: string = defaultWorkerId()): Worker {
  const logger = deps.logger.child({ workerId });
  const inFlight = new Set<Promise<void>>();
  let stopping = false;
  let wake: (() => void) | undefined;
  let lastHousekeeping = Number.NEGATIVE_INFINITY;

  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        wake = undefined;
        resolve();
      }
      wake = done;
    });

  async function iteration(): Promise<boolean> {
    // Real elapsed time paces the loop; job times come from the injected clock.
    if (performance.now() - lastHousekeeping >= deps.pollIntervalMs) {
      lastHousekeeping = performance.now();
      await housekeeping(deps);
    }
    const free = deps.concurrency - inFlight.size;
    if (free <= 0) return false;
    const rows = await claim(deps, workerId, free);
    for (const row of rows) {
      const running: Promise<void> = runJob(deps, row, workerId)
        .then(
          () => undefined,
          (error: unknown) => logger.error({ err: error, jobId: row.id }, 'could not record a job outcome'),
        )
        .finally(() => {
          inFlight.delete(running);
          wake?.();
        });
      inFlight.add(running);
    }
    return rows.length === free;
  }

  const loop = (async () => {
    while (!stopping) {
      await yieldToEventLoop();
      let moreWaiting = false;
      try {
        moreWaiting = await iteration();
      } catch (error) {
        logger.error({ err: error }, 'job worker poll failed');
      }
      if (stopping) break;
      // A full batch means more may be due: claim again once a slot frees (a finishing job wakes us).
      if (!(moreWaiting && inFlight.size < deps.concurrency)) await pause(deps.pollIntervalMs);
    }
  })();

  logger.info({ concurrency: deps.concurrency }, 'job worker started');
  return {
    workerId,
    async stop() {
      stopping = true;
      wake?.();
      await loop;
      await Promise.all(inFlight);
      logger.info('job worker stopped');
    },
  };
}

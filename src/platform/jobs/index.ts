/**
 * The transactional outbox and the job system: domain events appended in the command's
 * transaction, relayed by workers to one delivery job per subscriber and delivered at least
 * once; due-dated, deduplicated and recurring jobs; workers that claim with
 * `FOR UPDATE SKIP LOCKED` on PostgreSQL.
 *
 * @example
 * const jobs = createJobs({ database, clock, config: config.jobs, logger });
 * jobs.registerSubscriber({ name: 'loyalty.credit', eventTypes: ['order.paid'], handle: creditPoints });
 * jobs.registerHandler('invitation.send', sendInvitation);
 * await db.transaction().execute(async (trx) => {
 *   await insertOrder(trx, order);
 *   await jobs.appendEvents(trx, [{ type: 'order.paid', accountId, payload: { orderId } }]);
 * });
 * const worker = jobs.startWorker();
 */
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Registry as MetricsRegistry } from 'prom-client';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Database } from '../db/index.js';
import * as admin from './job-admin.js';
import { cancelByDedupeKey, insertJob } from './job-queue.js';
import type { Outcome } from './job-runner.js';
import { registerJobMetrics } from './jobs.metrics.js';
import type { JobsTables } from './jobs.tables.js';
import type {
  DomainEventMap,
  EnqueueResult,
  EventMap,
  EventOf,
  EventQuery,
  EventTypeOf,
  Executor,
  JobHandler,
  JobQuery,
  JobRecord,
  JobState,
  NewEventOf,
  NewJob,
  Page,
  RunSummary,
  ScheduleDefinition,
  ScheduleRecord,
  SubscriberOf,
  Worker,
} from './jobs.types.js';
import * as outbox from './outbox.js';
import { type RegisteredSubscriber, Registry } from './registry.js';
import {
  applyRetention,
  DEFAULT_RETENTION,
  RETENTION_JOB,
  type RetentionPolicy,
  type RetentionSummary,
} from './retention.js';
import { deleteSchedule, listSchedules, upsertSchedule } from './scheduler.js';
import { relay, runDueJobs, startWorker, type WorkerDeps } from './worker.js';

export { backoffDelayMs } from './backoff.js';
export { readOncePerKey } from './group-reads.js';
export { payloadText } from './job-admin.js';
export { PermanentError, RetryableError } from './job-errors.js';
export type { Outcome } from './job-runner.js';
export * from './jobs.types.js';
export {
  DEFAULT_RETENTION,
  RETENTION_JOB,
  RETENTION_SCHEDULE,
  type RetentionPolicy,
  type RetentionSummary,
} from './retention.js';

export interface JobsDeps {
  database: Database<unknown>;
  clock: Clock;
  config: Config['jobs'];
  logger: Logger;
  /** When given, job metrics are registered on it. */
  metrics?: MetricsRegistry;
  /** Source of retry jitter, in [0, 1); tests pin it. */
  random?: () => number;
  /** How long finished work is kept; `DEFAULT_RETENTION` when not given. */
  retention?: RetentionPolicy;
}

/**
 * The job system, typed by the map of the events it carries (the app's `DomainEventMap`; a
 * test of the platform alone may pass its own).
 */
export interface Jobs<M extends EventMap = DomainEventMap> {
  /**
   * Registers an event subscriber. Do it at composition time, in every process, before
   * appending. Its `handle` is typed by the `eventTypes` it lists.
   */
  registerSubscriber<const T extends EventTypeOf<M> = EventTypeOf<M>>(subscriber: SubscriberOf<M, T>): void;
  /** Registers the handler of a job kind (one per kind). */
  registerHandler<P = unknown>(kind: string, handler: JobHandler<P>): void;
  /**
   * Appends events through `executor`: pass the command's transaction so they commit with it
   * or not at all. Workers then give each one delivery job per matching subscriber (the relay).
   */
  appendEvents(executor: Executor, events: readonly NewEventOf<M>[]): Promise<EventOf<M>[]>;
  /** Gives every event appended so far its delivery jobs; workers do it on every poll. */
  relayEvents(): Promise<number>;
  /** Adds a due-dated job; with a `dedupeKey` already taken it is a no-op (`created: false`). */
  enqueue<P = unknown>(executor: Executor, job: NewJob<P>): Promise<EnqueueResult>;
  /** Cancels the pending job with this key and frees the key. False when none was pending. */
  cancelByDedupeKey(executor: Executor, dedupeKey: string): Promise<boolean>;
  /** Stores a recurring schedule; idempotent, call it at every start. */
  schedule<P = unknown>(definition: ScheduleDefinition<P>): Promise<void>;
  /** Removes a schedule; jobs it already created stay. */
  unschedule(name: string): Promise<boolean>;
  listSchedules(): Promise<ScheduleRecord[]>;
  /** Starts polling for due jobs in the background. */
  startWorker(options?: { workerId?: string }): Worker;
  /** Runs everything due now, then returns what happened. */
  runDueJobs(): Promise<RunSummary>;
  listJobs(query: JobQuery): Promise<Page<JobRecord>>;
  getJob(id: string, accountId?: string): Promise<JobRecord | undefined>;
  /** Dead → pending with attempts reset, due now. False when the job is not dead (or not found). */
  replayJob(id: string, accountId?: string): Promise<boolean>;
  /** Replays every dead job matching the filter; returns how many. */
  replayDead(filter?: { accountId?: string; kind?: string }): Promise<number>;
  counts(filter?: { accountId?: string }): Promise<Record<JobState, number>>;
  /** Jobs due now and jobs running under a live lease (not those due later). */
  countInHand(filter?: { accountId?: string }): Promise<{ due: number; running: number }>;
  /** Events the relay has not fanned out yet (their deliveries do not exist yet). */
  countUnrelayed(filter?: { accountId?: string }): Promise<number>;
  listEvents(query: EventQuery): Promise<Page<EventOf<M>>>;
  getEvent(id: string, accountId?: string): Promise<EventOf<M> | undefined>;
  /**
   * The events of batch `batchId` (see `afterBatch`) of the account, in the order appended;
   * only those of `types` when given.
   */
  eventsOfBatch(batchId: string, accountId: string, types?: readonly string[]): Promise<EventOf<M>[]>;
  /** The channels and event types of batch `batchId` of the account, each pair once. */
  kindsOfBatch(
    batchId: string,
    accountId: string,
  ): Promise<Array<{ channelId: string | null; type: string }>>;
  /**
   * Deletes done and cancelled jobs, fully delivered events and idempotency keys past their
   * retention, in short batches. The `platform.retention` job (`RETENTION_SCHEDULE`, hourly)
   * runs it; dead letters and events still being delivered are kept.
   */
  applyRetention(): Promise<RetentionSummary>;
}

/** Builds the job system over an open, migrated database. */
export function createJobs<M extends EventMap = DomainEventMap>(deps: JobsDeps): Jobs<M> {
  const db = deps.database.db as Kysely<JobsTables>;
  const { clock, config } = deps;
  const registry = new Registry();
  const random = deps.random ?? Math.random;
  let recordOutcome: (kind: string, outcome: Outcome) => void = () => {};
  if (deps.metrics) {
    recordOutcome = registerJobMetrics(deps.metrics, {
      pending: async () => (await admin.countByState(db)).pending,
      dead: async () => (await admin.countByState(db)).dead,
      lagSeconds: () => admin.lagSeconds(db, clock.now()),
      unrelayed: () => admin.countUnrelayed(db),
    });
  }
  const workerDeps: WorkerDeps = {
    db,
    dialect: deps.database.kind,
    registry,
    clock,
    logger: deps.logger,
    random,
    leaseMs: config.leaseMs,
    pollIntervalMs: config.pollIntervalMs,
    concurrency: config.concurrency,
    maxAttempts: config.maxAttempts,
    onOutcome: (kind, outcome) => recordOutcome(kind, outcome),
  };

  const retention = deps.retention ?? DEFAULT_RETENTION;
  registry.addHandler(RETENTION_JOB, async () => {
    const summary = await applyRetention(db, clock.now(), retention);
    deps.logger.info(
      { retention: summary },
      'finished jobs, delivered events and old idempotency keys deleted',
    );
  });

  return {
    // The registry runs any subscriber on the events of its types: the map's pairing holds there.
    registerSubscriber: (subscriber) => registry.addSubscriber(subscriber as unknown as RegisteredSubscriber),
    registerHandler: (kind, handler) => registry.addHandler(kind, handler as JobHandler),
    appendEvents: async (executor, events) =>
      (await outbox.appendEvents(executor, events, { now: clock.now() })) as EventOf<M>[],
    relayEvents: () => relay(workerDeps),
    enqueue: (executor, job) =>
      insertJob(executor, job, { now: clock.now(), maxAttempts: config.maxAttempts }),
    cancelByDedupeKey: (executor, key) => cancelByDedupeKey(executor, key, clock.now()),
    schedule: (definition) => upsertSchedule(db, definition, clock.now()),
    unschedule: (name) => deleteSchedule(db, name),
    listSchedules: () => listSchedules(db),
    startWorker: (options = {}) => startWorker(workerDeps, options.workerId),
    runDueJobs: () => runDueJobs(workerDeps),
    listJobs: (query) => admin.listJobs(db, query),
    getJob: (id, accountId) => admin.getJob(db, id, accountId),
    replayJob: (id, accountId) => admin.replayJob(db, id, clock.now(), accountId),
    replayDead: (filter) => admin.replayDead(db, clock.now(), filter),
    counts: (filter) => admin.countByState(db, filter),
    countInHand: (filter) => admin.countInHand(db, clock.now(), filter?.accountId),
    countUnrelayed: (filter) => admin.countUnrelayed(db, filter?.accountId),
    // Stored events were appended through this map (the log holds no other).
    listEvents: (query) => outbox.listEvents(db, query) as Promise<Page<EventOf<M>>>,
    getEvent: (id, accountId) => outbox.getEvent(db, id, accountId) as Promise<EventOf<M> | undefined>,
    eventsOfBatch: async (batchId, accountId, types) =>
      (await outbox.eventsOfBatch(db, batchId, null, types)).filter(
        (event) => event.accountId === accountId,
      ) as EventOf<M>[],
    kindsOfBatch: (batchId, accountId) => outbox.kindsOfBatch(db, batchId, accountId),
    applyRetention: () => applyRetention(db, clock.now(), retention),
  };
}

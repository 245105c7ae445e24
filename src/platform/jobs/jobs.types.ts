import type { Kysely } from 'kysely';
import type { Logger } from 'pino';

/**
 * Where a write goes: a Kysely transaction (the usual case: the caller's command transaction)
 * or the database handle itself. Any table typing is accepted; this module only touches its own tables.
 */
// biome-ignore lint/suspicious/noExplicitAny: callers hold Kysely handles typed with their own tables
export type Executor = Kysely<any>;

/**
 * Event type → payload type: the contract between the domains that append events and the
 * subscribers that read them. Empty here on purpose: each domain adds its own events in its
 * `*.events.ts` (`declare module '…/platform/jobs/index.js' { interface DomainEventMap { … } }`),
 * so the map is the union of those declarations and the platform imports no domain.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by each domain through declaration merging
export interface DomainEventMap {}

/** Any map of event types to payloads; `Jobs` is checked against one (the app's: `DomainEventMap`). */
export type EventMap = object;

/** The event types a map knows. */
export type EventTypeOf<M extends EventMap> = keyof M & string;

/** Every event type a domain declares. */
export type EventType = EventTypeOf<DomainEventMap>;

/** A fact that happened in a domain, as stored in the outbox and delivered to subscribers. */
export interface StoredEvent<T extends string = string, P = unknown> {
  id: string;
  /** Dotted name, e.g. `order.paid`. */
  type: T;
  accountId: string;
  channelId: string | null;
  /** ISO-8601 UTC. */
  occurredAt: string;
  payload: P;
}

/** One of the events `T` of map `M`, as a union discriminated by `type` (narrowing the payload). */
export type EventOf<M extends EventMap, T extends EventTypeOf<M> = EventTypeOf<M>> = {
  [K in T]: StoredEvent<K, M[K]>;
}[T];

/** A stored domain event of the app's map; `DomainEvent<'order.paid'>` has an `OrderEvent` payload. */
export type DomainEvent<T extends EventType = EventType> = EventOf<DomainEventMap, T>;

/** What a command appends; `occurredAt` defaults to the clock's now. */
export interface AppendedEvent<T extends string = string, P = unknown> {
  type: T;
  accountId: string;
  channelId?: string | null;
  payload: P;
  occurredAt?: Date | string;
}

/** A new event of map `M`: its payload must match its type. */
export type NewEventOf<M extends EventMap, T extends EventTypeOf<M> = EventTypeOf<M>> = {
  [K in T]: AppendedEvent<K, M[K]>;
}[T];

/** A new event of the app's map. */
export type NewEvent<T extends EventType = EventType> = NewEventOf<DomainEventMap, T>;

/** Given to every handler and subscriber. */
export interface JobContext {
  jobId: string;
  /** 1 on the first run. */
  attempt: number;
  maxAttempts: number;
  /** A child logger bound to the job id and kind. */
  logger: Logger;
}

/**
 * Reacts to domain events of the types it lists (`'*'`: every type). Delivery is at least
 * once: `handle` must be idempotent (unique keys, upserts). Throwing retries the delivery like
 * any job. `handle` is given only events of its types, their payloads typed by the map.
 */
export interface SubscriberOf<M extends EventMap, T extends EventTypeOf<M> = EventTypeOf<M>> {
  /** Unique and stable: it is stored with every delivery. */
  name: string;
  eventTypes: readonly T[] | '*';
  handle(event: EventOf<M, T>, ctx: JobContext): Promise<void>;
  /**
   * When given, the runner hands over up to HANDLE_MANY_EVENTS consecutive events of a batch at
   * once instead of calling `handle` for each, so a subscriber can apply them in one transaction
   * (one commit, not one per event). A failure retries the whole group; idempotent like `handle`.
   */
  handleMany?(events: readonly EventOf<M, T>[], ctx: JobContext): Promise<void>;
  /**
   * Runs once every event of a batch (what one transaction appended for one account) has been
   * handled, so work that is cheaper per batch than per event (enqueueing one job for the whole
   * batch) happens once. Retried like `handle` until it succeeds; must be idempotent too.
   */
  afterBatch?(batch: BatchRef, ctx: JobContext): Promise<void>;
}

/** A batch of events: the id of its first event (`events.batch_id`) and its account. */
export interface BatchRef {
  id: string;
  accountId: string;
}

/** A subscriber to the app's events. */
export type Subscriber<T extends EventType = EventType> = SubscriberOf<DomainEventMap, T>;

/** A claimed job as its handler sees it. */
export interface Job<P = unknown> {
  id: string;
  kind: string;
  payload: P;
  accountId: string | null;
  dedupeKey: string | null;
  /** ISO-8601 UTC: when it became due. */
  runAt: string;
}

export type JobHandler<P = unknown> = (job: Job<P>, ctx: JobContext) => Promise<void>;

export interface NewJob<P = unknown> {
  kind: string;
  payload: P;
  /** Defaults to now. */
  runAt?: Date | string;
  /** At most one job ever carries a given key (until it is cancelled). */
  dedupeKey?: string;
  accountId?: string | null;
  /** Defaults to `config.maxAttempts`. */
  maxAttempts?: number;
  /**
   * Stores the job straight as a dead letter with this error, to be replayed on its own: the
   * part of a batch that failed for good, split out so the rest of the batch goes on.
   */
  deadWith?: string;
}

export interface EnqueueResult {
  id: string;
  /** False when a job with the same dedupe key already existed (then `id` is that job's). */
  created: boolean;
}

export const JOB_STATES = ['pending', 'running', 'done', 'dead', 'cancelled'] as const;
export type JobState = (typeof JOB_STATES)[number];

/** A job row as operations (admin, CLI) see it. */
export interface JobRecord {
  id: string;
  kind: string;
  payload: unknown;
  accountId: string | null;
  eventId: string | null;
  subscriber: string | null;
  dedupeKey: string | null;
  state: JobState;
  runAt: string;
  attempts: number;
  maxAttempts: number;
  leaseUntil: string | null;
  lockedBy: string | null;
  lastError: string | null;
  createdAt: string;
  updatedAt: string;
  finishedAt: string | null;
}

export interface JobQuery {
  /** When given, only this account's jobs exist for the query. */
  accountId?: string;
  state?: JobState;
  kind?: string;
  limit: number;
  /** The `nextCursor` of the previous page. */
  cursor?: string;
}

export interface EventQuery {
  accountId?: string;
  type?: string;
  limit: number;
  cursor?: string;
}

export type { Page } from '../pages.js';

/** A recurring job: `cron` (5 or 6 fields) evaluated in the IANA `timeZone`. */
export interface ScheduleDefinition<P = unknown> {
  name: string;
  cron: string;
  timeZone: string;
  kind: string;
  payload: P;
}

export interface ScheduleRecord extends ScheduleDefinition {
  nextRunAt: string;
  lastRunAt: string | null;
}

/** What one `runDueJobs()` did. */
export interface RunSummary {
  processed: number;
  succeeded: number;
  retried: number;
  dead: number;
}

export interface Worker {
  readonly workerId: string;
  /** Stops claiming, then waits for the jobs in flight to finish. */
  stop(): Promise<void>;
}

/**
 * Kysely row shapes of the tables this module owns (migration 0002_jobs).
 * Timestamps are ISO-8601 UTC strings on both engines; JSON columns are text.
 */

/** One appended domain event; the append-only log behind the outbox (replay, audit). */
export interface EventsTable {
  id: string;
  type: string;
  account_id: string;
  channel_id: string | null;
  occurred_at: string;
  recorded_at: string;
  /** JSON text. */
  payload: string;
  /** When the relay gave the event its deliveries; null while it waits for the relay. */
  relayed_at: string | null;
  /**
   * The id of the first event its transaction appended: the events of one batch are delivered
   * to each subscriber by one job. Null on events stored before batching (each its own batch).
   */
  batch_id: string | null;
}

export interface JobsTable {
  id: string;
  kind: string;
  /** JSON text. */
  payload: string;
  account_id: string | null;
  /** Set on event deliveries: the batch being delivered (the id of its first event)… */
  event_id: string | null;
  /** …and the subscriber it is delivered to; (event_id, subscriber) is unique. */
  subscriber: string | null;
  dedupe_key: string | null;
  state: string;
  run_at: string;
  attempts: number;
  max_attempts: number;
  lease_until: string | null;
  locked_by: string | null;
  last_error: string | null;
  created_at: string;
  updated_at: string;
  finished_at: string | null;
  /** On deliveries: the last event of the batch the subscriber applied; a retry resumes after it. */
  progress: string | null;
}

export interface SchedulesTable {
  name: string;
  cron: string;
  time_zone: string;
  kind: string;
  /** JSON text. */
  payload: string;
  next_run_at: string;
  last_run_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface JobsTables {
  events: EventsTable;
  jobs: JobsTable;
  schedules: SchedulesTable;
}

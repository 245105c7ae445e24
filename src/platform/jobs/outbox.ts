import type { Kysely, Selectable } from 'kysely';
import type { DialectKind } from '../db/database.js';
import { insertRows } from '../db/row-inserts.js';
import { deferRows, deferredRowsOf } from '../db/write-batches.js';
import { newId } from '../ids.js';
import { pendingJobRow, tables } from './job-queue.js';
import type { EventsTable, JobsTable, JobsTables } from './jobs.tables.js';
import type { AppendedEvent, EventQuery, Executor, Page, StoredEvent } from './jobs.types.js';
import { DELIVERY_PREFIX, type Registry } from './registry.js';

const EVENT_COLUMNS: readonly (keyof EventsTable & string)[] = [
  'id',
  'type',
  'account_id',
  'channel_id',
  'occurred_at',
  'recorded_at',
  'payload',
  'relayed_at',
];
const JOB_COLUMNS: readonly (keyof JobsTable & string)[] = [
  'id',
  'kind',
  'payload',
  'account_id',
  'event_id',
  'subscriber',
  'dedupe_key',
  'state',
  'run_at',
  'attempts',
  'max_attempts',
  'lease_until',
  'locked_by',
  'last_error',
  'created_at',
  'updated_at',
  'finished_at',
];

/**
 * Writes `events` to the log through `executor`: run it inside the command's transaction and a
 * rollback leaves no event. Deliveries to subscribers come later, from `relayEvents`.
 */
export async function appendEvents(
  executor: Executor,
  events: readonly AppendedEvent[],
  context: { now: Date },
): Promise<StoredEvent[]> {
  if (events.length === 0) return [];
  const recordedAt = context.now.toISOString();
  const appended: StoredEvent[] = events.map((event) => {
    if (!event.type) throw new Error('an event needs a type');
    if (!event.accountId) throw new Error(`event ${event.type} needs an accountId`);
    return {
      id: newId('evt'),
      type: event.type,
      accountId: event.accountId,
      channelId: event.channelId ?? null,
      occurredAt: new Date(event.occurredAt ?? context.now).toISOString(),
      payload: event.payload,
    };
  });
  // Events of one change often share a payload (an order placed and paid): serialise it once.
  const payloads = new Map<unknown, string>();
  const serialised = (payload: unknown) => {
    let text = payloads.get(payload);
    if (text === undefined) {
      text = JSON.stringify(payload ?? null);
      payloads.set(payload, text);
    }
    return text;
  };
  const eventRows: EventsTable[] = appended.map((event) => ({
    id: event.id,
    type: event.type,
    account_id: event.accountId,
    channel_id: event.channelId,
    occurred_at: event.occurredAt,
    recorded_at: recordedAt,
    payload: serialised(event.payload),
    relayed_at: null,
  }));
  // In a batched write, the rows join the batch's and go in just before its commit.
  const deferred = deferredRowsOf(executor);
  if (deferred) deferRows(deferred, 'events', EVENT_COLUMNS, eventRows);
  else await insertRows(tables(executor), 'events', EVENT_COLUMNS, eventRows);
  return appended;
}

/** Events one relay transaction takes: its lock stays short and its statements few. */
const RELAY_BATCH = 200;

export interface RelayContext {
  registry: Registry;
  dialect: DialectKind;
  now: Date;
  maxAttempts: number;
}

/**
 * The outbox relay: gives every event not yet relayed one pending delivery job per subscriber
 * listening to its type, and marks it relayed, in one transaction per batch, until none is
 * left. Returns how many events it relayed. Workers may run it at once: PostgreSQL hands each
 * its own events (SKIP LOCKED), and the unique (event, subscriber) index makes a delivery
 * created twice a no-op.
 */
export async function relayEvents(db: Kysely<JobsTables>, context: RelayContext): Promise<number> {
  const now = context.now.toISOString();
  let relayed = 0;
  for (;;) {
    // Let requests in between batches (see yieldToEventLoop in worker.ts).
    if (relayed > 0) await new Promise((resolve) => setImmediate(resolve));
    const count = await db.transaction().execute(async (trx) => {
      let waiting = trx
        .selectFrom('events')
        .select(['id', 'type', 'account_id'])
        .where('relayed_at', 'is', null)
        .orderBy('id')
        .limit(RELAY_BATCH);
      if (context.dialect === 'postgres') waiting = waiting.forUpdate().skipLocked();
      const events = await waiting.execute();
      if (events.length === 0) return 0;
      const deliveries: JobsTable[] = events.flatMap((event) =>
        context.registry.subscribersOf(event.type).map((subscriber) =>
          pendingJobRow(
            {
              kind: `${DELIVERY_PREFIX}${subscriber.name}`,
              payload: JSON.stringify({ eventType: event.type }),
              account_id: event.account_id,
              event_id: event.id,
              subscriber: subscriber.name,
              dedupe_key: null,
              run_at: now,
              max_attempts: context.maxAttempts,
            },
            now,
          ),
        ),
      );
      await insertRows(trx, 'jobs', JOB_COLUMNS, deliveries, {
        onConflictDoNothing: ['event_id', 'subscriber'],
      });
      await trx
        .updateTable('events')
        .set({ relayed_at: now })
        .where(
          'id',
          'in',
          events.map((event) => event.id),
        )
        .execute();
      return events.length;
    });
    relayed += count;
    if (count < RELAY_BATCH) return relayed;
  }
}

export function toStoredEvent(row: Selectable<EventsTable>): StoredEvent {
  return {
    id: row.id,
    type: row.type,
    accountId: row.account_id,
    channelId: row.channel_id,
    occurredAt: row.occurred_at,
    payload: JSON.parse(row.payload) as unknown,
  };
}

export async function getEvent(
  db: Kysely<JobsTables>,
  id: string,
  accountId?: string,
): Promise<StoredEvent | undefined> {
  let query = db.selectFrom('events').selectAll().where('id', '=', id);
  if (accountId !== undefined) query = query.where('account_id', '=', accountId);
  const row = await query.executeTakeFirst();
  return row && toStoredEvent(row);
}

/** Events newest first, for audit and replay tooling. */
export async function listEvents(db: Kysely<JobsTables>, query: EventQuery): Promise<Page<StoredEvent>> {
  let select = db.selectFrom('events').selectAll();
  if (query.accountId !== undefined) select = select.where('account_id', '=', query.accountId);
  if (query.type !== undefined) select = select.where('type', '=', query.type);
  if (query.cursor !== undefined) select = select.where('id', '<', query.cursor);
  const rows = await select
    .orderBy('id', 'desc')
    .limit(query.limit + 1)
    .execute();
  const items = rows.slice(0, query.limit).map(toStoredEvent);
  return rows.length > query.limit ? { items, nextCursor: items[items.length - 1]!.id } : { items };
}

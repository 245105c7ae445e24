import type { ExpressionBuilder, Kysely, Selectable } from 'kysely';
import type { DialectKind } from '../db/database.js';
import { insertRows } from '../db/row-inserts.js';
import { lockingRows } from '../db/row-locks.js';
import { deferRows, deferredRowsOf } from '../db/write-batches.js';
import { newId } from '../ids.js';
import { keysetPage } from '../pages.js';
import { yieldToEventLoop } from './event-loop.js';
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
  'batch_id',
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
  'progress',
];

/**
 * The batches of each open transaction, by account: the id of the first event it appended for
 * that account (a delivery job belongs to one account). Keyed weakly, so a finished
 * transaction's entry goes with it.
 */
const batchesOfTransaction = new WeakMap<object, Map<string, string>>();

let lastEventId = '';

/**
 * Event ids increase within this process even inside one millisecond (the random tails of two
 * ids of one millisecond would order them by chance): a batch is delivered in id order, which
 * must be the order its events were appended in.
 */
function nextEventId(): string {
  let id = newId('evt');
  if (id <= lastEventId) id = successor(lastEventId);
  lastEventId = id;
  return id;
}

const BASE32 = '0123456789abcdefghjkmnpqrstvwxyz';

/** The next id in Crockford base32 order (the last digit carried like any number's). */
function successor(id: string): string {
  const digits = id.split('');
  for (let i = digits.length - 1; i >= 0; i--) {
    const at = BASE32.indexOf(digits[i]!);
    if (at < 0) break; // the prefix: never reached (80 random bits to carry through)
    if (at < BASE32.length - 1) {
      digits[i] = BASE32[at + 1]!;
      return digits.join('');
    }
    digits[i] = BASE32[0]!;
  }
  return `${id}0`;
}

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
      id: nextEventId(),
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
  // A transaction's events of one account are one batch; on the bare handle, each call is.
  let batches = batchesOfTransaction.get(executor);
  if (!batches) {
    batches = new Map();
    if (executor.isTransaction) batchesOfTransaction.set(executor, batches);
  }
  for (const event of appended) if (!batches.has(event.accountId)) batches.set(event.accountId, event.id);
  const eventRows: EventsTable[] = appended.map((event) => ({
    id: event.id,
    type: event.type,
    account_id: event.accountId,
    channel_id: event.channelId,
    occurred_at: event.occurredAt,
    recorded_at: recordedAt,
    payload: serialised(event.payload),
    relayed_at: null,
    batch_id: batches.get(event.accountId)!,
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
 * The outbox relay: gives every batch of events not yet relayed (the events one transaction
 * appended) one pending delivery job per subscriber listening to any of its types, and marks
 * the events relayed, in one transaction per round, until none is left. Returns how many events
 * it relayed. The job names the batch (its `event_id` is the batch id) and reads the batch's
 * events when it runs: a batch commits as a whole, so a relay that saw part of it still gives
 * the job all of it, and the unique (event, subscriber) index makes a delivery created twice
 * (by a later round or another worker seeing the rest) a no-op. Workers may relay at once:
 * PostgreSQL hands each its own events (SKIP LOCKED).
 */
export async function relayEvents(db: Kysely<JobsTables>, context: RelayContext): Promise<number> {
  const now = context.now.toISOString();
  let relayed = 0;
  for (;;) {
    // Let requests in between batches (see event-loop.ts).
    if (relayed > 0) await yieldToEventLoop();
    const count = await db.transaction().execute(async (trx) => {
      const waiting = trx
        .selectFrom('events')
        .select(['id', 'type', 'account_id', 'batch_id'])
        .where('relayed_at', 'is', null)
        .orderBy('id')
        .limit(RELAY_BATCH);
      const events = await lockingRows(waiting, context.dialect, { skipLocked: true }).execute();
      if (events.length === 0) return 0;
      // A full round may have cut a batch (its other events come next round): nothing merges then.
      const { batches, moved } = batchesOf(events, events.length < RELAY_BATCH);
      const deliveries: JobsTable[] = batches.flatMap((batch) =>
        subscribersOfBatch(context.registry, batch.types).map((subscriber) =>
          pendingJobRow(
            {
              kind: `${DELIVERY_PREFIX}${subscriber}`,
              payload: JSON.stringify({ eventTypes: [...batch.types] }),
              account_id: batch.accountId,
              event_id: batch.id,
              subscriber,
              dedupe_key: null,
              run_at: now,
              max_attempts: context.maxAttempts,
            },
            now,
          ),
        ),
      );
      await insertRows<JobsTables, 'jobs'>(trx, 'jobs', JOB_COLUMNS, deliveries, {
        onConflictDoNothing: ['event_id', 'subscriber'],
      });
      for (const [batchId, ids] of moved)
        await trx.updateTable('events').set({ batch_id: batchId }).where('id', 'in', ids).execute();
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

interface RelayedBatch {
  id: string;
  accountId: string;
  types: Set<string>;
}

type RelayedEvent = { id: string; type: string; account_id: string; batch_id: string | null };

/**
 * The relayed events by batch, in the order of each batch's first event. With `merge`, the
 * batches of one account that begin in this round become one: a burst of webhooks on PostgreSQL
 * (a transaction, and so a batch, per delivery) is delivered as one job per subscriber, not one
 * per order. Their events are `moved` to the first one's batch id, which sorts before them all
 * and has no job yet. `merge` only when the round holds whole batches: it took every event
 * waiting (a relay beside it on PostgreSQL holds only batches' lower events, never one's first
 * event and a later one of ours); a batch that began in an earlier round keeps its id and job.
 */
function batchesOf(
  events: readonly RelayedEvent[],
  merge: boolean,
): {
  batches: RelayedBatch[];
  moved: Map<string, string[]>;
} {
  const batches = new Map<string, RelayedBatch>();
  const firstNew = new Map<string, string>();
  const moved = new Map<string, string[]>();
  // The batches whose first event is in this round (an event stored before batching is one).
  const begins = new Set(
    merge ? events.filter((event) => (event.batch_id ?? event.id) === event.id).map((e) => e.id) : [],
  );
  for (const event of events) {
    let id = event.batch_id ?? event.id;
    if (begins.has(id)) {
      const first = firstNew.get(event.account_id);
      if (first === undefined) firstNew.set(event.account_id, id);
      else if (first !== id) {
        const ids = moved.get(first);
        if (ids) ids.push(event.id);
        else moved.set(first, [event.id]);
        id = first;
      }
    }
    const batch = batches.get(id);
    if (batch) batch.types.add(event.type);
    else batches.set(id, { id, accountId: event.account_id, types: new Set([event.type]) });
  }
  return { batches: [...batches.values()], moved };
}

/** The names of the subscribers listening to any of `types`. */
function subscribersOfBatch(registry: Registry, types: ReadonlySet<string>): string[] {
  const names = new Set<string>();
  for (const type of types) for (const subscriber of registry.subscribersOf(type)) names.add(subscriber.name);
  return [...names];
}

/** Where an event belongs to batch `batchId`: an event stored before batching is its own batch. */
const inBatch = (batchId: string) => (eb: ExpressionBuilder<JobsTables, 'events'>) =>
  eb.or([eb('batch_id', '=', batchId), eb.and([eb('id', '=', batchId), eb('batch_id', 'is', null)])]);

/**
 * The events of batch `batchId` after `after` (the subscriber's progress), in order; only those
 * of `types` when given (a subscriber's payloads the SQL leaves out are never read or parsed).
 */
export async function eventsOfBatch(
  db: Kysely<JobsTables>,
  batchId: string,
  after: string | null,
  types: readonly string[] | '*' = '*',
): Promise<StoredEvent[]> {
  if (types !== '*' && types.length === 0) return [];
  let query = db.selectFrom('events').selectAll().where(inBatch(batchId));
  if (after !== null) query = query.where('id', '>', after);
  if (types !== '*') query = query.where('type', 'in', types);
  const rows = await query.orderBy('id').execute();
  return rows.map(toStoredEvent);
}

/** Whether any event of batch `batchId` is still stored (retention deletes delivered ones). */
export async function batchExists(db: Kysely<JobsTables>, batchId: string): Promise<boolean> {
  const row = await db.selectFrom('events').select('id').where(inBatch(batchId)).limit(1).executeTakeFirst();
  return row !== undefined;
}

/** The channels and event types of batch `batchId` in the account, each pair once, without payloads. */
export async function kindsOfBatch(
  db: Kysely<JobsTables>,
  batchId: string,
  accountId: string,
): Promise<Array<{ channelId: string | null; type: string }>> {
  // The account is checked here, not in SQL: with it there, SQLite walks the account's index
  // (every event of the account) instead of the batch's.
  const rows = await db
    .selectFrom('events')
    .select(['account_id', 'channel_id', 'type'])
    .distinct()
    .where(inBatch(batchId))
    .execute();
  return rows
    .filter((row) => row.account_id === accountId)
    .map((row) => ({ channelId: row.channel_id, type: row.type }));
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
  return keysetPage(rows, query.limit, toStoredEvent, (event) => event.id);
}

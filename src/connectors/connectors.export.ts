import type { Kysely } from 'kysely';
import type { OrderSnapshot } from '../commerce/index.js';
import { MAX_TAGS, parseTagList, tagProblem } from '../contacts/index.js';
import type { Clock } from '../platform/clock.js';
import { AppError } from '../platform/errors.js';
import { newId } from '../platform/ids.js';
import type { Jobs } from '../platform/jobs/index.js';
import type { Connection, ConnectionsStore } from './connections.store.js';
import type { ConnectorDescriptor, ExportExtras, ProfileUpdate } from './connector.js';
import { ConnectorFailure, toJobError } from './connector-failure.js';
import type { ConnectorRegistry } from './connector-registry.js';
import type { ConnectorsTables } from './connectors.tables.js';
import {
  type MirrorFilter,
  mirrorCount,
  mirroredProfiles,
  mirrorPage,
  paidOrderPage,
} from './profile-mirror.js';
import { purchaseDestination, purchaseEvent, sendPurchaseOnce } from './purchase-ledger.js';

export const EXPORT_JOB = 'connectors.export';

/**
 * What one export sends (seed 001, "Eksport danych"): contacts in one consent state or all,
 * contacts Trustloop first knew within `from`..`to` (inclusive; a date alone covers its whole
 * day, UTC), extra tags on them, and with `transactions` the channel's past paid orders (paid
 * within the same range, of buyers in the chosen consent state) as purchases.
 */
export interface ExportChoices {
  consent: 'all' | 'subscribed' | 'unsubscribed';
  from: string | null;
  to: string | null;
  tags: string[];
  transactions: boolean;
}

/** The body of `POST …/exports` as the schema lets it through. */
export interface ExportChoicesInput {
  consent?: string;
  from?: string;
  to?: string;
  tags?: unknown;
  transactions?: boolean;
}

const CONSENTS = ['all', 'subscribed', 'unsubscribed'] as const;

export const DEFAULT_CHOICES: ExportChoices = {
  consent: 'all',
  from: null,
  to: null,
  tags: [],
  transactions: false,
};

export interface ExportRun {
  id: string;
  connectionId: string;
  status: 'running' | 'complete' | 'failed';
  /** Contacts the run selected when it started. */
  total: number;
  submitted: number;
  completed: number;
  failed: number;
  lastError: string | null;
  startedAt: string;
  finishedAt: string | null;
  choices: ExportChoices;
  /** `contacts`, then `transactions` when they were chosen. */
  phase: 'contacts' | 'transactions';
  purchases: { sent: number; skipped: number };
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_HELP = 'must be a date such as 2026-11-23 or a date-time such as 2026-11-23T10:00:00Z';

function instant(field: 'from' | 'to', text: string): Date {
  const at = new Date(text);
  // `new Date` rolls 2026-02-30 over to March: only a date that reads back the same is one.
  if (Number.isNaN(at.getTime()) || (DATE_ONLY.test(text) && at.toISOString().slice(0, 10) !== text))
    throw AppError.invalid(field, `${DATE_HELP}; "${text}" is not one`);
  return at;
}

function tagsOf(input: unknown): string[] {
  if (!Array.isArray(input) && typeof input !== 'string')
    throw AppError.invalid('tags', 'must be a comma-separated text without spaces or a list of tags');
  if (typeof input === 'string') {
    const parsed = parseTagList(input);
    if (!parsed.ok) throw AppError.invalid('tags', parsed.message);
    return parsed.tags;
  }
  const unique = [...new Set(input as unknown[])] as string[];
  if (unique.length > MAX_TAGS)
    throw AppError.invalid('tags', `${unique.length} tags given; at most ${MAX_TAGS} are allowed`);
  for (const [index, tag] of input.entries()) {
    if (typeof tag !== 'string') throw AppError.invalid(`tags[${index}]`, 'must be a text');
    const problem = tagProblem(tag);
    if (problem) throw AppError.invalid(`tags[${index}]`, problem);
  }
  return unique;
}

/**
 * Checks the choices against each other and against what the platform can do: a 400 names
 * the field ("Klaviyo does not take past transactions in its export").
 */
export function checkExportChoices(
  descriptor: ConnectorDescriptor,
  input: ExportChoicesInput | undefined,
): ExportChoices {
  const consent = input?.consent ?? 'all';
  if (!(CONSENTS as readonly string[]).includes(consent))
    throw AppError.invalid(
      'consent',
      `must be all, subscribed (opt-in) or unsubscribed (opt-out); "${consent}" is none of them`,
    );
  const choices: ExportChoices = {
    consent: consent as ExportChoices['consent'],
    from: input?.from ?? null,
    to: input?.to ?? null,
    tags: input?.tags === undefined ? [] : tagsOf(input.tags),
    transactions: input?.transactions ?? false,
  };
  const from = choices.from === null ? null : instant('from', choices.from);
  const to = choices.to === null ? null : instant('to', choices.to);
  if (from && to && to.getTime() < from.getTime())
    throw AppError.invalid('to', `must not be before from (${choices.from})`);
  const can = descriptor.capabilities.exportChoices;
  if (choices.tags.length > 0 && !can?.tags)
    throw AppError.invalid('tags', `${descriptor.displayName} does not take extra tags in its export`);
  if (choices.transactions && !can?.transactions)
    throw AppError.invalid(
      'transactions',
      `${descriptor.displayName} does not take past transactions in its export`,
    );
  return choices;
}

/** The choices as the mirror queries take them: `[fromAt, toBefore)` in ISO instants. */
export function filterOf(choices: ExportChoices): MirrorFilter {
  let toBefore: string | null = null;
  if (choices.to !== null) {
    const to = new Date(choices.to);
    // Inclusive: a date covers its whole day, a date-time its own millisecond.
    toBefore = new Date(to.getTime() + (DATE_ONLY.test(choices.to) ? 86_400_000 : 1)).toISOString();
  }
  return {
    consent: choices.consent,
    fromAt: choices.from === null ? null : new Date(choices.from).toISOString(),
    toBefore,
  };
}

function choicesOf(text: string): ExportChoices {
  return { ...DEFAULT_CHOICES, ...(JSON.parse(text) as Partial<ExportChoices>) };
}

export async function exportRun(db: Kysely<ConnectorsTables>, id: string): Promise<ExportRun | undefined> {
  const row = await db.selectFrom('connector_exports').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id,
    connectionId: row.connection_id,
    status: row.status as ExportRun['status'],
    total: row.total,
    submitted: row.submitted,
    completed: row.completed,
    failed: row.failed,
    lastError: row.last_error,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    choices: choicesOf(row.choices),
    phase: row.phase === 'transactions' ? 'transactions' : 'contacts',
    purchases: { sent: row.purchases_sent, skipped: row.purchases_skipped },
  };
}

/** Records a run with its choices and enqueues its job; the job streams the mirror in pages. */
export async function startExportRun(
  deps: { db: Kysely<ConnectorsTables>; jobs: Jobs; clock: Clock },
  connection: Connection,
  choices: ExportChoices = DEFAULT_CHOICES,
): Promise<ExportRun> {
  const id = newId('exp');
  const total = await mirrorCount(deps.db, connection.channelId, filterOf(choices));
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('connector_exports')
      .values({
        id,
        connection_id: connection.id,
        account_id: connection.accountId,
        status: 'running',
        cursor: null,
        total,
        submitted: 0,
        completed: 0,
        failed: 0,
        last_error: null,
        started_at: deps.clock.now().toISOString(),
        finished_at: null,
        choices: JSON.stringify(choices),
        phase: 'contacts',
        order_cursor: null,
        purchases_sent: 0,
        purchases_skipped: 0,
      })
      .execute();
    await deps.jobs.enqueue(trx, {
      kind: EXPORT_JOB,
      accountId: connection.accountId,
      dedupeKey: `export:${id}`,
      payload: { exportId: id, connectionId: connection.id },
    });
  });
  return (await exportRun(deps.db, id))!;
}

function buyerOf(order: OrderSnapshot): ProfileUpdate {
  return {
    email: order.customer.email!.toLowerCase(),
    firstName: order.customer.firstName,
    lastName: order.customer.lastName,
    phone: order.customer.phone,
    properties: {},
  };
}

/**
 * The export job: one page at a time (the connector's batch size), progress and cursor saved
 * after each, so a retried or crashed run resumes where it stopped with the run's stored
 * choices; profile imports are upserts, so a page sent twice changes nothing. With
 * transactions, the paid orders follow the contacts: each page's buyers are upserted first
 * (SALESmanago adds events only to contacts it has), then each order goes through the
 * purchase ledger, so none is sent twice.
 */
export function registerExport(deps: {
  db: Kysely<ConnectorsTables>;
  jobs: Jobs;
  clock: Clock;
  registry: ConnectorRegistry;
  store: ConnectionsStore;
}): void {
  const { db, clock, registry, store } = deps;
  deps.jobs.registerHandler<{ exportId: string; connectionId: string }>(EXPORT_JOB, async (job) => {
    const run = await db
      .selectFrom('connector_exports')
      .selectAll()
      .where('id', '=', job.payload.exportId)
      .executeTakeFirst();
    if (run?.status !== 'running') return;
    const finish = async (status: 'complete' | 'failed', error: string | null): Promise<void> => {
      await db
        .updateTable('connector_exports')
        .set({ status, last_error: error, finished_at: clock.now().toISOString() })
        .where('id', '=', run.id)
        .execute();
    };
    const found = await store.target(run.connection_id);
    if (!found) return finish('failed', 'the connection was removed');
    const connector = registry.get(found.connection.connectorId);
    const bulk = connector.descriptor.capabilities.bulkExport;
    if (!bulk) return finish('failed', `${connector.descriptor.displayName} has no bulk export`);
    const choices = choicesOf(run.choices);
    const filter = filterOf(choices);
    const extras: ExportExtras = { tags: choices.tags };
    const { target } = found;

    /** Runs a platform call; a failure is recorded on the run and the connection, then retried or final. */
    async function guarded<T>(call: () => Promise<T>): Promise<T> {
      try {
        return await call();
      } catch (error) {
        if (!(error instanceof ConnectorFailure)) throw error;
        await db
          .updateTable('connector_exports')
          .set({ last_error: error.message })
          .where('id', '=', run!.id)
          .execute();
        await store.recordFailure(
          run!.connection_id,
          error.message,
          error.kind === 'auth_invalid' ? 'auth_invalid' : 'error',
        );
        if (error.kind === 'auth_invalid' || error.kind === 'permanent')
          await finish('failed', error.message);
        throw toJobError(error);
      }
    }

    if (run.phase !== 'transactions') {
      let cursor = run.cursor;
      for (;;) {
        const page = await mirrorPage(db, target.channelId, cursor, bulk.batchSize, filter);
        if (page.length === 0) break;
        const progress = await guarded(() => connector.bulkExport(target, page, extras));
        cursor = page[page.length - 1]!.email;
        await db
          .updateTable('connector_exports')
          .set((eb) => ({
            cursor,
            submitted: eb('submitted', '+', progress.submitted),
            completed: eb('completed', '+', progress.completed),
            failed: eb('failed', '+', progress.failed),
          }))
          .where('id', '=', run.id)
          .execute();
        await store.recordSuccess(run.connection_id);
      }
      if (!choices.transactions) return finish('complete', null);
      await db
        .updateTable('connector_exports')
        .set({ phase: 'transactions' })
        .where('id', '=', run.id)
        .execute();
    }

    let orderCursor = run.order_cursor;
    for (;;) {
      const orders = await paidOrderPage(db, target.channelId, orderCursor, bulk.batchSize, filter);
      if (orders.length === 0) return finish('complete', null);
      const ledger = await db
        .selectFrom('connector_purchases')
        .select(['order_id', 'claimed_by'])
        .where('destination', '=', purchaseDestination(connector, target))
        .where(
          'order_id',
          'in',
          orders.map((order) => order.orderId),
        )
        .execute();
      const sentBefore = new Set(ledger.map((row) => row.order_id));
      // Sent by this very run before a retry: already counted.
      const sentByThisRun = new Set(
        ledger.filter((row) => row.claimed_by === `export:${run.id}`).map((row) => row.order_id),
      );
      const toSend = orders.filter((order) => !sentBefore.has(order.orderId));
      if (toSend.length > 0) {
        const emails = [...new Set(toSend.map((order) => order.customer.email!.toLowerCase()))];
        const mirrored = await mirroredProfiles(db, target.channelId, emails);
        const buyers = emails.map(
          (email) =>
            mirrored.get(email) ?? buyerOf(toSend.find((o) => o.customer.email!.toLowerCase() === email)!),
        );
        await guarded(() => connector.bulkExport(target, buyers, extras));
      }
      for (const order of orders) {
        if (sentByThisRun.has(order.orderId)) continue;
        const outcome = sentBefore.has(order.orderId)
          ? 'already_sent'
          : await guarded(() =>
              sendPurchaseOnce(
                db,
                clock,
                {
                  destination: purchaseDestination(connector, target),
                  orderId: order.orderId,
                  by: `export:${run.id}`,
                },
                () => connector.pushEvent(target, purchaseEvent(order, target.accountId, target.channelId)),
              ),
            );
        await db
          .updateTable('connector_exports')
          .set((eb) =>
            outcome === 'sent'
              ? { purchases_sent: eb('purchases_sent', '+', 1) }
              : { purchases_skipped: eb('purchases_skipped', '+', 1) },
          )
          .where('id', '=', run.id)
          .execute();
      }
      orderCursor = orders[orders.length - 1]!.orderId;
      await db
        .updateTable('connector_exports')
        .set({ order_cursor: orderCursor })
        .where('id', '=', run.id)
        .execute();
      await store.recordSuccess(run.connection_id);
    }
  });
}

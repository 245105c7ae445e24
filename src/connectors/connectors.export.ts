import type { ExpressionBuilder, Kysely } from 'kysely';
import type { OrderSnapshot } from '../commerce/index.js';
import type { ContactsService } from '../contacts/index.js';
import type { Clock } from '../platform/clock.js';
import { newId } from '../platform/ids.js';
import { type Jobs, RetryableError } from '../platform/jobs/index.js';
import type { ConnectionsStore } from './connections.store.js';
import type { ConnectorCapabilities, ExportExtras, ExportProgress, ProfileUpdate } from './connector.js';
import { ConnectorFailure, toJobError } from './connector-failure.js';
import type { ConnectorRegistry } from './connector-registry.js';
import type { ConnectorExportsTable, ConnectorsTables } from './connectors.tables.js';
import { catchUpOrdersPage, catchUpPage, type ListOrders } from './export-catch-up.js';
import { DEFAULT_CHOICES, type ExportChoices, filterOf } from './export-choices.js';
import { claimRun, EXPORT_JOB } from './export-runs.js';
import { mirrorCount, mirroredProfiles, mirrorPage, paidOrderPage } from './profile-mirror.js';
import { purchaseDestination, purchaseEvent, sendPurchaseOnce } from './purchase-ledger.js';

function buyerOf(order: OrderSnapshot): ProfileUpdate {
  return {
    email: order.customer.email!.toLowerCase(),
    firstName: order.customer.firstName,
    lastName: order.customer.lastName,
    phone: order.customer.phone,
    properties: {},
  };
}

/** How a platform takes a first export, when it takes one. */
type BulkExport = Exclude<ConnectorCapabilities['bulkExport'], false>;

/** Thrown inside a run that another attempt took over: it stops without writing anything more. */
class ClaimLost extends Error {}

function choicesOf(text: string): ExportChoices {
  return { ...DEFAULT_CHOICES, ...(JSON.parse(text) as Partial<ExportChoices>) };
}

/**
 * The export job: first it catches up (see export-catch-up.ts), then sends one page at a time
 * (the connector's batch size), progress and cursor saved after each, so a retried or crashed
 * run resumes where it stopped with the run's stored choices; profile imports are upserts, so
 * a page sent twice changes nothing. With transactions, the paid orders follow the contacts:
 * each page's buyers are upserted first (SALESmanago adds events only to contacts it has),
 * then each order goes through the purchase ledger, so none is sent twice.
 *
 * One attempt at a time holds the run (`claimRun`), and every write is conditioned on still
 * holding it: a worker that lost its job lease (paused, partitioned) stops at its next write
 * instead of sending pages the attempt that took over sends too.
 */
export function registerExport(deps: {
  db: Kysely<ConnectorsTables>;
  jobs: Jobs;
  clock: Clock;
  registry: ConnectorRegistry;
  store: ConnectionsStore;
  contacts: ContactsService;
  /** The commerce domain's orders, which the transactions phase catches up on. */
  listOrders: ListOrders;
  /** How long a claim lasts without a write: the job lease, after which a dead worker's job moves on. */
  claimMs: number;
}): void {
  const { db, clock, registry, store, contacts } = deps;
  deps.jobs.registerHandler<{ exportId: string; connectionId: string }>(EXPORT_JOB, async (job) => {
    const exportId = job.payload.exportId;
    const holder = newId('clm');
    const claim = await claimRun(db, exportId, holder, { now: clock.now(), ms: deps.claimMs });
    if (!claim.claimed) {
      throw new RetryableError(`export ${exportId} is being sent by another worker`, {
        retryAfterMs: claim.waitMs,
      });
    }
    try {
      await runExport(exportId, holder);
    } catch (error) {
      if (!(error instanceof ClaimLost)) throw error;
    }
  });

  /** Writes to the run while holding it, renewing the claim; a lost claim ends the attempt. */
  async function write(id: string, holder: string, set: Parameters<typeof setOf>[0]): Promise<void> {
    const result = await db
      .updateTable('connector_exports')
      .set((eb) => ({
        ...setOf(set)(eb),
        claim_until: new Date(clock.now().getTime() + deps.claimMs).toISOString(),
      }))
      .where('id', '=', id)
      .where('claimed_by', '=', holder)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw new ClaimLost();
  }

  async function runExport(exportId: string, holder: string): Promise<void> {
    const run = await db
      .selectFrom('connector_exports')
      .selectAll()
      .where('id', '=', exportId)
      .executeTakeFirst();
    if (run?.status !== 'running') return;
    const finish = (status: 'complete' | 'failed', error: string | null) =>
      write(run.id, holder, {
        status,
        last_error: error,
        finished_at: clock.now().toISOString(),
        claimed_by: null,
        claim_until: null,
      });
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
        await write(run!.id, holder, { last_error: error.message });
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

    if (run.phase === 'catching_up') {
      let cursor = run.catch_up_cursor;
      let whole = false;
      for (;;) {
        const page = await catchUpPage(db, contacts, {
          accountId: run.account_id,
          channelId: target.channelId,
          cursor,
          whole,
        });
        cursor = page.cursor;
        whole = page.lacking * 2 > page.read;
        await write(run.id, holder, { catch_up_cursor: cursor, caught_up: { add: page.read } });
        if (cursor === null) break;
      }
      const total = await mirrorCount(db, target.channelId, filter);
      await write(run.id, holder, { phase: 'contacts', total });
      run.phase = 'contacts';
    }

    if (run.phase !== 'transactions') {
      await sendContacts(run.cursor, bulk);
      if (!choices.transactions) return finish('complete', null);
      await write(run.id, holder, { phase: 'transactions' });
    }

    /**
     * Sends the mirrored profiles page by page, with up to the connector's `inFlight` pages in
     * the platform's hands at once. The cursor and the counters move only over the pages that
     * are done in order, so a crash or a retry sends again at most the pages that were in
     * flight (profile imports are upserts). The first failure ends the attempt and stops the
     * pages still in flight.
     */
    async function sendContacts(from: string | null, bulk: BulkExport) {
      const inFlight = Math.max(1, bulk.inFlight ?? 1);
      const stop = new AbortController();
      const sending: Array<{ last: string; progress: Promise<ExportProgress> }> = [];
      let cursor = from;
      let more = true;
      try {
        for (;;) {
          while (more && sending.length < inFlight) {
            const page = await mirrorPage(db, target.channelId, cursor, bulk.batchSize, filter);
            if (page.length === 0) {
              more = false;
              break;
            }
            cursor = page[page.length - 1]!.email;
            const progress = connector.bulkExport(target, page, { ...extras, signal: stop.signal });
            // Awaited in order below; a page failing before its turn must not go unhandled.
            progress.catch(() => undefined);
            sending.push({ last: cursor, progress });
          }
          const done = sending.shift();
          if (!done) return;
          const progress = await guarded(() => done.progress);
          await write(run!.id, holder, {
            cursor: done.last,
            submitted: { add: progress.submitted },
            completed: { add: progress.completed },
            failed: { add: progress.failed },
          });
          await store.recordSuccess(run!.connection_id);
        }
      } finally {
        // Nothing this attempt started may outlive it: the pages in flight stop at their next wait.
        stop.abort();
        await Promise.allSettled(sending.map((page) => page.progress));
      }
    }

    // Orders imported a moment ago may not be in the orders mirror yet: read them first. Done
    // again on a resumed run until its first page is sent (the inserts change nothing twice).
    if (run.order_cursor === null) {
      let cursor: string | null = null;
      do {
        const page = await catchUpOrdersPage(db, deps.listOrders, {
          accountId: run.account_id,
          channelId: target.channelId,
          cursor,
          now: clock.now().toISOString(),
        });
        cursor = page.cursor;
        await write(run.id, holder, {});
      } while (cursor !== null);
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
        await write(
          run.id,
          holder,
          outcome === 'sent' ? { purchases_sent: { add: 1 } } : { purchases_skipped: { add: 1 } },
        );
      }
      orderCursor = orders[orders.length - 1]!.orderId;
      await write(run.id, holder, { order_cursor: orderCursor });
      await store.recordSuccess(run.connection_id);
    }
  }
}

type Counter = 'submitted' | 'completed' | 'failed' | 'purchases_sent' | 'purchases_skipped' | 'caught_up';

/** A run update: plain values, or `{ add: n }` for the counters (added in the database). */
type RunUpdate = Partial<Omit<ConnectorExportsTable, Counter>> & Partial<Record<Counter, { add: number }>>;

function setOf(update: RunUpdate) {
  return (eb: ExpressionBuilderOf) => {
    const set: Record<string, unknown> = {};
    for (const [column, value] of Object.entries(update)) {
      set[column] =
        value !== null && typeof value === 'object' && 'add' in value
          ? eb(column as Counter, '+', (value as { add: number }).add)
          : value;
    }
    return set as Partial<ConnectorExportsTable>;
  };
}

type ExpressionBuilderOf = ExpressionBuilder<ConnectorsTables, 'connector_exports'>;

/**
 * Recording a batch of imported orders with a few statements instead of about ten per order
 * (S4). One lookup finds the batch's orders by external id, the contacts domain looks their
 * customers up (ContactsService.prepareUpserts), and each order is decided in order with the
 * pure functions recordOrderIn uses (order-changes.ts). The batch decides a new order whose
 * customer is new or unchanged (one multi-row insert), an older picture of a stored order, and
 * a stored order the input leaves as it is (nothing written). It hands back to recordOrderIn
 * (and recordRefundIn) an order with a refund, a change to a stored order, a customer that
 * changes, and an order whose external id an earlier unit of the batch already wrote.
 */
import { PostgresAdapter } from 'kysely';
import type { CustomerInput } from '../contacts/index.js';
import type { Clock } from '../platform/clock.js';
import {
  type BulkBatch,
  type BulkDecision,
  BulkWriteConflict,
  insertRows,
  isUniqueViolation,
  keyChunks,
} from '../platform/db/index.js';
import { AppError } from '../platform/errors.js';
import type { Jobs } from '../platform/jobs/index.js';
import type { OrderInput, RefundInput } from './commerce.inputs.js';
import type { OrderRow } from './commerce.tables.js';
import type { ContactsPort } from './contacts-port.js';
import {
  customerInputOf,
  lifecycleAppends,
  newOrderRow,
  parsedOf,
  updatedOrderRow,
} from './order-changes.js';
import { type OrderValues, orderValues, toSnapshot } from './order-rows.js';
import type { CommerceDb } from './orders.service.js';

export interface OrderBulkDeps {
  clock: Clock;
  jobs: Pick<Jobs, 'appendEvents'>;
  contacts: ContactsPort;
}

/** An order of the batch and the refund recorded with it, as the import writes them. */
export interface OrderWithRefund {
  order: OrderInput;
  refund?: RefundInput | null;
}

/** What recordOrderIn would throw for an input (a 4xx), as the reason the import gives. */
function refusal(read: () => unknown): string | undefined {
  try {
    read();
    return undefined;
  } catch (error) {
    if (error instanceof AppError && error.status < 500) return error.message;
    throw error;
  }
}

const orderKey = (order: OrderInput) => `${order.channelId}|${order.source}|${order.externalId}`;

/** Validates the batch and looks its orders and customers up; see BulkBatch. */
export async function prepareOrders(
  trx: CommerceDb,
  deps: OrderBulkDeps,
  units: readonly OrderWithRefund[],
): Promise<BulkBatch> {
  if (!trx.isTransaction) throw new Error('prepareOrders needs the caller’s transaction');
  const now = deps.clock.now();
  const values: Array<OrderValues | undefined> = [];
  const refused: Array<string | undefined> = [];
  const customers: CustomerInput[] = [];
  /** Unit index → its customer's index in the contacts batch; a string: why recordOrderIn would refuse it. */
  const customerOf: Array<number | string | undefined> = [];
  for (const [i, { order }] of units.entries()) {
    refused[i] = refusal(() => {
      values[i] = orderValues(order);
    });
    const orderValuesOf = values[i];
    if (!orderValuesOf) continue;
    let customer: CustomerInput | null = null;
    const reason = refusal(() => {
      customer = customerInputOf(order, orderValuesOf);
    });
    if (reason !== undefined) customerOf[i] = reason;
    else if (customer) customerOf[i] = customers.push(customer) - 1;
  }
  // Orders first, then customers: the order recordOrderIn locks them in.
  const stored = await lookUpOrders(
    trx,
    units.map((unit) => unit.order),
  );
  const contacts = await deps.contacts.prepareUpserts(trx, customers);

  const written = new Set<string>();
  const rows: OrderRow[] = [];

  function perUnit(index: number): BulkDecision {
    written.add(orderKey(units[index]!.order));
    const customer = customerOf[index];
    if (typeof customer === 'number') contacts.handOver(customer);
    return { status: 'per-unit' };
  }

  return {
    async decide(index) {
      const reason = refused[index];
      if (reason !== undefined) return { status: 'rejected', reason };
      const { order, refund } = units[index]!;
      const orderValuesOf = values[index]!;
      const key = orderKey(order);
      if (refund || written.has(key)) return perUnit(index);
      const existing = stored.get(key);
      // Out of order: an older picture of the order changes nothing (nor its customer).
      if (existing && orderValuesOf.source_updated_at < existing.source_updated_at)
        return { status: 'unchanged' };
      const customer = customerOf[index];
      if (typeof customer === 'string') return { status: 'rejected', reason: customer };
      const plan = customer === undefined ? null : contacts.plan(customer);
      if (plan?.kind === 'rejected') return { status: 'rejected', reason: plan.reason };
      if (plan?.kind === 'per-unit') return perUnit(index);
      const customerId = plan?.customerId ?? null;
      if (existing) {
        const { next, changedColumns } = updatedOrderRow(existing, orderValuesOf, customerId);
        const same =
          plan?.kind !== 'created' &&
          changedColumns.length === 0 &&
          next.source_updated_at === existing.source_updated_at;
        return same ? { status: 'unchanged' } : perUnit(index);
      }
      // recordOrderIn's events for a new order: its customer's first, then the order's.
      if (plan?.kind === 'created') await contacts.apply(customer as number);
      const row = newOrderRow(order, orderValuesOf, now);
      row.customer_id = customerId;
      rows.push(row);
      written.add(key);
      await deps.jobs.appendEvents(
        trx,
        lifecycleAppends(null, row, toSnapshot(row, parsedOf(orderValuesOf))),
      );
      return { status: 'imported' };
    },

    async write() {
      await contacts.write();
      const batch = rows.splice(0);
      if (batch.length === 0) return;
      try {
        const columns = Object.keys(batch[0]!) as Array<keyof OrderRow>;
        const inserted = await insertRows(trx, 'orders', columns, batch, {
          onConflictDoNothing: ['channel_id', 'source', 'external_id'],
        });
        // Every order must go in: one that clashes was written since the lookup.
        if (inserted !== batch.length) throw new BulkWriteConflict('orders');
      } catch (error) {
        if (isUniqueViolation(error)) throw new BulkWriteConflict('orders');
        throw error;
      }
    },
  };
}

/** The stored orders of the batch by channel, source and external id (locked on PostgreSQL). */
async function lookUpOrders(trx: CommerceDb, orders: readonly OrderInput[]): Promise<Map<string, OrderRow>> {
  const groups = new Map<string, { channelId: string; source: string; ids: Set<string> }>();
  for (const order of orders) {
    const group = `${order.channelId}|${order.source}`;
    let found = groups.get(group);
    if (!found) {
      found = { channelId: order.channelId, source: order.source, ids: new Set() };
      groups.set(group, found);
    }
    found.ids.add(order.externalId);
  }
  const postgres = trx.getExecutor().adapter instanceof PostgresAdapter;
  const stored = new Map<string, OrderRow>();
  for (const { channelId, source, ids } of groups.values())
    for (const chunk of keyChunks([...ids])) {
      const query = trx
        .selectFrom('orders')
        .selectAll()
        .where('channel_id', '=', channelId)
        .where('source', '=', source)
        .where('external_id', 'in', chunk);
      for (const row of await (postgres ? query.forUpdate() : query).execute())
        stored.set(`${row.channel_id}|${row.source}|${row.external_id}`, row);
    }
  return stored;
}

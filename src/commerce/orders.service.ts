import type { Kysely } from 'kysely';
import type { ConsentSource, CustomerIdPlan, CustomerInput } from '../contacts/index.js';
import type { Clock } from '../platform/clock.js';
import { insertRows, lockingRows, type Param, preparedQuery } from '../platform/db/index.js';
import { AppError } from '../platform/errors.js';
import { newId } from '../platform/ids.js';
import type { Jobs } from '../platform/jobs/index.js';
import { keysetPage } from '../platform/pages.js';
import { COMMERCE_EVENTS, type OrderEvent, type OrderSnapshot, type OrderSource } from './commerce.events.js';
import type { OrderInput, RecordResult } from './commerce.inputs.js';
import type { CommerceTables, OrderRow } from './commerce.tables.js';
import type { ListOrdersQuery, OrderLookup, OrderMilestone, OrderRecord, Page } from './commerce.types.js';
import type { ContactsPort } from './contacts-port.js';
import {
  newOrderRow,
  ORDER_COLUMNS,
  type OrderValues,
  orderValues,
  toInstant,
  toRecord,
  toSnapshot,
} from './order-rows.js';

export type CommerceDb = Kysely<CommerceTables>;

export interface OrdersDeps {
  db: CommerceDb;
  clock: Clock;
  jobs: Pick<Jobs, 'appendEvents'>;
  contacts: ContactsPort;
  /** Throws not_found unless the channel belongs to the account (the accounts door). */
  assertChannel: (accountId: string, channelId: string) => Promise<unknown>;
}

const MILESTONES = [
  ['paid_at', COMMERCE_EVENTS.paid],
  ['fulfilled_at', COMMERCE_EVENTS.fulfilled],
  ['delivered_at', COMMERCE_EVENTS.delivered],
  ['cancelled_at', COMMERCE_EVENTS.cancelled],
] as const;

type MilestoneColumn = (typeof MILESTONES)[number][0];
/** The order events a change of milestones appends (refunds have their own). */
type LifecycleEventType = typeof COMMERCE_EVENTS.placed | (typeof MILESTONES)[number][1];

/** The events a change from `before` (nothing, for a new order) to `after` implies, in order. */
export function lifecycleEvents(
  before: Pick<OrderRow, MilestoneColumn> | null,
  after: Pick<OrderRow, MilestoneColumn | 'placed_at'>,
): Array<{ type: LifecycleEventType; at: string }> {
  const events: Array<{ type: LifecycleEventType; at: string }> = [];
  if (!before) events.push({ type: COMMERCE_EVENTS.placed, at: after.placed_at });
  for (const [column, type] of MILESTONES) {
    const at = after[column];
    if (at && !before?.[column]) events.push({ type, at });
  }
  return events;
}

const CONSENT_SOURCE: Record<OrderSource, ConsentSource> = {
  shopify: 'shop',
  woocommerce: 'shop',
  magento: 'shop',
  prestashop: 'shop',
  shoper: 'shop',
  api: 'api',
  import: 'import',
};

// Every delivery of an order looks it up by its shop id (locked on PostgreSQL until the
// transaction ends), and a new order is linked to its customer.
const orderByExternalId = preparedQuery(
  (db: CommerceDb, param: Param<{ channelId: string; source: string; externalId: string }>, dialect) => {
    const query = db
      .selectFrom('orders')
      .selectAll()
      .where('channel_id', '=', param('channelId'))
      .where('source', '=', param('source'))
      .where('external_id', '=', param('externalId'));
    return lockingRows(query, dialect);
  },
);
const linkCustomer = preparedQuery(
  (db: CommerceDb, param: Param<{ orderId: string; customerId: string | null }>) =>
    db
      .updateTable('orders')
      .set({ customer_id: param('customerId') })
      .where('id', '=', param('orderId')),
);

/** The JSON columns of a row being written, as the values they were serialised from. */
const parsedOf = (values: OrderValues) => ({
  lineItems: values.line_items,
  discountCodes: values.discount_codes,
});

/** Orders: recording, milestones and reads. The `…In` functions run in the caller's transaction. */
export function createOrders(deps: OrdersDeps) {
  const { db, clock, jobs, contacts } = deps;

  /** The order row, locked until the transaction ends on PostgreSQL (SQLite serialises writers). */
  async function lockOrder(
    trx: CommerceDb,
    channelId: string,
    source: string,
    externalId: string,
  ): Promise<OrderRow | undefined> {
    const [row] = await orderByExternalId(trx, { channelId, source, externalId });
    return row;
  }

  async function appendLifecycle(
    trx: CommerceDb,
    before: OrderRow | null,
    after: OrderRow,
    snapshot: OrderSnapshot = toSnapshot(after),
  ) {
    const changes = lifecycleEvents(before, after);
    if (changes.length === 0) return [];
    const payload: OrderEvent = { order: snapshot };
    await jobs.appendEvents(
      trx,
      changes.map((change) => ({
        type: change.type,
        accountId: after.account_id,
        channelId: after.channel_id,
        occurredAt: change.at,
        payload,
      })),
    );
    return changes.map((change) => change.type);
  }

  /** The order's buyer as a customer input, or null for an order without an email. */
  function customerInputOf(input: OrderInput, values: OrderValues): CustomerInput | null {
    if (!values.email) return null;
    const given = input.customer;
    // Field by field, not with conditional spreads: on Node 20 each spread into a literal costs
    // about a microsecond (a hidden class built per object), and every order has a customer.
    const customer: CustomerInput = {
      accountId: input.accountId,
      channelId: input.channelId,
      email: values.email,
    };
    if (given.firstName !== undefined) customer.firstName = values.first_name;
    if (given.lastName !== undefined) customer.lastName = values.last_name;
    if (given.phone !== undefined) customer.phone = values.phone;
    if (values.customer_locale || values.locale) customer.locale = values.customer_locale ?? values.locale;
    if (given.externalId) customer.externalId = { platform: input.source, id: given.externalId };
    if (given.registeredAt) customer.registeredAt = toInstant(given.registeredAt, 'customer.registeredAt');
    if (typeof given.acceptsMarketing === 'boolean') {
      customer.consent = {
        status: given.acceptsMarketing ? 'subscribed' : 'unsubscribed',
        source: CONSENT_SOURCE[input.source],
        changedAt: toInstant(given.consentChangedAt ?? input.sourceUpdatedAt, 'customer.consentChangedAt'),
      };
    }
    return customer;
  }

  async function upsertCustomer(
    trx: CommerceDb,
    customer: CustomerInput | null,
    plan?: CustomerIdPlan,
  ): Promise<string | null> {
    return customer && (await contacts.upsertCustomerId(trx, customer, plan)).customerId;
  }

  function unchanged(row: OrderRow): RecordResult<OrderSnapshot> {
    return { value: toSnapshot(row), created: false, changed: false, events: [] };
  }

  async function recordOrderIn(trx: CommerceDb, input: OrderInput): Promise<RecordResult<OrderSnapshot>> {
    const values = orderValues(input);
    // Locks are always taken order first, customer second, so concurrent deliveries cannot deadlock.
    let existing = await lockOrder(trx, input.channelId, input.source, input.externalId);
    // Out of order: an older picture of the order changes nothing.
    if (existing && values.source_updated_at < existing.source_updated_at) return unchanged(existing);
    const now = clock.now().toISOString();
    if (!existing) {
      // The order is written naming its customer, as planned before any lock on the customer
      // (order first, customer second); only a customer that ends elsewhere updates the order.
      const customer = customerInputOf(input, values);
      const plan = customer ? await contacts.planCustomerId(trx, customer) : undefined;
      const keys = {
        id: newId('ord', clock.now().getTime()),
        account_id: input.accountId,
        channel_id: input.channelId,
        source: input.source,
        external_id: input.externalId,
      };
      const row = newOrderRow(values, keys, now);
      row.customer_id = plan?.id ?? null;
      const inserted = await insertRows(trx, 'orders', ORDER_COLUMNS, [row], {
        onConflictDoNothing: ['channel_id', 'source', 'external_id'],
      });
      if (inserted > 0) {
        const customerId = await upsertCustomer(trx, customer, plan);
        if (customerId !== row.customer_id) {
          row.customer_id = customerId;
          await linkCustomer(trx, { orderId: row.id, customerId });
        }
        const snapshot = toSnapshot(row, parsedOf(values));
        return {
          value: snapshot,
          created: true,
          changed: true,
          events: await appendLifecycle(trx, null, row, snapshot),
        };
      }
      // A concurrent request created it first: continue as an update of what it stored.
      existing = await lockOrder(trx, input.channelId, input.source, input.externalId);
      if (!existing) throw new Error(`order ${input.externalId} conflicted but cannot be read`);
      if (values.source_updated_at < existing.source_updated_at) return unchanged(existing);
    }
    const customerId = await upsertCustomer(trx, customerInputOf(input, values));
    const next: OrderRow = {
      ...existing,
      ...values,
      email: values.email ?? existing.email,
      customer_id: customerId ?? existing.customer_id,
      line_items: JSON.stringify(values.line_items),
      discount_codes: JSON.stringify(values.discount_codes),
      // Milestones only move forward: once paid stays paid, at the first time we learnt it.
      placed_at: existing.placed_at,
      paid_at: existing.paid_at ?? values.paid_at,
      fulfilled_at: existing.fulfilled_at ?? values.fulfilled_at,
      delivered_at: existing.delivered_at ?? values.delivered_at,
      cancelled_at: existing.cancelled_at ?? values.cancelled_at,
      updated_at: existing.updated_at,
    };
    const changedColumns = (Object.keys(next) as Array<keyof OrderRow>).filter(
      (column) => column !== 'source_updated_at' && next[column] !== existing[column],
    );
    if (changedColumns.length === 0) {
      if (next.source_updated_at !== existing.source_updated_at) {
        await trx
          .updateTable('orders')
          .set({ source_updated_at: next.source_updated_at })
          .where('id', '=', existing.id)
          .execute();
      }
      return unchanged(next);
    }
    next.updated_at = now;
    const { id: _id, ...update } = next;
    await trx.updateTable('orders').set(update).where('id', '=', existing.id).execute();
    const snapshot = toSnapshot(next, parsedOf(values));
    return {
      value: snapshot,
      created: false,
      changed: true,
      events: await appendLifecycle(trx, existing, next, snapshot),
    };
  }

  async function markOrderIn(trx: CommerceDb, input: OrderMilestone): Promise<RecordResult<OrderSnapshot>> {
    const at = toInstant(input.at, `${input.milestone}At`);
    const existing = await lockOrder(trx, input.channelId, input.source, input.externalId);
    if (!existing || existing.account_id !== input.accountId)
      throw AppError.notFound(`order ${input.externalId}`);
    const column = `${input.milestone}_at` as MilestoneColumn;
    if (existing[column]) return unchanged(existing);
    const next: OrderRow = { ...existing, [column]: at, updated_at: clock.now().toISOString() };
    await trx
      .updateTable('orders')
      .set({ [column]: at, updated_at: next.updated_at })
      .where('id', '=', existing.id)
      .execute();
    return {
      value: toSnapshot(next),
      created: false,
      changed: true,
      events: await appendLifecycle(trx, existing, next),
    };
  }

  async function getOrder(accountId: string, orderId: string): Promise<OrderRecord> {
    const row = await db
      .selectFrom('orders')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('id', '=', orderId)
      .executeTakeFirst();
    if (!row) throw AppError.notFound('order');
    const refunds = await db
      .selectFrom('order_refunds')
      .selectAll()
      .where('order_id', '=', row.id)
      .orderBy('id')
      .execute();
    return toRecord(row, refunds);
  }

  async function findOrder(channelId: string, lookup: OrderLookup): Promise<OrderSnapshot | undefined> {
    let query = db.selectFrom('orders').selectAll().where('channel_id', '=', channelId);
    query =
      'number' in lookup
        ? query.where('number', '=', lookup.number)
        : query.where('source', '=', lookup.source).where('external_id', '=', lookup.externalId);
    const row = await query.orderBy('id', 'desc').limit(1).executeTakeFirst();
    return row && toSnapshot(row);
  }

  async function listOrders(
    accountId: string,
    channelId: string,
    query: ListOrdersQuery,
  ): Promise<Page<OrderSnapshot>> {
    await deps.assertChannel(accountId, channelId);
    let select = db
      .selectFrom('orders')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('channel_id', '=', channelId);
    if (query.email !== undefined) select = select.where('email', '=', query.email.trim().toLowerCase());
    if (query.cursor !== undefined) select = select.where('id', '<', query.cursor);
    const rows = await select
      .orderBy('id', 'desc')
      .limit(query.limit + 1)
      .execute();
    return keysetPage(rows, query.limit, toSnapshot, (order) => order.orderId);
  }

  return { lockOrder, recordOrderIn, markOrderIn, getOrder, findOrder, listOrders };
}

export type Orders = ReturnType<typeof createOrders>;

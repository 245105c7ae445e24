/**
 * What recording an order changes, as pure functions of the input and the stored row: the row
 * of a new order, the row an update leaves, the customer the order upserts and the lifecycle
 * events. recordOrderIn (one by one) and the import's bulk path (order-bulk.ts) both use them,
 * so the two cannot disagree.
 */
import type { ConsentSource, CustomerInput } from '../contacts/index.js';
import { newId } from '../platform/ids.js';
import type { NewEvent } from '../platform/jobs/index.js';
import { COMMERCE_EVENTS, type OrderEvent, type OrderSnapshot, type OrderSource } from './commerce.events.js';
import type { OrderInput } from './commerce.inputs.js';
import type { OrderRow } from './commerce.tables.js';
import { type OrderValues, toInstant } from './order-rows.js';

const MILESTONES = [
  ['paid_at', COMMERCE_EVENTS.paid],
  ['fulfilled_at', COMMERCE_EVENTS.fulfilled],
  ['delivered_at', COMMERCE_EVENTS.delivered],
  ['cancelled_at', COMMERCE_EVENTS.cancelled],
] as const;

export type MilestoneColumn = (typeof MILESTONES)[number][0];
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

/** The events to append for a change from `before` to `after`, all carrying `snapshot`. */
export function lifecycleAppends(
  before: OrderRow | null,
  after: OrderRow,
  snapshot: OrderSnapshot,
): Array<NewEvent<LifecycleEventType>> {
  const payload: OrderEvent = { order: snapshot };
  return lifecycleEvents(before, after).map((change) => ({
    type: change.type,
    accountId: after.account_id,
    channelId: after.channel_id,
    occurredAt: change.at,
    payload,
  }));
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

/** The JSON columns of a row being written, as the values they were serialised from. */
export const parsedOf = (values: OrderValues) => ({
  lineItems: values.line_items,
  discountCodes: values.discount_codes,
});

/** The customer an order upserts, or null when it has no email. Throws a 400 for a bad time. */
export function customerInputOf(input: OrderInput, values: OrderValues): CustomerInput | null {
  if (!values.email) return null;
  const given = input.customer;
  const customer: CustomerInput = {
    accountId: input.accountId,
    channelId: input.channelId,
    email: values.email,
    ...(given.firstName !== undefined ? { firstName: values.first_name } : {}),
    ...(given.lastName !== undefined ? { lastName: values.last_name } : {}),
    ...(given.phone !== undefined ? { phone: values.phone } : {}),
    ...(values.customer_locale || values.locale ? { locale: values.customer_locale ?? values.locale } : {}),
    ...(given.externalId ? { externalId: { platform: input.source, id: given.externalId } } : {}),
    ...(given.registeredAt ? { registeredAt: toInstant(given.registeredAt, 'customer.registeredAt') } : {}),
  };
  if (typeof given.acceptsMarketing === 'boolean') {
    customer.consent = {
      status: given.acceptsMarketing ? 'subscribed' : 'unsubscribed',
      source: CONSENT_SOURCE[input.source],
      changedAt: toInstant(given.consentChangedAt ?? input.sourceUpdatedAt, 'customer.consentChangedAt'),
    };
  }
  return customer;
}

/** The row of a new order, not yet linked to its customer. */
export function newOrderRow(input: OrderInput, values: OrderValues, now: Date): OrderRow {
  const at = now.toISOString();
  return {
    ...values,
    id: newId('ord', now.getTime()),
    account_id: input.accountId,
    channel_id: input.channelId,
    source: input.source,
    external_id: input.externalId,
    customer_id: null,
    refunded_total: 0,
    line_items: JSON.stringify(values.line_items),
    discount_codes: JSON.stringify(values.discount_codes),
    created_at: at,
    updated_at: at,
  };
}

/**
 * The row a newer picture of a stored order leaves (before its `updated_at` is set), and the
 * columns that differ besides `source_updated_at`.
 */
export function updatedOrderRow(
  existing: OrderRow,
  values: OrderValues,
  customerId: string | null,
): { next: OrderRow; changedColumns: Array<keyof OrderRow> } {
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
  return { next, changedColumns };
}

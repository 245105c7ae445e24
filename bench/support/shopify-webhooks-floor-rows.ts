import { newId } from '../../src/platform/ids.js';
import type { BareDelivery, BareShopifyOrder } from './shopify-webhooks-bare-route.js';

// The rows Trustloop commits for a Shopify `orders/create` delivery, as the values of one
// prepared statement per table, shared by the SQLite and PostgreSQL floors. The statements use
// `?` placeholders (SQLite's); `numbered` turns them into PostgreSQL's `$1, $2, …`.

/** Trustloop's account and channel the floor writes for. */
export interface FloorTarget {
  accountId: string;
  channelId: string;
}

export const FLOOR_SQL = {
  insertDelivery: `insert into inbound_deliveries (channel_id, platform, delivery_id, topic, received_at)
    values (?, 'shopify', ?, ?, ?) on conflict do nothing`,
  findCustomer: `select customer_id from customer_external_ids
    where channel_id = ? and platform = 'shopify' and external_id = ?`,
  insertCustomer: `insert into customers (id, account_id, channel_id, email, first_name, last_name, phone, locale,
    birthday, tags, consent_status, consent_source, consent_changed_at, consent_double_opt_in, registered_at,
    created_at, updated_at) values (?, ?, ?, ?, ?, ?, null, ?, null, '[]', ?, 'shop', ?, 0, null, ?, ?)`,
  insertExternalId: `insert into customer_external_ids (account_id, channel_id, customer_id, platform, external_id,
    created_at) values (?, ?, ?, 'shopify', ?, ?)`,
  insertConsent: `insert into consent_history (id, account_id, channel_id, customer_id, status, previous, source,
    changed_at, recorded_at, double_opt_in) values (?, ?, ?, ?, ?, 'unknown', 'shop', ?, ?, 0)`,
  insertOrder: `insert into orders (id, account_id, channel_id, source, external_id, number, customer_id, email,
    first_name, last_name, phone, customer_locale, currency, subtotal, discount_total, shipping_total, tax_total,
    total, refunded_total, line_items, discount_codes, referral_code, shipping_address_hash, locale, placed_at,
    paid_at, fulfilled_at, delivered_at, cancelled_at, source_updated_at, created_at, updated_at)
    values (?, ?, ?, 'shopify', ?, ?, ?, ?, ?, ?, null, ?, ?, ?, 0, 0, ?, ?, 0, ?, '[]', null, null, null, ?, ?,
    null, null, null, ?, ?, ?) on conflict do nothing`,
  /** One event; `insertEvents(n)` writes n in one statement. */
  insertEvent: insertEvents(1),
};

/** The event insert for `count` events in one statement. */
export function insertEvents(count: number): string {
  const row = '(?, ?, ?, ?, ?, ?, ?, null, ?)';
  return `insert into events (id, type, account_id, channel_id, occurred_at, recorded_at, payload, relayed_at,
    batch_id) values ${Array(count).fill(row).join(', ')}`;
}

/** A statement with `?` placeholders in PostgreSQL's numbered form. */
export function numbered(sql: string): string {
  let n = 0;
  return sql.replaceAll('?', () => `$${++n}`);
}

/** The values of one `insertEvent` row. */
export type EventValues = [string, string, string, string, string, string, string, string];

const cents = (amount: string | undefined) => Math.round(Number(amount ?? 0) * 100);

/** The Shopify customer id and email an order's customer is matched by, if it has both. */
export function customerKeyOf(order: BareShopifyOrder): { externalId: string; email: string } | undefined {
  const email = (order.email ?? order.customer?.email)?.toLowerCase();
  if (!order.customer || !email) return undefined;
  return { externalId: String(order.customer.id), email };
}

/** A new customer's rows: customer, external id, consent history, and its two events. */
export function newCustomerRows(
  target: FloorTarget,
  order: BareShopifyOrder,
  key: { externalId: string; email: string },
  now: string,
  batchId: string,
) {
  const given = order.customer!;
  const { accountId, channelId } = target;
  const { externalId, email } = key;
  const id = newId('cus');
  const status = given.email_marketing_consent?.state === 'subscribed' ? 'subscribed' : 'unsubscribed';
  const locale = order.customer_locale ?? null;
  const consent = JSON.stringify({
    customerId: id,
    channelId,
    email,
    status,
    previous: 'unknown',
    source: 'shop',
    changedAt: now,
    doubleOptIn: false,
    registeredAt: null,
  });
  const snapshot = {
    customerId: id,
    channelId,
    email,
    firstName: given.first_name,
    lastName: given.last_name,
    phone: null,
    locale,
    birthday: null,
    tags: [],
    externalIds: { shopify: externalId },
    consent: status,
    registeredAt: null,
    createdAt: now,
    updatedAt: now,
  };
  const upserted = JSON.stringify({ customer: snapshot, created: true });
  return {
    id,
    customer: [
      id,
      accountId,
      channelId,
      email,
      given.first_name,
      given.last_name,
      locale,
      status,
      now,
      now,
      now,
    ],
    externalId: [accountId, channelId, id, externalId, now],
    consent: [newId('cns'), accountId, channelId, id, status, now, now],
    events: [
      [newId('evt'), 'consent.changed', accountId, channelId, now, now, consent, batchId],
      [newId('evt'), 'customer.upserted', accountId, channelId, now, now, upserted, batchId],
    ] satisfies EventValues[],
  };
}

/** The order's row, linked to its customer, and its `order.placed` (and `order.paid`) events. */
export function orderRows(
  target: FloorTarget,
  order: BareDelivery['order'],
  customerId: string | null,
  now: string,
  batchId: string,
) {
  const { accountId, channelId } = target;
  const id = newId('ord');
  const placedAt = new Date(order.created_at).toISOString();
  const updatedAt = new Date(order.updated_at).toISOString();
  const paidAt = order.financial_status === 'paid' ? updatedAt : null;
  const lineItems = order.line_items.map((line) => ({
    lineId: String(line.id),
    productId: line.product_id === null ? null : String(line.product_id),
    variantId: line.variant_id === null ? null : String(line.variant_id),
    sku: line.sku,
    gtin: null,
    title: line.title,
    quantity: line.quantity,
    unitPrice: cents(line.price),
    imageUrl: null,
    productUrl: null,
  }));
  const email = order.email?.toLowerCase() ?? null;
  const [firstName, lastName] = [order.customer?.first_name ?? null, order.customer?.last_name ?? null];
  const total = cents(order.total_price);
  const subtotal = cents(order.subtotal_price);
  const tax = cents(order.total_tax);
  const externalId = String(order.id);
  const locale = order.customer_locale ?? null;
  const row = [
    id,
    accountId,
    channelId,
    externalId,
    order.name,
    customerId,
    email,
    firstName,
    lastName,
    locale,
    order.currency,
    subtotal,
    tax,
    total,
    JSON.stringify(lineItems),
    placedAt,
    paidAt,
    updatedAt,
    now,
    now,
  ];
  const payload = JSON.stringify({
    order: {
      orderId: id,
      channelId,
      source: 'shopify',
      externalId,
      number: order.name,
      customer: { customerId, email, firstName, lastName, phone: null, locale },
      currency: order.currency,
      subtotal,
      discountTotal: 0,
      shippingTotal: 0,
      taxTotal: tax,
      total,
      refundedTotal: 0,
      lineItems,
      discountCodes: [],
      referralCode: null,
      shippingAddressHash: null,
      locale: null,
      placedAt,
      paidAt,
      fulfilledAt: null,
      deliveredAt: null,
      cancelledAt: null,
    },
  });
  const events: EventValues[] = [
    [newId('evt'), 'order.placed', accountId, channelId, placedAt, now, payload, batchId],
  ];
  if (paidAt) events.push([newId('evt'), 'order.paid', accountId, channelId, paidAt, now, payload, batchId]);
  return { row, events };
}

import { rmSync } from 'node:fs';
import { newId } from '../../src/platform/ids.js';
import { benchTrustloop } from './bench-trustloop.js';
import { openBareDatabase } from './first-day.js';
import { type BareDelivery, bareShopifyRoute } from './shopify-webhooks-bare-route.js';

// The floor under any intake of Shopify `orders/create` that keeps Trustloop's invariants: the
// bare route's HMAC check and parse, then, in one transaction (a savepoint in a commit shared
// with the deliveries of the same turn, as Trustloop's on SQLite) with one prepared statement
// per table, the rows Trustloop commits for the delivery: the delivery id (a duplicate writes
// nothing more), the customer found by its Shopify id or else created (customer, external id,
// consent history, `consent.changed` and `customer.upserted`), the order linked to it and its
// `order.placed` and `order.paid` events (one payload). Into Trustloop's migrated database, so
// the same indexes. No validation beyond the parse, no Kysely, no lookups but the customer's: if
// this is far from the bare route, no intake code can close the gap.
const secret = process.env['BENCH_SHOPIFY_SECRET'] ?? 'bench-shopify-secret';
const { trustloop, account, channel } = await benchTrustloop();
const dataDir = trustloop.config.env.dataDir;
const dbPath = trustloop.config.db.url.slice('sqlite:'.length);
await trustloop.stop();
const db = openBareDatabase(dbPath);

const insertDelivery = db.prepare(
  `insert into inbound_deliveries (channel_id, platform, delivery_id, topic, received_at)
    values (?, 'shopify', ?, ?, ?) on conflict do nothing`,
);
const findCustomer = db
  .prepare(
    `select customer_id from customer_external_ids where channel_id = ? and platform = 'shopify' and external_id = ?`,
  )
  .pluck();
const insertCustomer = db.prepare(
  `insert into customers (id, account_id, channel_id, email, first_name, last_name, phone, locale, birthday,
    tags, consent_status, consent_source, consent_changed_at, consent_double_opt_in, registered_at, created_at,
    updated_at) values (?, ?, ?, ?, ?, ?, null, ?, null, '[]', ?, 'shop', ?, 0, null, ?, ?)`,
);
const insertExternalId = db.prepare(
  `insert into customer_external_ids (account_id, channel_id, customer_id, platform, external_id, created_at)
    values (?, ?, ?, 'shopify', ?, ?)`,
);
const insertConsent = db.prepare(
  `insert into consent_history (id, account_id, channel_id, customer_id, status, previous, source, changed_at,
    recorded_at, double_opt_in) values (?, ?, ?, ?, ?, 'unknown', 'shop', ?, ?, 0)`,
);
const insertOrder = db.prepare(
  `insert into orders (id, account_id, channel_id, source, external_id, number, customer_id, email, first_name,
    last_name, phone, customer_locale, currency, subtotal, discount_total, shipping_total, tax_total, total,
    refunded_total, line_items, discount_codes, referral_code, shipping_address_hash, locale, placed_at, paid_at,
    fulfilled_at, delivered_at, cancelled_at, source_updated_at, created_at, updated_at)
    values (?, ?, ?, 'shopify', ?, ?, ?, ?, ?, ?, null, ?, ?, ?, 0, 0, ?, ?, 0, ?, '[]', null, null, null, ?, ?,
    null, null, null, ?, ?, ?) on conflict do nothing`,
);
const insertEvent = db.prepare(
  `insert into events (id, type, account_id, channel_id, occurred_at, recorded_at, payload, relayed_at, batch_id)
    values (?, ?, ?, ?, ?, ?, ?, null, ?)`,
);

const cents = (amount: string | undefined) => Math.round(Number(amount ?? 0) * 100);

/** The customer of the order, found by its Shopify id or created with its consent and events. */
function customerOf(order: BareDelivery['order'], now: string, batchId: string): string | null {
  const given = order.customer;
  const email = (order.email ?? given?.email)?.toLowerCase() ?? null;
  if (!given || !email) return null;
  const externalId = String(given.id);
  const found = findCustomer.get(channel.id, externalId) as string | undefined;
  if (found) return found;
  const id = newId('cus');
  const status = given.email_marketing_consent?.state === 'subscribed' ? 'subscribed' : 'unsubscribed';
  const locale = order.customer_locale ?? null;
  insertCustomer.run(
    id,
    account.id,
    channel.id,
    email,
    given.first_name,
    given.last_name,
    locale,
    status,
    now,
    now,
    now,
  );
  insertExternalId.run(account.id, channel.id, id, externalId, now);
  insertConsent.run(newId('cns'), account.id, channel.id, id, status, now, now);
  const consent = JSON.stringify({
    customerId: id,
    channelId: channel.id,
    email,
    status,
    previous: 'unknown',
    source: 'shop',
    changedAt: now,
    doubleOptIn: false,
    registeredAt: null,
  });
  insertEvent.run(newId('evt'), 'consent.changed', account.id, channel.id, now, now, consent, batchId);
  const snapshot = {
    customerId: id,
    channelId: channel.id,
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
  insertEvent.run(newId('evt'), 'customer.upserted', account.id, channel.id, now, now, upserted, batchId);
  return id;
}

const receive = db.transaction((delivery: BareDelivery) => {
  const { order } = delivery;
  const now = new Date().toISOString();
  if (insertDelivery.run(channel.id, delivery.webhookId, delivery.topic, now).changes === 0) return;
  const batchId = newId('evt');
  const customerId = customerOf(order, now, batchId);
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
  const inserted = insertOrder.run(
    id,
    account.id,
    channel.id,
    externalId,
    order.name,
    customerId,
    email,
    firstName,
    lastName,
    order.customer_locale ?? null,
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
  );
  if (inserted.changes === 0) return;
  const payload = JSON.stringify({
    order: {
      orderId: id,
      channelId: channel.id,
      source: 'shopify',
      externalId,
      number: order.name,
      customer: {
        customerId,
        email,
        firstName,
        lastName,
        phone: null,
        locale: order.customer_locale ?? null,
      },
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
  insertEvent.run(newId('evt'), 'order.placed', account.id, channel.id, placedAt, now, payload, batchId);
  if (paidAt)
    insertEvent.run(newId('evt'), 'order.paid', account.id, channel.id, paidAt, now, payload, batchId);
});

// Deliveries that arrive in one turn of the event loop share a commit, each in its own savepoint
// (a nested better-sqlite3 transaction), as Trustloop's do on SQLite (`createBatchedWrites`): a
// commit per delivery made the floor slower than Trustloop itself.
const MAX_BATCH = 64;
const waiting: Array<{ delivery: BareDelivery; done: () => void }> = [];
const commitBatch = db.transaction((batch: typeof waiting) => {
  for (const { delivery } of batch) receive(delivery);
});
let scheduled = false;
function drain() {
  scheduled = false;
  while (waiting.length > 0) {
    const batch = waiting.splice(0, MAX_BATCH);
    commitBatch(batch);
    for (const { done } of batch) done();
  }
}

const app = bareShopifyRoute(
  secret,
  (_values, delivery) =>
    new Promise<void>((done) => {
      waiting.push({ delivery, done });
      if (!scheduled) {
        scheduled = true;
        setImmediate(drain);
      }
    }),
);

const url = await app.listen({ host: '127.0.0.1', port: 0 });
const cpuAtReady = process.cpuUsage();
process.stdout.write(`READY ${url}/webhooks/shopify\n`);
process.on('SIGTERM', () => {
  const count = (table: string) => Number(db.prepare(`select count(*) from ${table}`).pluck().get());
  const orders = count('orders');
  const cpu = process.cpuUsage(cpuAtReady);
  const perOrder = orders > 0 ? Math.round((cpu.user + cpu.system) / orders) : 0;
  process.stdout.write(
    `COUNTS orders=${orders} deliveries=${count('inbound_deliveries')} events=${count('events')} customers=${count('customers')} server-cpu-per-order=${perOrder}µs\n`,
  );
  void app.close().then(() => {
    db.close();
    rmSync(dataDir, { recursive: true, force: true });
    process.exit(0);
  });
});

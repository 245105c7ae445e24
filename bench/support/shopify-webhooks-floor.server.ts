import { rmSync } from 'node:fs';
import { newId } from '../../src/platform/ids.js';
import { benchTrustloop } from './bench-trustloop.js';
import { openBareDatabase } from './first-day.js';
import { type BareDelivery, bareShopifyRoute } from './shopify-webhooks-bare-route.js';
import { customerKeyOf, FLOOR_SQL, newCustomerRows, orderRows } from './shopify-webhooks-floor-rows.js';

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

const target = { accountId: account.id, channelId: channel.id };
const insertDelivery = db.prepare(FLOOR_SQL.insertDelivery);
const findCustomer = db.prepare(FLOOR_SQL.findCustomer).pluck();
const insertCustomer = db.prepare(FLOOR_SQL.insertCustomer);
const insertExternalId = db.prepare(FLOOR_SQL.insertExternalId);
const insertConsent = db.prepare(FLOOR_SQL.insertConsent);
const insertOrder = db.prepare(FLOOR_SQL.insertOrder);
const insertEvent = db.prepare(FLOOR_SQL.insertEvent);

/** The customer of the order, found by its Shopify id or created with its consent and events. */
function customerOf(order: BareDelivery['order'], now: string, batchId: string): string | null {
  const key = customerKeyOf(order);
  if (!key) return null;
  const found = findCustomer.get(channel.id, key.externalId) as string | undefined;
  if (found) return found;
  const rows = newCustomerRows(target, order, key, now, batchId);
  insertCustomer.run(rows.customer);
  insertExternalId.run(rows.externalId);
  insertConsent.run(rows.consent);
  for (const event of rows.events) insertEvent.run(event);
  return rows.id;
}

const receive = db.transaction((delivery: BareDelivery) => {
  const { order } = delivery;
  const now = new Date().toISOString();
  if (insertDelivery.run(channel.id, delivery.webhookId, delivery.topic, now).changes === 0) return;
  const batchId = newId('evt');
  const { row, events } = orderRows(target, order, customerOf(order, now, batchId), now, batchId);
  if (insertOrder.run(row).changes === 0) return;
  for (const event of events) insertEvent.run(event);
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

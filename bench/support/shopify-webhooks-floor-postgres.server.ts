import pg from 'pg';
import { newId } from '../../src/platform/ids.js';
import { type BareDelivery, bareShopifyRoute, serveYardstick } from './shopify-webhooks-bare-route.js';
import {
  customerKeyOf,
  type EventValues,
  FLOOR_SQL,
  insertEvents,
  newCustomerRows,
  numbered,
  orderRows,
} from './shopify-webhooks-floor-rows.js';

// The PostgreSQL floor under any intake of Shopify `orders/create` that keeps Trustloop's
// invariants: the bare route's HMAC check and parse, then one transaction per delivery on a
// pooled connection, writing the rows Trustloop commits (as the SQLite floor: delivery id, the
// customer found by its Shopify id or else created with its external id and consent history,
// the order linked to it, the events) with one prepared statement per table, the delivery's
// events in one. Nine round trips for a new customer (begin, delivery, customer lookup,
// customer, external id, consent, order, events, commit), six for a known one. Into a schema
// Trustloop migrated (DATABASE_URL carries its search path), for the channel whose public id
// is BENCH_CHANNEL: the same tables and indexes.
const secret = process.env['BENCH_SHOPIFY_SECRET'] ?? 'bench-shopify-secret';
const pool = new pg.Pool({ connectionString: process.env['DATABASE_URL'], max: 10 });
const { rows: channels } = await pool.query<{ id: string; account_id: string }>(
  'select id, account_id from channels where public_id = $1',
  [process.env['BENCH_CHANNEL']],
);
const channel = channels[0];
if (!channel) throw new Error(`no channel ${process.env['BENCH_CHANNEL']} in this schema`);
const target = { accountId: channel.account_id, channelId: channel.id };

/** Named, so each connection prepares it once (the bare route's statement is prepared too). */
const statement = (name: string, sql: string) => ({ name: `floor-${name}`, text: numbered(sql) });
const SQL = {
  insertDelivery: statement('delivery', FLOOR_SQL.insertDelivery),
  findCustomer: statement('find-customer', FLOOR_SQL.findCustomer),
  insertCustomer: statement('customer', FLOOR_SQL.insertCustomer),
  insertExternalId: statement('external-id', FLOOR_SQL.insertExternalId),
  insertConsent: statement('consent', FLOOR_SQL.insertConsent),
  insertOrder: statement('order', FLOOR_SQL.insertOrder),
};
const eventStatements = new Map<number, { name: string; text: string }>();
function insertEventsOf(events: EventValues[]) {
  const count = events.length;
  let sql = eventStatements.get(count);
  if (!sql) {
    sql = statement(`events-${count}`, insertEvents(count));
    eventStatements.set(count, sql);
  }
  return { ...sql, values: events.flat() };
}

async function receive(delivery: BareDelivery): Promise<void> {
  const { order } = delivery;
  const client = await pool.connect();
  try {
    await client.query('begin');
    const now = new Date().toISOString();
    const first = await client.query({
      ...SQL.insertDelivery,
      values: [target.channelId, delivery.webhookId, delivery.topic, now],
    });
    if (first.rowCount === 0) {
      await client.query('commit');
      return;
    }
    const batchId = newId('evt');
    const events: EventValues[] = [];
    let customerId: string | null = null;
    const key = customerKeyOf(order);
    if (key) {
      const found = await client.query<{ customer_id: string }>({
        ...SQL.findCustomer,
        values: [target.channelId, key.externalId],
      });
      customerId = found.rows[0]?.customer_id ?? null;
      if (!customerId) {
        const rows = newCustomerRows(target, order, key, now, batchId);
        await client.query({ ...SQL.insertCustomer, values: rows.customer });
        await client.query({ ...SQL.insertExternalId, values: rows.externalId });
        await client.query({ ...SQL.insertConsent, values: rows.consent });
        events.push(...rows.events);
        customerId = rows.id;
      }
    }
    const placed = orderRows(target, order, customerId, now, batchId);
    const inserted = await client.query({ ...SQL.insertOrder, values: placed.row });
    if (inserted.rowCount !== 0) events.push(...placed.events);
    if (events.length > 0) await client.query(insertEventsOf(events));
    await client.query('commit');
  } catch (error) {
    await client.query('rollback');
    throw error;
  } finally {
    client.release();
  }
}

const app = bareShopifyRoute(secret, (_values, delivery) => receive(delivery));

await serveYardstick(app, () => pool.end());

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { bareShopifyRoute } from './shopify-webhooks-bare-route.js';

// The yardstick for Shopify webhooks: a bare Fastify route that does the least any intake must
// do with the same request: verify the same HMAC over the raw body, parse the same JSON, and
// insert the order row with one prepared statement into SQLite (same pragmas as Trustloop's).
// No dedupe, no customer, no events, no group commit: each insert is its own autocommit.
const secret = process.env['BENCH_SHOPIFY_SECRET'] ?? 'bench-shopify-secret';
const dir = mkdtempSync(join(tmpdir(), 'trustloop-bare-webhooks-'));
const db = new Database(join(dir, 'bare.db'));
db.pragma('journal_mode = WAL');
db.pragma('synchronous = NORMAL');
db.pragma('temp_store = MEMORY');
db.exec(`create table orders (
  id integer primary key, external_id text not null unique, number text, email text,
  currency text not null, total integer not null, placed_at text not null, line_items text not null)`);
const insert = db.prepare(
  'insert into orders (external_id, number, email, currency, total, placed_at, line_items) values (?, ?, ?, ?, ?, ?, ?) on conflict (external_id) do nothing',
);

const app = bareShopifyRoute(secret, (values) => insert.run(...values));

const url = await app.listen({ host: '127.0.0.1', port: 0 });
const cpuAtReady = process.cpuUsage();
process.stdout.write(`READY ${url}/webhooks/shopify\n`);
process.on('SIGTERM', () => {
  const orders = Number((db.prepare('select count(*) as n from orders').get() as { n: number }).n);
  const cpu = process.cpuUsage(cpuAtReady);
  const perOrder = orders > 0 ? Math.round((cpu.user + cpu.system) / orders) : 0;
  process.stdout.write(`COUNTS orders=${orders} server-cpu-per-order=${perOrder}µs\n`);
  void app.close().then(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
    process.exit(0);
  });
});

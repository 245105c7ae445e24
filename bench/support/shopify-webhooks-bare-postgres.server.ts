import pg from 'pg';
import { bareShopifyRoute, serveYardstick } from './shopify-webhooks-bare-route.js';

// The PostgreSQL yardstick for Shopify webhooks: the SQLite bare route's work (verify the same
// HMAC over the raw body, parse the same JSON, insert the order row with one prepared
// statement, its own autocommit) on a pool of PostgreSQL connections. The bench creates the
// table (`bare_orders`, in its private schema: DATABASE_URL carries the search path) and runs
// two of these, as it runs two Trustloop API processes.
const secret = process.env['BENCH_SHOPIFY_SECRET'] ?? 'bench-shopify-secret';
const pool = new pg.Pool({ connectionString: process.env['DATABASE_URL'], max: 10 });
const insert = {
  name: 'bare-insert-order',
  text: 'insert into bare_orders (external_id, number, email, currency, total, placed_at, line_items) values ($1, $2, $3, $4, $5, $6, $7) on conflict (external_id) do nothing',
};

const app = bareShopifyRoute(secret, (values) => pool.query({ ...insert, values }));

await serveYardstick(app, () => pool.end());

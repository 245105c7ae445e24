import { createHmac, timingSafeEqual } from 'node:crypto';
import Fastify from 'fastify';
import pg from 'pg';

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

const app = Fastify({ logger: false });
app.addContentTypeParser('application/json', { parseAs: 'buffer', bodyLimit: 1_048_576 }, (_r, body, done) =>
  done(null, body),
);
app.post('/webhooks/shopify', async (request, reply) => {
  const raw = request.body as Buffer;
  const given = Buffer.from(String(request.headers['x-shopify-hmac-sha256'] ?? ''), 'base64');
  const expected = createHmac('sha256', secret).update(raw).digest();
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return reply.code(401).send();
  const order = JSON.parse(raw.toString('utf8')) as {
    id: number;
    name: string;
    email: string | null;
    currency: string;
    total_price: string;
    created_at: string;
    line_items: unknown[];
  };
  await pool.query({
    ...insert,
    values: [
      String(order.id),
      order.name,
      order.email,
      order.currency,
      Math.round(Number(order.total_price) * 100),
      order.created_at,
      JSON.stringify(order.line_items),
    ],
  });
  return reply.code(200).send();
});

const url = await app.listen({ host: '127.0.0.1', port: Number(process.env['PORT'] ?? 0) });
process.stdout.write(`READY ${url}/webhooks/shopify\n`);
process.on('SIGTERM', () => {
  void app
    .close()
    .then(() => pool.end())
    .then(() => process.exit(0));
});

import { createHmac, timingSafeEqual } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';

/** The Shopify order fields the bare routes store, as their row's values in column order. */
export type BareOrderValues = [string, string, string | null, string, number, string, string];

/** The parts of a Shopify order body the bare route and the floor read. */
export interface BareShopifyOrder {
  id: number;
  name: string;
  email: string | null;
  currency: string;
  total_price: string;
  subtotal_price?: string;
  total_tax?: string;
  financial_status?: string;
  customer_locale?: string | null;
  created_at: string;
  updated_at: string;
  customer?: {
    id: number;
    email: string | null;
    first_name: string | null;
    last_name: string | null;
    email_marketing_consent?: { state: string } | null;
  } | null;
  line_items: Array<{
    id: number;
    product_id: number | null;
    variant_id: number | null;
    sku: string | null;
    title: string;
    quantity: number;
    price: string;
  }>;
}

/** What the signed request carried besides the order: its webhook id and topic. */
export interface BareDelivery {
  order: BareShopifyOrder;
  webhookId: string;
  topic: string;
}

/**
 * The least any intake must do with a Shopify webhook, shared by the SQLite and PostgreSQL
 * yardsticks: verify the HMAC over the raw body in constant time, parse the JSON, and hand the
 * order row's values to `store` (one prepared insert, its own autocommit).
 */
export function bareShopifyRoute(
  secret: string,
  store: (values: BareOrderValues, delivery: BareDelivery) => unknown | Promise<unknown>,
): FastifyInstance {
  const app = Fastify({ logger: false });
  app.addContentTypeParser(
    'application/json',
    { parseAs: 'buffer', bodyLimit: 1_048_576 },
    (_r, body, done) => done(null, body),
  );
  app.post('/webhooks/shopify', async (request, reply) => {
    const raw = request.body as Buffer;
    const given = Buffer.from(String(request.headers['x-shopify-hmac-sha256'] ?? ''), 'base64');
    const expected = createHmac('sha256', secret).update(raw).digest();
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return reply.code(401).send();
    const order = JSON.parse(raw.toString('utf8')) as BareShopifyOrder;
    const stored = store(
      [
        String(order.id),
        order.name,
        order.email,
        order.currency,
        Math.round(Number(order.total_price) * 100),
        order.created_at,
        JSON.stringify(order.line_items),
      ],
      {
        order,
        webhookId: String(request.headers['x-shopify-webhook-id'] ?? ''),
        topic: String(request.headers['x-shopify-topic'] ?? ''),
      },
    );
    // SQLite's insert is synchronous: no await, so the yardstick gains no extra turn.
    if (stored instanceof Promise) await stored;
    return reply.code(200).send();
  });
  return app;
}

/**
 * Serves a yardstick route on PORT (any free port without it), prints `READY <webhook url>` for
 * the bench, and on SIGTERM closes the route, then `close` (its pool), and exits.
 */
export async function serveYardstick(app: FastifyInstance, close: () => Promise<void>): Promise<void> {
  const url = await app.listen({ host: '127.0.0.1', port: Number(process.env['PORT'] ?? 0) });
  process.stdout.write(`READY ${url}/webhooks/shopify\n`);
  process.on('SIGTERM', () => {
    void app
      .close()
      .then(close)
      .then(() => process.exit(0));
  });
}

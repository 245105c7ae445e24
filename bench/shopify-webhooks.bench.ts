import { spawn } from 'node:child_process';
import { createHmac, randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { formatRate } from './support/load.js';

const SECRET = 'bench-shopify-secret';
const SHOP = 'bench-shop.myshopify.com';

/** A realistic orders/create body (three lines, customer, addresses) with a fresh order id. */
function orderBody(orderId: number): string {
  const line = (n: number) => ({
    id: orderId * 10 + n,
    product_id: 8_061_536 + n,
    variant_id: 4512 + n,
    sku: `MUG-${n}`,
    title: `Mug ${n}`,
    name: `Mug ${n} - Red`,
    quantity: 1 + (n % 2),
    price: '49.50',
    fulfillable_quantity: 1,
    fulfillment_status: null,
    product_exists: true,
    gift_card: false,
    discount_allocations: [],
  });
  return JSON.stringify({
    id: orderId,
    admin_graphql_api_id: `gid://shopify/Order/${orderId}`,
    name: `#${orderId % 100_000}`,
    order_number: orderId % 100_000,
    email: `buyer-${orderId % 5000}@example.pl`,
    created_at: '2026-03-02T10:15:00+01:00',
    updated_at: '2026-03-02T10:15:00+01:00',
    currency: 'PLN',
    total_price: '198.00',
    subtotal_price: '198.00',
    total_tax: '37.02',
    total_discounts: '0.00',
    financial_status: 'paid',
    fulfillment_status: null,
    customer_locale: 'pl',
    landing_site: '/?ref=BENCH',
    customer: {
      id: 7000 + (orderId % 5000),
      email: `buyer-${orderId % 5000}@example.pl`,
      first_name: 'Ala',
      last_name: 'Nowak',
      email_marketing_consent: {
        state: 'not_subscribed',
        opt_in_level: 'single_opt_in',
        consent_updated_at: null,
      },
    },
    shipping_address: { address1: 'ul. Długa 5', zip: '00-001', city: 'Warszawa', country_code: 'PL' },
    discount_codes: [],
    line_items: [line(1), line(2), line(3)],
    refunds: [],
    fulfillments: [],
  });
}

async function startServer(script: string) {
  const path = fileURLToPath(new URL(`./support/${script}`, import.meta.url));
  // BENCH_PROFILE_DIR=dir writes a V8 CPU profile of the server there (open it in Chrome DevTools).
  const profileDir = process.env['BENCH_PROFILE_DIR'];
  const profile = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', path], {
    env: { ...process.env, LOG_LEVEL: 'silent', BENCH_SHOPIFY_SECRET: SECRET },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', () => {
      const match = /READY (\S+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`the server exited with ${code} before it was ready`)));
  });
  return {
    url,
    async stop(): Promise<string> {
      child.kill('SIGTERM');
      if (child.exitCode === null) await once(child, 'exit');
      return /COUNTS .*/.exec(output)?.[0] ?? '(no counts)';
    },
  };
}

async function drive(url: string, seconds: number, connections: number) {
  let next = Date.now() * 10;
  const cpuAtStart = process.cpuUsage();
  const result = await autocannon({
    url,
    method: 'POST',
    connections,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => {
          next += 1;
          const body = orderBody(next);
          return {
            ...request,
            body,
            headers: {
              'content-type': 'application/json',
              'x-shopify-topic': 'orders/create',
              'x-shopify-shop-domain': SHOP,
              'x-shopify-api-version': '2025-01',
              'x-shopify-webhook-id': randomUUID(),
              'x-shopify-hmac-sha256': createHmac('sha256', SECRET).update(body).digest('base64'),
            },
          };
        },
      },
    ],
  });
  const cpu = process.cpuUsage(cpuAtStart);
  return {
    // The load generator shares the machine's two cores with the server: its cost bounds the figure.
    clientCpuPerRequestUs: Math.round((cpu.user + cpu.system) / Math.max(1, result.requests.total)),
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

/** One load run of a server started for it: warm-up, measured run, then its counts. */
async function measure(script: string, seconds: number, connections: number) {
  const server = await startServer(script);
  await drive(server.url, 2, 10); // warm the JIT and the statement caches
  const result = await drive(server.url, seconds, connections);
  return { result, counts: await server.stop() };
}

/**
 * Signed Shopify `orders/create` deliveries per second, end to end over HTTP on SQLite: HMAC
 * check, delivery dedupe, customer upsert, order insert and outbox append, one transaction each.
 * Every request carries a new webhook id and a new order id. In the same run, alternating with
 * it (the machine's speed drifts), a bare Fastify route that verifies the same HMAC, parses the
 * same body and inserts the order row with one prepared statement: Trustloop's rate is reported
 * as a ratio of that (goal ≥ 0.6×).
 */
export async function run(): Promise<void> {
  const seconds = Number(process.env['BENCH_SECONDS'] ?? 10);
  const connections = Number(process.env['BENCH_CONNECTIONS'] ?? 20);
  const rounds = Number(process.env['BENCH_ROUNDS'] ?? 2);
  const ratios: number[] = [];
  for (let round = 1; round <= rounds; round++) {
    const bare = await measure('shopify-webhooks-bare.server.ts', seconds, connections);
    const trustloop = await measure('shopify-webhooks.server.ts', seconds, connections);
    const ratio = trustloop.result.requestsPerSecond / Math.max(1, bare.result.requestsPerSecond);
    ratios.push(ratio);
    console.log(`round ${round}, bare Fastify + HMAC + one insert: ${formatRate(bare.result)}`);
    console.log(`  stored: ${bare.counts}`);
    console.log(`round ${round}, Trustloop Shopify orders/create webhooks: ${formatRate(trustloop.result)}`);
    console.log(
      `  stored: ${trustloop.counts} client-cpu-per-request=${trustloop.result.clientCpuPerRequestUs}µs`,
    );
    console.log(`  Trustloop / bare = ${ratio.toFixed(2)}× (goal ≥ 0.6×)`);
  }
  const sorted = [...ratios].sort((a, b) => a - b);
  console.log(
    `Trustloop / bare over ${rounds} rounds: ${ratios.map((r) => r.toFixed(2)).join(', ')} (median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(2)}×)`,
  );
}

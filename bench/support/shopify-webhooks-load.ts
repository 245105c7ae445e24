import { spawn } from 'node:child_process';
import { createHmac, randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

// What both Shopify webhook benchmarks (SQLite, and PostgreSQL with several processes) send.
export const SECRET = 'bench-shopify-secret';
export const SHOP = 'bench-shop.myshopify.com';

/** A realistic orders/create body (three lines, customer, addresses) with a fresh order id. */
export function orderBody(orderId: number): string {
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

/** CPU time (user + system) process `pid` has used so far, in microseconds (Linux, 100 ticks/s). */
export function processCpuUs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) * 10_000;
  } catch {
    return 0; // gone (a PostgreSQL backend that ended): its time is no longer counted
  }
}

export interface BenchServer {
  url: string;
  pid: number;
  /** Stops it (SIGTERM) and returns its last `COUNTS …` line, if it printed one. */
  stop(): Promise<string>;
}

/**
 * Starts `script` (a path, or a file of bench/support) under tsx with `args`, and waits for the
 * `READY <url>` it prints. BENCH_PROFILE_DIR=dir writes a V8 CPU profile of it there.
 */
export async function startBenchServer(
  script: string,
  env: Record<string, string> = {},
  args: string[] = [],
): Promise<BenchServer> {
  const path = script.includes('/') ? script : fileURLToPath(new URL(`./${script}`, import.meta.url));
  const profileDir = process.env['BENCH_PROFILE_DIR'];
  const profile = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', path, ...args], {
    env: { ...process.env, LOG_LEVEL: 'silent', BENCH_SHOPIFY_SECRET: SECRET, ...env },
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
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code} before it was ready`)));
  });
  return {
    url,
    pid: child.pid ?? 0,
    async stop(): Promise<string> {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await once(child, 'exit');
      }
      return /COUNTS .*/.exec(output)?.[0] ?? '(no counts)';
    },
  };
}

export interface DriveResult {
  requestsPerSecond: number;
  /** Answers 2xx: deliveries the server says it stored. */
  ok: number;
  p50Ms: number;
  /** The highest of the URLs' p99s when load is spread over several. */
  p99Ms: number;
  errors: number;
  non2xx: number;
  /** The load generator's own CPU per request: it shares the machine's cores with the servers. */
  clientCpuPerRequestUs: number;
}

/**
 * Signed `orders/create` deliveries, each with a new webhook id and order id, for `seconds`
 * over `connections` connections, spread evenly over `urls` (one autocannon per URL, at once).
 */
export async function drive(urls: string[], seconds: number, connections: number): Promise<DriveResult> {
  let next = Date.now() * 10;
  const cpuAtStart = process.cpuUsage();
  const results = await Promise.all(
    urls.map((url) =>
      autocannon({
        url,
        method: 'POST',
        connections: Math.max(1, Math.round(connections / urls.length)),
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
      }),
    ),
  );
  const cpu = process.cpuUsage(cpuAtStart);
  const total = results.reduce((sum, result) => sum + result.requests.total, 0);
  return {
    requestsPerSecond: results.reduce((sum, result) => sum + result.requests.average, 0),
    ok: results.reduce((sum, result) => sum + result['2xx'], 0),
    p50Ms: Math.max(...results.map((result) => result.latency.p50)),
    p99Ms: Math.max(...results.map((result) => result.latency.p99)),
    errors: results.reduce((sum, result) => sum + result.errors, 0),
    non2xx: results.reduce((sum, result) => sum + result.non2xx, 0),
    clientCpuPerRequestUs: Math.round((cpu.user + cpu.system) / Math.max(1, total)),
  };
}

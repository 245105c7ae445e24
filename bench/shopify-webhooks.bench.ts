import { formatRate } from './support/load.js';
import { drive, startBenchServer } from './support/shopify-webhooks-load.js';

/** One load run of a server started for it: warm-up, measured run, then its counts. */
async function measure(script: string, seconds: number, connections: number) {
  const server = await startBenchServer(script);
  await drive([server.url], 2, 10); // warm the JIT and the statement caches
  const result = await drive([server.url], seconds, connections);
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

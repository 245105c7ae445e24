import { formatRate } from './support/load.js';
import { drive, startBenchServer } from './support/shopify-webhooks-load.js';

/** One load run of a server started for it: warm-up, measured run, then its counts. */
async function measure(script: string, seconds: number, connections: number) {
  const server = await startBenchServer(script);
  await drive([server.url], 2, 10); // warm the JIT and the statement caches
  const result = await drive([server.url], seconds, connections);
  return { result, counts: await server.stop() };
}

/** Server CPU per stored order, from a server's `COUNTS …` line. */
const cpuPerOrder = (counts: string) => Number(/server-cpu-per-order=(\d+)/.exec(counts)?.[1] ?? Number.NaN);

/**
 * Signed Shopify `orders/create` deliveries per second, end to end over HTTP on SQLite: HMAC
 * check, delivery dedupe, customer upsert, order insert and outbox append, one transaction each.
 * Every request carries a new webhook id and a new order id. In the same run, alternating with
 * it (the machine's speed drifts), a bare Fastify route that verifies the same HMAC, parses the
 * same body and inserts the order row with one prepared statement: Trustloop's rate is reported
 * as a ratio of that (goal ≥ 0.6×). And the floor (shopify-webhooks-floor.server.ts): the rows
 * Trustloop commits for a delivery written with bare prepared statements in one transaction,
 * which no intake keeping Trustloop's invariants can beat.
 */
export async function run(): Promise<void> {
  const seconds = Number(process.env['BENCH_SECONDS'] ?? 10);
  const connections = Number(process.env['BENCH_CONNECTIONS'] ?? 20);
  const rounds = Number(process.env['BENCH_ROUNDS'] ?? 2);
  const ratios: number[] = [];
  const toFloor: number[] = [];
  const floorToBare: number[] = [];
  for (let round = 1; round <= rounds; round++) {
    const bare = await measure('shopify-webhooks-bare.server.ts', seconds, connections);
    const floor = await measure('shopify-webhooks-floor.server.ts', seconds, connections);
    const trustloop = await measure('shopify-webhooks.server.ts', seconds, connections);
    const rate = (run: typeof bare) => Math.max(1, run.result.requestsPerSecond);
    const ratio = trustloop.result.requestsPerSecond / rate(bare);
    ratios.push(ratio);
    toFloor.push(trustloop.result.requestsPerSecond / rate(floor));
    floorToBare.push(floor.result.requestsPerSecond / rate(bare));
    console.log(`round ${round}, bare Fastify + HMAC + one insert: ${formatRate(bare.result)}`);
    console.log(`  stored: ${bare.counts}`);
    console.log(
      `round ${round}, floor (Trustloop's rows, bare statements, commits shared as Trustloop's): ${formatRate(floor.result)}`,
    );
    console.log(`  stored: ${floor.counts}`);
    console.log(`round ${round}, Trustloop Shopify orders/create webhooks: ${formatRate(trustloop.result)}`);
    console.log(
      `  stored: ${trustloop.counts} client-cpu-per-request=${trustloop.result.clientCpuPerRequestUs}µs`,
    );
    const bareCpu = cpuPerOrder(bare.counts);
    const floorCpu = cpuPerOrder(floor.counts);
    const trustloopCpu = cpuPerOrder(trustloop.counts);
    console.log(
      `  Trustloop / bare = ${ratio.toFixed(2)}× (goal ≥ 0.6×); Trustloop / floor = ${toFloor.at(-1)!.toFixed(2)}×; floor / bare = ${floorToBare.at(-1)!.toFixed(2)}×`,
    );
    console.log(
      `  server CPU per order: Trustloop ${trustloopCpu} µs = ${(trustloopCpu / floorCpu).toFixed(2)}× the floor's ${floorCpu} µs = ${(floorCpu / bareCpu).toFixed(2)}× bare's ${bareCpu} µs`,
    );
  }
  const summary = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return `${values.map((r) => r.toFixed(2)).join(', ')} (median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(2)}×)`;
  };
  console.log(`Trustloop / bare over ${rounds} rounds: ${summary(ratios)}`);
  console.log(`Trustloop / floor: ${summary(toFloor)}; floor / bare: ${summary(floorToBare)}`);
}

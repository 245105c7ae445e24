import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { drive, processCpuUs } from './support/shopify-webhooks-load.js';
import {
  backendsCpuBetween,
  drained,
  type PrivateSchema,
  type Proc,
  privateSchema,
  type Side,
  setUpTrustloop,
  startBare,
  startFloor,
  startServe,
  trustloopCounts,
} from './support/shopify-webhooks-postgres.js';

const loadAverage = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const rate = (perSecond: number) => `${Math.round(perSecond).toLocaleString('en')} req/s`;
const µs = (cpuUs: number, orders: number) => `${orders > 0 ? Math.round(cpuUs / orders) : 0} µs`;
const summary = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return `${values.map((r) => r.toFixed(2)).join(', ')} (median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(2)}×)`;
};
const cpuOf = (procs: Proc[]) => procs.reduce((sum, proc) => sum + processCpuUs(proc.pid), 0);

/** The CPU `procs` and the PostgreSQL backends serving `side` use while `work` runs. */
async function cpuDuring<R>(schema: PrivateSchema, side: Side, procs: Proc[], work: () => Promise<R>) {
  const processesBefore = cpuOf(procs);
  const backendsBefore = await schema.backendsCpuUs(side);
  const value = await work();
  return {
    value,
    processesUs: cpuOf(procs) - processesBefore,
    backendsUs: backendsCpuBetween(backendsBefore, await schema.backendsCpuUs(side)),
  };
}

/** A round of a yardstick (the bare route or the floor): two processes, warm-up, measured run. */
async function yardstickRound(
  schema: PrivateSchema,
  side: Side,
  start: () => Promise<Proc[]>,
  seconds: number,
  connections: number,
) {
  const procs = await start();
  const urls = procs.map((proc) => proc.url);
  await drive(urls, 2, 10); // warm the JIT, the pools and the prepared statements
  const run = await cpuDuring(schema, side, procs, () => drive(urls, seconds, connections));
  await Promise.all(procs.map((proc) => proc.stop()));
  return run;
}

/** A round of Trustloop: 2 workers, 2 API processes, warm-up, measured run, drain, counts. */
async function trustloopRound(
  schema: PrivateSchema,
  start: { masterKey: string; channel: string },
  seconds: number,
  connections: number,
) {
  const before = await trustloopCounts(schema);
  const serve = (role: 'api' | 'worker') => startServe(role, schema, start.masterKey, start.channel);
  const workers = await Promise.all([serve('worker'), serve('worker')]);
  const api = await Promise.all([serve('api'), serve('api')]);
  const urls = api.map((proc) => proc.url);
  await drive(urls, 2, 10);
  const workersAtStart = await cpuDuring(schema, 'worker', workers, async () => {
    const run = await cpuDuring(schema, 'api', api, () => drive(urls, seconds, connections));
    return { run, drainSeconds: await drained(schema) };
  });
  await Promise.all([...api, ...workers].map((proc) => proc.stop()));
  const after = await trustloopCounts(schema);
  const { run, drainSeconds } = workersAtStart.value;
  return { run, drainSeconds, workers: workersAtStart, before, after };
}

/**
 * Signed Shopify `orders/create` deliveries on PostgreSQL with two `trustloop serve --role api`
 * processes and two `--role worker` processes, the load spread over both API ports, against two
 * bare route processes (same HMAC, same JSON parse, one prepared insert of the order row) and
 * two floor processes (Trustloop's rows, one transaction, one prepared statement per table: what
 * no intake keeping Trustloop's invariants can beat; shopify-webhooks-floor-postgres.server.ts)
 * in the same run, alternating rounds. Reports the rate ratios, p99, CPU per order (the processes', and
 * the PostgreSQL backends' serving them, told apart by application_name), then, from the
 * database, that every answered order was stored once and every event relayed to delivery jobs
 * the workers finished. A private schema of the database `test`, dropped at the end
 * (`BENCH_POSTGRES_URL` names another database).
 */
export async function run(): Promise<void> {
  const seconds = Number(process.env['BENCH_SECONDS'] ?? 10);
  const connections = Number(process.env['BENCH_CONNECTIONS'] ?? 20);
  const rounds = Number(process.env['BENCH_ROUNDS'] ?? 2);
  const schema = await privateSchema();
  // The floor writes Trustloop's tables: a schema of its own, so Trustloop's workers never see its events.
  const floorSchema = await privateSchema();
  try {
    const masterKey = randomBytes(32).toString('base64');
    const channel = await setUpTrustloop(schema, masterKey);
    const floorChannel = await setUpTrustloop(floorSchema, masterKey);
    const ratios: number[] = [];
    const toFloor: number[] = [];
    const floorToBare: number[] = [];
    for (let round = 1; round <= rounds; round++) {
      const bare = await yardstickRound(schema, 'bare', () => startBare(schema), seconds, connections);
      const floorOrders = await floorSchema.count('select count(*) as n from $schema.orders');
      const floor = await yardstickRound(
        floorSchema,
        'floor',
        () => startFloor(floorSchema, floorChannel),
        seconds,
        connections,
      );
      const floorStored = (await floorSchema.count('select count(*) as n from $schema.orders')) - floorOrders;
      const trustloop = await trustloopRound(schema, { masterKey, channel }, seconds, connections);
      const { run: api, after, before, workers } = trustloop;
      const ratio = api.value.requestsPerSecond / Math.max(1, bare.value.requestsPerSecond);
      ratios.push(ratio);
      toFloor.push(api.value.requestsPerSecond / Math.max(1, floor.value.requestsPerSecond));
      floorToBare.push(floor.value.requestsPerSecond / Math.max(1, bare.value.requestsPerSecond));
      const orders = after.orders - before.orders;
      console.log(
        `round ${round}, bare Fastify + HMAC + one prepared insert, 2 processes: ${rate(bare.value.requestsPerSecond)} (p99 ${bare.value.p99Ms} ms, errors ${bare.value.errors}, non-2xx ${bare.value.non2xx})`,
      );
      console.log(
        `  CPU per order: processes ${µs(bare.processesUs, bare.value.ok)} + PostgreSQL backends ${µs(bare.backendsUs, bare.value.ok)}`,
      );
      console.log(
        `round ${round}, floor (Trustloop's rows, one transaction and one prepared statement per table), 2 processes: ${rate(floor.value.requestsPerSecond)} (p99 ${floor.value.p99Ms} ms, errors ${floor.value.errors}, non-2xx ${floor.value.non2xx})`,
      );
      console.log(
        `  CPU per order: processes ${µs(floor.processesUs, floor.value.ok)} + PostgreSQL backends ${µs(floor.backendsUs, floor.value.ok)}; orders stored (warm-up included) ${floorStored}`,
      );
      console.log(
        `round ${round}, Trustloop, 2 API + 2 worker processes: ${rate(api.value.requestsPerSecond)} (p99 ${api.value.p99Ms} ms, errors ${api.value.errors}, non-2xx ${api.value.non2xx})`,
      );
      console.log(
        `  CPU per order: API processes ${µs(api.processesUs, api.value.ok)} + their backends ${µs(api.backendsUs, api.value.ok)}; workers (run and drain) ${µs(workers.processesUs, orders)} + their backends ${µs(workers.backendsUs, orders)}`,
      );
      console.log(
        `  stored (warm-up included): orders ${orders} (${after.distinctOrders - before.distinctOrders} distinct), deliveries ${after.deliveries - before.deliveries}, events ${after.events - before.events}; answered 200 in the measured run ${api.value.ok}`,
      );
      const drain = trustloop.drainSeconds;
      console.log(
        `  ${drain === undefined ? 'NOT drained within 300 s' : `drained ${drain.toFixed(1)} s after the run`}: events not relayed ${after.unrelayed}, jobs ${after.jobs - before.jobs} new (open ${after.jobsOpen}, done ${after.jobsDone}, dead ${after.jobsDead} in all)`,
      );
      console.log(
        `  Trustloop / bare = ${ratio.toFixed(2)}× (goal ≥ 0.6×); Trustloop / floor = ${toFloor.at(-1)!.toFixed(2)}×; floor / bare = ${floorToBare.at(-1)!.toFixed(2)}× (load average ${loadAverage()})`,
      );
    }
    console.log(`PostgreSQL Trustloop / bare over ${rounds} rounds: ${summary(ratios)}`);
    console.log(`PostgreSQL Trustloop / floor: ${summary(toFloor)}; floor / bare: ${summary(floorToBare)}`);
  } finally {
    await schema.drop();
    await floorSchema.drop();
  }
}

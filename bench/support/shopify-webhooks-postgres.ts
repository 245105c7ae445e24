import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { processCpuUs, SECRET, startBenchServer } from './shopify-webhooks-load.js';

// The processes and the counts of the PostgreSQL Shopify webhook benchmark: a private schema of
// the database `test`, `trustloop serve` processes by role, and the bare route's processes.

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BASE_URL = process.env['BENCH_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Whose connections a PostgreSQL backend serves. */
export type Side = 'bare' | 'floor' | 'api' | 'worker';

/** A schema of its own (dropped by `drop`), and the URLs that put each side's connections in it. */
export async function privateSchema() {
  const name = `bench_webhooks_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: BASE_URL });
  await admin.connect();
  await admin.query(`create schema ${name}`);
  await admin.query(`create table ${name}.bare_orders (
    id bigserial primary key, external_id text not null unique, number text, email text,
    currency text not null, total integer not null, placed_at text not null, line_items text not null)`);
  // application_name tells this bench's PostgreSQL backends apart (their CPU is part of the cost).
  const urlFor = (application: string) =>
    `${BASE_URL}?application_name=${application}&options=${encodeURIComponent(`-c search_path=${name}`)}`;
  return {
    name,
    urlOf: (side: Side) => urlFor(`${name}_${side}`),
    /** CPU used so far by the backends serving `side`, by pid (backends come and go). */
    async backendsCpuUs(side: Side): Promise<Map<number, number>> {
      const { rows } = await admin.query<{ pid: number }>(
        'select pid from pg_stat_activity where application_name = $1',
        [`${name}_${side}`],
      );
      return new Map(rows.map(({ pid }) => [pid, processCpuUs(pid)]));
    },
    async count(sql: string): Promise<number> {
      const { rows } = await admin.query<{ n: string }>(sql.replaceAll('$schema', name));
      return Number(rows[0]?.n ?? 0);
    },
    async drop() {
      await admin.query(`drop schema ${name} cascade`);
      await admin.end();
    },
  };
}
export type PrivateSchema = Awaited<ReturnType<typeof privateSchema>>;

/** CPU the backends used between two `backendsCpuUs` readings (a new backend counts from 0). */
export function backendsCpuBetween(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, cpu] of after) total += Math.max(0, cpu - (before.get(pid) ?? 0));
  return total;
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', () => resolve()));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

export interface Proc {
  pid: number;
  /** The webhook URL (API processes), or '' (workers). */
  url: string;
  stop(): Promise<void>;
}

/** The schema migrated, an account with a channel connected to Shopify: its public id. */
export async function setUpTrustloop(schema: PrivateSchema, masterKey: string): Promise<string> {
  const setup = await startBenchServer('shopify-webhooks-postgres-setup.ts', {
    DATABASE_URL: schema.urlOf('api'),
    TRUSTLOOP_MASTER_KEY: masterKey,
  });
  await setup.stop();
  return setup.url;
}

/**
 * `trustloop serve --role <role>` as an operator runs it (under tsx, as the SQLite bench runs
 * Trustloop), on the schema; an API process is ready once `/readyz` answers 200.
 * BENCH_PROFILE_DIR profiles the processes of one role, BENCH_PROFILE_ROLE (`api` unless set
 * to `worker`): a profiled worker never looks idle, so its start is given 8 s instead.
 */
export async function startServe(
  role: 'api' | 'worker',
  schema: PrivateSchema,
  masterKey: string,
  channelPublicId: string,
): Promise<Proc> {
  const port = await freePort();
  const profileDir = process.env['BENCH_PROFILE_DIR'];
  const profiled = profileDir !== undefined && role === (process.env['BENCH_PROFILE_ROLE'] ?? 'api');
  const profile = profiled ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const child: ChildProcess = spawn(
    process.execPath,
    [...profile, '--import', 'tsx', 'src/cli/main.ts', 'serve', '--role', role],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: schema.urlOf(role),
        TRUSTLOOP_MASTER_KEY: masterKey,
        LOG_LEVEL: 'silent',
        HOST: '127.0.0.1',
        PORT: String(port),
        // The benchmark measures throughput, not the limiter (production keeps its default).
        WEBHOOK_RATE_LIMIT_PER_MINUTE: '100000000',
        BENCH_SHOPIFY_SECRET: SECRET,
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const exited = once(child, 'exit');
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    await exited;
  };
  if (role === 'api') {
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`serve --role api exited with ${child.exitCode}`);
      const ready = await fetch(`http://127.0.0.1:${port}/readyz`).then(
        (response) => response.ok,
        () => false,
      );
      if (ready) break;
      if (Date.now() > deadline) {
        await stop();
        throw new Error('serve --role api was not ready within 60 s');
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  if (role === 'worker' && profiled) await new Promise((resolve) => setTimeout(resolve, 8_000));
  else if (role === 'worker') await settled(child.pid ?? 0);
  const url = role === 'api' ? `http://127.0.0.1:${port}/webhooks/shopify/${channelPublicId}` : '';
  return { pid: child.pid ?? 0, url, stop };
}

/**
 * Waits until process `pid` has started: a worker opens no port, so its start is over once it
 * uses under 5% of a core (polling for jobs) for a second, and its start-up is not counted.
 */
async function settled(pid: number): Promise<void> {
  const deadline = Date.now() + 60_000;
  let last = processCpuUs(pid);
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const now = processCpuUs(pid);
    if (now - last < 50_000) return;
    last = now;
  }
  throw new Error(`process ${pid} was still starting after 60 s`);
}

/** Two processes of a yardstick `script` with `env`. */
async function startTwo(script: string, env: Record<string, string>): Promise<Proc[]> {
  const servers = await Promise.all([1, 2].map(() => startBenchServer(script, env)));
  return servers.map((server) => ({
    pid: server.pid,
    url: server.url,
    stop: async () => void (await server.stop()),
  }));
}

/** Two bare route processes on the schema. */
export function startBare(schema: PrivateSchema): Promise<Proc[]> {
  return startTwo('shopify-webhooks-bare-postgres.server.ts', { DATABASE_URL: schema.urlOf('bare') });
}

/** Two floor processes on a schema Trustloop migrated, for its channel `channelPublicId`. */
export function startFloor(schema: PrivateSchema, channelPublicId: string): Promise<Proc[]> {
  return startTwo('shopify-webhooks-floor-postgres.server.ts', {
    DATABASE_URL: schema.urlOf('floor'),
    BENCH_CHANNEL: channelPublicId,
  });
}

/** What Trustloop's tables hold now: orders (and distinct ones), deliveries, events, jobs. */
export async function trustloopCounts(schema: PrivateSchema) {
  return {
    orders: await schema.count('select count(*) as n from $schema.orders'),
    distinctOrders: await schema.count(
      'select count(distinct (channel_id, source, external_id)) as n from $schema.orders',
    ),
    deliveries: await schema.count('select count(*) as n from $schema.inbound_deliveries'),
    events: await schema.count('select count(*) as n from $schema.events'),
    unrelayed: await schema.count('select count(*) as n from $schema.events where relayed_at is null'),
    jobs: await schema.count('select count(*) as n from $schema.jobs'),
    jobsOpen: await schema.count(
      "select count(*) as n from $schema.jobs where state in ('pending', 'running')",
    ),
    jobsDone: await schema.count("select count(*) as n from $schema.jobs where state = 'done'"),
    jobsDead: await schema.count("select count(*) as n from $schema.jobs where state = 'dead'"),
  };
}

/** Waits until every event is relayed and no job is pending or running; the seconds it took. */
export async function drained(schema: PrivateSchema, timeoutSeconds = 300): Promise<number | undefined> {
  const start = performance.now();
  for (;;) {
    const open = await schema.count(
      `select (select count(*) from $schema.events where relayed_at is null)
        + (select count(*) from $schema.jobs where state in ('pending', 'running')) as n`,
    );
    if (open === 0) return (performance.now() - start) / 1000;
    if (performance.now() - start > timeoutSeconds * 1000) return undefined;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import type { ConnectorsTables } from '../src/connectors/connectors.tables.js';
import { loadConfig } from '../src/platform/config.js';
import { createTrustloop } from '../src/trustloop.js';
import { seedProfiles } from '../test/support/profile-mirror-seed.js';
import { cpuSeconds } from './support/first-day.js';
import { startFakeProcess } from './support/klaviyo-export.js';

interface Result {
  seconds: number;
  peakMb: number;
  baselineMb: number;
  /** CPU (user + system) of the `trustloop export` process, start-up included. */
  cpuSeconds: number;
  progress: { status: string; total: number; completed: number; failed: number };
}

/**
 * First export of BENCH_CUSTOMERS (default 1,000,000) profiles to the Klaviyo fake through bulk
      `peak RSS of trustloop export ${result.peakMb} MB (target ≤ 300 MB; ${result.baselineMb} MB when the export started)`,
 * Three processes: this one seeds the database, the fake runs alone, and `trustloop export`
 * (the compiled CLI, as an operator runs it) works the export alone; its memory is measured. `DATABASE_URL=postgres://…`
 * runs it on PostgreSQL.
 */
export async function run(): Promise<void> {
  const customers = Number(process.env['BENCH_CUSTOMERS'] ?? 1_000_000);
  const fake = await startFakeProcess();
  const env: Record<string, string> = {
    DATA_DIR: mkdtempSync(join(tmpdir(), 'trustloop-bench-')),
    LOG_LEVEL: 'silent',
    TRUSTLOOP_MASTER_KEY: randomBytes(32).toString('base64'),
    PASSWORD_HASH_COST: '1024',
    JOBS_POLL_INTERVAL_MS: '20',
    ...(process.env['DATABASE_URL'] ? { DATABASE_URL: process.env['DATABASE_URL'] } : {}),
  };
  try {
    const seeder = await createTrustloop({ config: loadConfig(env) });
    const { account } = await seeder.accounts.users.createAccount('Bench shop', {
      email: 'bench@example.com',
      name: 'Bench',
      password: 'correct horse battery staple',
    });
    const channel = await seeder.accounts.channels.create(account.id, {
      name: 'Bench',
      domain: 'bench.example.com',
      defaultLocale: 'cs',
      currency: 'CZK',
      timeZone: 'Europe/Prague',
    });
    const seeding = Date.now();
    await seedProfiles(seeder.database.db as Kysely<ConnectorsTables>, account.id, channel.id, customers);
    console.log(
      `seeded ${customers.toLocaleString('en')} profiles in ${((Date.now() - seeding) / 1000).toFixed(1)} s`,
    );
    const connection = await seeder.connectors.connect(account.id, {
      channelId: channel.id,
      connectorId: 'klaviyo',
      settings: { publicKey: fake.publicKey, privateKey: fake.privateKey, baseUrl: fake.url },
    });
    await seeder.stop();

    const result = await exportInChild({
      ...env,
      BENCH_ACCOUNT_ID: account.id,
      BENCH_CONNECTION_ID: connection.id,
    });
    const atFake = await fake.profileCount();
    const { progress } = result;
    console.log(
      `export ${progress.status}: ${progress.completed.toLocaleString('en')}/${progress.total.toLocaleString('en')} completed, ${progress.failed} failed; the Klaviyo fake holds ${atFake.toLocaleString('en')} profiles`,
    );
    console.log(
      `time ${result.seconds.toFixed(1)} s (target ≤ 60 s), ${Math.round(customers / result.seconds).toLocaleString('en')} profiles/s`,
    );
    console.log(
      `CPU of trustloop export ${result.cpuSeconds.toFixed(1)} s = ${((result.cpuSeconds / customers) * 1e6).toFixed(1)} µs per profile (start-up included; load average ${loadavg()[0]!.toFixed(1)})`,
    );
    console.log(
      `peak RSS of trustloop export ${result.peakMb} MB (target ≤ 300 MB; ${result.baselineMb} MB when the export started)`,
    );
  } finally {
    await fake.stop();
  }
}

/** The kernel's figures for a process: resident set now and at its peak (VmHWM), in MB. */
function memoryOf(pid: number): { rssMb: number; peakMb: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0);
    return { rssMb: Math.round(kb('VmRSS') / 102.4) / 10, peakMb: Math.round(kb('VmHWM') / 102.4) / 10 };
  } catch {
    return undefined; // exited
  }
}

/**
 * Runs `trustloop export` as an operator would: the compiled CLI (built here first, so the
 * figure is for the current source), alone in its process. Its peak RSS is read from the kernel.
 */
async function exportInChild(env: Record<string, string>): Promise<Result> {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const build = spawnSync(
    process.execPath,
    [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (build.status !== 0) throw new Error('building dist/ failed');
  const heap = process.env['BENCH_MAX_OLD_SPACE_MB'];
  const flags = heap ? [`--max-old-space-size=${heap}`] : [];
  flags.push(...(process.env['BENCH_EXPORT_FLAGS'] ?? '').split(' ').filter(Boolean));
  const started = Date.now();
  const child = spawn(
    process.execPath,
    [
      ...flags,
      join(root, 'dist/cli/main.js'),
      'export',
      env['BENCH_CONNECTION_ID']!,
      '--account',
      env['BENCH_ACCOUNT_ID']!,
    ],
    { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  let baselineMb = 0;
  let peakMb = 0;
  let cpu = 0;
  const sampler = setInterval(() => {
    const memory = child.pid === undefined ? undefined : memoryOf(child.pid);
    if (!memory) return;
    cpu = cpuSeconds(child.pid!) ?? cpu;
    if (baselineMb === 0 && /export \S+ started/.test(output)) baselineMb = memory.rssMb;
    peakMb = Math.max(peakMb, memory.peakMb);
  }, 20);
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  clearInterval(sampler);
  const seconds = (Date.now() - started) / 1000;
  const done = /done: (\d+) profiles exported, (\d+) refused/.exec(output);
  if (code !== 0 || !done) throw new Error(`trustloop export exited with ${code}: ${output}`);
  return {
    seconds,
    peakMb,
    baselineMb,
    cpuSeconds: cpu,
    progress: {
      status: 'complete',
      total: Number(done[1]) + Number(done[2]),
      completed: Number(done[1]),
      failed: Number(done[2]),
    },
  };
}

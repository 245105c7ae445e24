import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../src/platform/config.js';
import { createTrustloop } from '../src/trustloop.js';
import {
  backlog,
  bareInsert,
  timeTo200,
  type Watched,
  watch,
  writeFirstDayFiles,
} from './support/first-day.js';
import { floorInsert } from './support/first-day-floor.js';
import { startFakeProcess } from './support/klaviyo-export.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist/cli/main.js');

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function finished(step: string, watched: Watched): Promise<void> {
  const code = await watched.exited;
  if (code !== 0) throw new Error(`${step} exited with ${code}:\n${watched.output()}`);
}

const rate = (rows: number, seconds: number) => `${Math.round(rows / seconds).toLocaleString('en')} rows/s`;

/**
 * A merchant's first day (issue 12) on SQLite, as an operator runs it with the compiled CLI:
 * `trustloop import customers` and `import orders` of FIRST_DAY_ROWS rows each (default
 * 1,000,000), with `trustloop serve` started half-way through the customers (its time to
 * /healthz is the figure), the server's workers draining the fan-out, then `trustloop export`
 * to the Klaviyo fake (its own process). In the same run, a bare better-sqlite3 insert of the
 * same rows is the floor the import's rate is compared with. Peak RSS per process from the kernel.
 */
export async function run(): Promise<void> {
  const rows = Number(process.env['FIRST_DAY_ROWS'] ?? 1_000_000);
  const build = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
    {
      cwd: ROOT,
      stdio: 'inherit',
    },
  );
  if (build.status !== 0) throw new Error('building dist/ failed');
  const dir = mkdtempSync(join(tmpdir(), 'trustloop-first-day-'));
  const dbPath = join(dir, 'trustloop.db');
  const port = await freePort();
  const env: Record<string, string> = {
    DATA_DIR: dir,
    DATABASE_URL: `sqlite:${dbPath}`,
    LOG_LEVEL: 'silent',
    TRUSTLOOP_MASTER_KEY: randomBytes(32).toString('base64'),
    PASSWORD_HASH_COST: '1024',
    PORT: String(port),
    // A port of its own for the BCC mail listener too: with the default 2525, a second
    // first-day run on the machine made `serve` exit ("port 2525 is already in use").
    BCC_SMTP_PORT: String(await freePort()),
    HOST: '127.0.0.1',
  };
  const fake = await startFakeProcess();
  let server: Watched | undefined;
  try {
    const customersCsv = join(dir, 'customers.csv');
    const ordersCsv = join(dir, 'orders.csv');
    await writeFirstDayFiles(customersCsv, ordersCsv, rows);
    const bare = bareInsert(join(dir, 'bare.db'), customersCsv, ordersCsv);
    const bareRate = bare.rate;

    const setup = await createTrustloop({ config: loadConfig(env) });
    const { account } = await setup.accounts.users.createAccount('First day', {
      email: 'owner@example.pl',
      name: 'Owner',
      password: 'correct horse battery staple',
    });
    const channel = await setup.accounts.channels.create(account.id, {
      name: 'Sklep',
      domain: 'sklep.example.pl',
      defaultLocale: 'pl',
      currency: 'PLN',
      timeZone: 'Europe/Warsaw',
    });
    const connection = await setup.connectors.connect(account.id, {
      channelId: channel.id,
      connectorId: 'klaviyo',
      settings: { publicKey: fake.publicKey, privateKey: fake.privateKey, baseUrl: fake.url },
    });
    await setup.stop();
    // The same rows as the import commits, written bare into a copy of the migrated database.
    copyFileSync(dbPath, join(dir, 'floor.db'));
    const floor = floorInsert(join(dir, 'floor.db'), customersCsv, ordersCsv);
    rmSync(join(dir, 'floor.db'), { force: true });

    const importStarted = performance.now();
    const customers = watch(
      process.execPath,
      [CLI, 'import', 'customers', customersCsv, '--batch-size', '1000', '--no-wait'],
      env,
    );
    // The server starts half-way through the customers (the progress lines say how far).
    let healthzMs = Number.NaN;
    const startServer = async () => {
      // BENCH_SERVE_FLAGS: node flags for the server alone (e.g. --cpu-prof while it drains).
      const serveFlags = (process.env['BENCH_SERVE_FLAGS'] ?? '').split(' ').filter(Boolean);
      server = watch(process.execPath, [...serveFlags, CLI, 'serve'], env);
      healthzMs = await timeTo200(`http://127.0.0.1:${port}/healthz`, 120_000);
    };
    const halfWay = new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        const percents = [...customers.output().matchAll(/(\d+)% ·/g)].map((m) => Number(m[1]));
        if (percents.some((p) => p >= 50) || customers.child.exitCode !== null) {
          clearInterval(timer);
          resolve();
        }
      }, 100);
    });
    await halfWay;
    const serving = startServer();
    await finished('import customers', customers);
    const orders = watch(
      process.execPath,
      [CLI, 'import', 'orders', ordersCsv, '--batch-size', '1000', '--no-wait'],
      env,
    );
    await finished('import orders', orders);
    const importSeconds = (performance.now() - importStarted) / 1000;
    await serving;
    const afterImport = backlog(dbPath);

    const drainStarted = performance.now();
    let healthzDuringDrainMs = 0;
    for (;;) {
      const left = backlog(dbPath);
      if (left.unrelayed === 0 && left.due === 0) break;
      const probe = performance.now();
      await timeTo200(`http://127.0.0.1:${port}/healthz`, 30_000);
      healthzDuringDrainMs = Math.max(healthzDuringDrainMs, performance.now() - probe);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const drainSeconds = (performance.now() - drainStarted) / 1000;
    const jobs = backlog(dbPath).jobs;

    const exportStarted = performance.now();
    // BENCH_EXPORT_FLAGS: node flags for the export process alone (e.g. --cpu-prof).
    const exportFlags = (process.env['BENCH_EXPORT_FLAGS'] ?? '').split(' ').filter(Boolean);
    const exporting = watch(
      process.execPath,
      [...exportFlags, CLI, 'export', connection.id, '--account', account.id],
      env,
    );
    await finished('export', exporting);
    const exportSeconds = (performance.now() - exportStarted) / 1000;
    const done = /done: (\d+) profiles exported, (\d+) refused/.exec(exporting.output());
    const atFake = await fake.profileCount();
    const serverPeak = server!.peakMb();
    const serverCpu = server!.cpuSeconds();
    server!.child.kill('SIGTERM');
    await server!.exited;

    const imported = 2 * rows;
    const at = new Date().toISOString().slice(11, 16);
    console.log(
      `first day, ${rows.toLocaleString('en')} customers + ${rows.toLocaleString('en')} orders, SQLite, ${at} UTC`,
    );
    console.log(`bare better-sqlite3 insert: ${rate(imported, imported / bareRate)}`);
    console.log(
      `import (customers then orders, CLI): ${importSeconds.toFixed(1)} s, ${rate(imported, importSeconds)} = ${(imported / importSeconds / bareRate).toFixed(2)}× bare (goal ≥ 0.5×); peak RSS customers ${customers.peakMb()} MB, orders ${orders.peakMb()} MB`,
    );
    // The machine's load moves wall-clock rates by 2× and more (and the server drains beside the
    // import); CPU per row moves much less, so the ratio of CPU per row is printed too.
    const importCpu = customers.cpuSeconds() + orders.cpuSeconds();
    const importUsPerRow = (importCpu * 1e6) / imported;
    console.log(
      `CPU per imported row: import ${importUsPerRow.toFixed(0)} µs (customers ${customers.cpuSeconds().toFixed(1)} s + orders ${orders.cpuSeconds().toFixed(1)} s of CPU, start-up included), bare ${bare.cpuUsPerRow.toFixed(1)} µs = ${(bare.cpuUsPerRow / importUsPerRow).toFixed(3)}× bare by CPU`,
    );
    console.log(
      `floor, Trustloop's rows for the same records written bare (prepared statements, no validation or lookups): ${floor.cpuUsPerRow.toFixed(1)} µs CPU per row = ${(bare.cpuUsPerRow / floor.cpuUsPerRow).toFixed(3)}× bare; the import is ${(importUsPerRow / floor.cpuUsPerRow).toFixed(2)}× the floor`,
    );
    console.log(
      `left after the import: ${afterImport.unrelayed.toLocaleString('en')} events to fan out, ${afterImport.due.toLocaleString('en')} jobs due`,
    );
    console.log(
      `fan-out drained ${drainSeconds.toFixed(1)} s after the import ended = ${(drainSeconds / importSeconds).toFixed(2)}× the import's time (goal ≤ 2×)`,
    );
    console.log(
      `jobs created: ${jobs.toLocaleString('en')} = ${(jobs / imported).toFixed(3)} per imported row`,
    );
    console.log(
      `serve started half-way through the customers: /healthz in ${(healthzMs / 1000).toFixed(2)} s (goal ≤ 5 s); slowest /healthz while draining ${(healthzDuringDrainMs / 1000).toFixed(2)} s; server peak RSS ${serverPeak} MB, CPU ${serverCpu.toFixed(1)} s = ${((serverCpu * 1e6) / imported).toFixed(0)} µs per imported row (its fan-out, beside the import and after it)`,
    );
    console.log(
      `export to the Klaviyo fake: ${done?.[1] ?? '?'} profiles (${done?.[2] ?? '?'} refused; the fake holds ${atFake.toLocaleString('en')}) in ${exportSeconds.toFixed(1)} s (goal ≤ 60 s for 1M), ${((exporting.cpuSeconds() * 1e6) / rows).toFixed(1)} µs CPU per profile, peak RSS ${exporting.peakMb()} MB (goal ≤ 300 MB)`,
    );
    console.log(`total wall time ${((performance.now() - importStarted) / 1000).toFixed(1)} s`);
  } finally {
    if (server && server.child.exitCode === null) {
      server.child.kill('SIGTERM');
      await server.exited;
    }
    await fake.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import type { ConnectorsTables } from '../src/connectors/connectors.tables.js';
import { loadConfig } from '../src/platform/config.js';
import { createTrustloop } from '../src/trustloop.js';
import { seedProfiles, startFakeProcess } from './support/klaviyo-export.js';

interface Result {
  seconds: number;
  peakMb: number;
  baselineMb: number;
  progress: { status: string; total: number; completed: number; failed: number };
}

/**
 * First export of BENCH_CUSTOMERS (default 1,000,000) profiles to the Klaviyo fake through bulk
 * import jobs of 10,000. Targets: ≤ 60 s, and a peak RSS of the Trustloop process ≤ 300 MB.
 * Three processes: this one seeds the database, the fake runs alone, and the export runs alone
 * in a fresh Trustloop process whose memory is the one measured. `DATABASE_URL=postgres://…`
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
      `peak RSS of the Trustloop process ${result.peakMb} MB (target ≤ 300 MB; ${result.baselineMb} MB when started)`,
    );
  } finally {
    await fake.stop();
  }
}

async function exportInChild(env: Record<string, string>): Promise<Result> {
  const path = fileURLToPath(new URL('./support/klaviyo-export.worker.ts', import.meta.url));
  const heap = process.env['BENCH_MAX_OLD_SPACE_MB'];
  const flags = heap ? [`--max-old-space-size=${heap}`] : [];
  const child = spawn(process.execPath, [...flags, '--import', 'tsx', path], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  const line = /RESULT (.+)/.exec(output)?.[1];
  if (code !== 0 || !line) throw new Error(`the export process exited with ${code}: ${output}`);
  return JSON.parse(line) as Result;
}

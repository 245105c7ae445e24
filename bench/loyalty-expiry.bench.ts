/**
 * The nightly loyalty run over a large program: LOYALTY_BENCH_MEMBERS members (1,000,000 by
 * default) with three lots each. For one member in LOYALTY_BENCH_EXPIRING_EVERY (10) a lot
 * ended yesterday and expires in this run; for one in LOYALTY_BENCH_NOTICE_EVERY (10) a lot ends
 * in 14 days and gets its points.expiring notice. The run is set-based and walks only the lots
 * due (an index range), so its time follows the number of expiring lots, not of members:
 * `LOYALTY_BENCH_EXPIRING_EVERY=1` is the worst case (every member expires the same night).
 * Runs on SQLite and, when reachable, PostgreSQL; target ≤ 30 s.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { ManualClock } from '../src/platform/clock.js';
import { type DialectKind, migrateToLatest, openDatabase } from '../src/platform/db/index.js';
import { TEST_DATABASE_URL } from '../test/support/postgres-url.js';
import { balanceMismatches, generateMembers } from './support/loyalty-data.js';
import { loyaltyHarness } from './support/loyalty-harness.js';

const MEMBERS = Number(process.env['LOYALTY_BENCH_MEMBERS'] ?? 1_000_000);
/** 1 in n members has a lot that expired last night (n = 1 is the worst case: everybody). */
const EXPIRING_EVERY = Number(process.env['LOYALTY_BENCH_EXPIRING_EVERY'] ?? 10);
const NOTICE_EVERY = Number(process.env['LOYALTY_BENCH_NOTICE_EVERY'] ?? 10);
const NOW = '2026-06-15T01:00:00.000Z'; // 03:00 in Warsaw

async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function benchOn(kind: DialectKind): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'trustloop-loyalty-bench-'));
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  const url = kind === 'sqlite' ? `sqlite:${join(dataDir, 'bench.db')}` : TEST_DATABASE_URL;
  // The defaults a deployment gets (SQLite's page cache and memory map included): no tuning here.
  const database = await openDatabase(kind === 'sqlite' ? { url } : { url, schema, poolSize: 4 });
  await migrateToLatest(database);
  const clock = new ManualClock('2025-06-01T10:00:00.000Z');
  const trustloop = loyaltyHarness(database, clock, dataDir);
  try {
    const { account } = await trustloop.accounts.users.createAccount('Bench', {
      email: `bench-${schema}@example.com`,
      name: 'Bench',
      password: 'bench passphrase 1',
    });
    const channel = await trustloop.accounts.channels.create(account.id, {
      name: 'Bench',
      domain: 'bench.example.com',
      defaultLocale: 'pl',
      currency: 'PLN',
      timeZone: 'Europe/Warsaw',
    });
    await trustloop.loyalty.program.updateSettings(account.id, channel.id, {
      expiry: { mode: 'fixed', months: 12, noticeDays: 14 },
    });

    let started = performance.now();
    await generateMembers(
      database.db,
      kind,
      { accountId: account.id, channelId: channel.id },
      {
        members: MEMBERS,
        lots: [
          { points: 100, expiresAt: '2026-06-14T22:00:00.000Z' }, // ended with 14 June (Warsaw): expires tonight
          { points: 50, expiresAt: '2026-12-31T23:00:00.000Z' },
          { points: 25, expiresAt: '2027-06-14T22:00:00.000Z' },
        ],
        expiringEvery: EXPIRING_EVERY,
        laterExpiresAt: '2026-09-30T22:00:00.000Z',
        noticeEvery: NOTICE_EVERY,
        noticeExpiresAt: '2026-06-29T22:00:00.000Z', // ends with 29 June: 14 days ahead
      },
      '2025-06-14T10:00:00.000Z',
    );
    const generated = (performance.now() - started) / 1000;

    clock.set(NOW);
    started = performance.now();
    const summary = await trustloop.loyalty.runChannelNightly(account.id, channel.id);
    const seconds = (performance.now() - started) / 1000;
    const mismatches = await balanceMismatches(database.db, channel.id);
    console.log(
      `${kind.padEnd(8)} ${MEMBERS.toLocaleString('en')} members, ${(MEMBERS * 3).toLocaleString('en')} lots (generated in ${generated.toFixed(1)} s)\n` +
        `         nightly run: ${seconds.toFixed(1)} s — expired ${summary.expiredLots.toLocaleString('en')} lots / ${summary.expiredPoints.toLocaleString('en')} points, ` +
        `${summary.notices.toLocaleString('en')} points.expiring notices; members with balance ≠ sum(ledger): ${mismatches}`,
    );
  } finally {
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
    if (kind === 'postgres') {
      const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.end();
    }
  }
}

export async function run(): Promise<void> {
  const wanted = (process.env['LOYALTY_BENCH_DIALECTS'] ?? 'sqlite,postgres').split(',');
  if (wanted.includes('sqlite')) await benchOn('sqlite');
  if (!wanted.includes('postgres')) return;
  if (await postgresReachable()) await benchOn('postgres');
  else console.log('postgres unreachable: skipped');
}

import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportTables, OrderEvent } from '../../src/commerce/index.js';
import { ManualClock } from '../../src/platform/clock.js';
import { loadConfig } from '../../src/platform/config.js';
import { createTrustloop, type Trustloop } from '../../src/trustloop.js';
import { createTenant, type Tenant } from '../support/app.js';
import { asTestApp, cliEnvironment } from '../support/cli.js';
import { waitFor } from '../support/job-wait.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../fixtures/csv/', import.meta.url));

interface CliRun {
  child: ChildProcess;
  output(): string;
  exited: Promise<number | NodeJS.Signals | null>;
}

/**
 * `trustloop import …` as a user runs it, in its own process, against the SQLite file in
 * DATA_DIR that this suite also opens (WAL lets both in).
 */
describe('trustloop import (CLI) on sqlite', () => {
  let dataDir: string;
  let env: Record<string, string>;
  let trustloop: Trustloop;
  let shop: Tenant;

  beforeAll(async () => {
    ({ dataDir, env } = cliEnvironment('import-cli'));
    trustloop = await createTrustloop({ config: loadConfig(env), clock: new ManualClock(new Date()) });
    shop = await createTenant(asTestApp(trustloop));
  });
  afterAll(async () => {
    await trustloop.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  function cli(...args: string[]): CliRun {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'import', ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    const exited = new Promise<number | NodeJS.Signals | null>((resolve) => {
      child.once('exit', (code, signal) => resolve(signal ?? code));
    });
    return { child, output: () => output, exited };
  }

  async function completed(
    ...args: string[]
  ): Promise<{ code: number | NodeJS.Signals | null; output: string }> {
    const run = cli(...args);
    const code = await run.exited;
    return { code, output: run.output() };
  }

  function copyFixture(name: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'trustloop-import-file-'));
    copyFileSync(join(FIXTURES, name), join(dir, name));
    return join(dir, name);
  }

  const importsDb = () => trustloop.database.db as Kysely<ImportTables>;

  async function placedOrders(): Promise<OrderEvent['order'][]> {
    const orders: OrderEvent['order'][] = [];
    let cursor: string | undefined;
    do {
      const page = await trustloop.jobs.listEvents({
        accountId: shop.accountId,
        type: 'order.placed',
        limit: 200,
        ...(cursor ? { cursor } : {}),
      });
      orders.push(...page.items.map((event) => (event.payload as OrderEvent).order));
      cursor = page.nextCursor;
    } while (cursor);
    return orders;
  }

  it('prints the summary and writes the rejected rows next to the file, with lines and reasons', async () => {
    const file = copyFixture('generic-orders-bad-rows.csv');
    const { code, output } = await completed('orders', file, '--channel', shop.channelId, '--no-wait');
    expect(code, output).toBe(0);
    expect(output).toContain('done: imported 2, unchanged 0, rejected 7');
    // No server runs here: --no-wait ends at once and says how to watch the rest.
    expect(output).toMatch(
      new RegExp(
        `still processing \\d+ events? and \\d+ jobs? in the background .*watch with \`trustloop jobs list --state pending --account ${shop.accountId}\``,
      ),
    );
    const report = file.replace(/\.csv$/, '.rejected.csv');
    expect(output).toContain(report);
    const lines = readFileSync(report, 'utf8').trimEnd().split('\n');
    expect(lines[0]).toBe('line,reason,raw');
    expect(lines[1]).toBe(
      '3,"email ""not-an-email"" is not a valid email address","B-2,102,not-an-email,Jan,Bad,PLN,20.00,2024-05-01T10:00:00Z,S-1,Mydło,1,20.00"',
    );
    expect(lines.slice(1).map((line) => Number(line.split(',')[0]))).toEqual([3, 4, 5, 6, 7, 8, 9]);

    const again = await completed('orders', file, '--no-wait');
    expect(again.code, again.output).toBe(0);
    expect(again.output).toContain('was imported before');
    expect(again.output).toContain('done: imported 0, unchanged 2, rejected 7');
  }, 60_000);

  it('stops before importing anything when the header lacks required columns, naming them', async () => {
    const file = copyFixture('generic-orders-missing-columns.csv');
    const { code, output } = await completed('orders', file, '--format', 'generic');
    expect(code).toBe(1);
    expect(output).toContain('the header lacks required columns currency, quantity');
    expect((await placedOrders()).map((order) => order.externalId)).not.toContain('M-1');
    expect(existsSync(file.replace(/\.csv$/, '.rejected.csv'))).toBe(false);
  }, 60_000);

  it('resumes an import killed mid-way after its last committed batch and records every order exactly once', async () => {
    const orders = 2000;
    const dir = mkdtempSync(join(tmpdir(), 'trustloop-import-crash-'));
    const file = join(dir, 'history.csv');
    const rows = [
      'external_id,number,email,first_name,last_name,currency,total,placed_at,sku,title,quantity,unit_price',
    ];
    for (let n = 1; n <= orders; n++) {
      const placed = new Date(Date.UTC(2023, 0, 1) + n * 3_600_000).toISOString();
      rows.push(`K-${n},${n},buyer${n % 500}@example.pl,Ala,Kot,PLN,30.00,${placed},A,Mydło,1,10.00`);
      // Every third order has a second line item: a checkpoint must never split an order.
      if (n % 3 === 0)
        rows.push(`K-${n},${n},buyer${n % 500}@example.pl,Ala,Kot,PLN,30.00,${placed},B,Szampon,1,20.00`);
    }
    writeFileSync(file, `${rows.join('\n')}\n`);
    const lastLine = rows.length;

    const countPlaced = async () => {
      const { rows } = await sql<{ n: number }>`
        select count(*) as n from events where account_id = ${shop.accountId} and type = 'order.placed'`.execute(
        trustloop.database.db,
      );
      return Number(rows[0]?.n);
    };
    const placedBefore = await countPlaced();
    const placedSoFar = async () => (await countPlaced()) - placedBefore;
    const first = cli('orders', file, '--batch-size', '50');
    const checkpoint = () =>
      importsDb()
        .selectFrom('imports')
        .select(['id', 'checkpoint_line', 'status', 'imported'])
        .where('channel_id', '=', shop.channelId)
        .where('file_name', '=', 'history.csv')
        .executeTakeFirst();
    // Kill it mid-way, while it writes the batches after line 300.
    await waitFor(
      'a checkpoint after line 300',
      async () => ((await checkpoint())?.checkpoint_line ?? 0) > 300,
      { timeoutMs: 60_000, intervalMs: 10 },
    );
    first.child.kill('SIGKILL');
    expect(await first.exited).toBe('SIGKILL');
    const killedAt = (await checkpoint())!;
    expect(killedAt.status).toBe('running');
    expect(killedAt.checkpoint_line).toBeLessThan(lastLine);
    // A batch of orders commits together with its checkpoint: nothing is stored past it.
    expect(await placedSoFar()).toBe(killedAt.imported);

    const second = await completed('orders', file, '--batch-size', '50', '--no-wait');
    expect(second.code, second.output).toBe(0);
    expect(second.output).toContain(
      `resuming import ${killedAt.id} of ${file} after line ${killedAt.checkpoint_line}`,
    );
    expect(second.output).toContain(`done: imported ${orders}, unchanged 0, rejected 0`);

    const placed = (await placedOrders()).filter((order) => order.externalId.startsWith('K-'));
    expect(placed).toHaveLength(orders);
    expect(new Set(placed.map((order) => order.externalId)).size).toBe(orders);
    const tripled = placed.find((order) => order.externalId === 'K-300')!;
    expect(tripled.lineItems.map((line) => line.sku)).toEqual(['A', 'B']);
    const done = (await checkpoint())!;
    expect(done).toMatchObject({ status: 'finished', checkpoint_line: lastLine });
  }, 180_000);

  it('imports while the server runs beside it (worker and writes busy), then counts the follow-up processing down until it is done', async () => {
    const customers = 1500;
    const dir = mkdtempSync(join(tmpdir(), 'trustloop-import-beside-'));
    const file = join(dir, 'customers.csv');
    const rows = ['email;first_name;last_name;accepts_marketing;external_id'];
    for (let n = 1; n <= customers; n++) rows.push(`beside${n}@example.pl;Ala;Kot;yes;B-${n}`);
    writeFileSync(file, `${rows.join('\n')}\n`);

    // The running server: a worker relaying and delivering, and short read-then-write
    // transactions like a webhook's, all on this process's own connection to the same file.
    await trustloop.start(['worker']);
    let writing = true;
    const writes = (async () => {
      while (writing) {
        await trustloop.database.db.transaction().execute(async (trx) => {
          await sql`select count(*) from events where account_id = ${shop.accountId}`.execute(trx);
          await trustloop.jobs.appendEvents(trx, [
            // Another account's, which no subscriber takes: only the write matters.
            { type: 'test.beside', accountId: 'acc_beside', payload: { at: Date.now() } } as never,
          ]);
        });
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
    })();
    try {
      const { code, output } = await completed(
        'customers',
        file,
        '--channel',
        shop.channelId,
        '--batch-size',
        '100',
      );
      expect(code, output).toBe(0);
      expect(output).toContain(`done: imported ${customers}, unchanged 0, rejected 0`);
      expect(output).not.toMatch(/database is locked/i);
      // The CLI counts the server's follow-up work down until it is done.
      expect(output).toContain('waiting for the follow-up processing by the running `trustloop serve`');
      expect(output).toMatch(/still processing \d[\d,]* events? and \d[\d,]* jobs?\n/);
      expect(output).toMatch(/all follow-up processing is done \(after \d+ s\)\n/);
    } finally {
      writing = false;
      await writes;
    }
  }, 240_000);
});

import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/platform/config.js';
import { createTrustloop } from '../src/trustloop.js';

const HEADER =
  'external_id,number,email,first_name,last_name,currency,total,placed_at,sku,title,quantity,unit_price';

/** A generic orders file; every third order has a second line item. */
async function writeOrders(path: string, orders: number): Promise<number> {
  const out = createWriteStream(path);
  let lines = 1;
  out.write(`${HEADER}\n`);
  for (let n = 1; n <= orders; n++) {
    const placed = new Date(Date.UTC(2022, 0, 1) + n * 60_000).toISOString();
    let text = `O-${n},${n},buyer${n % 5000}@example.pl,Ala,Kot,PLN,30.00,${placed},A,Mydło,1,10.00\n`;
    lines++;
    if (n % 3 === 0) {
      text += `O-${n},${n},buyer${n % 5000}@example.pl,Ala,Kot,PLN,30.00,${placed},B,Szampon,1,20.00\n`;
      lines++;
    }
    if (!out.write(text)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'close');
  return lines;
}

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MB`;

/**
 * Imports BENCH_IMPORT_ORDERS generic orders (default 20,000) into an embedded SQLite through
 * the real orders and contacts domains; prints the rate and the heap at each quarter of the
 * file, which should stay flat however large the file (rows are streamed, not loaded).
 */
export async function run(): Promise<void> {
  const orders = Number(process.env['BENCH_IMPORT_ORDERS'] ?? 20_000);
  const dir = mkdtempSync(join(tmpdir(), 'trustloop-bench-import-'));
  const trustloop = await createTrustloop({
    config: loadConfig({
      DATA_DIR: dir,
      LOG_LEVEL: 'silent',
      PASSWORD_HASH_COST: '1024',
      TRUSTLOOP_MASTER_KEY: randomBytes(32).toString('base64'),
    }),
  });
  try {
    const { account } = await trustloop.accounts.users.createAccount('Bench', {
      email: 'bench@example.com',
      name: 'Bench',
      password: 'bench bench bench',
    });
    const channel = await trustloop.accounts.channels.create(account.id, {
      name: 'Bench PL',
      domain: 'bench.example.com',
      defaultLocale: 'pl',
      currency: 'PLN',
      timeZone: 'Europe/Warsaw',
    });
    const file = join(dir, 'orders.csv');
    const lines = await writeOrders(file, orders);
    const service = trustloop.commerce.imports;
    const { record } = await service.prepare({
      accountId: account.id,
      channelId: channel.id,
      type: 'orders',
      path: file,
      read: { format: 'generic', encoding: 'auto', delimiter: 'auto', decimalComma: false },
    });
    let nextQuarter = 1;
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    const done = await service.run(record.id, {
      onProgress: (p) => {
        if (p.line < (lines * nextQuarter) / 4) return;
        nextQuarter++;
        const { heapUsed, rss } = process.memoryUsage();
        console.log(`line ${p.line}/${lines}: heap ${mb(heapUsed)}, rss ${mb(rss)}`);
      },
    });
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    const rows = lines - 1;
    console.log(
      `${done.imported} orders (${rows} rows) in ${seconds.toFixed(1)} s: ${(done.imported / seconds).toFixed(0)} orders/s, CPU ${((cpu.user + cpu.system) / rows).toFixed(0)} µs per row`,
    );
    // The fan-out the import leaves behind: the relay gives each batch one job per subscriber.
    const events = await trustloop.jobs.countUnrelayed();
    const relayStarted = performance.now();
    await trustloop.jobs.relayEvents();
    const jobs = await trustloop.jobs.counts();
    console.log(
      `fan-out: ${events} events (${(events / rows).toFixed(2)} per row) relayed in ${((performance.now() - relayStarted) / 1000).toFixed(1)} s to ${jobs.pending} jobs: ${(jobs.pending / rows).toFixed(4)} jobs per imported row`,
    );
  } finally {
    await trustloop.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

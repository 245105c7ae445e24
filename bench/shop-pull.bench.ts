import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/platform/config.js';
import { createTrustloop } from '../src/trustloop.js';
import { startMagentoFake } from '../test/fakes/magento/magento.fake.js';
import { measureRedemptions } from './support/shop-redemption.js';

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MB`;

/**
 * A Magento 2 backfill: BENCH_SHOP_PULL_ORDERS orders (default 100,000; 0 skips it) at the
 * Magento fake (test/fakes/magento), pulled into an embedded SQLite by the real pull job (100 a
 * page, each page written with its cursor). Prints orders/s and the peak RSS of this process,
 * which also holds the fake and its orders. Then BENCH_SHOP_REDEMPTIONS (default 300) reward
 * redemptions with the code created at the Shopify fake (support/shop-redemption.ts), whose
 * cost bucket is BENCH_SHOPIFY_BUCKET points (default 1,000) restored at
 * BENCH_SHOPIFY_RESTORE points/s (default 100, Shopify's Standard plan), one redemption
 * started every BENCH_SHOP_REDEMPTION_PACE_MS (default: the pace the bucket sustains; 0: back
 * to back).
 */
export async function run(): Promise<void> {
  const orders = Number(process.env['BENCH_SHOP_PULL_ORDERS'] ?? 100_000);
  const dir = mkdtempSync(join(tmpdir(), 'trustloop-bench-shop-pull-'));
  const fake = await startMagentoFake();
  const trustloop = await createTrustloop({
    config: loadConfig({
      DATA_DIR: dir,
      LOG_LEVEL: 'silent',
      PASSWORD_HASH_COST: '1024',
      TRUSTLOOP_MASTER_KEY: randomBytes(32).toString('base64'),
      // One shopper redeems again and again from one address: the hub's per-address limit is not measured.
      PUBLIC_RATE_LIMIT_PER_MINUTE: '1000000',
    }),
  });
  let peakRss = 0;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 100);
  try {
    if (orders > 0) await backfill();
    console.log(
      await measureRedemptions(trustloop, {
        redemptions: Number(process.env['BENCH_SHOP_REDEMPTIONS'] ?? 300),
        restoreRate: Number(process.env['BENCH_SHOPIFY_RESTORE'] ?? 100),
        bucket: Number(process.env['BENCH_SHOPIFY_BUCKET'] ?? 1_000),
        // By default the pace the bucket sustains (a code costs 10 points); 0 sends them back to back.
        paceMs: Number(
          process.env['BENCH_SHOP_REDEMPTION_PACE_MS'] ??
            (10 * 1000) / Number(process.env['BENCH_SHOPIFY_RESTORE'] ?? 100),
        ),
      }),
    );
  } finally {
    clearInterval(sampler);
    await trustloop.stop();
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  }

  async function backfill() {
    const { account } = await trustloop.accounts.users.createAccount('Bench', {
      email: 'bench@example.com',
      name: 'Bench',
      password: 'bench bench bench',
    });
    const channel = await trustloop.accounts.channels.create(account.id, {
      name: 'Bench DE',
      domain: 'bench.example.com',
      defaultLocale: 'de',
      currency: 'EUR',
      timeZone: 'Europe/Berlin',
    });
    const { secret } = await trustloop.accounts.apiKeys.create(account.id, {
      name: 'bench',
      scopes: ['commerce:read', 'commerce:write'],
    });
    for (let n = 0; n < orders; n++)
      fake.placeOrder({ email: `buyer${n % 5000}@example.de`, total: 30 + (n % 50) });
    const connected = await trustloop.app.inject({
      method: 'PUT',
      url: `/api/v1/channels/${channel.id}/shop-connections/magento`,
      headers: { authorization: `Bearer ${secret}` },
      payload: { baseUrl: fake.url, accessToken: fake.token },
    });
    if (connected.statusCode !== 201) throw new Error(`connect: ${connected.body}`);

    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    await trustloop.jobs.enqueue(trustloop.database.db, { kind: 'commerce.shop-pull.tick', payload: {} });
    for (;;) {
      const summary = await trustloop.jobs.runDueJobs();
      if (summary.processed === 0) break;
    }
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    const stored = await (
      trustloop.database.db as unknown as import('kysely').Kysely<{
        orders: { id: string; channel_id: string };
      }>
    )
      .selectFrom('orders')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('channel_id', '=', channel.id)
      .executeTakeFirstOrThrow();
    console.log(
      `magento backfill: ${orders} orders at the fake, ${Number(stored.n)} stored in ${seconds.toFixed(1)} s = ${(Number(stored.n) / seconds).toFixed(0)} orders/s; ` +
        `CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s (Trustloop and the fake share this process); peak RSS ${mb(peakRss)}; ` +
        `${fake.listCalls.get('/orders') ?? 0} order pages read`,
    );
  }
}

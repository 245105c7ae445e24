import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/platform/config.js';
import { createTrustloop } from '../src/trustloop.js';
import { startMagentoFake } from '../test/fakes/magento/magento.fake.js';

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MB`;

/**
 * A Magento 2 backfill: BENCH_SHOP_PULL_ORDERS orders (default 100,000) at the Magento fake
 * (test/fakes/magento), pulled into an embedded SQLite by the real pull job (100 a page, each
 * page written with its cursor). Prints orders/s and the peak RSS of this process, which also
 * holds the fake and its orders.
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
    }),
  });
  let peakRss = 0;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 100);
  try {
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
  } finally {
    clearInterval(sampler);
    await trustloop.stop();
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

import { rmSync } from 'node:fs';
import { SCOPES } from '../../src/accounts/index.js';
import { benchTrustloop } from './bench-trustloop.js';

// Trustloop's API role on SQLite (as `npm start` runs it), with one channel connected to Shopify.
const secret = process.env['BENCH_SHOPIFY_SECRET'] ?? 'bench-shopify-secret';
const shopDomain = 'bench-shop.myshopify.com';
const { trustloop, account, channel } = await benchTrustloop({ WEBHOOK_RATE_LIMIT_PER_MINUTE: '100000000' });
const key = await trustloop.accounts.apiKeys.create(account.id, { name: 'bench', scopes: [...SCOPES] });
const connected = await trustloop.app.inject({
  method: 'PUT',
  url: `/api/v1/channels/${channel.id}/shop-connections/shopify`,
  headers: { authorization: `Bearer ${key.secret}` },
  payload: { webhookSecret: secret, shopDomain },
});
if (connected.statusCode !== 201) throw new Error(`connecting Shopify failed: ${connected.body}`);

const { url } = await trustloop.start(['api']);
const cpuAtReady = process.cpuUsage();
process.stdout.write(`READY ${url}/webhooks/shopify/${channel.publicId}\n`);

async function counts(): Promise<string> {
  // biome-ignore lint/suspicious/noExplicitAny: counts rows of tables this script does not type
  const db = trustloop.database.db as any;
  const count = async (table: string) =>
    Number((await db.selectFrom(table).select(db.fn.countAll().as('n')).executeTakeFirst()).n);
  const orders = await count('orders');
  const cpu = process.cpuUsage(cpuAtReady);
  // Server CPU per stored order: a figure other load on the machine hardly moves.
  const perOrder = orders > 0 ? Math.round((cpu.user + cpu.system) / orders) : 0;
  // The outbox relay (a worker's job) then gives the events their delivery jobs: timed here so
  // the figure shows the fan-out the intake no longer does keeps up with it.
  const relayStart = performance.now();
  const relayed = await trustloop.jobs.relayEvents();
  const relaySeconds = (performance.now() - relayStart) / 1000;
  const relay = `relayed=${relayed} jobs=${await count('jobs')} relay-events-per-second=${Math.round(relayed / relaySeconds)}`;
  return `COUNTS orders=${orders} deliveries=${await count('inbound_deliveries')} events=${await count('events')} server-cpu-per-order=${perOrder}µs ${relay}`;
}

process.on('SIGTERM', () => {
  void counts()
    .then((line) => process.stdout.write(`${line}\n`))
    .finally(() =>
      trustloop.stop().then(() => {
        // The data directory is this run's alone (a fresh temporary one): ~60-120 MB a round.
        rmSync(trustloop.config.env.dataDir, { recursive: true, force: true });
        process.exit(0);
      }),
    );
});

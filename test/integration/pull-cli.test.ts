import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/platform/config.js';
import { createTrustloop, type Trustloop } from '../../src/trustloop.js';
import { type MagentoFake, startMagentoFake } from '../fakes/magento/magento.fake.js';
import { createTenant, type Tenant, type TestApp } from '../support/app.js';
import { asTestApp, cliEnvironment } from '../support/cli.js';
import { waitFor } from '../support/job-wait.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * `trustloop pull magento` as an operator runs it, in its own process, against the SQLite file
 * this suite also opens, reading the Magento fake over real HTTP (at the connector's own rate
 * limit of 4 calls a second, which spreads a 1,500-order backfill over several seconds).
 */
describe('trustloop pull (CLI) on sqlite', () => {
  let dataDir: string;
  let env: Record<string, string>;
  let trustloop: Trustloop;
  let app: TestApp;

  beforeAll(async () => {
    ({ dataDir, env } = cliEnvironment('pull-cli'));
    trustloop = await createTrustloop({ config: loadConfig(env) });
    app = asTestApp(trustloop);
  });
  afterAll(async () => {
    await trustloop.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  function startPullCli(args: string[], extraEnv: Record<string, string> = {}) {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'pull', ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env, ...extraEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.once('exit', (code, signal) => resolve({ code, signal })),
    );
    return { child, output: () => output, exited };
  }

  async function connectMagento(tenant: Tenant, fake: MagentoFake) {
    const connected = await app.inject({
      method: 'PUT',
      url: `/api/v1/channels/${tenant.channelId}/shop-connections/magento`,
      headers: tenant.auth,
      payload: { baseUrl: fake.url, accessToken: fake.token },
    });
    expect(connected.statusCode, connected.body).toBe(201);
  }

  const db = () => trustloop.database.db;
  const ordersIn = async (tenant: Tenant) =>
    Number(
      (
        await sql<{
          n: number;
        }>`select count(*) as n from orders where channel_id = ${tenant.channelId}`.execute(db())
      ).rows[0]?.n,
    );
  const placedEvents = async (tenant: Tenant) =>
    (
      await sql<{ payload: string }>`select payload from events
        where account_id = ${tenant.accountId} and type = 'order.placed'`.execute(db())
    ).rows.map((row) => (JSON.parse(row.payload) as { order: { externalId: string } }).order.externalId);

  it('reads every order the shop has into the channel and says how many records it wrote', async () => {
    const tenant = await createTenant(app);
    const fake = await startMagentoFake();
    try {
      await connectMagento(tenant, fake);
      for (let i = 0; i < 120; i++) fake.placeOrder({ email: `r${i}@example.com`, total: 10 + i });

      const run = startPullCli([
        'magento',
        '--channel',
        tenant.channelId,
        '--account',
        tenant.accountId,
        '--no-wait',
      ]);
      const { code } = await run.exited;

      expect(run.output()).toContain(`pulling magento into channel`);
      expect(run.output()).toMatch(/orders: page \d+ · [\d,]+ records written so far/);
      expect(run.output()).toMatch(/done: [\d,]+ records written from \d+ pages/);
      expect(code, run.output()).toBe(0);
      expect(await ordersIn(tenant)).toBe(120);
    } finally {
      await fake.close();
    }
  }, 90_000);

  it('names a channel without that shop and exits non-zero', async () => {
    const tenant = await createTenant(app);
    const run = startPullCli(['prestashop', '--channel', tenant.channelId, '--account', tenant.accountId]);
    const { code } = await run.exited;
    expect(run.output()).toContain(`channel ${tenant.channelId} has no prestashop connection`);
    expect(code).toBe(1);
  }, 90_000);

  it('refuses a platform it does not know, naming the ones it does', async () => {
    const run = startPullCli(['opencart']);
    const { code } = await run.exited;
    expect(run.output()).toContain('use one of shopify, woocommerce, magento');
    expect(code).not.toBe(0);
  }, 90_000);

  it('a pull killed with SIGKILL and run again goes on after the last page written: every order once, the first pages not read again', async () => {
    const tenant = await createTenant(app);
    const fake = await startMagentoFake();
    try {
      await connectMagento(tenant, fake);
      for (let i = 0; i < 1_500; i++) fake.placeOrder({ email: `k${i}@example.com`, total: 10 + i });
      // A crashed pull holds its connection for 5 × JOBS_LEASE_MS: 2 s here.
      const shortLease = { JOBS_LEASE_MS: '400' };
      const args = ['magento', '--channel', tenant.channelId, '--account', tenant.accountId, '--no-wait'];

      const first = startPullCli(args, shortLease);
      await waitFor('two pages of orders written', async () => (await ordersIn(tenant)) >= 200, {
        timeoutMs: 90_000,
        intervalMs: 20,
      });
      first.child.kill('SIGKILL');
      expect((await first.exited).signal).toBe('SIGKILL');
      const written = await ordersIn(tenant);
      expect(written).toBeLessThan(1_500);
      const readsFromStart = fake.unfilteredCalls.get('/orders');

      const second = startPullCli(args, shortLease);
      const { code } = await second.exited;

      expect(code, second.output()).toBe(0);
      expect(await ordersIn(tenant)).toBe(1_500);
      const placed = await placedEvents(tenant);
      expect(placed).toHaveLength(1_500);
      expect(new Set(placed).size).toBe(1_500);
      // The second run started after the cursor written with the last page, not from the start.
      expect(fake.unfilteredCalls.get('/orders')).toBe(readsFromStart);
    } finally {
      await fake.close();
    }
  }, 180_000);
});

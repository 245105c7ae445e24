import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/platform/config.js';
import { createTrustloop, type Trustloop } from '../../src/trustloop.js';
import { appendEvent, drainJobs, pointsCredited } from '../contract/contract-fixtures.js';
import { type EcomailFake, startEcomailFake } from '../fakes/ecomail/ecomail.fake.js';
import { startSalesmanagoFake } from '../fakes/salesmanago/salesmanago.fake.js';
import { createTenant, type Tenant, type TestApp } from '../support/app.js';
import { asTestApp, cliEnvironment } from '../support/cli.js';
import { importCustomersCsv } from '../support/import-fixtures.js';
import { waitFor } from '../support/job-wait.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * `trustloop export …` as an operator runs it, in its own process, against the SQLite file this
 * suite also opens, sending to the Ecomail fake over real HTTP.
 */
describe('trustloop export (CLI) on sqlite', () => {
  let dataDir: string;
  let env: Record<string, string>;
  let trustloop: Trustloop;
  let app: TestApp;
  let shop: Tenant;
  let ecomail: EcomailFake;

  beforeAll(async () => {
    ({ dataDir, env } = cliEnvironment('export-cli'));
    trustloop = await createTrustloop({ config: loadConfig(env) });
    app = asTestApp(trustloop);
    shop = await createTenant(app);
    ecomail = await startEcomailFake();
  });
  afterAll(async () => {
    await ecomail.close();
    await trustloop.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  function startExportCli(args: string[], extraEnv: Record<string, string> = {}) {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'export', ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env, ...extraEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.once('exit', (code, signal) => resolve({ code, signal })),
    );
    return { child, output: () => output, exited };
  }

  async function exportCli(...args: string[]): Promise<{ code: number | null; output: string }> {
    const run = startExportCli(args);
    const { code } = await run.exited;
    return { code, output: run.output() };
  }

  it('exports every known profile to the platform and reports the counts', async () => {
    const emails = ['ada@example.com', 'bo@example.com', 'cy@example.com'];
    for (const email of emails)
      await appendEvent(app, shop, 'points.credited', pointsCredited(email, 10, 40));
    await drainJobs(app);
    const created = await app.inject({
      method: 'POST',
      url: '/api/v1/connections',
      headers: shop.auth,
      payload: {
        channelId: shop.channelId,
        connectorId: 'ecomail',
        settings: { apiKey: ecomail.apiKey, listId: '1', baseUrl: ecomail.url },
      },
    });
    expect(created.statusCode).toBe(201);
    const { id } = created.json() as { id: string };

    const { code, output } = await exportCli(id, '--account', shop.accountId);

    expect(output).toContain('done: 3 profiles exported');
    expect(code).toBe(0);
    for (const email of emails) expect(ecomail.subscriber(1, email)).toBeDefined();
  });

  it('names an unknown connection and exits non-zero', async () => {
    const { code, output } = await exportCli('con_missing', '--account', shop.accountId);
    expect(code).toBe(1);
    expect(output).toMatch(/connection/i);
  });

  it('a rerun after the export was killed with SIGKILL resumes the same export: every customer once, nothing sent again but the page in flight', async () => {
    const tenant = await createTenant(app);
    const emails = await importCustomersCsv(trustloop, tenant, 1_000);
    const salesmanago = await startSalesmanagoFake({ latencyMs: 100 });
    try {
      const created = await app.inject({
        method: 'POST',
        url: '/api/v1/connections',
        headers: tenant.auth,
        payload: {
          channelId: tenant.channelId,
          connectorId: 'salesmanago',
          // No live profile pushes: what reaches the fake came from the export.
          eventTypes: ['review.submitted'],
          settings: {
            clientId: salesmanago.clientId,
            apiSecret: salesmanago.apiSecret,
            endpoint: salesmanago.url,
            owner: salesmanago.owner,
          },
        },
      });
      expect(created.statusCode, created.body).toBe(201);
      const connectionId = created.json<{ id: string }>().id;
      // A dead process's job and claim are taken over after the lease (60 s by default).
      const fastLease = { JOBS_LEASE_MS: '2000', JOBS_POLL_INTERVAL_MS: '100' };
      const db = trustloop.database.db;
      const runs = async () =>
        (
          await sql<{
            id: string;
            submitted: number;
          }>`select id, submitted from connector_exports where connection_id = ${connectionId}`.execute(db)
        ).rows;

      const first = startExportCli([connectionId, '--account', tenant.accountId], fastLease);
      await waitFor('two pages of 100 sent', async () => ((await runs())[0]?.submitted ?? 0) >= 200, {
        timeoutMs: 60_000,
        intervalMs: 20,
      });
      first.child.kill('SIGKILL');
      expect((await first.exited).signal).toBe('SIGKILL');
      const [crashed] = await runs();
      expect(crashed!.submitted).toBeLessThan(1_000);

      const second = startExportCli([connectionId, '--account', tenant.accountId], fastLease);
      const { code } = await second.exited;

      expect(second.output()).toContain(`resuming export ${crashed!.id}`);
      expect(second.output()).toContain('done: 1000 profiles exported');
      expect(code).toBe(0);
      expect(await runs()).toEqual([{ id: crashed!.id, submitted: 1_000 }]);
      for (const email of emails) expect(salesmanago.contacts.has(email), email).toBe(true);
      const rowsSent = salesmanago.requests
        .filter((request) => request.path === '/api/contact/batchupsertv2')
        .reduce(
          (sum, request) => sum + (request.body as { upsertDetails: unknown[] }).upsertDetails.length,
          0,
        );
      // At most the page that was in flight when the process died is sent a second time.
      expect(rowsSent).toBeGreaterThanOrEqual(1_000);
      expect(rowsSent).toBeLessThanOrEqual(1_100);
    } finally {
      await salesmanago.close();
    }
  }, 180_000);
});

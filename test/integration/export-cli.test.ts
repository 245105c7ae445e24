import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/platform/config.js';
import { createTrustloop, type Trustloop } from '../../src/trustloop.js';
import { appendEvent, drainJobs, pointsCredited } from '../contract/contract-fixtures.js';
import { type EcomailFake, startEcomailFake } from '../fakes/ecomail/ecomail.fake.js';
import { createTenant, type Tenant, type TestApp } from '../support/app.js';
import { asTestApp, cliEnvironment } from '../support/cli.js';

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

  function exportCli(...args: string[]): Promise<{ code: number | null; output: string }> {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'export', ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })));
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
});

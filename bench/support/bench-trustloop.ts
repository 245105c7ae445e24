import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/platform/config.js';
import { createTrustloop } from '../../src/trustloop.js';

/**
 * Trustloop as `npm start` runs it (SQLite under a fresh data directory unless DATABASE_URL is
 * set, logging silent), with one account and one channel. `env` adds settings, such as a
 * rate limit raised out of the way: the benchmarks measure throughput, not the limiter, and
 * production keeps its defaults.
 */
export async function benchTrustloop(env: Record<string, string> = {}) {
  const config = loadConfig({
    ...process.env,
    DATA_DIR: mkdtempSync(join(tmpdir(), 'trustloop-bench-')),
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'silent',
    TRUSTLOOP_MASTER_KEY: randomBytes(32).toString('base64'),
    ...env,
  });
  const trustloop = await createTrustloop({ config });
  const { account } = await trustloop.accounts.users.createAccount('Bench', {
    email: 'bench@example.com',
    name: 'Bench',
    password: 'bench passphrase 1',
  });
  const channel = await trustloop.accounts.channels.create(account.id, {
    name: 'Bench shop',
    domain: 'bench.example.com',
    defaultLocale: 'pl',
    currency: 'PLN',
    timeZone: 'Europe/Warsaw',
  });
  return { trustloop, account, channel };
}

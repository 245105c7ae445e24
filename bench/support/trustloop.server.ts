import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/platform/config.js';
import { createTrustloop } from '../../src/trustloop.js';

// Trustloop as `npm start` runs it (SQLite unless DATABASE_URL is set), with one channel.
const dataDir = mkdtempSync(join(tmpdir(), 'trustloop-bench-'));
const config = loadConfig({
  ...process.env,
  DATA_DIR: dataDir,
  HOST: '127.0.0.1',
  PORT: '0',
  LOG_LEVEL: 'silent',
  TRUSTLOOP_MASTER_KEY: randomBytes(32).toString('base64'),
  // The benchmark measures throughput, not the limiter; production keeps its default.
  PUBLIC_RATE_LIMIT_PER_MINUTE: '100000000',
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
const { url } = await trustloop.start(['api']);
process.stdout.write(`READY ${url}/public/v1/channels/${channel.publicId}\n`);
process.on('SIGTERM', () => void trustloop.stop().then(() => process.exit(0)));

/**
 * A Trustloop API process on a test database, for the multi-process loyalty suite. Configured
 * by env: LOYALTY_DB_URL, LOYALTY_DB_SCHEMA (PostgreSQL) and TRUSTLOOP_MASTER_KEY (the parent's,
 * so channel signing secrets open). Prints `READY <url>` once listening; SIGTERM stops it.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/platform/config.js';
import { openDatabase } from '../../src/platform/db/index.js';
import { createTrustloop } from '../../src/trustloop.js';

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
};

const url = env('LOYALTY_DB_URL');
const config = loadConfig({
  ...process.env,
  DATABASE_URL: url,
  DATA_DIR: mkdtempSync(join(tmpdir(), 'trustloop-loyalty-api-')),
  HOST: '127.0.0.1',
  PORT: '0',
  LOG_LEVEL: 'silent',
  PUBLIC_RATE_LIMIT_PER_MINUTE: '100000',
});
const database = await openDatabase({ url, schema: env('LOYALTY_DB_SCHEMA'), poolSize: 10 });
const trustloop = await createTrustloop({ config, database, migrate: false });
const started = await trustloop.start(['api']);
process.stdout.write(`READY ${started.url}\n`);

process.once('SIGTERM', () => {
  trustloop.stop().then(
    () => process.exit(0),
    () => process.exit(1),
  );
});

import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Trustloop } from '../../src/trustloop.js';
import type { TestApp } from './app.js';

/**
 * The environment a CLI test shares with the `trustloop` process it spawns: one SQLite file in
 * a fresh DATA_DIR (WAL lets both open it), one master key, quiet logs, cheap password hashing.
 */
export function cliEnvironment(name: string): { dataDir: string; env: Record<string, string> } {
  const dataDir = mkdtempSync(join(tmpdir(), `trustloop-${name}-`));
  return {
    dataDir,
    env: {
      DATA_DIR: dataDir,
      DATABASE_URL: `sqlite:${join(dataDir, 'trustloop.db')}`,
      TRUSTLOOP_MASTER_KEY: randomBytes(32).toString('base64'),
      PASSWORD_HASH_COST: '1024',
      LOG_LEVEL: 'silent',
    },
  };
}

/** A Trustloop the test opened itself, seen as a TestApp (its owner closes it). */
export function asTestApp(trustloop: Trustloop): TestApp {
  return {
    trustloop,
    clock: trustloop.clock,
    inject: (request) => trustloop.app.inject(request),
    close: async () => {},
  };
}

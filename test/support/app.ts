import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { type Clock, ManualClock } from '../../src/platform/clock.js';
import { loadConfig } from '../../src/platform/config.js';
import type { DialectKind } from '../../src/platform/db/index.js';
import { createTrustloop, type Trustloop } from '../../src/trustloop.js';
import { createTestDatabase, type TestDatabase } from './databases.js';
import { seededToken } from './seeded-random.js';

export interface TestApp {
  trustloop: Trustloop;
  clock: Clock;
  /** Sends a request through the whole HTTP stack without a socket. */
  inject(options: InjectOptions): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

/** A whole Trustloop (not listening) on a fresh private database, quiet and fast to hash. */
export async function createTestApp(
  kind: DialectKind,
  options: { clock?: Clock; env?: Record<string, string>; database?: TestDatabase } = {},
): Promise<TestApp> {
  const testDb = options.database ?? (await createTestDatabase(kind));
  const dataDir = mkdtempSync(join(tmpdir(), 'trustloop-app-'));
  const config = loadConfig({
    DATA_DIR: dataDir,
    PASSWORD_HASH_COST: '1024',
    TRUSTLOOP_MASTER_KEY: randomBytes(32).toString('base64'),
    LOG_LEVEL: 'silent',
    ...options.env,
  });
  const clock = options.clock ?? new ManualClock(new Date());
  const trustloop = await createTrustloop({ config, clock, database: testDb.database, migrate: false });
  await trustloop.app.ready();
  return {
    trustloop,
    clock,
    inject: (request) => trustloop.app.inject(request),
    async close() {
      await trustloop.app.close();
      await testDb.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export interface Tenant {
  accountId: string;
  ownerEmail: string;
  password: string;
  /** An API key holding every scope. */
  apiKey: string;
  channelId: string;
  publicId: string;
  /** The channel's shop domain (its storefront's host). */
  domain: string;
  auth: { authorization: string };
}

const ALL_SCOPES_KEY = 'all scopes';

/** An account with an owner (password set), a full-scope API key and one channel. */
export async function createTenant(app: TestApp, name = 'Shop'): Promise<Tenant> {
  const { users, apiKeys, channels } = app.trustloop.accounts;
  const suffix = seededToken(8);
  const ownerEmail = `owner-${suffix}@example.com`;
  const password = 'correct horse battery staple';
  const { account } = await users.createAccount(name, { email: ownerEmail, name: 'Owner', password });
  const { SCOPES } = await import('../../src/accounts/index.js');
  const { secret } = await apiKeys.create(account.id, { name: ALL_SCOPES_KEY, scopes: [...SCOPES] });
  const channel = await channels.create(account.id, {
    name: `${name} PL`,
    domain: `${suffix}.example.com`,
    defaultLocale: 'pl',
    currency: 'PLN',
    timeZone: 'Europe/Warsaw',
  });
  return {
    accountId: account.id,
    ownerEmail,
    password,
    apiKey: secret,
    channelId: channel.id,
    publicId: channel.publicId,
    domain: channel.domain,
    auth: { authorization: `Bearer ${secret}` },
  };
}

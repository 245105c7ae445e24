/**
 * Just enough of Trustloop for the loyalty benchmarks: accounts, the job system and the
 * loyalty module over one database, composed as the composition root does it (the other
 * domains' routes and subscribers are left out, so their work does not blur the figures).
 */
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import pino from 'pino';
import { type AccountsTables, createAccounts } from '../../src/accounts/index.js';
import type { ContactsService } from '../../src/contacts/index.js';
import { createLoyaltyModule } from '../../src/loyalty/index.js';
import { memoryCache } from '../../src/platform/cache.js';
import type { Clock } from '../../src/platform/clock.js';
import { loadConfig } from '../../src/platform/config.js';
import { createSecretBox } from '../../src/platform/crypto/index.js';
import { createBatchedWrites, type Database } from '../../src/platform/db/index.js';
import { createJobs } from '../../src/platform/jobs/index.js';
import { createMetrics } from '../../src/platform/metrics.js';

export function loyaltyHarness(database: Database<unknown>, clock: Clock, dataDir: string) {
  // The benchmark measures throughput, not the limiter; production keeps its default.
  const config = loadConfig({
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    PUBLIC_RATE_LIMIT_PER_MINUTE: '100000000',
  });
  const logger = pino({ level: 'silent' });
  const secrets = createSecretBox({ masterKey: randomBytes(32), previousKeys: [] });
  const jobs = createJobs({ database, clock, config: config.jobs, logger });
  const accounts = createAccounts({
    db: database.db as Kysely<AccountsTables>,
    clock,
    secrets,
    passwordCost: 1024,
    sessionTtlHours: 1,
    csrfKey: randomBytes(32),
  });
  const ctx = {
    config,
    clock,
    logger,
    database,
    writes: createBatchedWrites(database),
    jobs,
    secrets,
    cache: memoryCache(),
    metrics: createMetrics(),
    accounts,
  };
  // The contacts service is not used by loyalty's nightly run or hub; no shop creates codes here.
  const loyalty = createLoyaltyModule(ctx, {
    contacts: {} as ContactsService,
    commerce: { discountsFor: async () => null },
  });
  return { config, logger, accounts, jobs, loyalty: loyalty.service, routes: loyalty.routes! };
}

import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { Redis } from 'ioredis';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import { type AccountsTables, createAccounts, type ModuleContext } from './accounts/index.js';
import { buildApp } from './app.js';
import { createCommerceModule } from './commerce/index.js';
import { createConnectorsModule } from './connectors/index.js';
import { createContactsModule } from './contacts/index.js';
import { createLoyaltyModule } from './loyalty/index.js';
import { createDashboardModule } from './operations/index.js';
import { type Cache, memoryCache, redisCache } from './platform/cache.js';
import { type Clock, systemClock } from './platform/clock.js';
import type { Config, Role } from './platform/config.js';
import { createSecretBox, deriveKey, loadMasterKey } from './platform/crypto/index.js';
import { createBatchedWrites, type Database, migrateToLatest, openDatabase } from './platform/db/index.js';
import { listenEarly } from './platform/http/early-listen.js';
import { createJobs, RETENTION_SCHEDULE } from './platform/jobs/index.js';
import { listenOrExplain } from './platform/listen.js';
import { createLogger } from './platform/logging.js';
import { createMetrics } from './platform/metrics.js';
import { createReviewsModule } from './reviews/index.js';
import { createWidgetsModule } from './widgets/index.js';

export const VERSION: string = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

export interface TrustloopOptions {
  config: Config;
  clock?: Clock;
  logger?: Logger;
  /** Apply pending migrations on start (the default); the `migrate` command does it alone. */
  migrate?: boolean;
  /** An already open database (tests give each suite its own); otherwise opened from config. */
  database?: Database<unknown>;
  /**
   * The HTTP port, opened before this process loaded the rest (`trustloop serve`: /healthz is
   * answered meanwhile); `start` with the api role serves the app on it.
   */
  server?: Server;
}

/**
 * Storage and every domain built from its dependencies, without the HTTP app: what a batch
 * command (`trustloop import`) runs on. Building the app's routes cost ~0.4 s of CPU at each
 * command's start (2026-12-04). `stop` closes storage.
 */
export async function createTrustloopCore(options: Omit<TrustloopOptions, 'server'>) {
  const { config } = options;
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? createLogger(config.log.level);
  const database: Database<unknown> =
    options.database ??
    (await openDatabase({
      url: config.db.url,
      sqlite: config.db.sqlite,
      namedStatements: config.db.namedStatements,
    }));
  if (options.migrate !== false) await migrateToLatest(database);

  const masterKey = await loadMasterKey({
    ...(config.secrets.masterKey ? { envValue: config.secrets.masterKey } : {}),
    previousEnvValues: [...config.secrets.previousMasterKeys],
    dataDir: config.env.dataDir,
  });
  const secrets = createSecretBox({ masterKey: masterKey.key, previousKeys: masterKey.previous });
  const redis = config.redisUrl
    ? new Redis(config.redisUrl, { lazyConnect: false, maxRetriesPerRequest: 2 })
    : undefined;
  const cache: Cache = redis ? redisCache(redis) : memoryCache();
  const metrics = createMetrics();

  const jobs = createJobs({
    database,
    clock,
    config: config.jobs,
    logger,
    metrics: metrics.registry,
    retention: config.retention,
  });
  const accounts = createAccounts({
    db: database.db as Kysely<AccountsTables>,
    clock,
    secrets,
    passwordCost: config.auth.passwordCost,
    sessionTtlHours: config.auth.sessionTtlHours,
    csrfKey: deriveKey(masterKey.key, 'trustloop csrf v1'),
    signInLimits: config.auth.signInLimits,
  });

  const writes = createBatchedWrites(database);
  const ctx: ModuleContext = {
    config,
    clock,
    logger,
    database,
    writes,
    jobs,
    secrets,
    cache,
    metrics,
    accounts,
  };
  const contacts = createContactsModule(ctx);
  const commerce = createCommerceModule(ctx, { contacts: contacts.service });
  const reviews = createReviewsModule(ctx, { contacts: contacts.service, commerce: commerce.service });
  const loyalty = createLoyaltyModule(ctx, { contacts: contacts.service, commerce: commerce.service });
  const connectors = createConnectorsModule(ctx, {
    contacts: contacts.service,
    commerce: commerce.service,
    reviews: reviews.service,
    loyalty: loyalty.service,
  });
  const widgets = createWidgetsModule(ctx, {
    contacts: contacts.service,
    reviews: reviews.service,
    connectors: connectors.service,
    loyalty: loyalty.service,
  });
  const dashboard = createDashboardModule(ctx, {
    reviews: reviews.service,
    loyalty: loyalty.service,
    connectors: connectors.service,
  });
  const modules = [contacts, commerce, reviews, loyalty, connectors, widgets, dashboard] as const;

  return {
    config,
    clock,
    logger,
    database,
    secrets,
    masterKeySource: masterKey.source,
    cache,
    metrics,
    redis,
    jobs,
    accounts,
    modules,
    contacts: contacts.service,
    commerce: commerce.service,
    reviews: reviews.service,
    loyalty: loyalty.service,
    connectors: connectors.service,
    dashboard: dashboard.service,

    /** Closes storage. */
    async stop(): Promise<void> {
      redis?.disconnect();
      await database.close();
    },
  };
}

export type TrustloopCore = Awaited<ReturnType<typeof createTrustloopCore>>;

/**
 * The composition root: opens storage, builds every domain from its dependencies and the
 * HTTP app on top. Nothing listens or polls until `start(roles)`.
 */
export async function createTrustloop(options: TrustloopOptions) {
  const core = await createTrustloopCore(options);
  const { config, logger, database, metrics, cache, redis, jobs, accounts, modules } = core;
  const app = await buildApp({
    modules,
    config,
    logger,
    version: VERSION,
    database,
    metrics,
    cache,
    accounts,
    jobs,
    ...(redis ? { redis } : {}),
    ...(options.server ? { server: options.server } : {}),
  });

  const running: Array<() => Promise<void>> = [];

  return {
    config,
    clock: core.clock,
    logger,
    database,
    secrets: core.secrets,
    masterKeySource: core.masterKeySource,
    cache,
    jobs,
    accounts,
    contacts: core.contacts,
    commerce: core.commerce,
    reviews: core.reviews,
    loyalty: core.loyalty,
    connectors: core.connectors,
    dashboard: core.dashboard,
    app,

    /**
     * On first start, creates an account and its owner with a one-time password, and returns
     * how to sign in; on later starts returns undefined.
     */
    async bootstrapOwner(email: string) {
      if (await accounts.users.hasAnyUser()) return undefined;
      return accounts.users.createAccount('My shop', { email, name: 'Owner' });
    },

    /** Re-encrypts every stored secret under the current master key; returns how many changed. */
    async rotateSecrets(): Promise<number> {
      let count = await accounts.resealUnderCurrentKey();
      for (const module of modules) count += (await module.resealSecrets?.()) ?? 0;
      return count;
    },

    /**
     * Starts the given roles in this process; returns once they are up. Listeners come first and
     * the worker last: with a backlog the worker keeps the database busy (on SQLite one
     * connection serves everything), so nothing on the start path may queue behind its writes.
     * If a listener cannot start, what already started is stopped and the error names the
     * setting to change.
     */
    async start(roles: readonly Role[]): Promise<{ url?: string }> {
      let url: string | undefined;
      try {
        if (roles.includes('api')) {
          // The port opens (and /healthz answers) before the routes are built.
          const listener = await listenOrExplain(
            () => listenEarly(app, { host: config.http.host, port: config.http.port }),
            'PORT',
            config.http.port,
          );
          running.push(async () => {
            await app.close();
            await listener.close();
          });
          url = listener.url;
          await listener.ready;
        }
        for (const module of modules) {
          const stopModule = await module.start?.(roles);
          if (stopModule) running.push(stopModule);
        }
        if (roles.includes('worker')) {
          await jobs.schedule(RETENTION_SCHEDULE);
          const worker = jobs.startWorker();
          running.push(() => worker.stop());
        }
      } catch (error) {
        for (const stopOne of running.splice(0).reverse()) await stopOne().catch(() => undefined);
        throw error;
      }
      return url === undefined ? {} : { url };
    },

    /** Stops what `start` started, lets in-flight work finish, and closes storage. */
    async stop(): Promise<void> {
      for (const stopOne of running.reverse()) await stopOne();
      running.length = 0;
      await app.close();
      await core.stop();
    },
  };
}

export type Trustloop = Awaited<ReturnType<typeof createTrustloop>>;

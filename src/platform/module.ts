import type { Logger } from 'pino';
import type { Cache } from './cache.js';
import type { Clock } from './clock.js';
import type { Config, Role } from './config.js';
import type { SecretBox } from './crypto/index.js';
import type { BatchedWrites, Database } from './db/index.js';
import type { HttpServer } from './http/server.js';
import type { Jobs } from './jobs/index.js';
import type { Metrics } from './metrics.js';

/**
 * The platform's part of what every domain module is built from; the composition root builds
 * it once. Domains take `ModuleContext` (accounts' door), which adds the accounts service: the
 * platform, a lower layer, knows no domain.
 */
export interface PlatformContext {
  config: Config;
  clock: Clock;
  logger: Logger;
  database: Database<unknown>;
  /** Short write transactions that may share a commit (SQLite); see `createBatchedWrites`. */
  writes: BatchedWrites;
  jobs: Jobs;
  secrets: SecretBox;
  cache: Cache;
  metrics: Metrics;
}

/**
 * A domain as the composition root sees it: its service (the public door's functions),
 * its routes, and anything it runs in a role (e.g. the BCC SMTP receiver in `mail`).
 * Event subscribers, job handlers and schedules are registered on `ctx.jobs` by the factory.
 */
export interface TrustloopModule<Service> {
  name: string;
  service: Service;
  routes?: (app: HttpServer) => Promise<void>;
  /** Starts what this module runs in the given roles; returns how to stop it. */
  start?: (roles: readonly Role[]) => Promise<(() => Promise<void>) | undefined>;
  /** Re-encrypts this module's secrets under the current master key; returns how many. */
  resealSecrets?: () => Promise<number>;
}

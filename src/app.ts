import type { Server } from 'node:http';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { Type } from 'typebox';
import { type Accounts, accountsRoutes } from './accounts/index.js';
import { operationsRoutes } from './operations/index.js';
import type { Cache } from './platform/cache.js';
import type { Config } from './platform/config.js';
import { safeEqual } from './platform/crypto/index.js';
import { type Database, isReachable } from './platform/db/index.js';
import { AppError } from './platform/errors.js';
import { adminAppRoutes } from './platform/http/admin-app.js';
import { createHttpServer, type HttpServer } from './platform/http/server.js';
import type { Jobs } from './platform/jobs/index.js';
import type { Metrics } from './platform/metrics.js';
import type { TrustloopModule } from './platform/module.js';

export interface AppDeps {
  config: Config;
  /** A port opened before the app was built (`trustloop serve`); the app takes it over when ready. */
  server?: Server;
  logger: Logger;
  version: string;
  database: Database<unknown>;
  metrics: Metrics;
  cache: Cache;
  redis?: Redis;
  accounts: Accounts;
  jobs: Jobs;
  modules: ReadonlyArray<TrustloopModule<unknown>>;
}

/** Builds the HTTP application from its dependencies; `listen` is the caller's business. */
export async function buildApp(deps: AppDeps): Promise<HttpServer> {
  const { config, metrics } = deps;
  const app = await createHttpServer({
    config,
    logger: deps.logger,
    version: deps.version,
    ...(deps.redis ? { redis: deps.redis } : {}),
    ...(deps.server ? { server: deps.server } : {}),
    observe: metrics.observeHttp,
  });

  const Status = Type.Object({ status: Type.String() });
  app.get(
    '/healthz',
    { schema: { tags: ['operations'], summary: 'Liveness: the process answers', response: { 200: Status } } },
    async () => ({
      status: 'ok',
    }),
  );
  app.get(
    '/readyz',
    {
      schema: {
        tags: ['operations'],
        summary: 'Readiness: the database answers',
        response: { 200: Status, 503: Status },
      },
    },
    async (_request, reply) =>
      (await isReachable(deps.database))
        ? { status: 'ready' }
        : reply.status(503).send({ status: 'database unreachable' }),
  );
  app.get('/metrics', { schema: { hide: true } }, async (request, reply) => {
    const token = config.metricsToken;
    if (token && !safeEqual(request.headers.authorization ?? '', `Bearer ${token}`)) {
      throw new AppError('unauthenticated', 'send the metrics token as a Bearer token');
    }
    reply.type(metrics.registry.contentType);
    return metrics.registry.metrics();
  });

  await app.register(
    accountsRoutes({
      ...deps.accounts,
      cache: deps.cache,
      secureCookies: config.http.publicUrl.startsWith('https:'),
      sessionTtlHours: config.auth.sessionTtlHours,
      publicRateLimitPerMinute: config.http.publicRateLimitPerMinute,
    }),
  );
  await app.register(operationsRoutes({ auth: deps.accounts.auth, jobs: deps.jobs }));
  for (const module of deps.modules) if (module.routes) await app.register(module.routes);
  // The admin web app at /admin (and `/` redirecting there), served from the built bundle.
  await app.register(adminAppRoutes({ rateLimitPerMinute: config.http.publicRateLimitPerMinute }));
  return app;
}

import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  LogController,
  type onSendHookHandler,
} from 'fastify';
import helmet from 'helmet';
import type { Redis } from 'ioredis';
import type { Config } from '../config.js';
import { installErrorHandling } from './error-handler.js';
import { memoryRateLimitStore, rateLimitHook, redisRateLimitStore } from './rate-limit.js';
import { ErrorResponse } from './schemas.js';
import { validatorCompiler } from './validation.js';

export type HttpServer = FastifyInstance<
  import('node:http').Server,
  import('node:http').IncomingMessage,
  import('node:http').ServerResponse,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

const QUIET_PATHS = new Set(['/healthz', '/readyz', '/metrics']);

type Observe = (method: string, route: string, status: number, seconds: number) => void;

/**
 * Every completed request: its latency to the metrics, and one access-log line (probes and
 * scrapes are not logged). Fastify calls this for every response without a hook, which on a
 * cached route costs a fifth of the time a per-route hook did.
 */
class AccessLog extends LogController {
  constructor(private readonly observe?: Observe) {
    super({ disableRequestLogging: (request) => QUIET_PATHS.has(request.url) });
  }
  override incomingRequest(): void {}
  override requestCompleted(
    error: Error | null,
    request: import('fastify').FastifyRequest,
    reply: import('fastify').FastifyReply,
  ): void {
    const route = request.is404 ? 'unmatched' : (request.routeOptions.url ?? 'unmatched');
    this.observe?.(request.method, route, reply.statusCode, reply.elapsedTime / 1000);
    if (reply.log.level === 'silent' || QUIET_PATHS.has(request.url)) return;
    const line = {
      method: request.method,
      route,
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime * 10) / 10,
    };
    if (error) reply.log.error({ ...line, err: error }, 'request failed');
    else reply.log.info(line, 'request completed');
  }
}

/**
 * Helmet's headers, computed once: they do not depend on the request, and building them per
 * request (as the Fastify plugin does) costs a fifth of a cached route's throughput.
 */
function securityHeaders(): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: unknown) => {
      headers[name.toLowerCase()] = String(value);
    },
    removeHeader: (name: string) => {
      delete headers[name.toLowerCase()];
    },
  };
  const middleware = helmet({
    // The API docs page loads its own scripts and styles from /docs/static.
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'https:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    crossOriginResourcePolicy: { policy: 'cross-origin' },
  });
  middleware({} as never, response as never, () => {});
  return headers;
}

export interface RouteEntry {
  method: string;
  url: string;
  /** Whether the route carries its own rate limit (every public route must). */
  rateLimited: boolean;
  /** The route's own body limit in bytes, when it overrides the server's. */
  bodyLimit?: number;
}

const routeLists = new WeakMap<object, RouteEntry[]>();

/** Every route registered on the server, e.g. for the cross-account test that walks them all. */
export function listRoutes(app: HttpServer): readonly RouteEntry[] {
  return routeLists.get(app) ?? [];
}

export interface HttpServerDeps {
  config: Config;
  logger: FastifyBaseLogger;
  redis?: Redis;
  version: string;
  /** Told of every response with its route pattern (`unmatched` when no route matched). */
  observe?: Observe;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The route sets `x-content-type-options` itself (prepared public responses): it is spared
     * the per-response header hook, which costs a cached route a tenth of its time.
     */
    ownSecurityHeaders?: boolean;
    /** Any origin may read this route's answers, errors included (public widget data). */
    openCors?: boolean;
  }
}

/** A route option's hooks as a list (Fastify takes one function or an array). */
function hooksOf<Hook>(hooks: Hook | Hook[] | undefined): Hook[] {
  return hooks === undefined ? [] : ([hooks].flat() as Hook[]);
}

/**
 * A Fastify instance with everything every route shares: validation, the error shape,
 * security headers, latency metrics, rate limiting (opt-in per route), and OpenAPI docs at
 * /docs. Cookies are the session routes' own business (accounts.routes.ts).
 */
export async function createHttpServer({
  config,
  logger,
  redis,
  version,
  observe,
}: HttpServerDeps): Promise<HttpServer> {
  const app = Fastify({
    loggerInstance: logger,
    bodyLimit: config.http.bodyLimitBytes,
    trustProxy: config.http.trustProxy,
    logController: new AccessLog(observe),
    // Every request gets a child logger carrying its id; when nothing can be logged (level
    // silent) the child would only cost time, so the request shares the root logger.
    childLoggerFactory: (root, bindings, options) =>
      root.level === 'silent' ? root : root.child(bindings, options),
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    ajv: { customOptions: { removeAdditional: false } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  const routes: RouteEntry[] = [];
  app.addHook('onRoute', (route) => {
    const rateLimited = Boolean(route.config?.rateLimit);
    for (const method of [route.method].flat())
      routes.push({
        method,
        url: route.url,
        rateLimited,
        ...(route.bodyLimit === undefined ? {} : { bodyLimit: route.bodyLimit }),
      });
  });
  routeLists.set(app, routes);

  app.setValidatorCompiler(validatorCompiler);
  // JSON only: a text/plain body is refused (415) rather than parsed into a string.
  app.removeContentTypeParser('text/plain');
  installErrorHandling(app);
  app.addSchema(ErrorResponse);

  // Documents (HTML) get helmet's whole set; JSON, XML and other data only need nosniff —
  // CSP and framing rules mean nothing to a response no browser renders as a page.
  const documentHeaders = securityHeaders();
  const headerHook: onSendHookHandler = (_request, reply, payload, done) => {
    const type = reply.getHeader('content-type');
    if (typeof type === 'string' && type.startsWith('text/html')) reply.headers(documentHeaders);
    else reply.header('x-content-type-options', 'nosniff');
    done(null, payload);
  };
  // Attached per route, so that routes setting their headers themselves run no hook at all.
  app.addHook('onRoute', (route) => {
    if (!route.config?.ownSecurityHeaders) route.onSend = [...hooksOf(route.onSend), headerHook];
  });
  // Routes opt in with `config: { rateLimit: { max, timeWindow } }`; the limit runs first.
  const limits = redis ? redisRateLimitStore(redis) : memoryRateLimitStore();
  app.addHook('onClose', (_app, done) => {
    limits.close?.();
    done();
  });
  app.addHook('onRoute', (route) => {
    const limit = route.config?.rateLimit;
    if (!limit) return;
    const hook = rateLimitHook(limits, `${[route.method].flat().join(',')} ${route.url}`, limit);
    route.onRequest = [hook, ...hooksOf(route.onRequest)];
  });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Trustloop API',
        version,
        description:
          'Reviews, review invitations and loyalty for online shops. Admin routes under /api/v1 take a session cookie or `Authorization: Bearer <API key>`; public routes under /public/v1 need no credentials.',
      },
      servers: [{ url: config.http.publicUrl }],
      components: {
        securitySchemes: {
          apiKey: {
            type: 'http',
            scheme: 'bearer',
            description: 'An API key (tlk_…) created under /api/v1/api-keys',
          },
          session: { type: 'apiKey', in: 'cookie', name: 'tl_session' },
        },
      },
    },
    refResolver: {
      buildLocalReference: (json, _baseUri, _fragment, i) =>
        typeof json['$id'] === 'string' ? json['$id'] : `def-${i}`,
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: true });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  return app;
}

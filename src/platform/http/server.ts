import type { Server } from 'node:http';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  type onRequestHookHandler,
  type onSendHookHandler,
} from 'fastify';
import helmet from 'helmet';
import type { Redis } from 'ioredis';
import type { Config } from '../config.js';
import { adoptServer } from './early-listen.js';
import { clientErrorHandler, frameworkErrors, installErrorHandling } from './error-handler.js';
import { lazySerializers } from './lazy-compilers.js';
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

/** When the request reached its route (a per-request slot, set by the first hook). */
const STARTED = Symbol('trustloop.startedAt');
declare module 'fastify' {
  interface FastifyRequest {
    [STARTED]?: number;
  }
}

/**
 * Every answered request: its latency to the metrics and one access-log line (probes and
 * scrapes are not logged), taken when the answer is handed to Node (onSend), so the time is
 * the time to the response's start. Fastify is given no logger: with one, it builds a child
 * logger per request and listens on every response for its end, together a fifth of a cached
 * route's cost. Errors are logged by the error handler, with the request's id.
 */
function accessLog(logger: FastifyBaseLogger, observe: Observe | undefined) {
  const silent = logger.level === 'silent';
  return (request: FastifyRequest, reply: FastifyReply, routeUrl: string | undefined): void => {
    const route = request.is404 ? 'unmatched' : (routeUrl ?? 'unmatched');
    const started = request[STARTED];
    const ms = started === undefined ? 0 : performance.now() - started;
    observe?.(request.method, route, reply.statusCode, ms / 1000);
    if (silent || QUIET_PATHS.has(request.url)) return;
    logger.info(
      {
        reqId: request.id,
        method: request.method,
        route,
        status: reply.statusCode,
        ms: Math.round(ms * 10) / 10,
      },
      'request completed',
    );
  };
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
  /** A port opened before Fastify existed (`openPortEarly`), for Fastify to take over once ready. */
  server?: Server;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The route sets `x-content-type-options` itself (prepared public responses): the answer
     * hook leaves its headers alone.
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
  server,
}: HttpServerDeps): Promise<HttpServer> {
  const app = Fastify({
    ...(server ? { serverFactory: adoptServer(server) } : {}),
    bodyLimit: config.http.bodyLimitBytes,
    trustProxy: config.http.trustProxy,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    ajv: { customOptions: { removeAdditional: false } },
    schemaController: { compilersFactory: { buildSerializer: lazySerializers } },
    // Errors Fastify and Node answer before any route: in our shape too (error-handler.ts).
    frameworkErrors,
    clientErrorHandler,
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
  installErrorHandling(app, logger);
  app.addSchema(ErrorResponse);

  // Documents (HTML) get helmet's whole set; JSON, XML and other data only need nosniff —
  // CSP and framing rules mean nothing to a response no browser renders as a page.
  const documentHeaders = securityHeaders();
  const completed = accessLog(logger, observe);
  const stamp: onRequestHookHandler = (request, _reply, done) => {
    request[STARTED] = performance.now();
    done();
  };
  const headersAndLog: onSendHookHandler = (request, reply, payload, done) => {
    // Fastify builds a new object on every read of routeOptions: read it once.
    const { config, url } = request.routeOptions;
    if (!config?.ownSecurityHeaders) {
      const type = reply.getHeader('content-type');
      if (typeof type === 'string' && type.startsWith('text/html')) reply.headers(documentHeaders);
      else reply.header('x-content-type-options', 'nosniff');
    }
    completed(request, reply, url);
    done(null, payload);
  };
  // Global hooks also run for unmatched routes and error answers.
  app.addHook('onRequest', stamp);
  app.addHook('onSend', headersAndLog);
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

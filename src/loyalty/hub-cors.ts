/**
 * CORS for the customer hub's routes: the shop's own origin only (`Hub.allowsOrigin`), so no
 * other site can send a shopper's token from a browser.
 *
 * Why not @fastify/cors here: the hub is the hottest shopper read (a panel on every page view),
 * and the plugin's per-request delegator — normalising an options object, resolving the origin
 * option, adding its headers — cost about 7 µs of the hub's 45 µs CPU per request (2026-12-04,
 * `npm run bench -- loyalty-hub`, two runs each way, shared machine). This hook does the same
 * for this one policy: nothing but `Vary: Origin` for a request without an Origin (a server,
 * curl), one cached channel lookup for one with it, and the preflight answer.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { HttpServer } from '../platform/http/server.js';

const METHODS = 'GET, POST';
const HEADERS = 'authorization, content-type';
const MAX_AGE = '600';

export function hubCors(
  app: HttpServer,
  options: {
    allowsOrigin(publicId: string, origin: string): Promise<boolean>;
    rateLimit: { max: number; timeWindow: string };
  },
) {
  /** The request's Origin when the channel's shop may use it; otherwise null. */
  async function allowedOrigin(request: FastifyRequest): Promise<string | null> {
    const origin = request.headers.origin;
    const { publicId } = request.params as { publicId?: string };
    if (!origin || !publicId) return null;
    return (await options.allowsOrigin(publicId, origin)) ? origin : null;
  }

  app.addHook('onRequest', (request: FastifyRequest, reply: FastifyReply, done: (error?: Error) => void) => {
    // Caches must keep one answer per Origin (an allowed one carries its own ACAO header).
    reply.header('vary', 'Origin');
    if (request.method === 'OPTIONS' || !request.headers.origin) return done();
    allowedOrigin(request).then((origin) => {
      if (origin) reply.header('access-control-allow-origin', origin);
      done();
    }, done);
  });

  // The preflight of a POST with `authorization` (redeem, join): allowed methods and headers
  // for the shop's origin, a bare 204 for any other (the browser then refuses the request).
  app.options(
    '*',
    { schema: { hide: true }, config: { rateLimit: options.rateLimit } },
    async (request, reply) => {
      const origin = await allowedOrigin(request);
      if (origin)
        reply.headers({
          'access-control-allow-origin': origin,
          'access-control-allow-methods': METHODS,
          'access-control-allow-headers': HEADERS,
          'access-control-max-age': MAX_AGE,
        });
      return reply.code(204).send();
    },
  );
}

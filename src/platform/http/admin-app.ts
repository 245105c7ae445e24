import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyReply } from 'fastify';
import type { HttpServer } from './server.js';

/**
 * Where `npm run build` puts the admin app. This file sits at src/platform/http (run by tsx or
 * vitest) or at dist/platform/http (compiled), three levels below the package root either way.
 */
export const ADMIN_APP_DIR = fileURLToPath(new URL('../../../dist/web/admin/', import.meta.url));

const YEAR_SECONDS = 365 * 24 * 3600;

/**
 * The admin web app (SPEC A1–A8) at /admin: hashed assets cached for a year (their names change
 * with their content), every other path under /admin answered with index.html so that the
 * single-page app's own router handles deep links; `/` redirects to /admin. Without a build the
 * pages answer 503 saying how to build, and the API keeps working.
 */
export function adminAppRoutes(options: { root?: string; rateLimitPerMinute: number }) {
  const root = options.root ?? ADMIN_APP_DIR;
  // Anyone may load the sign-in page, so these answers are rate-limited like every public route;
  // a page load costs a handful of asset requests, hence the wider limit on them.
  const pageLimit = { rateLimit: { max: options.rateLimitPerMinute, timeWindow: '1 minute' } };
  const assetLimit = { rateLimit: { max: options.rateLimitPerMinute * 10, timeWindow: '1 minute' } };

  return async function register(app: HttpServer) {
    app.get('/', { schema: { hide: true }, config: pageLimit }, (_request, reply) =>
      reply.redirect('/admin/', 302),
    );

    const built = existsSync(`${root}/index.html`);
    // Only reply.sendFile (path checks, ranges, ETags); the routes are ours, with their limits.
    await app.register(fastifyStatic, { root, serve: false });
    if (built) {
      app.get('/admin/assets/*', { schema: { hide: true }, config: assetLimit }, (request, reply) =>
        // Vite names every asset after its content hash: a changed file is a new URL.
        reply.sendFile((request.params as { '*': string })['*'], `${root}/assets`, {
          immutable: true,
          maxAge: YEAR_SECONDS * 1000,
        }),
      );
    }

    const page = (_request: unknown, reply: FastifyReply) => {
      if (!built) {
        return reply
          .status(503)
          .type('text/plain; charset=utf-8')
          .send('The admin app is not built yet: run `npm run build`, then restart.');
      }
      // The page names the current asset hashes, so it must be fetched again after a deploy.
      reply.header('cache-control', 'no-cache');
      return reply.sendFile('index.html', root, { cacheControl: false });
    };
    app.get('/admin', { schema: { hide: true }, config: pageLimit }, page);
    app.get('/admin/*', { schema: { hide: true }, config: pageLimit }, page);
  };
}

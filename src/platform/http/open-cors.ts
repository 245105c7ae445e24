import cors from '@fastify/cors';
import type { HttpServer } from './server.js';

/** A public route's config: rate-limited per minute, and its errors carry the open CORS header too. */
export const openRouteConfig = (perMinute: number) => ({
  rateLimit: { max: perMinute, timeWindow: '1 minute' },
  openCors: true,
});

/**
 * Registers GET routes under `prefix` that every origin may read (the widgets on a shop's pages):
 * the CORS plugin, inside this scope alone, answers their preflight and sets the header.
 */
export async function openCorsScope(
  app: HttpServer,
  prefix: string,
  define: (scope: HttpServer) => void,
): Promise<void> {
  await app.register(
    async (scope: HttpServer) => {
      await scope.register(cors, { origin: '*', methods: ['GET', 'HEAD'] });
      define(scope);
    },
    { prefix },
  );
}

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HttpServer } from './server.js';

export interface EarlyListener {
  /** Where the server listens (the port actually taken when 0 was asked for). */
  url: string;
  /** Resolves once every route answers (Fastify is ready); `/healthz` answered long before. */
  ready: Promise<void>;
  /** Stops listening and drops idle connections (Fastify does not: it did not open the port). */
  close(): Promise<void>;
}

type RequestListener = (request: IncomingMessage, response: ServerResponse) => void;

/** Fastify's request handler for a server whose port was opened before Fastify existed. */
const adopted = new WeakMap<Server, RequestListener>();

function listen(server: Server, options: { host: string; port: number }): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/**
 * Opens the port before anything else is loaded (`trustloop serve`, cli/serve-early.ts), so a
 * liveness probe is answered while the modules load, the database opens and migrations run, not
 * only from when Fastify starts building its routes. Answers as `listenEarly` does until the
 * Fastify built on it (`adoptServer`) is ready.
 */
export async function openPortEarly(options: { host: string; port: number }): Promise<Server> {
  const server = createServer(answerWhileStarting);
  await listen(server, options);
  return server;
}

/** Fastify's `serverFactory` for a port `openPortEarly` opened: keeps its handler for when the routes are ready. */
export function adoptServer(server: Server) {
  return (handler: RequestListener): Server => {
    adopted.set(server, handler);
    return server;
  };
}

/**
 * Opens the port before Fastify has built its routes. Building them (schemas compiled to
 * validators and serialisers, every plugin loaded) takes 1.5 s on an idle machine and over 4 s
 * on a busy one; a liveness probe must not wait for that. Until the routes are ready,
 * `/healthz` answers 200, `/readyz` 503 and everything else 503 with `Retry-After: 1`; then
 * Fastify's own request handler takes the server's requests, so nothing is added per request
 * once started. Fails with the listen error (EADDRINUSE …) before any route is built.
 */
export async function listenEarly(
  app: HttpServer,
  options: { host: string; port: number },
): Promise<EarlyListener> {
  const server = app.server;
  const handler = adopted.get(server);
  // Opened before Fastify existed (`openPortEarly`): it already answers while starting.
  const fastifyListeners = handler ? [handler] : (server.listeners('request') as RequestListener[]);
  server.removeAllListeners('request');
  const starting: RequestListener = (request, response) => answerWhileStarting(request, response);
  server.on('request', starting);

  if (!server.listening) {
    try {
      await listen(server, options);
    } catch (error) {
      server.off('request', starting);
      for (const listener of fastifyListeners) server.on('request', listener);
      throw error;
    }
  }
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  const ready = Promise.resolve(app.ready()).then(() => {
    server.off('request', starting);
    for (const listener of fastifyListeners) server.on('request', listener);
  });
  // A failed build is reported by `ready` to whoever awaits it; this keeps it from going unhandled.
  ready.catch(() => undefined);

  return {
    url: `http://${host}:${address.port}`,
    ready,
    close: () =>
      new Promise<void>((resolve) => {
        if (!server.listening) return resolve();
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}

const STARTING_HEADERS = {
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
};

function answerWhileStarting(request: IncomingMessage, response: ServerResponse): void {
  const path = (request.url ?? '').split('?')[0];
  if (path === '/healthz') {
    response.writeHead(200, STARTING_HEADERS).end(JSON.stringify({ status: 'ok' }));
    return;
  }
  if (path === '/readyz') {
    response.writeHead(503, STARTING_HEADERS).end(JSON.stringify({ status: 'starting' }));
    return;
  }
  response.writeHead(503, { ...STARTING_HEADERS, 'retry-after': '1' }).end(
    JSON.stringify({
      error: { code: 'starting', message: 'Trustloop is starting; try again in a second' },
    }),
  );
}

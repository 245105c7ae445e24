import type { ServerResponse } from 'node:http';
import { Type } from 'typebox';
import { type Auth, principalOf } from '../accounts/index.js';
import { AppError } from '../platform/errors.js';
import { errorResponses, IdParam } from '../platform/http/schemas.js';
import type { HttpServer } from '../platform/http/server.js';
import type { ConnectorsAdmin } from './connectors.service.js';
import { deadLetterView } from './dead-letters.routes.js';

const security: Array<Record<string, string[]>> = [{ apiKey: [] }, { session: [] }];

/**
 * How often an open stream looks at the connection again. Exports and deliveries run in the
 * workers (often another process), so the stream reads what they committed; it sends only when
 * something changed, at most once a second (the issue allows polling every 2 s; this is faster).
 */
export const LIVE_CHECK_MS = 1_000;
/** A comment line now and then keeps proxies from closing a quiet stream. */
const KEEP_ALIVE_MS = 15_000;

/** What the syncs page shows of one connection: the answers of `…/health`, `…/exports`, `…/dead-letters`. */
async function snapshot(admin: ConnectorsAdmin, accountId: string, id: string) {
  const [health, exports, deadLetters] = await Promise.all([
    admin.health(accountId, id),
    admin.listExports(accountId, id),
    admin.deadLetters(accountId, id),
  ]);
  return { health, exports, deadLetters: deadLetters.map(deadLetterView) };
}

/** Live progress of a connection's syncs and exports as server-sent events (A6). */
export function liveRoutes(deps: { auth: Auth; admin: ConnectorsAdmin }) {
  const { auth, admin } = deps;
  const open = new Set<ServerResponse>();

  return async function register(app: HttpServer) {
    // A stream never ends by itself: closing the server ends the open ones first.
    app.addHook('preClose', async () => {
      for (const stream of open) stream.end();
    });

    app.get(
      '/api/v1/connections/:id/live',
      {
        onRequest: auth.require('connectors:read'),
        schema: {
          tags: ['connectors'],
          security,
          summary: 'Live progress of the connection’s exports and deliveries (server-sent events)',
          description:
            'A `text/event-stream`. At once, and whenever something changed (checked every second), ' +
            'one `snapshot` event whose data is `{"health":…,"exports":[…],"deadLetters":[…]}`: the ' +
            'answers of `GET …/health`, `GET …/exports` and `GET …/dead-letters`. The session cookie ' +
            '(an `EventSource` in the admin) or an API key with `connectors:read`; another account’s ' +
            'connection is a 404 before the stream opens. When the connection is removed the stream ' +
            'sends `gone` and ends.',
          params: IdParam(),
          response: {
            200: {
              description: 'The stream of `snapshot` events',
              content: { 'text/event-stream': { schema: Type.String() } },
            },
            ...errorResponses,
          },
        },
      },
      async (request, reply) => {
        const accountId = principalOf(request).accountId;
        const id = request.params.id;
        // Checked before the stream opens, so a foreign or unknown id is an ordinary 404.
        let last = JSON.stringify(await snapshot(admin, accountId, id));
        reply.hijack();
        const stream = reply.raw;
        stream.writeHead(200, {
          ...(reply.getHeaders() as Record<string, string>),
          'content-type': 'text/event-stream; charset=utf-8',
          'cache-control': 'no-store',
          'x-accel-buffering': 'no',
        });
        open.add(stream);
        const send = (event: string, data: string) => stream.write(`event: ${event}\ndata: ${data}\n\n`);
        send('snapshot', last);
        let quietSince = Date.now();
        let timer: NodeJS.Timeout | undefined;
        const stop = () => {
          clearTimeout(timer);
          open.delete(stream);
          if (!stream.writableEnded) stream.end();
        };
        stream.on('close', stop);
        const check = async () => {
          try {
            const now = JSON.stringify(await snapshot(admin, accountId, id));
            if (now !== last) {
              send('snapshot', now);
              last = now;
              quietSince = Date.now();
            } else if (Date.now() - quietSince >= KEEP_ALIVE_MS) {
              stream.write(': keep-alive\n\n');
              quietSince = Date.now();
            }
          } catch (error) {
            if (error instanceof AppError && error.code === 'not_found') {
              send('gone', '{}');
              return stop();
            }
            request.log.warn({ err: error, connectionId: id }, 'live snapshot failed; trying again');
          }
          if (open.has(stream)) timer = setTimeout(check, LIVE_CHECK_MS);
        };
        timer = setTimeout(check, LIVE_CHECK_MS);
      },
    );
  };
}

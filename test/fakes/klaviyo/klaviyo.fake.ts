import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify';
import { FailureQueue, type InjectedFailure, type RecordedRequest } from '../fake-failures.js';
import { KlaviyoState } from './klaviyo.state.js';
import { resolveOperation, validateBody } from './klaviyo-openapi.js';
import { handleKlaviyoOperation, type OperationContext } from './klaviyo-operations.js';
import { klaviyoError } from './klaviyo-responses.js';

export interface KlaviyoFakeOptions {
  privateKey?: string;
  publicKey?: string;
  /** Scopes of the default private key; `'*'` (the default) grants all. */
  scopes?: readonly string[] | '*';
  /** Enforce the spec's per-operation burst (1 s) and steady (60 s) limits. Default true. */
  rateLimits?: boolean;
  /** How many status polls a bulk import job takes to reach `complete`. Default 2. */
  pollsToComplete?: number;
  /**
   * How long after its creation a bulk import job may be `complete` at the earliest, whatever the
   * polls (Klaviyo processes the jobs asynchronously: "poll the job's status until it is complete",
   * https://developers.klaviyo.com/en/reference/get_bulk_import_profiles_job). Default 0.
   */
  completeAfterMs?: number;
}

/**
 * A Klaviyo API server on 127.0.0.1 that behaves as the documentation says: private-key
 * auth with scopes, the `revision` header, every request validated against the OpenAPI spec,
 * JSON:API errors, cursor pagination, rate limits with `Retry-After`, asynchronous bulk
 * profile import jobs, and `unique_id` event de-duplication. Tests assert on `state`.
 */
export interface KlaviyoFake {
  url: string;
  privateKey: string;
  publicKey: string;
  state: KlaviyoState;
  requests: RecordedRequest[];
  /** The next `count` requests (matching `path`, if given, after `skip` of them) answer with `failure`. */
  failNext(count: number, failure: InjectedFailure, path?: RegExp, skip?: number): void;
  /** Adds another private key with these scopes (`'*'` for all). */
  addKey(key: string, scopes: readonly string[] | '*'): void;
  /** The key stops working (401), as when the merchant deletes it in Klaviyo. */
  revokeKey(key: string): void;
  close(): Promise<void>;
}

export async function startKlaviyoFake(options: KlaviyoFakeOptions = {}): Promise<KlaviyoFake> {
  const privateKey = options.privateKey ?? 'pk_fake_0123456789abcdef0123456789abcdef';
  const publicKey = options.publicKey ?? 'AbC123';
  const keys = new Map<string, readonly string[] | '*'>([[privateKey, options.scopes ?? '*']]);
  const state = new KlaviyoState();
  const failures = new FailureQueue();
  const requests: RecordedRequest[] = [];
  const windows = new Map<string, { second: number; inSecond: number; minute: number; inMinute: number }>();
  const rateLimits = options.rateLimits ?? true;
  // The largest bodies Klaviyo documents are the bulk jobs' "5 MB payload" (bulk_import_profiles,
  // event-bulk-create-jobs; ../shared/reference/esp-apis.md §1.5-1.6), read as the stricter
  // 5,000,000 bytes: a larger body is refused 413 whatever the endpoint.
  const app = Fastify({ logger: false, bodyLimit: 5_000_000 });
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(
    ['application/json', 'application/vnd.api+json'],
    { parseAs: 'string' },
    (_request, body, done) => {
      try {
        done(null, body === '' ? undefined : JSON.parse(body as string));
      } catch {
        const error = new Error('the body is not valid JSON') as Error & { statusCode: number };
        error.statusCode = 400;
        done(error, undefined);
      }
    },
  );
  app.addContentTypeParser('*', (_request, _payload, done) => {
    const error = new Error('Unsupported Content-Type') as Error & { statusCode: number };
    error.statusCode = 415;
    done(error, undefined);
  });
  app.setErrorHandler((error: Error & { statusCode?: number }, _request, reply) => {
    const status = error.statusCode ?? 500;
    const code = status === 415 ? 'unsupported_media_type' : status === 413 ? 'payload_too_large' : 'invalid';
    return reply.status(status).send(klaviyoError(status, code, 'Invalid input.', error.message));
  });

  let base = '';
  const send = (request: FastifyRequest, reply: FastifyReply, status: number, body?: unknown) => {
    requests.push({
      method: request.method,
      path: request.url.split('?')[0] ?? '',
      query: request.query as Record<string, string>,
      headers: request.headers,
      body: request.body,
      status,
    });
    reply.status(status);
    if (body === undefined) return reply.send();
    return reply.type('application/vnd.api+json').send(body);
  };

  app.route({
    method: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
    url: '/*',
    handler: async (request, reply) => {
      const path = request.url.split('?')[0] ?? '';
      const resolved = resolveOperation(request.method, path);
      if (!resolved.found) {
        return resolved.reason === 'no_path'
          ? send(request, reply, 404, klaviyoError(404, 'not_found', 'Not found.', `${path} does not exist`))
          : send(
              request,
              reply,
              405,
              klaviyoError(
                405,
                'method_not_allowed',
                'Method not allowed.',
                `${request.method} is not allowed on ${path}`,
              ),
            );
      }
      const { operation } = resolved;
      const injected = failures.take(path);
      if (injected) {
        if (injected.retryAfter !== undefined) reply.header('Retry-After', String(injected.retryAfter));
        const code = injected.status === 429 ? 'throttled' : injected.status >= 500 ? 'error' : 'invalid';
        return send(
          request,
          reply,
          injected.status,
          klaviyoError(injected.status, code, 'Injected failure.', 'A failure the test asked for.'),
        );
      }
      const match = /^Klaviyo-API-Key\s+(\S+)$/.exec(request.headers.authorization ?? '');
      const scopes = match?.[1] ? keys.get(match[1]) : undefined;
      if (!match || scopes === undefined) {
        return send(
          request,
          reply,
          401,
          klaviyoError(
            401,
            'not_authenticated',
            'Authentication credentials were not provided.',
            'Missing or invalid private key.',
          ),
        );
      }
      // A known key lacking a scope the operation's `x-klaviyo-scopes` lists: 403 (the status
      // table of https://developers.klaviyo.com/en/docs/rate_limits_and_error_handling: "403
      // Forbidden … the key lacks the scope"). The body is the one Klaviyo returns, as quoted in
      // https://community.klaviyo.com/developer-group-64/api-patch-action-status-403-code-permission-denied-9225:
      // code `permission_denied`, title and detail "You do not have permission to perform this
      // action." — it does NOT name the missing scope, so neither does the fake. The scope is
      // checked before the body is validated (the same 403 came for a write whatever its body).
      const missing = scopes === '*' ? [] : operation.scopes.filter((s) => !scopes.includes(s));
      if (missing.length > 0) {
        return send(
          request,
          reply,
          403,
          klaviyoError(
            403,
            'permission_denied',
            'You do not have permission to perform this action.',
            'You do not have permission to perform this action.',
            operation.hasBody ? { pointer: '/data/' } : {},
          ),
        );
      }
      if (!request.headers.revision) {
        return send(
          request,
          reply,
          400,
          klaviyoError(400, 'invalid', 'Invalid input.', 'The revision header is required.', {
            parameter: 'revision',
          }),
        );
      }
      if (rateLimits) {
        const key = `${match[1]}:${operation.operationId}`;
        const nowMs = Date.now();
        const second = Math.floor(nowMs / 1000);
        const minute = Math.floor(nowMs / 60_000);
        const w = windows.get(key) ?? { second, inSecond: 0, minute, inMinute: 0 };
        if (w.second !== second) Object.assign(w, { second, inSecond: 0 });
        if (w.minute !== minute) Object.assign(w, { minute, inMinute: 0 });
        windows.set(key, w);
        if (w.inSecond >= operation.rateLimit.burst || w.inMinute >= operation.rateLimit.steady) {
          const wait = w.inMinute >= operation.rateLimit.steady ? 60 - (Math.floor(nowMs / 1000) % 60) : 1;
          reply.header('Retry-After', String(wait));
          return send(
            request,
            reply,
            429,
            klaviyoError(
              429,
              'throttled',
              'Request was throttled.',
              `Request was throttled. Expected available in ${wait} seconds.`,
            ),
          );
        }
        w.inSecond += 1;
        w.inMinute += 1;
        reply.header('RateLimit-Limit', String(operation.rateLimit.steady));
        reply.header('RateLimit-Remaining', String(operation.rateLimit.steady - w.inMinute));
        reply.header('RateLimit-Reset', String(60 - (Math.floor(nowMs / 1000) % 60)));
      }
      if (operation.hasBody) {
        if (request.body === undefined) {
          return send(
            request,
            reply,
            400,
            klaviyoError(400, 'invalid', 'Invalid input.', 'A request body is required.', {
              pointer: '/data',
            }),
          );
        }
        const errors = validateBody(operation, request.body);
        if (errors.length > 0) {
          const first = errors[0]!;
          const detail = errors
            .map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`)
            .join('; ');
          return send(
            request,
            reply,
            400,
            klaviyoError(400, 'invalid', 'Invalid input.', detail, { pointer: first.instancePath || '/' }),
          );
        }
      }
      const context: OperationContext = {
        base,
        state,
        publicKey,
        pollsToComplete: options.pollsToComplete ?? 2,
        completeAfterMs: options.completeAfterMs ?? 0,
        params: resolved.params,
        query: request.query as Record<string, string>,
        body: request.body as never,
      };
      const result = handleKlaviyoOperation(operation.operationId, context);
      return send(request, reply, result.status, result.body);
    },
  });

  base = (await app.listen({ host: '127.0.0.1', port: 0 })).replace('localhost', '127.0.0.1');
  return {
    url: base,
    privateKey,
    publicKey,
    state,
    requests,
    failNext: (count, failure, path, skip) => failures.push(count, failure, path, skip),
    addKey: (key, scopes) => keys.set(key, scopes),
    revokeKey: (key) => keys.delete(key),
    close: () => app.close(),
  };
}

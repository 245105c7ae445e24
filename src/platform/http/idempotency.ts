import type { Kysely } from 'kysely';
import type { Clock } from '../clock.js';
import { sha256Hex } from '../crypto/index.js';
import { isUniqueViolation } from '../db/index.js';
import { AppError } from '../errors.js';

/** The header a client sends to make a write safe to retry. */
export const IDEMPOTENCY_HEADER = 'idempotency-key';

const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

interface IdempotencyTables {
  idempotency_keys: {
    account_id: string;
    key: string;
    request_hash: string;
    status_code: number | null;
    response_body: string | null;
    created_at: string;
  };
}

export interface IdempotentResponse<T> {
  status: number;
  body: T;
}

export interface IdempotentRequest {
  accountId: string;
  /** The `Idempotency-Key` header; without one the work simply runs once in a transaction. */
  key: string | undefined;
  method: string;
  /** The path the request was sent to (what it names is part of what the key stands for). */
  url: string;
  body: unknown;
}

/** JSON with object keys sorted, so the same request always hashes the same. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, inner]) => inner !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([name, inner]) => `${JSON.stringify(name)}:${canonicalJson(inner)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

class KeyTaken extends Error {}

/**
 * `Idempotency-Key` for write routes. The key row is inserted in the same transaction as the
 * work and stores its answer, so: the same key with the same request replays the first answer;
 * with a different request it is a 422; concurrent duplicates wait for the first and replay it
 * (the unique key admits one); a failed request stores nothing and may be retried.
 *
 * @example
 * const result = await idempotency.run(
 *   { accountId, key: request.headers['idempotency-key'], method: 'PUT', url: request.url, body: request.body },
 *   async (trx) => ({ status: 201, body: await createThing(trx, request.body) }),
 * );
 * if (result.replayed) reply.header('idempotent-replayed', 'true');
 * return reply.status(result.status).send(result.body);
 */
export function createIdempotency(deps: {
  // biome-ignore lint/suspicious/noExplicitAny: callers hold Kysely handles typed with their own tables
  db: Kysely<any>;
  clock: Clock;
}) {
  const db = deps.db as Kysely<IdempotencyTables>;

  async function replay<T>(request: IdempotentRequest, hash: string) {
    const stored = await db
      .selectFrom('idempotency_keys')
      .selectAll()
      .where('account_id', '=', request.accountId)
      .where('key', '=', request.key!)
      .executeTakeFirst();
    if (!stored) return undefined;
    if (stored.request_hash !== hash) {
      throw new AppError('unprocessable', 'idempotency key reused with a different request', {
        details: [{ field: '/headers/idempotency-key', message: 'was first used with a different request' }],
      });
    }
    if (stored.status_code === null || stored.response_body === null) {
      throw new AppError('conflict', 'a request with this idempotency key is still in progress; retry');
    }
    return { status: stored.status_code, body: JSON.parse(stored.response_body) as T, replayed: true };
  }

  return {
    async run<T>(
      request: IdempotentRequest,
      // biome-ignore lint/suspicious/noExplicitAny: the work runs on the caller's own table typing
      execute: (trx: Kysely<any>) => Promise<IdempotentResponse<T>>,
    ): Promise<IdempotentResponse<T> & { replayed: boolean }> {
      if (request.key === undefined) {
        const result = await db.transaction().execute((trx) => execute(trx));
        return { ...result, replayed: false };
      }
      if (!KEY_PATTERN.test(request.key)) {
        throw AppError.invalid('/headers/idempotency-key', 'must be 1 to 255 visible ASCII characters');
      }
      const hash = sha256Hex(
        `${request.method.toUpperCase()} ${request.url}\n${canonicalJson(request.body)}`,
      );
      for (let attempt = 0; attempt < 3; attempt++) {
        const earlier = await replay<T>(request, hash);
        if (earlier) return earlier;
        try {
          return await db.transaction().execute(async (trx) => {
            try {
              await trx
                .insertInto('idempotency_keys')
                .values({
                  account_id: request.accountId,
                  key: request.key!,
                  request_hash: hash,
                  status_code: null,
                  response_body: null,
                  created_at: deps.clock.now().toISOString(),
                })
                .execute();
            } catch (error) {
              if (isUniqueViolation(error)) throw new KeyTaken();
              throw error;
            }
            const result = await execute(trx);
            await trx
              .updateTable('idempotency_keys')
              .set({ status_code: result.status, response_body: JSON.stringify(result.body) })
              .where('account_id', '=', request.accountId)
              .where('key', '=', request.key!)
              .execute();
            return { ...result, replayed: false };
          });
        } catch (error) {
          // A concurrent duplicate committed first: loop to replay its answer.
          if (!(error instanceof KeyTaken)) throw error;
        }
      }
      throw new AppError('conflict', 'a request with this idempotency key is still in progress; retry');
    },
  };
}

export type Idempotency = ReturnType<typeof createIdempotency>;

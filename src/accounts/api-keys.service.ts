import { randomToken, sha256Hex } from '../platform/crypto/index.js';
import { AppError } from '../platform/errors.js';
import { newId } from '../platform/ids.js';
import type { AccountsTables } from './accounts.tables.js';
import type { AccountsDeps, ApiKey, Principal } from './accounts.types.js';
import { isScope, type Scope } from './scopes.js';

const KEY_PREFIX = 'tlk_';
// Writing last_used_at on every request would turn reads into writes; once a minute is enough.
const LAST_USED_RESOLUTION_MS = 60_000;

function toApiKey(row: AccountsTables['api_keys']): ApiKey {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scopes: JSON.parse(row.scopes) as Scope[],
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  };
}

/** API keys: shown once at creation, stored as a SHA-256 hash (they carry 256 random bits). */
export function createApiKeys({ db, clock }: AccountsDeps) {
  return {
    async create(accountId: string, input: { name: string; scopes: string[] }, createdBy?: string) {
      const unknown = input.scopes.filter((scope) => !isScope(scope));
      if (unknown.length > 0) throw AppError.invalid('/body/scopes', `unknown scopes: ${unknown.join(', ')}`);
      if (input.scopes.length === 0) throw AppError.invalid('/body/scopes', 'name at least one scope');
      if (input.name.trim() === '') throw AppError.invalid('/body/name', 'must not be blank');
      const secret = `${KEY_PREFIX}${randomToken(32)}`;
      const row = {
        id: newId('key'),
        account_id: accountId,
        name: input.name.trim(),
        prefix: secret.slice(0, KEY_PREFIX.length + 6),
        key_hash: sha256Hex(secret),
        scopes: JSON.stringify([...new Set(input.scopes)]),
        created_by: createdBy ?? null,
        created_at: clock.now().toISOString(),
        last_used_at: null,
        revoked_at: null,
      };
      await db.insertInto('api_keys').values(row).execute();
      return { apiKey: toApiKey(row), secret };
    },

    async list(accountId: string): Promise<ApiKey[]> {
      const rows = await db
        .selectFrom('api_keys')
        .selectAll()
        .where('account_id', '=', accountId)
        .orderBy('id')
        .execute();
      return rows.map(toApiKey);
    },

    async revoke(accountId: string, keyId: string): Promise<void> {
      const result = await db
        .updateTable('api_keys')
        .set({ revoked_at: clock.now().toISOString() })
        .where('account_id', '=', accountId)
        .where('id', '=', keyId)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      if (result.numUpdatedRows === 0n) throw AppError.notFound('active API key');
    },

    async principalOfKey(secret: string): Promise<Principal | undefined> {
      if (!secret.startsWith(KEY_PREFIX)) return undefined;
      const row = await db
        .selectFrom('api_keys')
        .selectAll()
        .where('key_hash', '=', sha256Hex(secret))
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      if (!row) return undefined;
      const now = clock.now();
      if (!row.last_used_at || now.getTime() - Date.parse(row.last_used_at) > LAST_USED_RESOLUTION_MS) {
        await db
          .updateTable('api_keys')
          .set({ last_used_at: now.toISOString() })
          .where('id', '=', row.id)
          .execute();
      }
      return { kind: 'api_key', accountId: row.account_id, apiKeyId: row.id, scopes: toApiKey(row).scopes };
    },
  };
}

export type ApiKeys = ReturnType<typeof createApiKeys>;

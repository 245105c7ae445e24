import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createTestDatabase, dialects } from '../support/databases.js';

describe.each(dialects)('database on %s', (kind) => {
  it('applies every migration and reads timestamps back as ISO-8601 UTC strings', async () => {
    const test = await createTestDatabase(kind);
    try {
      const db = test.database.db as never as import('kysely').Kysely<{
        accounts: { id: string; name: string; created_at: string };
      }>;
      await db
        .insertInto('accounts')
        .values({ id: 'acc_1', name: 'A', created_at: '2026-03-01T10:00:00.000Z' })
        .execute();
      const row = await db.selectFrom('accounts').selectAll().executeTakeFirstOrThrow();
      expect(row.created_at).toBe('2026-03-01T10:00:00.000Z');
      const migrated = await sql<{ n: number }>`select count(*) as n from schema_migrations`.execute(db);
      expect(Number(migrated.rows[0]?.n)).toBeGreaterThan(0);
    } finally {
      await test.drop();
    }
  });
});

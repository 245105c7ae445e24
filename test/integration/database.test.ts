import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../src/platform/db/migrator.js';
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

  it('applies a migration that landed after a higher-numbered one had already run', async () => {
    const test = await createTestDatabase(kind);
    try {
      const db = test.database.db;
      // A database that ran everything except 0026 (built beside 0032, which landed first).
      await sql`delete from schema_migrations where name = '0026_shop_discounts'`.execute(db);
      await db.schema.alterTable('shop_connections').dropColumn('admin_credentials').execute();
      for (const column of ['shop_discount_id', 'issue_error', 'issue_deadline'])
        await db.schema.alterTable('loyalty_coupons').dropColumn(column).execute();

      const result = await migrateToLatest(test.database);
      expect(result.results?.map((r) => [r.migrationName, r.status])).toEqual([
        ['0026_shop_discounts', 'Success'],
      ]);
      await sql`select admin_credentials from shop_connections`.execute(db);
    } finally {
      await test.drop();
    }
  });

  it.runIf(kind === 'postgres')(
    'introspects only its own schema, so another suite dropping its schema cannot fail a migration',
    async () => {
      const mine = await createTestDatabase(kind);
      const other = await createTestDatabase(kind);
      try {
        const tables = await mine.database.db.introspection.getTables({ withInternalKyselyTables: true });
        expect(new Set(tables.map((table) => table.schema))).toEqual(new Set([mine.schema]));
        const accounts = tables.find((table) => table.name === 'accounts');
        expect(accounts?.columns.map((column) => column.name)).toContain('created_at');
        expect(tables.map((table) => table.name)).toContain('schema_migrations');
      } finally {
        await other.drop();
        await mine.drop();
      }
    },
  );
});

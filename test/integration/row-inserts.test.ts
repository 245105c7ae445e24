import { type Kysely, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { insertRows } from '../../src/platform/db/index.js';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases.js';

interface Tables {
  items: { id: string; size: number };
}

const opened: TestDatabase[] = [];
afterEach(async () => {
  for (const test of opened.splice(0)) await test.drop();
});

async function itemsTable(kind: (typeof dialects)[number]): Promise<Kysely<Tables>> {
  const test = await createTestDatabase(kind);
  opened.push(test);
  const db = test.database.db as Kysely<Tables>;
  await sql`create table items (id text primary key, size integer not null)`.execute(db);
  return db;
}

const rowsOf = (count: number, from = 0) =>
  Array.from({ length: count }, (_, i) => ({ id: `item-${from + i}`, size: from + i }));

// The chunking itself is proven in src/platform/db/row-inserts.test.ts; here each engine counts.
describe.each(dialects)('insertRows on %s', (kind) => {
  it('stores 100 rows over its power-of-two statements and counts them', async () => {
    const db = await itemsTable(kind);
    expect(await insertRows(db, 'items', ['id', 'size'], rowsOf(100))).toBe(100);
    expect(await db.selectFrom('items').select(['id', 'size']).orderBy('size').execute()).toEqual(
      rowsOf(100),
    );
  });

  it('with onConflictDoNothing skips the rows already there and counts only the new, in every chunk', async () => {
    const db = await itemsTable(kind);
    await insertRows(db, 'items', ['id', 'size'], rowsOf(10));
    // 95 rows (chunks of 64, 16, 8, 4, 2, 1), of which the first 5 are there already.
    expect(
      await insertRows(db, 'items', ['id', 'size'], rowsOf(95, 5), { onConflictDoNothing: ['id'] }),
    ).toBe(90);
    const { n } = await db
      .selectFrom('items')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(n)).toBe(100);
  });
});

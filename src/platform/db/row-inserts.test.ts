import { type Kysely, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from './database.js';
import { chunks, insertRows } from './row-inserts.js';

interface Tables {
  items: { id: string; size: number };
}

const open: Database<Tables>[] = [];
async function emptyDatabase(): Promise<Kysely<Tables>> {
  const database = await openDatabase<Tables>({ url: 'sqlite::memory:' });
  open.push(database);
  await sql`create table items (id text primary key, size integer not null)`.execute(database.db);
  return database.db;
}
afterEach(async () => {
  for (const database of open.splice(0)) await database.close();
});

const rowsOf = (count: number, from = 0) =>
  Array.from({ length: count }, (_, i) => ({ id: `item-${from + i}`, size: from + i }));

describe('insertRows', () => {
  it('splits rows into power-of-two statements of at most 64, in order', () => {
    const sizes = (count: number) => [...chunks(rowsOf(count))].map((chunk) => chunk.length);
    expect(sizes(100)).toEqual([64, 32, 4]);
    expect(sizes(64)).toEqual([64]);
    expect(sizes(7)).toEqual([4, 2, 1]);
    expect(sizes(0)).toEqual([]);
    expect([...chunks(rowsOf(100))].flat()).toEqual(rowsOf(100));
  });

  it('inserts every row across its statements and says how many went in', async () => {
    const db = await emptyDatabase();
    expect(await insertRows(db, 'items', ['id', 'size'], rowsOf(100))).toBe(100);
    const stored = await db.selectFrom('items').select(['id', 'size']).orderBy('size').execute();
    expect(stored).toEqual(rowsOf(100));
  });

  it('with onConflictDoNothing skips the rows already there and counts only the new', async () => {
    const db = await emptyDatabase();
    await insertRows(db, 'items', ['id', 'size'], rowsOf(10));
    const inserted = await insertRows(db, 'items', ['id', 'size'], rowsOf(20, 5), {
      onConflictDoNothing: ['id'],
    });
    expect(inserted).toBe(15);
    expect(
      await db
        .selectFrom('items')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirst(),
    ).toEqual({
      n: 25,
    });
  });

  it('refuses rows with a column it is not given, naming it', async () => {
    const db = await emptyDatabase();
    await expect(insertRows(db, 'items', ['id'], rowsOf(1))).rejects.toThrow(
      'insertRows(items) is not given columns size',
    );
  });

  it('is typed by the handle: an unknown table, column or row shape does not compile', async () => {
    const db = await emptyDatabase();
    // @ts-expect-error: no table `things` on this handle
    await expect(insertRows(db, 'things', ['id'], [{ id: 'a' }])).rejects.toThrow();
    // @ts-expect-error: `colour` is no column of `items`
    await expect(insertRows(db, 'items', ['id', 'colour'], rowsOf(1))).rejects.toThrow();
    // @ts-expect-error: a row without `size` is no row of `items`
    await expect(insertRows(db, 'items', ['id'], [{ id: 'a' }])).rejects.toThrow();
  });
});

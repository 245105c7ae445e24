import { type Kysely, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from './database.js';
import { type Param, preparedQuery } from './prepared-queries.js';

interface Tables {
  items: { id: string; owner: string; size: number };
}

const open: Database<Tables>[] = [];
async function databaseWith(rows: Tables['items'][]): Promise<Kysely<Tables>> {
  const database = await openDatabase<Tables>({ url: 'sqlite::memory:' });
  open.push(database);
  await sql`create table items (id text primary key, owner text not null, size integer not null)`.execute(
    database.db,
  );
  await database.db.insertInto('items').values(rows).execute();
  return database.db;
}
afterEach(async () => {
  for (const database of open.splice(0)) await database.close();
});

const largeItemsOf = preparedQuery((db: Kysely<Tables>, param: Param<{ owner: string }>) =>
  db
    .selectFrom('items')
    .select('id')
    .where('owner', '=', param('owner'))
    .where('size', '>', 10)
    .orderBy('id'),
);

describe('preparedQuery', () => {
  it('runs with each call’s values while the constants it was built with stay', async () => {
    const db = await databaseWith([
      { id: 'a', owner: 'ala', size: 5 },
      { id: 'b', owner: 'ala', size: 50 },
      { id: 'c', owner: 'ola', size: 20 },
    ]);

    expect(await largeItemsOf(db, { owner: 'ala' })).toEqual([{ id: 'b' }]);
    expect(await largeItemsOf(db, { owner: 'ola' })).toEqual([{ id: 'c' }]);
    expect(await largeItemsOf(db, { owner: 'nobody' })).toEqual([]);
  });

  it('runs on every database and inside transactions', async () => {
    const first = await databaseWith([{ id: 'x', owner: 'ala', size: 11 }]);
    const second = await databaseWith([{ id: 'y', owner: 'ala', size: 12 }]);

    expect(await largeItemsOf(first, { owner: 'ala' })).toEqual([{ id: 'x' }]);
    expect(await largeItemsOf(second, { owner: 'ala' })).toEqual([{ id: 'y' }]);
    const inTransaction = await second.transaction().execute((trx) => largeItemsOf(trx, { owner: 'ala' }));
    expect(inTransaction).toEqual([{ id: 'y' }]);
  });

  it('answers how many rows a write wrote: 1 for an insert, 0 for one that skipped its conflict', async () => {
    const db = await databaseWith([{ id: 'a', owner: 'ala', size: 5 }]);
    const insertItem = preparedQuery((db: Kysely<Tables>, param: Param<{ id: string; owner: string }>) =>
      db
        .insertInto('items')
        .values({ id: param('id'), owner: param('owner'), size: 1 })
        .onConflict((conflict) => conflict.doNothing()),
    );

    expect(await insertItem.changes(db, { id: 'b', owner: 'ola' })).toBe(1);
    expect(await insertItem.changes(db, { id: 'a', owner: 'ola' })).toBe(0);
    expect(await db.transaction().execute((trx) => insertItem.changes(trx, { id: 'c', owner: 'ola' }))).toBe(
      1,
    );
    expect(await db.selectFrom('items').select(['id', 'owner']).orderBy('id').execute()).toEqual([
      { id: 'a', owner: 'ala' },
      { id: 'b', owner: 'ola' },
      { id: 'c', owner: 'ola' },
    ]);
  });

  it('is typed by its values: a missing or misspelt value does not compile', async () => {
    const db = await databaseWith([{ id: 'a', owner: 'ala', size: 50 }]);
    // @ts-expect-error: `owner` is missing (the misspelt `ownr` is no value of the query)
    expect(await largeItemsOf(db, { ownr: 'ala' })).toEqual([]);
    expect(await largeItemsOf(db, { owner: 'ala' })).toEqual([{ id: 'a' }]);
  });
});

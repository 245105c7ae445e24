import { CompiledQuery, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from './database.js';
import { runCompiled } from './sqlite-direct.js';

let database: Database<unknown> | undefined;
afterEach(async () => {
  await database?.close();
  database = undefined;
});

async function openWithTable() {
  database = await openDatabase({ url: 'sqlite::memory:' });
  await sql`create table notes (id integer primary key, body text not null)`.execute(database.db);
  return database.db;
}

const insertNote = (body: string) => CompiledQuery.raw('insert into notes (body) values (?)', [body]);
const countNotes = CompiledQuery.raw('select count(*) as n from notes');

describe('runCompiled on SQLite', () => {
  it('inside a transaction, writes belong to it: a rollback takes them away', async () => {
    const db = await openWithTable();
    await expect(
      db.transaction().execute(async (trx) => {
        const result = await runCompiled(trx, insertNote('kept?'));
        expect(result.numAffectedRows).toBe(1n);
        expect((await runCompiled(trx, countNotes)).rows).toEqual([{ n: 1 }]);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');

    expect((await runCompiled(db, countNotes)).rows).toEqual([{ n: 0 }]);
  });

  it('commits with the transaction, and runs through Kysely outside one', async () => {
    const db = await openWithTable();
    await db.transaction().execute((trx) => runCompiled(trx, insertNote('inside')));
    await runCompiled(db, insertNote('outside'));

    expect((await runCompiled(db, countNotes)).rows).toEqual([{ n: 2 }]);
  });
});

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

  it('a read outside a transaction never sees another caller’s open transaction', async () => {
    const db = await openWithTable();
    let inserted!: () => void;
    const insertedYet = new Promise<void>((resolve) => {
      inserted = resolve;
    });
    let rollBack!: () => void;
    const rolledBack = new Promise<void>((resolve) => {
      rollBack = resolve;
    });
    const transaction = db.transaction().execute(async (trx) => {
      await runCompiled(trx, insertNote('uncommitted'));
      inserted();
      await rolledBack;
      throw new Error('roll back');
    });
    await insertedYet;
    const read = runCompiled(db, countNotes);
    rollBack();
    await expect(transaction).rejects.toThrow('roll back');

    expect((await read).rows).toEqual([{ n: 0 }]);
  });

  it('outside a transaction, a read returns the committed rows and a write with RETURNING commits', async () => {
    const db = await openWithTable();
    await runCompiled(db, insertNote('first'));
    const returned = await runCompiled(
      db,
      CompiledQuery.raw('insert into notes (body) values (?) returning id', ['second']),
    );

    expect(returned.rows).toEqual([{ id: 2 }]);
    expect((await runCompiled(db, countNotes)).rows).toEqual([{ n: 2 }]);
    expect((await runCompiled(db, CompiledQuery.raw('select body from notes order by id'))).rows).toEqual([
      { body: 'first' },
      { body: 'second' },
    ]);
  });
});

import { randomBytes } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/platform/config.js';
import { openDatabase } from '../../src/platform/db/index.js';
import {
  createTestDatabase,
  postgresAvailable,
  TEST_DATABASE_URL,
  type TestDatabase,
} from '../support/databases.js';

// Kysely's queries on PostgreSQL become named statements once their text repeats
// (src/platform/db/postgres-named-statements.ts): each connection parses such a query once.
describe.skipIf(!postgresAvailable())('named statements on PostgreSQL', () => {
  let test: TestDatabase;
  // biome-ignore lint/suspicious/noExplicitAny: a scratch table of this test only
  let db: Kysely<any>;
  beforeAll(async () => {
    test = await createTestDatabase('postgres');
    db = test.database.db;
  });
  afterAll(() => test.drop());

  /** The statements the connection has prepared, by text. */
  const preparedOn = async (connection: Kysely<unknown>) =>
    (
      await sql<{
        name: string;
        statement: string;
      }>`select name, statement from pg_prepared_statements`.execute(connection)
    ).rows;

  it('prepares a query under a name once it runs a second time, and keeps it for the connection', async () => {
    await db.connection().execute(async (connection) => {
      const byId = (id: string) =>
        connection.selectFrom('accounts').select('id').where('id', '=', id).execute();
      await byId('a');
      expect((await preparedOn(connection)).filter((row) => row.statement.includes('"accounts"'))).toEqual(
        [],
      );
      await byId('b');
      await byId('c');
      const prepared = (await preparedOn(connection)).filter((row) => row.statement.includes('"accounts"'));
      expect(prepared).toHaveLength(1);
      expect(prepared[0]!.name).toMatch(/^tl_\d+$/);
    });
  });

  it('leaves a query without values unnamed (begin, commit, DDL go as one simple message)', async () => {
    await db.connection().execute(async (connection) => {
      for (let run = 0; run < 3; run++) await sql`select 1 as one`.execute(connection);
      expect(
        (await preparedOn(connection)).filter((row) => row.statement.includes('select 1 as one')),
      ).toEqual([]);
    });
  });

  it('DATABASE_NAMED_STATEMENTS=off (a pooler that loses them) leaves every query unnamed', async () => {
    const config = loadConfig({ DATABASE_URL: TEST_DATABASE_URL, DATABASE_NAMED_STATEMENTS: 'off' });
    expect(config.db.namedStatements).toBe(false);
    const schema = `t_${randomBytes(6).toString('hex')}`;
    const database = await openDatabase({
      url: config.db.url,
      schema,
      poolSize: 1,
      namedStatements: config.db.namedStatements,
    });
    try {
      await database.db.connection().execute(async (connection) => {
        for (let run = 0; run < 3; run++) await sql`select ${run}::int as n`.execute(connection);
        expect(await preparedOn(connection)).toEqual([]);
      });
    } finally {
      await sql.raw(`drop schema ${schema} cascade`).execute(database.db);
      await database.close();
    }
    expect(() => loadConfig({ DATABASE_NAMED_STATEMENTS: 'sometimes' })).toThrow(/DATABASE_NAMED_STATEMENTS/);
  });

  it('gives a statement whose rows changed shape a new name: one run fails, the next reads the new shape', async () => {
    await sql`create table named_shape (a integer)`.execute(db);
    await sql`insert into named_shape (a) values (1)`.execute(db);
    await db.connection().execute(async (connection) => {
      const all = () => connection.selectFrom('named_shape').selectAll().where('a', '>', 0).execute();
      await all();
      expect(await all()).toEqual([{ a: 1 }]);
      await sql`alter table named_shape add column b integer default 2`.execute(connection);
      await expect(all()).rejects.toMatchObject({ code: '0A000' });
      expect(await all()).toEqual([{ a: 1, b: 2 }]);
    });
  });
});

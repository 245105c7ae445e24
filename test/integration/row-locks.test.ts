import { type Kysely, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { lockingRows } from '../../src/platform/db/index.js';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases.js';

interface Tables {
  slots: { id: number; taken: number };
}

const opened: TestDatabase[] = [];
afterEach(async () => {
  for (const test of opened.splice(0)) await test.drop();
});

async function slotsTable(kind: (typeof dialects)[number]): Promise<Kysely<Tables>> {
  const test = await createTestDatabase(kind);
  opened.push(test);
  const db = test.database.db as Kysely<Tables>;
  await sql`create table slots (id integer primary key, taken integer not null)`.execute(db);
  await db
    .insertInto('slots')
    .values([
      { id: 1, taken: 0 },
      { id: 2, taken: 0 },
    ])
    .execute();
  return db;
}

const slot = (db: Kysely<Tables>, id: number) => db.selectFrom('slots').selectAll().where('id', '=', id);

describe.each(dialects)('lockingRows on %s', (kind) => {
  it.runIf(kind === 'postgres')(
    'a row read under the lock is skipped by a skip-locked reader and waited for by a locking one until the commit',
    async () => {
      const db = await slotsTable(kind);
      let release!: () => void;
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      let locked!: () => void;
      const isLocked = new Promise<void>((resolve) => {
        locked = resolve;
      });
      const holder = db.transaction().execute(async (trx) => {
        await lockingRows(slot(trx, 1), kind).execute();
        locked();
        await held;
        await trx.updateTable('slots').set({ taken: 1 }).where('id', '=', 1).execute();
      });
      await isLocked;

      const skipping = await db.transaction().execute((trx) =>
        lockingRows(trx.selectFrom('slots').selectAll().orderBy('id'), kind, {
          skipLocked: true,
        }).execute(),
      );
      expect(skipping.map((row) => row.id)).toEqual([2]);

      let waiterRead: number | undefined;
      const waiter = db.transaction().execute(async (trx) => {
        const [row] = await lockingRows(slot(trx, 1), kind).execute();
        waiterRead = row?.taken;
      });
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(waiterRead).toBeUndefined();
      release();
      await holder;
      await waiter;
      expect(waiterRead).toBe(1);
    },
  );

  it.runIf(kind === 'sqlite')(
    'leaves the query as it is: SQLite has no row locks and its writers are serialised already',
    async () => {
      const db = await slotsTable(kind);
      const plain = slot(db, 1).compile();
      expect(lockingRows(slot(db, 1), kind).compile()).toEqual(plain);
      expect(lockingRows(slot(db, 1), kind, { skipLocked: true }).compile()).toEqual(plain);
      expect(await lockingRows(slot(db, 1), kind).execute()).toEqual([{ id: 1, taken: 0 }]);
    },
  );
});

import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BatchedWrites,
  createBatchedWrites,
  deferRows,
  deferredRowsOf,
} from '../../src/platform/db/index.js';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases.js';

describe.each(dialects)('batched write transactions on %s', (kind) => {
  let testDb: TestDatabase;
  let writes: BatchedWrites;
  const count = async (label: string) => {
    const { rows } = await sql<{
      n: number;
    }>`select count(*) as n from t_batch where label = ${label}`.execute(testDb.database.db);
    return Number(rows[0]!.n);
  };
  const insert = (label: string, id: number) =>
    writes.transaction(async (trx) => {
      await sql`insert into t_batch (id, label) values (${id}, ${label})`.execute(trx);
      return id;
    });

  beforeAll(async () => {
    testDb = await createTestDatabase(kind);
    await sql`create table t_batch (id integer primary key, label text not null)`.execute(testDb.database.db);
    writes = createBatchedWrites(testDb.database);
  });
  afterAll(() => testDb.drop());

  it('commits every write of a burst and answers each with its own result', async () => {
    const ids = Array.from({ length: 150 }, (_, i) => 1000 + i);
    expect(await Promise.all(ids.map((id) => insert('burst', id)))).toEqual(ids);
    expect(await count('burst')).toBe(150);
  });

  it('a failing write leaves nothing behind, and the writes batched with it still commit', async () => {
    const failing = writes.transaction(async (trx) => {
      await sql`insert into t_batch (id, label) values (${2000}, ${'mixed'})`.execute(trx);
      throw new Error('the effect refused the delivery');
    });
    const results = await Promise.allSettled([insert('mixed', 2001), failing, insert('mixed', 2002)]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason).toHaveProperty(
      'message',
      'the effect refused the delivery',
    );
    expect(await count('mixed')).toBe(2);
  });

  it('a constraint violation fails only the write that caused it', async () => {
    const results = await Promise.allSettled([insert('dup', 3000), insert('dup', 3000), insert('dup', 3001)]);
    // Which of the two duplicates wins is the engine's business (PostgreSQL runs them concurrently).
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(1);
    expect(results[2]!.status).toBe('fulfilled');
    expect(await count('dup')).toBe(2);
  });

  it('answers only after the commit: what a write resolved with is already visible', async () => {
    await insert('visible', 4000);
    expect(await count('visible')).toBe(1);
  });

  it('rows a write defers are inserted at the commit, and dropped with a write that fails', async () => {
    const deferring = (id: number, fail: boolean) =>
      writes.transaction(async (trx) => {
        const deferred = deferredRowsOf(trx);
        if (deferred) deferRows(deferred, 't_batch', ['id', 'label'], [{ id, label: 'deferred' }]);
        else await sql`insert into t_batch (id, label) values (${id}, ${'deferred'})`.execute(trx);
        if (fail) throw new Error('the write failed after deferring its rows');
        return id;
      });
    const results = await Promise.allSettled([
      deferring(5000, false),
      deferring(5001, true),
      deferring(5002, false),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    const { rows } = await sql<{
      id: number;
    }>`select id from t_batch where label = ${'deferred'} order by id`.execute(testDb.database.db);
    expect(rows.map((row) => Number(row.id))).toEqual([5000, 5002]);
  });

  it('the rows a write defers go in together at its commit, on PostgreSQL as on SQLite', async () => {
    let seenInside: number | undefined;
    await writes.transaction(async (trx) => {
      const deferred = deferredRowsOf(trx);
      if (!deferred) throw new Error('a batched write collects its deferred rows');
      deferRows(deferred, 't_batch', ['id', 'label'], [{ id: 6000, label: 'at-commit' }]);
      deferRows(deferred, 't_batch', ['id', 'label'], [{ id: 6001, label: 'at-commit' }]);
      const { rows } = await sql<{
        n: number;
      }>`select count(*) as n from t_batch where label = ${'at-commit'}`.execute(trx);
      seenInside = Number(rows[0]!.n);
    });
    expect(seenInside).toBe(0);
    expect(await count('at-commit')).toBe(2);
  });
});

import { statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../src/platform/db/index.js';

describe('SQLite write-ahead log', () => {
  let dir: string;
  let database: Database<unknown>;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'trustloop-wal-'));
    database = await openDatabase({ url: `sqlite:${join(dir, 'wal.db')}` });
  });
  afterAll(async () => {
    await database.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('is copied into the database file in the background, long before the commit threshold', async () => {
    const { db } = database;
    await sql`create table blobs (id integer primary key, body text not null)`.execute(db);
    const body = 'x'.repeat(4000);
    // About 1,000 pages: a tenth of what makes a commit checkpoint by itself.
    for (let i = 0; i < 1000; i++) await sql`insert into blobs (body) values (${body})`.execute(db);
    const file = join(dir, 'wal.db');
    const deadline = Date.now() + 5000;
    while (statSync(file).size < 4_000_000 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 50));
    expect(statSync(file).size).toBeGreaterThanOrEqual(4_000_000);
    const { rows } = await sql<{ n: number }>`select count(*) as n from blobs`.execute(db);
    expect(Number(rows[0]!.n)).toBe(1000);
  });

  it('a database closed twice (the app, then its owner) closes once and returns', async () => {
    const other = await openDatabase({ url: `sqlite:${join(dir, 'twice.db')}` });
    await expect(other.close()).resolves.toBeUndefined();
    await expect(other.close()).resolves.toBeUndefined();
  });
});

import { execFileSync } from 'node:child_process';
import { mkdtempSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from './database.js';
import { commitMark } from './sqlite-commits.js';

const opened: Database<unknown>[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const database of opened.splice(0)) await database.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function openFile(name = 'commits.db') {
  // Resolved: where the temp folder is itself a symlink (macOS), the mark is rightly unknown.
  const dir = mkdtempSync(join(realpathSync(tmpdir()), 'trustloop-commits-'));
  dirs.push(dir);
  const file = join(dir, name);
  const database = await openDatabase({ url: `sqlite:${file}` });
  opened.push(database);
  await sql`create table notes (id integer primary key, body text not null)`.execute(database.db);
  return { db: database.db, file, dir };
}

const insertNote = (db: Database<unknown>['db'], body: string) =>
  sql`insert into notes (body) values (${body})`.execute(db);

/** Another OS process writes to the file with its own connection (as a worker or the CLI would). */
function writeFromAnotherProcess(file: string, body: string) {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  execFileSync(process.execPath, [
    '-e',
    `const db = new (require(${JSON.stringify(driver)}))(${JSON.stringify(file)});
     db.prepare('insert into notes (body) values (?)').run(${JSON.stringify(body)});
     db.close();`,
  ]);
}

describe('commitMark on SQLite', () => {
  it('stays the same while nothing is committed, reads included', async () => {
    const { db } = await openFile();
    const before = commitMark(db);
    await sql`select count(*) from notes`.execute(db);

    expect(before).toBeTypeOf('number');
    expect(commitMark(db)).toBe(before);
  });

  it('changes with a commit on this connection', async () => {
    const { db } = await openFile();
    const before = commitMark(db);
    await insertNote(db, 'mine');

    expect(commitMark(db)).not.toBe(before);
  });

  it('changes with a commit by another process', async () => {
    const { db, file } = await openFile();
    const before = commitMark(db);
    writeFromAnotherProcess(file, 'theirs');

    expect(commitMark(db)).not.toBe(before);
    const after = commitMark(db);
    expect(commitMark(db)).toBe(after);
  });

  it('changes with a commit by another connection of this process', async () => {
    const { db, file } = await openFile();
    const before = commitMark(db);
    const other = new SQLite(file);
    other.prepare('insert into notes (body) values (?)').run('a second connection');
    other.close();

    expect(commitMark(db)).not.toBe(before);
  });

  it('is unknown while a transaction is open on the connection, and inside one', async () => {
    const { db } = await openFile();
    await db.transaction().execute(async (trx) => {
      await insertNote(trx, 'uncommitted');
      expect(commitMark(db)).toBeUndefined();
      expect(commitMark(trx)).toBeUndefined();
    });

    expect(commitMark(db)).toBeTypeOf('number');
  });

  it('is unknown for an in-memory database and a symlinked path', async () => {
    const memory = await openDatabase({ url: 'sqlite::memory:' });
    opened.push(memory);
    const { dir, file } = await openFile('real.db');
    const link = join(dir, 'link.db');
    symlinkSync(file, link);
    const linked = await openDatabase({ url: `sqlite:${link}` });
    opened.push(linked);

    expect(commitMark(memory.db)).toBeUndefined();
    expect(commitMark(linked.db)).toBeUndefined();
  });
});

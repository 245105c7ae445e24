import SQLite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { reusePreparedStatements } from './database.js';

const open: SQLite.Database[] = [];
function sqliteWith(count: number): SQLite.Database {
  const sqlite = new SQLite(':memory:');
  open.push(sqlite);
  sqlite.exec('create table n (v integer)');
  const insert = sqlite.prepare('insert into n (v) values (?)');
  for (let v = 1; v <= count; v++) insert.run(v);
  return sqlite;
}
afterEach(() => {
  for (const sqlite of open.splice(0)) sqlite.close();
});

describe('reusePreparedStatements', () => {
  it('leaves the connection itself alone: its own prepare still prepares anew', () => {
    const sqlite = sqliteWith(1);
    reusePreparedStatements(sqlite).prepare('select v from n');
    expect(sqlite.prepare('select v from n')).not.toBe(sqlite.prepare('select v from n'));
  });

  it('hands out the statement already prepared for the same SQL', () => {
    const sqlite = sqliteWith(3);
    const cached = reusePreparedStatements(sqlite);
    const first = cached.prepare('select v from n order by v');
    expect(cached.prepare('select v from n order by v')).toBe(first);
    expect(cached.prepare('select v from n where v > 1')).not.toBe(first);
  });

  it('never hands out a statement that is still iterating: two iterations of one query both finish', () => {
    const sqlite = sqliteWith(3);
    const cached = reusePreparedStatements(sqlite);
    const outer = cached.prepare('select v from n order by v');
    const seen: Array<[number, number[]]> = [];
    for (const row of outer.iterate() as Iterable<{ v: number }>) {
      const inner = cached.prepare('select v from n order by v');
      expect(inner).not.toBe(outer);
      seen.push([row.v, (inner.all() as Array<{ v: number }>).map((r) => r.v)]);
    }
    expect(seen).toEqual([
      [1, [1, 2, 3]],
      [2, [1, 2, 3]],
      [3, [1, 2, 3]],
    ]);
  });

  it('keeps at most `max` statements, dropping the oldest', () => {
    const sqlite = sqliteWith(1);
    const cached = reusePreparedStatements(sqlite, 2);
    const a = cached.prepare('select 1');
    cached.prepare('select 2');
    cached.prepare('select 3');
    expect(cached.prepare('select 1')).not.toBe(a);
  });
});

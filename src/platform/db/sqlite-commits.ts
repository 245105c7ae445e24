/**
 * Whether anything was committed to a SQLite database since a moment, without a query: a value
 * read once stays valid while the mark is unchanged, whoever writes (this process, a worker, the
 * CLI, another server). The customer hub checks this on every request instead of reading the
 * member's version (an indexed read costs about three times as much: its read transaction takes
 * and releases a lock on the WAL index with two `fcntl` calls, and its row becomes an object;
 * `PRAGMA data_version` takes the same lock; 2026-12-04, bench in docs/benchmarks.md).
 *
 * How: in WAL mode every commit, by any connection of any process, rewrites the WAL-index
 * header at the start of the `-shm` file before the commit returns (its last frame, frame
 * count, checksums and salts change; https://www.sqlite.org/walformat.html §2.1). The header is
 * kept twice; a writer writes the second copy, then the first, and readers trust it only when
 * both agree, as SQLite's own readers do. This reads the two copies with one `pread`; the mark
 * changes whenever they differ from the last agreeing pair seen. Everything unexpected —
 * not WAL, an in-memory or symlinked database, the copies disagreeing (a commit under way), an
 * unknown header version, a transaction open on this connection — answers undefined: then the
 * caller reads the database as it would without this. A checkpoint that restarts the log also
 * changes the header: a mark changes without a data change, which only costs a read.
 */
import { closeSync, openSync, readSync, realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Kysely } from 'kysely';
import type { SqliteDatabase } from './database.js';

/** `WALINDEX_MAX_VERSION`, the only WAL-index format SQLite has had since WAL mode (3.7.0). */
const WAL_INDEX_VERSION = 3_007_000;
const HEADER_BYTES = 48;
/** Offset of `isInit` in the header: 1 once the header has been written. */
const IS_INIT = 12;

interface Watch {
  mark(): number | undefined;
  close(): void;
}

const watches = new WeakMap<object, Watch>();

function createWatch(connection: SqliteDatabase, shmFile: string): Watch {
  const pair = Buffer.alloc(HEADER_BYTES * 2);
  const last = Buffer.alloc(HEADER_BYTES);
  let mark = 0;
  // Opened at the first question: the -shm file exists once the connection has read in WAL mode.
  let fd: number | null | undefined;
  const open = () => {
    try {
      fd = openSync(shmFile, 'r');
    } catch {
      fd = null;
    }
    return fd;
  };
  return {
    mark() {
      // Its own open transaction's writes are not in the header yet; the caller decides then.
      if (connection.inTransaction) return undefined;
      const file = fd === undefined ? open() : fd;
      if (file === null) return undefined;
      try {
        if (readSync(file, pair, 0, pair.length, 0) !== pair.length) return undefined;
      } catch {
        return undefined;
      }
      const version = pair.readUInt32LE(0);
      if (version !== WAL_INDEX_VERSION && pair.readUInt32BE(0) !== WAL_INDEX_VERSION) return undefined;
      if (pair[IS_INIT] !== 1) return undefined;
      if (pair.compare(pair, HEADER_BYTES, HEADER_BYTES * 2, 0, HEADER_BYTES) !== 0) return undefined;
      if (pair.compare(last, 0, HEADER_BYTES, 0, HEADER_BYTES) !== 0) {
        pair.copy(last, 0, 0, HEADER_BYTES);
        mark++;
      }
      return mark;
    },
    close() {
      if (typeof fd === 'number') closeSync(fd);
      fd = null;
    },
  };
}

/**
 * Called once per SQLite database when it is opened, with the journal mode it answered. Returns
 * what to call when the database closes.
 */
export function watchCommits(
  db: Kysely<unknown>,
  connection: SqliteDatabase,
  file: string,
  journalMode: string,
): () => void {
  if (journalMode.toLowerCase() !== 'wal' || file === ':memory:' || file === '' || file.startsWith('file:'))
    return () => {};
  // SQLite names the -shm file after the database's resolved path; a symlinked path is left out.
  const path = resolve(file);
  let real: string;
  try {
    real = realpathSync(path);
  } catch {
    return () => {};
  }
  if (real !== path) return () => {};
  const watch = createWatch(connection, `${path}-shm`);
  watches.set(db.getExecutor().adapter, watch);
  return () => watch.close();
}

/**
 * A number that stays the same exactly while nothing has been committed to this SQLite
 * database by any connection; undefined when that cannot be known (PostgreSQL, see above).
 * Take the mark before reading: a value read after a mark is current while the mark holds.
 *
 * ```ts
 * const mark = commitMark(db);
 * if (mark !== undefined && mark === kept.mark) return kept.value; // nothing committed since
 * ```
 */
// biome-ignore lint/suspicious/noExplicitAny: runs on any schema's handle
export function commitMark(executor: Kysely<any>): number | undefined {
  if (executor.isTransaction) return undefined;
  return watches.get(executor.getExecutor().adapter)?.mark();
}

import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  Kysely,
  type SqliteDatabase as KyselySqliteDatabase,
  SqliteDialect,
  SqliteDriver,
  sql,
} from 'kysely';
import pg from 'pg';
import { namedStatementsPool } from './postgres-named-statements.js';
import { SearchPathPostgresDialect } from './postgres-scoped-dialect.js';
import { FALLBACK_AUTOCHECKPOINT_PAGES, startCheckpointer } from './sqlite-checkpointer.js';
import { watchCommits } from './sqlite-commits.js';
import { registerSqliteConnection } from './sqlite-direct.js';
import { SQLITE_DEFAULTS, type SqliteTuning } from './sqlite-tuning.js';

export type DialectKind = 'sqlite' | 'postgres';

/** An open database: the Kysely handle plus what the rest of the code may need to know. */
export interface Database<Tables = unknown> {
  readonly db: Kysely<Tables>;
  readonly kind: DialectKind;
  /** PostgreSQL only: the schema every table lives in, when not the default. */
  readonly schema?: string;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  url: string;
  /** PostgreSQL only: the schema to use (created if missing); tests give each suite its own. */
  schema?: string;
  poolSize?: number;
  /** SQLite only: page cache and memory map; see `SQLITE_DEFAULTS`. */
  sqlite?: Partial<SqliteTuning>;
  /** PostgreSQL only: run repeated queries as named statements (default; see postgres-named-statements.ts). */
  namedStatements?: boolean;
}

export { SQLITE_DEFAULTS, type SqliteTuning };

const PG_INT8 = 20;
const PG_NUMERIC = 1700;
const PG_TIMESTAMPTZ = 1184;
const PG_TIMESTAMP = 1114;

// Read values the same way on both engines: numbers as numbers, times as ISO-8601 UTC strings.
const pgTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === PG_INT8 || oid === PG_NUMERIC) return (value: string) => Number(value);
    if (oid === PG_TIMESTAMPTZ) return (value: string) => new Date(value).toISOString();
    if (oid === PG_TIMESTAMP) return (value: string) => new Date(`${value}Z`).toISOString();
    return pg.types.getTypeParser(oid, format as 'text');
  },
};

/**
 * better-sqlite3 as Kysely's SQLite dialect (and the direct path in sqlite-direct.ts) sees it:
 * Kysely prepares every query anew, and on SQLite that costs more than running it, so this
 * wrapper hands out statements already prepared for the same SQL text (a busy one, still
 * iterating, is never handed out twice; the oldest is dropped past `max`). The connection
 * itself is left as it is.
 */
export class SqliteDatabase implements KyselySqliteDatabase {
  readonly #sqlite: SQLite.Database;
  readonly #statements = new Map<string, SQLite.Statement>();
  readonly #max: number;

  constructor(sqlite: SQLite.Database, max = 1000) {
    this.#sqlite = sqlite;
    this.#max = max;
  }

  /** Whether a transaction is open on the connection (sqlite-direct runs inside one only). */
  get inTransaction(): boolean {
    return this.#sqlite.inTransaction;
  }

  prepare(source: string): SQLite.Statement {
    const cached = this.#statements.get(source);
    if (cached && !cached.busy) return cached;
    const statement = this.#sqlite.prepare(source);
    if (this.#statements.size >= this.#max)
      this.#statements.delete(this.#statements.keys().next().value as string);
    this.#statements.set(source, statement);
    return statement;
  }

  close(): void {
    this.#sqlite.close();
  }
}

/** The connection with its statements reused by SQL text (see {@link SqliteDatabase}). */
export function reusePreparedStatements(sqlite: SQLite.Database, max = 1000): SqliteDatabase {
  return new SqliteDatabase(sqlite, max);
}

/**
 * Transactions begin IMMEDIATE: they take the write lock at their start, waiting (without
 * blocking, see waitingForTheLock) for another process (an import beside the server) to finish
 * its write. A
 * deferred transaction that read first and then wrote while the other process held or had just
 * released the lock failed at once with "database is locked": SQLite cannot wait there without
 * risking a deadlock, so it never calls the busy handler. Reads outside transactions stay free.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  readonly #sqlite: SqliteDatabase;
  #waiting: DatabaseConnection | undefined;
  constructor(config: ConstructorParameters<typeof SqliteDialect>[0], sqlite: SqliteDatabase) {
    super(config);
    this.#sqlite = sqlite;
  }
  override async acquireConnection(): Promise<DatabaseConnection> {
    const connection = await super.acquireConnection();
    this.#waiting ??= waitingForTheLock(connection, this.#sqlite);
    return this.#waiting;
  }
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

/** How long a write waits for another process's write lock before "database is locked". */
const LOCK_WAIT_MS = 10_000;

/**
 * Waits for another process's write lock (an import beside the server) without blocking the
 * event loop. SQLite's own busy handler sleeps inside the synchronous call, so a server whose
 * worker wanted to write while `trustloop import` committed batch after batch stopped answering
 * everything, `/healthz` included, for as long as it waited. Here the busy timeout is 0 and a
 * statement refused with SQLITE_BUSY outside a transaction (a `begin immediate`, or a write on
 * its own) is tried again after a short timer, up to LOCK_WAIT_MS. Inside a transaction the
 * write lock is already held, so nothing there waits.
 */
function waitingForTheLock(connection: DatabaseConnection, sqlite: SqliteDatabase): DatabaseConnection {
  return {
    async executeQuery(query) {
      const deadline = performance.now() + LOCK_WAIT_MS;
      for (let pause = 1; ; pause = Math.min(pause * 2, 16)) {
        try {
          return await connection.executeQuery(query);
        } catch (error) {
          const busy = (error as { code?: string }).code === 'SQLITE_BUSY';
          if (!busy || sqlite.inTransaction || performance.now() > deadline) throw error;
        }
        await new Promise((resolve) => setTimeout(resolve, pause));
      }
    },
    streamQuery: (query, chunkSize) => connection.streamQuery(query, chunkSize),
  };
}

class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: ConstructorParameters<typeof SqliteDialect>[0];
  readonly #sqlite: SqliteDatabase;
  constructor(sqlite: SqliteDatabase) {
    const config = { database: sqlite };
    super(config);
    this.#config = config;
    this.#sqlite = sqlite;
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config, this.#sqlite);
  }
}

function openSqlite(url: string, tuning: Partial<SqliteTuning> = {}): Database<unknown> {
  const file = url.replace(/^sqlite:(\/\/)?/, '');
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const { cacheSizeMb, mmapSizeMb } = { ...SQLITE_DEFAULTS, ...tuning };
  const sqlite = new SQLite(file);
  const journalMode = String(sqlite.pragma('journal_mode = WAL', { simple: true }));
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  // Waiting for another process's write lock is done without blocking: see waitingForTheLock.
  sqlite.pragma('busy_timeout = 0');
  // A negative cache_size is KiB, not pages; sorts and temporary b-trees stay in memory.
  sqlite.pragma(`cache_size = -${Math.trunc(cacheSizeMb * 1024)}`);
  sqlite.pragma(`mmap_size = ${Math.trunc(mmapSizeMb * 1024 * 1024)}`);
  sqlite.pragma('temp_store = MEMORY');
  const checkpointer = file === ':memory:' ? undefined : startCheckpointer(file);
  if (checkpointer) sqlite.pragma(`wal_autocheckpoint = ${FALLBACK_AUTOCHECKPOINT_PAGES}`);
  const connection = reusePreparedStatements(sqlite);
  const db = new Kysely<unknown>({ dialect: new ImmediateSqliteDialect(connection) });
  registerSqliteConnection(db, connection);
  const stopWatching = watchCommits(db, connection, file, journalMode);
  return {
    db,
    kind: 'sqlite',
    async close() {
      stopWatching();
      await checkpointer?.stop();
      await db.destroy();
    },
  };
}

function quoteIdent(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/i.test(name)) throw new Error(`invalid schema name: ${name}`);
  return `"${name}"`;
}

async function openPostgres(options: DatabaseOptions): Promise<Database<unknown>> {
  const { url, schema } = options;
  if (schema) {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await admin.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`);
    } finally {
      await admin.end();
    }
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    types: pgTypes,
    ...(schema ? { options: `-c search_path=${quoteIdent(schema)}` } : {}),
  });
  const db = new Kysely<unknown>({
    dialect: new SearchPathPostgresDialect({
      pool: (options.namedStatements ?? true) ? namedStatementsPool(pool) : pool,
    }),
  });
  return { db, kind: 'postgres', ...(schema ? { schema } : {}), close: () => db.destroy() };
}

/** Opens SQLite (`sqlite:/path/file.db`, `sqlite::memory:`) or PostgreSQL (`postgres://…`). */
export async function openDatabase<Tables>(options: DatabaseOptions): Promise<Database<Tables>> {
  const opened = /^postgres(ql)?:\/\//.test(options.url)
    ? await openPostgres(options)
    : openSqlite(options.url, options.sqlite);
  return opened as Database<Tables>;
}

/** True when the database answers a trivial query. */
export async function isReachable(database: Database<unknown>): Promise<boolean> {
  try {
    await sql`select 1`.execute(database.db);
    return true;
  } catch {
    return false;
  }
}

/** Both engines report a unique-constraint violation differently; this knows both. */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; message?: string } | null;
  if (!e) return false;
  return (
    e.code === '23505' || e.code === 'SQLITE_CONSTRAINT_UNIQUE' || e.code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  );
}

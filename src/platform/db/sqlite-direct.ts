/**
 * Compiled queries run straight on SQLite's connection where that is what Kysely would end up
 * doing anyway. better-sqlite3 is synchronous and a SQLite database here has one connection;
 * Kysely still routes each query through its connection provider (a mutex) and several promise
 * hops, which on the webhook path cost more than the lookups themselves, and on the customer
 * hub's one indexed read per request about as much as the read (2026-12-04, loyalty-hub bench).
 *
 * - Inside a transaction, which holds the connection until it ends, every statement runs direct.
 * - Outside one, a read runs direct while no transaction is open on the connection: it sees the
 *   committed state, as it would after waiting for Kysely's mutex (a read is one synchronous
 *   call, so nothing else runs on the connection meanwhile). While a transaction is open (it
 *   belongs to another caller, between its awaits), the read waits in Kysely's queue instead
 *   and never sees that transaction's uncommitted rows. Writes outside a transaction, and a read
 *   SQLite answers with SQLITE_BUSY, go through Kysely, whose driver waits for another process's
 *   lock (database.ts).
 */
import type { CompiledQuery, Kysely, QueryResult } from 'kysely';
import type { SqliteDatabase } from './database.js';

const connections = new WeakMap<object, SqliteDatabase>();

/** Called once per SQLite database when it is opened. */
export function registerSqliteConnection(db: Kysely<unknown>, connection: SqliteDatabase): void {
  // A transaction's executor shares its database's adapter object: that is the key.
  connections.set(db.getExecutor().adapter, connection);
}

const isBusy = (error: unknown) => (error as { code?: string }).code?.startsWith('SQLITE_BUSY') === true;

/**
 * The rows of a read-only query at once (no promise), when it can run straight on SQLite's
 * connection outside a transaction (see above); undefined when it cannot (PostgreSQL, a
 * transaction open on the connection, a statement that writes, SQLITE_BUSY): then run it with
 * `runCompiled`. A hot path answers from memory with it without a single promise hop.
 */
export function readCompiledNow<R>(
  // biome-ignore lint/suspicious/noExplicitAny: runs on any schema's handle
  executor: Kysely<any>,
  query: CompiledQuery<R>,
): R[] | undefined {
  if (executor.isTransaction) return undefined;
  const connection = connections.get(executor.getExecutor().adapter);
  if (!connection || connection.inTransaction) return undefined;
  const statement = connection.prepare(query.sql);
  // `reader` alone would take INSERT … RETURNING too: only statements that write nothing.
  if (!statement.reader || !statement.readonly) return undefined;
  try {
    return statement.all(query.parameters) as R[];
  } catch (error) {
    if (isBusy(error)) return undefined;
    throw error;
  }
}

export async function runCompiled<R>(
  // biome-ignore lint/suspicious/noExplicitAny: runs on any schema's handle
  executor: Kysely<any>,
  query: CompiledQuery<R>,
): Promise<QueryResult<R>> {
  if (!executor.isTransaction) {
    const rows = readCompiledNow(executor, query);
    return rows === undefined ? executor.executeQuery(query) : { rows };
  }
  const connection = connections.get(executor.getExecutor().adapter);
  // A transaction handle used after its end finds no open transaction: Kysely decides then.
  if (!connection?.inTransaction) return executor.executeQuery(query);
  const statement = connection.prepare(query.sql);
  if (statement.reader) return { rows: statement.all(query.parameters) as R[] };
  const { changes, lastInsertRowid } = statement.run(query.parameters);
  return { rows: [], numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid) };
}

/**
 * Compiled queries run straight on SQLite's connection inside a transaction. better-sqlite3 is
 * synchronous and a SQLite database here has one connection, which a transaction holds until it
 * ends; Kysely still routes each query through its connection provider and several promise
 * hops, which on the webhook path cost more than the lookups themselves. Outside a transaction
 * (where another transaction may hold the connection) queries go through Kysely as usual.
 */
import type { CompiledQuery, Kysely, QueryResult } from 'kysely';
import type { SqliteDatabase } from './database.js';

const connections = new WeakMap<object, SqliteDatabase>();

/** Called once per SQLite database when it is opened. */
export function registerSqliteConnection(db: Kysely<unknown>, connection: SqliteDatabase): void {
  // A transaction's executor shares its database's adapter object: that is the key.
  connections.set(db.getExecutor().adapter, connection);
}

export async function runCompiled<R>(
  // biome-ignore lint/suspicious/noExplicitAny: runs on any schema's handle
  executor: Kysely<any>,
  query: CompiledQuery<R>,
): Promise<QueryResult<R>> {
  const connection = executor.isTransaction ? connections.get(executor.getExecutor().adapter) : undefined;
  // A transaction handle used after its end finds no open transaction: Kysely decides then.
  if (!connection?.inTransaction) return executor.executeQuery(query);
  const statement = connection.prepare(query.sql);
  if (statement.reader) return { rows: statement.all(query.parameters) as R[] };
  const { changes, lastInsertRowid } = statement.run(query.parameters);
  return { rows: [], numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid) };
}

/**
 * Queries on hot paths, built and compiled once per dialect and run with fresh values. Building
 * and compiling a Kysely query costs two to four times what SQLite takes to answer a lookup by
 * key; the SQL only depends on the query's shape, so the compiled form is kept.
 */
import { type Compilable, type CompiledQuery, type Kysely, PostgresAdapter } from 'kysely';
import type { DialectKind } from './database.js';
import { runCompiled } from './sqlite-direct.js';

interface Prepared<R> {
  compiled: CompiledQuery<R>;
  /** For each compiled parameter, the name of the caller's value that goes there, if any. */
  slots: Array<string | undefined>;
}

/**
 * A query whose `names` are filled in at run time. `build` gets the handle to build with, a
 * `param` function standing for each named value (every other parameter is a constant of the
 * query) and the engine, for what only one of them has (row locks: `FOR UPDATE` on PostgreSQL,
 * where SQLite serialises writers anyway). Run it on a database handle or a transaction: each
 * dialect compiles it once.
 */
export function preparedQuery<DB, R, P extends string>(
  names: readonly P[],
  build: (db: Kysely<DB>, param: (name: P) => string, dialect: DialectKind) => Compilable<R>,
): (executor: Kysely<DB>, values: Readonly<Record<P, unknown>>) => Promise<R[]> {
  // Each placeholder is a value no caller passes; its position among the compiled parameters
  // is where the caller's value goes.
  const marker = (name: P) => `\u0000param:${name}`;
  const byAdapter = new WeakMap<object, Prepared<R>>();
  return async (executor, values) => {
    // Compiled SQL differs per dialect, and each database has its own adapter object.
    const adapter = executor.getExecutor().adapter as object;
    let prepared = byAdapter.get(adapter);
    if (!prepared) {
      const dialect = adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
      const compiled = build(executor, marker, dialect).compile();
      const slots = compiled.parameters.map((value) => names.find((name) => marker(name) === value));
      prepared = { compiled, slots };
      byAdapter.set(adapter, prepared);
    }
    const { compiled, slots } = prepared;
    const result = await runCompiled<R>(executor, {
      ...compiled,
      parameters: slots.map((name, i) => (name === undefined ? compiled.parameters[i] : values[name as P])),
    });
    return result.rows;
  };
}

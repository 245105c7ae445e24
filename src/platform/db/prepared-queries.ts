/**
 * Queries on hot paths, built and compiled once per dialect and run with fresh values. Building
 * and compiling a Kysely query costs two to four times what SQLite takes to answer a lookup by
 * key; the SQL only depends on the query's shape, so the compiled form is kept.
 */
import { type Compilable, type CompiledQuery, type Kysely, PostgresAdapter } from 'kysely';
import type { DialectKind } from './database.js';
import { readCompiledNow, runCompiled } from './sqlite-direct.js';

interface Prepared<R> {
  compiled: CompiledQuery<R>;
  /** For each compiled parameter, the name of the caller's value that goes there, if any. */
  slots: Array<string | undefined>;
}

/**
 * Stands for the caller's value `name` in a prepared query; typed as that value, so the query
 * builder checks it against the column it is compared with or written to.
 */
export type Param<V> = <K extends keyof V & string>(name: K) => V[K];

// Each placeholder is a value no caller passes; its position among the compiled parameters is
// where the caller's value goes.
const MARKER = '\u0000param:';

/** A prepared query: run it with its values (a promise of the rows), or read now (see below). */
export interface PreparedQuery<DB, R, V> {
  (executor: Kysely<DB>, values: Readonly<V>): Promise<R[]>;
  /**
   * The rows at once, without a promise, where SQLite can answer a read straight away (outside a
   * transaction, see `readCompiledNow`); undefined where it cannot: then call the query itself.
   */
  now(executor: Kysely<DB>, values: Readonly<V>): R[] | undefined;
  /**
   * Runs a statement that writes and answers how many rows it wrote: an insert that skips a
   * conflict answers 0 without a RETURNING clause (which costs SQLite a row to hand back).
   */
  changes(executor: Kysely<DB>, values: Readonly<V>): Promise<number>;
}

/**
 * A query whose values `V` are filled in at run time. `build` gets the handle to build with, a
 * `param` function standing for each of the values (every other parameter is a constant of the
 * query) and the engine, for what only one of them has (row locks: `FOR UPDATE` on PostgreSQL,
 * where SQLite serialises writers anyway). Name the values by typing `param`:
 * `preparedQuery((db: Db, param: Param<{ memberId: string }>) => …)`. Run it on a database
 * handle or a transaction with exactly those values: each dialect compiles it once.
 */
export function preparedQuery<DB, R, V>(
  build: (db: Kysely<DB>, param: Param<V>, dialect: DialectKind) => Compilable<R>,
): PreparedQuery<DB, R, V> {
  const param = ((name: string) => `${MARKER}${name}`) as unknown as Param<V>;
  const byAdapter = new WeakMap<object, Prepared<R>>();
  const withValues = (executor: Kysely<DB>, values: Readonly<V>): CompiledQuery<R> => {
    // Compiled SQL differs per dialect, and each database has its own adapter object.
    const adapter = executor.getExecutor().adapter as object;
    let prepared = byAdapter.get(adapter);
    if (!prepared) {
      const dialect = adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
      const compiled = build(executor, param, dialect).compile();
      const slots = compiled.parameters.map((value) =>
        typeof value === 'string' && value.startsWith(MARKER) ? value.slice(MARKER.length) : undefined,
      );
      prepared = { compiled, slots };
      byAdapter.set(adapter, prepared);
    }
    const { compiled, slots } = prepared;
    const named = values as Readonly<Record<string, unknown>>;
    return {
      ...compiled,
      parameters: slots.map((name, i) => (name === undefined ? compiled.parameters[i] : named[name])),
    };
  };
  const run = async (executor: Kysely<DB>, values: Readonly<V>) =>
    (await runCompiled<R>(executor, withValues(executor, values))).rows;
  return Object.assign(run, {
    now: (executor: Kysely<DB>, values: Readonly<V>) =>
      readCompiledNow<R>(executor, withValues(executor, values)),
    changes: async (executor: Kysely<DB>, values: Readonly<V>) =>
      Number((await runCompiled<R>(executor, withValues(executor, values))).numAffectedRows ?? 0n),
  });
}

/**
 * Multi-row inserts on hot paths, compiled once per table, columns and row count (a power of two
 * up to 64, so a table has few shapes). Building and compiling a Kysely insert of a dozen rows
 * costs more than SQLite takes to run it; the SQL only depends on the shape, so the shape's
 * compiled query is kept and run with new values.
 */
import { CompiledQuery, type Kysely } from 'kysely';
import { runCompiled } from './sqlite-direct.js';

const compiled = new WeakMap<object, Map<string, string>>();
const MAX_SHAPES = 200;

/**
 * A column list's part of a shape's key, joined once per list: a hot caller passes one constant
 * list (joining an order row’s 32 column names anew cost ~1-2 µs an order).
 */
const joinedColumns = new WeakMap<readonly string[], string>();
function columnsKey(columns: readonly string[]): string {
  let key = joinedColumns.get(columns);
  if (key === undefined) {
    key = columns.join(',');
    joinedColumns.set(columns, key);
  }
  return key;
}

/** Power-of-two chunks (64, 32, …, 1): few statements, and few statement shapes to compile. */
export function* chunks<T>(rows: readonly T[]): Generator<readonly T[]> {
  let start = 0;
  for (let size = 64; size >= 1; size /= 2)
    while (rows.length - start >= size) {
      yield size === rows.length ? rows : rows.slice(start, start + size);
      start += size;
    }
}

/**
 * Inserts `rows` (plain values only, every row with exactly `columns`) into `table`, in
 * statements of at most 64 rows; with `onConflictDoNothing`, rows clashing on those columns
 * are skipped. Returns how many went in. The table is one of the handle's tables, the columns
 * its columns and the rows its rows, all checked by the compiler.
 */
export async function insertRows<DB, T extends keyof DB & string>(
  executor: Kysely<DB>,
  table: T,
  columns: readonly (keyof DB[T] & string)[],
  rows: readonly NoInfer<DB>[T][],
  options: { onConflictDoNothing?: readonly (keyof DB[T] & string)[] } = {},
): Promise<number> {
  let inserted = 0;
  for (const chunk of chunks(rows)) {
    const parameters: unknown[] = [];
    for (const row of chunk)
      for (const column of columns) parameters.push((row as Record<string, unknown>)[column]);
    const text = insertSql(
      executor as unknown as AnyTables,
      table,
      columns,
      chunk as readonly object[],
      options.onConflictDoNothing,
    );
    const result = await runCompiled(executor, CompiledQuery.raw(text, parameters));
    inserted += Number(result.numAffectedRows ?? 0n);
  }
  return inserted;
}

/** The SQL inserting `rows.length` rows of `columns`, compiled on first use per dialect. */
/** A handle seen as any tables of any columns: insertRows' signature did the checking. */
type AnyTables = Kysely<Record<string, Record<string, unknown>>>;

function insertSql(
  executor: AnyTables,
  table: string,
  columns: readonly string[],
  rows: readonly object[],
  conflict: readonly string[] | undefined,
): string {
  // Compiled SQL differs per dialect, and each database has its own adapter object.
  const adapter = executor.getExecutor().adapter as object;
  let shapes = compiled.get(adapter);
  if (!shapes) {
    shapes = new Map();
    compiled.set(adapter, shapes);
  }
  const key = `${table}|${columnsKey(columns)}|${rows.length}|${conflict?.join(',') ?? ''}`;
  let text = shapes.get(key);
  if (text === undefined) {
    const missing = Object.keys(rows[0]!).filter((column) => !columns.includes(column));
    if (missing.length > 0)
      throw new Error(`insertRows(${table}) is not given columns ${missing.join(', ')}`);
    const template = rows.map(() => Object.fromEntries(columns.map((column) => [column, null])));
    const insert = executor.insertInto(table).values(template);
    text = (conflict ? insert.onConflict((oc) => oc.columns(conflict).doNothing()) : insert).compile().sql;
    if (shapes.size >= MAX_SHAPES) shapes.delete(shapes.keys().next().value as string);
    shapes.set(key, text);
  }
  return text;
}

/**
 * Multi-row inserts on hot paths, compiled once per table, columns and row count. Building and
 * compiling a Kysely insert of a dozen rows costs more than SQLite takes to run it; the SQL
 * only depends on the shape, so the shape's compiled query is kept and run with new values.
 */
import { CompiledQuery, type Kysely } from 'kysely';
import { runCompiled } from './sqlite-direct.js';

const compiled = new WeakMap<object, Map<string, string>>();
const MAX_SHAPES = 200;

/**
 * Inserts `rows` (plain values only, every row with exactly `columns`) into `table`; with
 * `onConflictDoNothing`, rows clashing on those columns are skipped. Returns how many went in.
 */
export async function insertRows<Row extends object>(
  // biome-ignore lint/suspicious/noExplicitAny: rows go to a table named at run time
  executor: Kysely<any>,
  table: string,
  columns: readonly (keyof Row & string)[],
  rows: readonly Row[],
  options: { onConflictDoNothing?: readonly string[] } = {},
): Promise<number> {
  if (rows.length === 0) return 0;
  const conflict = options.onConflictDoNothing;
  // Compiled SQL differs per dialect, and each database has its own adapter object.
  const adapter = executor.getExecutor().adapter as object;
  let shapes = compiled.get(adapter);
  if (!shapes) {
    shapes = new Map();
    compiled.set(adapter, shapes);
  }
  const key = `${table}|${columns.join(',')}|${rows.length}|${conflict?.join(',') ?? ''}`;
  let text = shapes.get(key);
  if (text === undefined) {
    const missing = Object.keys(rows[0]!).filter((column) => !columns.includes(column as keyof Row & string));
    if (missing.length > 0)
      throw new Error(`insertRows(${table}) is not given columns ${missing.join(', ')}`);
    const template = rows.map(() => Object.fromEntries(columns.map((column) => [column, null])));
    const insert = executor.insertInto(table).values(template);
    text = (conflict ? insert.onConflict((oc) => oc.columns(conflict).doNothing()) : insert).compile().sql;
    if (shapes.size >= MAX_SHAPES) shapes.delete(shapes.keys().next().value as string);
    shapes.set(key, text);
  }
  const parameters: unknown[] = [];
  for (const row of rows)
    for (const column of columns) parameters.push((row as Record<string, unknown>)[column]);
  const result = await runCompiled(executor, CompiledQuery.raw(text, parameters));
  return Number(result.numAffectedRows ?? 0n);
}

/** Power-of-two chunks (64, 32, …, 1): few statements, and few statement shapes to compile. */
function* chunks<T>(rows: readonly T[]): Generator<T[]> {
  let start = 0;
  for (let size = 64; size >= 1; size /= 2)
    while (rows.length - start >= size) {
      yield rows.slice(start, start + size);
      start += size;
    }
}

/** `insertRows` for any number of rows, in statements of at most 64 rows. */
export async function insertAllRows<Row extends object>(
  // biome-ignore lint/suspicious/noExplicitAny: rows go to a table named at run time
  executor: Kysely<any>,
  table: string,
  columns: readonly (keyof Row & string)[],
  rows: readonly Row[],
  options: { onConflictDoNothing?: readonly string[] } = {},
): Promise<number> {
  let inserted = 0;
  for (const chunk of chunks(rows)) inserted += await insertRows(executor, table, columns, chunk, options);
  return inserted;
}

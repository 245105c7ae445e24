import { RowError } from './csv-values.js';
import type { ImportFormat, ImportType } from './import.types.js';

/** One data row: its line, its text as written, and its cells by (normalised) column name. */
export interface SourceRow {
  line: number;
  raw: string;
  /** The trimmed cell under `column`, or '' when the column is absent or the cell empty. */
  get(column: string): string;
  /** Set when the row cannot be read at all (wrong field count, undecodable bytes). */
  unreadable: RowError | null;
}

/** What a mapper needs beyond the rows. */
export interface MapContext {
  accountId: string;
  channelId: string;
  /** The channel's IANA time zone: times without an offset are read in it. */
  timeZone: string;
  decimalComma: boolean;
  /** When the import was started (ISO-8601): the consent time when a file gives none. */
  startedAt: string;
}

/** A row-level failure, located at the line that caused it. */
export class LineError extends Error {
  constructor(
    readonly line: number,
    readonly error: RowError,
  ) {
    super(error.message);
    this.name = 'LineError';
  }
}

/** Runs `read` on `row`, pinning any RowError to the row's line. */
export function atLine<T>(row: SourceRow, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof RowError) throw new LineError(row.line, error);
    throw error;
  }
}

export function required(row: SourceRow, column: string): string {
  const value = row.get(column);
  if (value === '') throw new RowError('missing_value', `${column} is empty`);
  return value;
}

/** `parse(value)` when the cell has a value, else null. */
export function optional<T>(row: SourceRow, column: string, parse: (value: string) => T): T | null {
  const value = row.get(column);
  return value === '' ? null : parse(value);
}

/**
 * A CSV dialect for one import type: the header columns it cannot do without, how rows group
 * into one order (consecutive rows with the same key), and how a group becomes a domain input.
 */
export interface FormatDefinition<Unit> {
  type: ImportType;
  format: ImportFormat;
  /** As the documentation and the file spell them; matched case-insensitively. */
  requiredColumns: readonly string[];
  /** True when a header looks like this format (for `--format auto`). */
  recognises(columns: ReadonlySet<string>): boolean;
  /** Rows with the same key, one after another, form one unit; without it each row is a unit. */
  groupKey?(row: SourceRow): string;
  /** Turns a unit's rows into its input; throws LineError for a bad row. */
  map(rows: readonly SourceRow[], context: MapContext): Unit;
  /** A short label for a unit in messages, e.g. `order #1001`. */
  label(rows: readonly SourceRow[]): string;
}

export function normaliseColumn(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** The required columns a header lacks, as the format spells them. */
export function missingColumns(definition: FormatDefinition<unknown>, header: readonly string[]): string[] {
  const present = new Set(header.map(normaliseColumn));
  return definition.requiredColumns.filter((column) => !present.has(normaliseColumn(column)));
}

/** Splits `Jan Maria Kowalski` into `Jan` and `Maria Kowalski`. */
export function splitName(full: string): { firstName: string | null; lastName: string | null } {
  const trimmed = full.trim();
  if (trimmed === '') return { firstName: null, lastName: null };
  const space = trimmed.indexOf(' ');
  return space < 0
    ? { firstName: trimmed, lastName: null }
    : { firstName: trimmed.slice(0, space), lastName: trimmed.slice(space + 1).trim() };
}

/** The latest of some ISO-8601 UTC instants. */
export function latest(...instants: Array<string | null | undefined>): string {
  return (
    instants
      .filter((value): value is string => !!value)
      .sort()
      .at(-1) ?? new Date(0).toISOString()
  );
}

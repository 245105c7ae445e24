import { CompiledQuery, type Kysely } from 'kysely';
import type { CustomerInput } from '../../contacts/index.js';
import type { Clock } from '../../platform/clock.js';
import {
  collectingDeferredRows,
  type DeferredRows,
  insertDeferredRows,
  keepDeferredRows,
  runCompiled,
} from '../../platform/db/index.js';
import { AppError } from '../../platform/errors.js';
import { type CsvRecord, FileError, readCsv } from './csv-source.js';
import { RowError } from './csv-values.js';
import type { Checkpoint, ImportStore } from './import.store.js';
import type { ImportsTable, ImportTables } from './import.tables.js';
import type {
  ImportFormat,
  ImportPorts,
  ImportProgress,
  ImportType,
  Rejection,
  RejectionCode,
  WriteOutcome,
} from './import.types.js';
import {
  type FormatDefinition,
  LineError,
  type MapContext,
  normaliseColumn,
  type SourceRow,
} from './import-format.js';
import { chooseFormat } from './import-formats.js';
import type { OrderUnit } from './orders.mappers.js';

export interface RunnerDeps {
  db: Kysely<ImportTables>;
  store: ImportStore;
  ports: ImportPorts;
  clock: Clock;
}

export interface RunOptions {
  /** Orders or customers per committed checkpoint. */
  batchSize: number;
  onProgress?: (progress: ImportProgress) => void;
}

/** What became of one unit once written: counted, or refused by the domain with its message. */
type Outcome = { status: 'imported' | 'unchanged' } | { status: 'rejected'; reason: string };

/** Consecutive rows of one order (or the one row of a customer). */
interface Group {
  key: string;
  rows: SourceRow[];
  /** A line next to this group is not CSV: the group may be incomplete, so it is refused. */
  poisonedBy: number | null;
  extra: Rejection[];
}

/** A closed group waiting for the next commit: either refused rows, or a unit to write. */
type Item =
  | { lastLine: number; rejections: Rejection[] }
  | { lastLine: number; rows: SourceRow[]; unit: unknown };
type UnitItem = Extract<Item, { unit: unknown }>;

function counted(result: WriteOutcome): Outcome {
  return { status: result.created || result.changed ? 'imported' : 'unchanged' };
}

const SAVEPOINT = CompiledQuery.raw('savepoint import_unit');
const RELEASE = CompiledQuery.raw('release savepoint import_unit');
const ROLLBACK_TO = CompiledQuery.raw('rollback to savepoint import_unit');

/**
 * Writes one unit inside the batch's transaction, in a savepoint: an input the domain refuses
 * (a 4xx AppError) rolls back that unit alone and rejects it; anything else stops the run. The
 * unit's events are kept in `batchRows` and go in with the batch's (see writeBatch).
 */
async function inSavepoint(
  trx: Kysely<ImportTables>,
  batchRows: DeferredRows,
  write: () => Promise<Outcome>,
): Promise<Outcome> {
  await runCompiled(trx, SAVEPOINT);
  try {
    const unitRows: DeferredRows = new Map();
    const outcome = await collectingDeferredRows(trx, unitRows, write);
    await runCompiled(trx, RELEASE);
    keepDeferredRows(batchRows, unitRows);
    return outcome;
  } catch (error) {
    if (!refusedByDomain(error)) throw error;
    await runCompiled(trx, ROLLBACK_TO);
    await runCompiled(trx, RELEASE);
    return { status: 'rejected', reason: error.message };
  }
}

type Commit = (executor: Kysely<ImportTables>, outcomes: readonly Outcome[]) => Promise<void>;

/** A unit of the batch was refused: the batch is rolled back whole and written again unit by unit. */
class UnitRefused extends Error {}

const refusedByDomain = (error: unknown): error is AppError =>
  error instanceof AppError && error.status < 500;

/**
 * Writes a batch and its checkpoint in one transaction: the batch's events are one outbox batch,
 * so each subscriber gets one delivery job for it, not one per order. Orders are idempotent by
 * external id and customers by email, so a batch written again after a crash changes nothing.
 *
 * Most batches have no refused unit, so the batch is first written without a savepoint per unit
 * (two statements and their promise hops per row); if a unit is refused, that whole transaction
 * is rolled back and the batch written again with one savepoint per unit, so a refused unit still
 * leaves nothing behind. `perUnit` says whether to go straight to the savepoints (the caller keeps
 * doing so once a file has shown refused rows, so a dirty file is not written twice per batch).
 * Answers whether it had to write per unit.
 */
async function writeBatch(
  deps: RunnerDeps,
  type: ImportType,
  units: readonly UnitItem[],
  commit: Commit,
  perUnit: boolean,
): Promise<boolean> {
  const { commerce, contacts } = deps.ports;
  const write = async (trx: Kysely<ImportTables>, unit: unknown): Promise<Outcome> => {
    if (type === 'customers') return counted(await contacts.upsertCustomer(trx, unit as CustomerInput));
    const { order, refund } = unit as OrderUnit;
    const recorded = await commerce.recordOrder(trx, order);
    const refunded = refund ? await commerce.recordRefund(trx, refund) : undefined;
    const refundChanged = refunded !== undefined && (refunded.created || refunded.changed);
    return counted({ created: recorded.created, changed: recorded.changed || refundChanged });
  };
  if (!perUnit) {
    try {
      await deps.db.transaction().execute(async (trx) => {
        const batchRows: DeferredRows = new Map();
        const outcomes: Outcome[] = [];
        await collectingDeferredRows(trx, batchRows, async () => {
          for (const { unit } of units) {
            try {
              outcomes.push(await write(trx, unit));
            } catch (error) {
              throw refusedByDomain(error) ? new UnitRefused() : error;
            }
          }
        });
        await insertDeferredRows(trx, batchRows);
        await commit(trx, outcomes);
      });
      return false;
    } catch (error) {
      if (!(error instanceof UnitRefused)) throw error;
    }
  }
  await deps.db.transaction().execute(async (trx) => {
    // The events of a batch's units go in as a few multi-row inserts, not one or two per row:
    // nothing in an import reads its own events back before the commit.
    const batchRows: DeferredRows = new Map();
    const outcomes: Outcome[] = [];
    for (const { unit } of units) outcomes.push(await inSavepoint(trx, batchRows, () => write(trx, unit)));
    await insertDeferredRows(trx, batchRows);
    await commit(trx, outcomes);
  });
  return true;
}

function sourceRow(record: CsvRecord, index: ReadonlyMap<string, number>, width: number): SourceRow {
  let unreadable: RowError | null = null;
  if (record.raw.includes('\uFFFD')) {
    unreadable = new RowError(
      'invalid_characters',
      'invalid characters: the line has bytes that do not decode in the file encoding (try --encoding windows-1250)',
    );
  } else if (record.cells.length !== width) {
    unreadable = new RowError(
      'malformed_csv',
      `the line has ${record.cells.length} fields; the header has ${width}`,
    );
  }
  return {
    line: record.line,
    raw: record.raw,
    unreadable,
    get: (column) => {
      const at = index.get(column.toLowerCase());
      return at === undefined ? '' : (record.cells[at] ?? '').trim();
    },
  };
}

/**
 * Reads the file from the top, skips what the checkpoint says is committed, groups rows into
 * orders (or customers), maps and writes them, and commits a checkpoint every `batchSize` units.
 * Throws FileError for a header it cannot use, before anything is written.
 */
export async function runImport(
  deps: RunnerDeps,
  row: ImportsTable,
  context: MapContext,
  options: RunOptions,
) {
  const type = row.type as ImportType;
  const reader = readCsv(row.file_path, { encoding: row.encoding, delimiter: row.delimiter });
  const totals = { imported: row.imported, unchanged: row.unchanged, rejected: row.rejected };
  let definition: FormatDefinition<unknown> | undefined;
  const index = new Map<string, number>();
  let width = 0;
  let group: Group | undefined;
  let poisonNext: number | null = null;
  let pending: Item[] = [];
  let lastSeen = row.checkpoint_line;
  /** Once a batch had a refused unit, the rest of the file is written with a savepoint per unit. */
  let perUnit = false;

  const progress = (line: number) =>
    options.onProgress?.({ bytesRead: reader.bytesRead(), bytesTotal: row.bytes_total, line, ...totals });

  /** The failing line gets the reason; the other rows of its order point at it. */
  const refuse = (
    rows: readonly SourceRow[],
    line: number,
    code: RejectionCode,
    reason: string,
  ): Rejection[] =>
    rows.map((r) =>
      r.line === line
        ? { line, code, reason, raw: r.raw }
        : {
            line: r.line,
            code: 'order_rejected',
            reason: `${definition!.label(rows)} is rejected because of line ${line}: ${reason}`,
            raw: r.raw,
          },
    );

  function close({ rows, poisonedBy, extra }: Group): void {
    const lastLine = Math.max(rows.at(-1)!.line, ...extra.map((r) => r.line));
    if (poisonedBy !== null) {
      const reason = `${definition!.label(rows)} is rejected: line ${poisonedBy} next to it is not valid CSV, so it may be incomplete; fix that line and import the file again`;
      const own = rows.map((r): Rejection => ({ line: r.line, code: 'order_rejected', reason, raw: r.raw }));
      pending.push({ lastLine, rejections: [...own, ...extra] });
      return;
    }
    try {
      const unreadable = rows.find((r) => r.unreadable);
      if (unreadable) throw new LineError(unreadable.line, unreadable.unreadable!);
      pending.push({ lastLine, rows, unit: definition!.map(rows, context) });
    } catch (error) {
      if (!(error instanceof LineError)) throw error;
      pending.push({
        lastLine,
        rejections: [...refuse(rows, error.line, error.error.code, error.message), ...extra],
      });
    }
  }

  async function flush(): Promise<void> {
    if (pending.length === 0) return;
    const items = pending;
    pending = [];
    const units = items.filter((item): item is UnitItem => 'unit' in item);
    const checkpointLine = Math.max(...items.map((item) => item.lastLine));
    let committed: Checkpoint | undefined;
    const wrotePerUnit = await writeBatch(
      deps,
      type,
      units,
      async (executor, outcomes) => {
        const rejections = items.flatMap((item) => ('rejections' in item ? item.rejections : []));
        const checkpoint: Checkpoint = { line: checkpointLine, bytesRead: reader.bytesRead(), ...totals };
        outcomes.forEach((outcome, i) => {
          if (outcome.status !== 'rejected') checkpoint[outcome.status]++;
          else
            rejections.push(...refuse(units[i]!.rows, units[i]!.rows[0]!.line, 'rejected', outcome.reason));
        });
        checkpoint.rejected += rejections.length;
        await deps.store.commit(executor, row.id, checkpoint, rejections, deps.clock.now().toISOString());
        committed = checkpoint;
      },
      perUnit,
    );
    perUnit ||= wrotePerUnit;
    if (committed)
      Object.assign(totals, {
        imported: committed.imported,
        unchanged: committed.unchanged,
        rejected: committed.rejected,
      });
    progress(checkpointLine);
  }

  for await (const item of reader.records) {
    if (!definition) {
      if (item.kind === 'defect')
        throw new FileError(`the header (line ${item.line}) is not valid CSV: ${item.message}`);
      definition = chooseFormat(type, row.format as ImportFormat, item.cells);
      item.cells.forEach((name, at) => {
        const column = normaliseColumn(name);
        if (!index.has(column)) index.set(column, at);
      });
      width = item.cells.length;
      continue;
    }
    if (item.line <= row.checkpoint_line) continue;
    lastSeen = item.line;
    if (item.kind === 'defect') {
      const rejection: Rejection = {
        line: item.line,
        code: 'malformed_csv',
        reason: `not valid CSV: ${item.message}`,
        raw: item.raw,
      };
      if (group) {
        group.poisonedBy = item.line;
        group.extra.push(rejection);
        poisonNext = item.line;
      } else {
        pending.push({ lastLine: item.line, rejections: [rejection] });
      }
      continue;
    }
    const source = sourceRow(item, index, width);
    const key = definition.groupKey?.(source);
    if (group && key !== undefined && key !== '' && key === group.key) {
      group.rows.push(source);
      poisonNext = null;
      continue;
    }
    if (group) close(group);
    group = { key: key ?? '', rows: [source], poisonedBy: poisonNext, extra: [] };
    poisonNext = null;
    if (key === undefined) {
      close(group);
      group = undefined;
    }
    if (pending.length >= options.batchSize) await flush();
  }
  if (!definition) throw new FileError('the file is empty: it has no header line');
  if (group) close(group);
  await flush();
  progress(lastSeen);
}

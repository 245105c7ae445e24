/**
 * Group commit for SQLite. A commit is most of what a small write costs there (the WAL frames
 * of every page touched, and now and then a checkpoint with an fsync), and one connection runs
 * one transaction at a time anyway. So writes that arrive together share one transaction: each
 * runs in its own savepoint (a failing one is rolled back alone and its caller gets its error),
 * and every caller hears back only after the shared commit, so an answer still means "durable".
 * PostgreSQL runs each write in a transaction of its own (its append-only rows still go in
 * together before the commit); it has concurrency and group commit of its own.
 */
import { CompiledQuery, type Kysely, type Transaction } from 'kysely';
import type { Database } from './database.js';
import { insertRows } from './row-inserts.js';
import { runCompiled } from './sqlite-direct.js';

const SAVEPOINT = CompiledQuery.raw('savepoint unit');
const RELEASE = CompiledQuery.raw('release unit');
const ROLLBACK_TO = CompiledQuery.raw('rollback to unit');

export interface BatchedWrites {
  /**
   * Runs `work` in a transaction (shared with others on SQLite) and resolves once it is
   * committed. `work` must not start another batched write: it would wait for itself.
   */
  transaction<T, R>(work: (trx: Transaction<T>) => Promise<R>): Promise<R>;
}

interface Unit {
  work: (trx: Transaction<unknown>) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/** A bound on how long one batch holds the connection (and how much one failed commit fails). */
const MAX_BATCH = 64;

/** Append-only rows a write left to be inserted at the commit, by table. */
export type DeferredRows = Map<string, { columns: readonly string[]; rows: object[] }>;

const deferredByTransaction = new WeakMap<object, DeferredRows>();

/**
 * Inside a batched write, where append-only rows (the outbox's events) may be
 * left: they are inserted for the whole batch, a few statements per table, just before the
 * commit, and dropped with the write if it fails. Undefined outside a batch. Rows left here are
 * not visible to queries before the commit, so only rows nothing reads back in the same write
 * belong here.
 */
export function deferredRowsOf(executor: object): DeferredRows | undefined {
  return deferredByTransaction.get(executor);
}

export function deferRows(
  deferred: DeferredRows,
  table: string,
  columns: readonly string[],
  rows: readonly object[],
): void {
  const entry = deferred.get(table);
  if (entry) entry.rows.push(...rows);
  else deferred.set(table, { columns, rows: [...rows] });
}

/**
 * Runs `work` inside `trx` with the rows it defers (see deferredRowsOf) collected in `into`
 * instead of inserted at once. The caller inserts what it kept with insertDeferredRows before
 * its commit; rows of a unit rolled back to its savepoint are simply not kept.
 */
export async function collectingDeferredRows<R>(
  trx: object,
  into: DeferredRows,
  work: () => Promise<R>,
): Promise<R> {
  deferredByTransaction.set(trx, into);
  try {
    return await work();
  } finally {
    deferredByTransaction.delete(trx);
  }
}

/** Adds the rows of `from` to `into` (a unit's rows to its batch's, once the unit is kept). */
export function keepDeferredRows(into: DeferredRows, from: DeferredRows): void {
  for (const [table, { columns, rows }] of from) deferRows(into, table, columns, rows);
}

/** Inserts collected rows, a few multi-row statements per table. */
export async function insertDeferredRows(trx: object, deferred: DeferredRows): Promise<void> {
  // Rows were deferred by table name at run time, each by an insertRows caller the compiler checked.
  for (const [table, { columns, rows }] of deferred)
    await insertRows(trx as Kysely<Record<string, object>>, table, columns as never, rows);
}

export function createBatchedWrites(database: Database<unknown>): BatchedWrites {
  if (database.kind !== 'sqlite') {
    const { db } = database;
    return {
      // The transaction's append-only rows go in together before its commit: on PostgreSQL every
      // statement is a round trip, and a delivery appending the customer's and then the order's
      // events made two inserts of the same table.
      transaction: <T, R>(work: (trx: Transaction<T>) => Promise<R>) =>
        (db as unknown as Kysely<T>).transaction().execute(async (trx) => {
          const rows: DeferredRows = new Map();
          const value = await collectingDeferredRows(trx, rows, () => work(trx));
          await insertDeferredRows(trx, rows);
          return value;
        }),
    };
  }
  const db = database.db;
  const queue: Unit[] = [];
  let scheduled = false;

  async function runBatch(batch: Unit[]): Promise<void> {
    const settled: Array<() => void> = [];
    const batchRows: DeferredRows = new Map();
    try {
      await db.transaction().execute(async (trx) => {
        for (const unit of batch) {
          const unitRows: DeferredRows = new Map();
          await runCompiled(trx, SAVEPOINT);
          try {
            const value = await collectingDeferredRows(trx, unitRows, () => unit.work(trx));
            await runCompiled(trx, RELEASE);
            keepDeferredRows(batchRows, unitRows);
            settled.push(() => unit.resolve(value));
          } catch (error) {
            await runCompiled(trx, ROLLBACK_TO);
            await runCompiled(trx, RELEASE);
            settled.push(() => unit.reject(error));
          }
        }
        await insertDeferredRows(trx, batchRows);
      });
    } catch (error) {
      // The commit (or the engine) failed: nothing of the batch is stored, every caller hears so.
      for (const unit of batch) unit.reject(error);
      return;
    }
    for (const settle of settled) settle();
  }

  async function drain(): Promise<void> {
    scheduled = false;
    while (queue.length > 0) await runBatch(queue.splice(0, MAX_BATCH));
  }

  return {
    transaction<T, R>(work: (trx: Transaction<T>) => Promise<R>): Promise<R> {
      return new Promise<R>((resolve, reject) => {
        queue.push({
          work: work as Unit['work'],
          resolve: resolve as Unit['resolve'],
          reject,
        });
        // Wait for the requests that arrived in the same turn of the event loop: a batch
        // started at once would almost always hold one write.
        if (!scheduled) {
          scheduled = true;
          setImmediate(() => void drain());
        }
      });
    },
  };
}

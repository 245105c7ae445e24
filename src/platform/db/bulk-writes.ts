/**
 * Bulk writes: a batch of commands (the rows of a CSV import) looked up together, decided one
 * by one in their order against what the lookup found, and written with a few multi-row
 * statements. What a batch cannot decide from its lookup (say, a change to an existing row) it
 * hands back to the caller to run through the one-by-one path, which stays the single source of
 * the rules: the bulk path only takes the cases whose outcome it can compute with the same pure
 * functions.
 */

/** What became of one command of a bulk batch. */
export type BulkDecision =
  | { status: 'imported' | 'unchanged' }
  | { status: 'rejected'; reason: string }
  /** The batch cannot decide it: write() what it kept, then run the command one by one. */
  | { status: 'per-unit' };

export interface BulkBatch {
  /**
   * Decides command `index` (call in order, each once) and keeps its rows for write(); its events
   * are appended at once, so they keep the commands' order.
   */
  decide(index: number): Promise<BulkDecision>;
  /** Writes the rows kept so far. Call it before anything else writes, and at the end. */
  write(): Promise<void>;
}

/**
 * A bulk write met rows it did not expect (a concurrent writer created one of them between the
 * lookup and the insert). The caller rolls the batch back and writes it one by one.
 */
export class BulkWriteConflict extends Error {
  constructor(table: string) {
    super(`a bulk insert into ${table} met rows written since its lookup`);
    this.name = 'BulkWriteConflict';
  }
}

/** Lookups by a list of keys, in chunks well under SQLite's and PostgreSQL's parameter limits. */
export const LOOKUP_CHUNK = 500;

export function* keyChunks<T>(keys: readonly T[], size = LOOKUP_CHUNK): Generator<T[]> {
  for (let start = 0; start < keys.length; start += size) yield keys.slice(start, start + size);
}

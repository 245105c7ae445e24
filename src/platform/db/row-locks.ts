import type { SelectQueryBuilder } from 'kysely';
import type { DialectKind } from './database.js';

/**
 * The query with the rows it reads locked until the transaction ends, where the engine locks
 * rows: `FOR UPDATE` on PostgreSQL, `FOR UPDATE SKIP LOCKED` with `skipLocked` (queues whose
 * takers each take other rows). SQLite has no row locks and needs none here: its transactions
 * begin immediate, so writers are serialised already, and the query stays as it is.
 */
export function lockingRows<DB, TB extends keyof DB, O>(
  query: SelectQueryBuilder<DB, TB, O>,
  dialect: DialectKind,
  options: { skipLocked?: boolean } = {},
): SelectQueryBuilder<DB, TB, O> {
  if (dialect !== 'postgres') return query;
  return options.skipLocked ? query.forUpdate().skipLocked() : query.forUpdate();
}

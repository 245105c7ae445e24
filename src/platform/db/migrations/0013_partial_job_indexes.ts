import { sql } from 'kysely';
import type { PortableMigration } from '../migrator.js';

/**
 * Every domain event writes a delivery job per subscriber, so each index on `jobs` is paid on
 * every order, review and points change. Leases and finish times only exist for running and
 * finished jobs: indexing just those rows keeps a new (pending) job out of two of the indexes.
 * The queries that use them (expired leases, retention) name the same conditions.
 */
export const m0013PartialJobIndexes: PortableMigration = {
  async up(db) {
    await db.schema.dropIndex('jobs_lease_idx').execute();
    await db.schema
      .createIndex('jobs_lease_idx')
      .on('jobs')
      .column('lease_until')
      .where(sql.ref('state'), '=', 'running')
      .execute();
    await db.schema.dropIndex('jobs_finished_idx').execute();
    await db.schema
      .createIndex('jobs_finished_idx')
      .on('jobs')
      .columns(['state', 'finished_at'])
      .where(sql.ref('finished_at'), 'is not', null)
      .execute();
  },
};

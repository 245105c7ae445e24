import type { PortableMigration } from '../migrator.js';

/**
 * What the hourly retention job looks rows up by: finished jobs by when they finished, events
 * by when they were recorded, idempotency keys by age. Without them every batch would scan the
 * whole table.
 */
export const m0011RetentionIndexes: PortableMigration = {
  async up(db) {
    await db.schema.createIndex('jobs_finished_idx').on('jobs').columns(['state', 'finished_at']).execute();
    await db.schema.createIndex('events_recorded_idx').on('events').column('recorded_at').execute();
    await db.schema
      .createIndex('idempotency_keys_created_idx')
      .on('idempotency_keys')
      .column('created_at')
      .execute();
  },
};

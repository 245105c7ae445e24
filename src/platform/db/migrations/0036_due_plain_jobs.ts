import { sql } from 'kysely';
import type { PortableMigration } from '../migrator.js';

/**
 * Due jobs that are not event deliveries, oldest first, without walking past the waiting
 * deliveries: a worker claims those and the deliveries in their turn separately (claimJobs).
 * The condition is literal so both engines use the index for the claim's literal condition.
 */
export const m0036DuePlainJobs: PortableMigration = {
  async up(db) {
    await db.schema
      .createIndex('jobs_due_plain_idx')
      .on('jobs')
      .column('run_at')
      .where(sql<boolean>`state = 'pending' and subscriber is null`)
      .execute();
  },
};

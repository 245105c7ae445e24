import { sql } from 'kysely';
import type { PortableMigration } from '../migrator.js';

/**
 * Batched fan-out: the events one transaction appends share a `batch_id` (the id of its first
 * event), and the relay gives each batch one delivery job per subscriber instead of one per
 * event; the job's `event_id` names the batch. `progress` is the last event of the batch the
 * subscriber has applied, so a retried batch resumes after it. Events stored before have no
 * batch: each is its own, as its delivery job already says.
 * The partial index on unfinished deliveries lets a worker see whether an older batch of the
 * same subscriber and account is still waiting (deliveries run in order per account).
 */
export const m0019BatchedFanout: PortableMigration = {
  async up(db) {
    await db.schema.alterTable('events').addColumn('batch_id', 'text').execute();
    await db.schema
      .createIndex('events_batch_idx')
      .on('events')
      .columns(['batch_id', 'id'])
      .where(sql.ref('batch_id'), 'is not', null)
      .execute();
    await db.schema.alterTable('jobs').addColumn('progress', 'text').execute();
    await db.schema
      .createIndex('jobs_open_delivery_idx')
      .on('jobs')
      .columns(['subscriber', 'account_id', 'event_id'])
      .where(sql<boolean>`state in ('pending', 'running') and subscriber is not null`)
      .execute();
  },
};

import { sql } from 'kysely';
import type { PortableMigration } from '../migrator.js';

/**
 * The outbox relay: a command appends its events and nothing else; the worker fans each event
 * out to one delivery job per subscriber and stamps `relayed_at`. Before, the command wrote the
 * jobs itself (about seven rows, each in five indexes, per order), the costliest part of taking
 * in an order. Events already stored have their deliveries, so they count as relayed. The
 * partial index holds only events still waiting, so finding them stays cheap however long the
 * log grows.
 */
export const m0014EventRelay: PortableMigration = {
  async up(db, t) {
    await db.schema.alterTable('events').addColumn('relayed_at', t.timestamp).execute();
    await db
      .updateTable('events')
      .set({ relayed_at: sql.ref('recorded_at') })
      .execute();
    await db.schema
      .createIndex('events_unrelayed_idx')
      .on('events')
      .column('id')
      .where(sql.ref('relayed_at'), 'is', null)
      .execute();
  },
};

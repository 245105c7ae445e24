import type { PortableMigration } from '../migrator.js';

/**
 * The trust mark ("certified") is granted by the instance operator only (UCPD Annex I no. 2:
 * showing a trust mark without authorisation is a blacklisted practice); every grant and
 * revocation is kept here, append-only.
 */
export const m0017TrustMarks: PortableMigration = {
  async up(db, t) {
    await db.schema
      .createTable('trust_mark_audit')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('channel_id', 'text', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('actor', 'text', (c) => c.notNull())
      .addColumn('reference', 'text')
      .addColumn('note', 'text')
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('trust_mark_audit_channel_idx')
      .on('trust_mark_audit')
      .columns(['channel_id', 'id'])
      .execute();
    // A flag set before this migration was self-declared by a merchant key: it never counted.
    await db.updateTable('connector_email_embeds').set({ certified: 0 }).execute();
  },
};

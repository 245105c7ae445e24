import type { PortableMigration } from '../migrator.js';

/**
 * Keyset pages for the admin lists that grow without bound (A4, A5): a channel's invitations
 * newest first, a channel's loyalty members newest first, and one member's ledger newest first.
 * Each page is one index range after the cursor, however deep the merchant pages.
 */
export const m0034AdminListIndexes: PortableMigration = {
  async up(db) {
    await db.schema
      .createIndex('invitations_channel_newest_idx')
      .on('invitations')
      .columns(['channel_id', 'id'])
      .execute();
    await db.schema
      .createIndex('loyalty_members_newest_idx')
      .on('loyalty_members')
      .columns(['channel_id', 'created_at', 'id'])
      .execute();
    await db.schema
      .createIndex('loyalty_ledger_member_newest_idx')
      .on('loyalty_ledger')
      .columns(['member_id', 'id'])
      .execute();
  },
};

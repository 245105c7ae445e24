import { sql } from 'kysely';
import type { PortableMigration } from '../migrator.js';

/**
 * Indexes the nightly expiry run reads without touching the lots table:
 * - `loyalty_lots_due_idx` holds the open lots of a channel in expiry order with the member and
 *   the points left, so finding tonight's lots, cutting them into batches and summing them per
 *   member are index-only range scans (it replaces `loyalty_lots_expiry_idx`);
 * - `loyalty_lots_member_fifo_idx` holds a member's lots oldest first with their expiry and
 *   points left, so FIFO consumption and "next expiry" read one index range per member (it
 *   replaces `loyalty_lots_member_idx`).
 * On PostgreSQL, members keep free room in their pages, so the cached balance (updated on every
 * booking, unindexed) is rewritten in place (a HOT update) without touching the member indexes.
 */
export const m0010LoyaltyExpiryIndexes: PortableMigration = {
  async up(db, _t, kind) {
    await db.schema
      .createIndex('loyalty_lots_due_idx')
      .on('loyalty_lots')
      .columns(['channel_id', 'expires_at', 'member_id', 'id', 'remaining'])
      .where(sql.ref('remaining'), '>', 0)
      .execute();
    await db.schema.dropIndex('loyalty_lots_expiry_idx').execute();
    await db.schema
      .createIndex('loyalty_lots_member_fifo_idx')
      .on('loyalty_lots')
      .columns(['member_id', 'created_at', 'id', 'expires_at', 'remaining'])
      .execute();
    await db.schema.dropIndex('loyalty_lots_member_idx').execute();
    if (kind === 'postgres') await sql`alter table loyalty_members set (fillfactor = 85)`.execute(db);
  },
};

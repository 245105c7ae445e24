import type { PortableMigration } from '../migrator.js';

/**
 * The admin's review list (A3) reads every status, so the public indexes (which lead with
 * status) do not serve it: a channel's reviews by time and by rating (+ time), and an account's
 * by time for the list across channels. Each is a keyset: a page is one index range, however
 * deep, so the list stays fast at 100,000 reviews (bench/admin.bench.ts).
 */
export const m0022ReviewAdminIndexes: PortableMigration = {
  async up(db) {
    await db.schema
      .createIndex('reviews_admin_newest_idx')
      .on('reviews')
      .columns(['channel_id', 'created_at', 'id'])
      .execute();
    await db.schema
      .createIndex('reviews_admin_rating_idx')
      .on('reviews')
      .columns(['channel_id', 'rating', 'created_at', 'id'])
      .execute();
    await db.schema
      .createIndex('reviews_admin_account_idx')
      .on('reviews')
      .columns(['account_id', 'created_at', 'id'])
      .execute();
  },
};

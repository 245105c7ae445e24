import type { PortableMigration } from '../migrator.js';

/** Reviews, their moderation audit, incremental aggregates and per-channel moderation settings. */
export const m0005Reviews: PortableMigration = {
  async up(db, t, kind) {
    await db.schema
      .createTable('reviews')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('channel_id', 'text', (c) => c.notNull().references('channels.id').onDelete('cascade'))
      .addColumn('type', 'text', (c) => c.notNull())
      // The product a product review is about; `product_key` is the canonical one (sku, else gtin, else id).
      .addColumn('product_key', 'text')
      .addColumn('product_id', 'text')
      .addColumn('product_sku', 'text')
      .addColumn('product_gtin', 'text')
      .addColumn('product_title', 'text')
      .addColumn('rating', 'integer', (c) => c.notNull())
      .addColumn('title', 'text')
      .addColumn('body', 'text')
      .addColumn('has_text', t.flag, (c) => c.notNull())
      // Lower-case, diacritics folded: what `q` searches with a portable LIKE.
      .addColumn('search_text', 'text', (c) => c.notNull())
      .addColumn('display_name', 'text')
      .addColumn('email', 'text')
      .addColumn('locale', 'text')
      .addColumn('verified_buyer', t.flag, (c) => c.notNull())
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('invitation_id', 'text')
      .addColumn('order_id', 'text')
      // One review per invitation, type and product: a resubmitted questionnaire stores nothing twice.
      .addColumn('dedupe_key', 'text', (c) => c.unique())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('moderation_reason', 'text')
      .addColumn('moderation_note', 'text')
      .addColumn('publish_at', t.timestamp)
      .addColumn('published_at', t.timestamp)
      .addColumn('reply_text', 'text')
      .addColumn('reply_created_at', t.timestamp)
      .addColumn('reply_updated_at', t.timestamp)
      .addColumn('erased_at', t.timestamp)
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addColumn('updated_at', t.timestamp, (c) => c.notNull())
      .execute();
    // Public lists: newest first and by rating, within the published reviews of a channel.
    await db.schema
      .createIndex('reviews_public_newest_idx')
      .on('reviews')
      .columns(['channel_id', 'status', 'created_at', 'id'])
      .execute();
    await db.schema
      .createIndex('reviews_public_rating_idx')
      .on('reviews')
      .columns(['channel_id', 'status', 'rating', 'created_at', 'id'])
      .execute();
    await db.schema
      .createIndex('reviews_product_idx')
      .on('reviews')
      .columns(['channel_id', 'product_key', 'status', 'created_at'])
      .execute();
    await db.schema
      .createIndex('reviews_sku_idx')
      .on('reviews')
      .columns(['channel_id', 'product_sku'])
      .execute();
    await db.schema
      .createIndex('reviews_gtin_idx')
      .on('reviews')
      .columns(['channel_id', 'product_gtin'])
      .execute();
    await db.schema
      .createIndex('reviews_product_id_idx')
      .on('reviews')
      .columns(['channel_id', 'product_id'])
      .execute();
    await db.schema.createIndex('reviews_email_idx').on('reviews').columns(['channel_id', 'email']).execute();
    await db.schema.createIndex('reviews_account_idx').on('reviews').columns(['account_id', 'id']).execute();

    // Append-only: who changed what on a review, and why.
    await db.schema
      .createTable('review_audit')
      // Insertion order, so that entries written in the same millisecond still read back in order.
      .addColumn('seq', kind === 'postgres' ? 'bigserial' : 'integer', (c) => c.primaryKey())
      .addColumn('id', 'text', (c) => c.notNull().unique())
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('review_id', 'text', (c) => c.notNull().references('reviews.id').onDelete('cascade'))
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('actor_kind', 'text', (c) => c.notNull())
      .addColumn('actor_id', 'text')
      .addColumn('from_status', 'text')
      .addColumn('to_status', 'text')
      .addColumn('reason', 'text')
      .addColumn('note', 'text')
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('review_audit_review_idx')
      .on('review_audit')
      .columns(['review_id', 'seq'])
      .execute();

    // Published reviews only, kept by +/- deltas in the transaction of every status change.
    // scope: 'all', 'service', 'product' (channel-wide) or 'p:<product_key>'.
    await db.schema
      .createTable('review_aggregates')
      .addColumn('channel_id', 'text', (c) => c.notNull().references('channels.id').onDelete('cascade'))
      .addColumn('scope', 'text', (c) => c.notNull())
      .addColumn('review_count', 'integer', (c) => c.notNull())
      .addColumn('rating_sum', 'integer', (c) => c.notNull())
      .addColumn('r1', 'integer', (c) => c.notNull())
      .addColumn('r2', 'integer', (c) => c.notNull())
      .addColumn('r3', 'integer', (c) => c.notNull())
      .addColumn('r4', 'integer', (c) => c.notNull())
      .addColumn('r5', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('review_aggregates_pk', ['channel_id', 'scope'])
      .execute();

    await db.schema
      .createTable('review_settings')
      .addColumn('channel_id', 'text', (c) => c.primaryKey().references('channels.id').onDelete('cascade'))
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('publish_mode', 'text', (c) => c.notNull())
      .addColumn('min_rating', 'integer', (c) => c.notNull())
      .addColumn('delay_hours', 'integer', (c) => c.notNull())
      .addColumn('filter_enabled', t.flag, (c) => c.notNull())
      .addColumn('updated_at', t.timestamp, (c) => c.notNull())
      .execute();
  },
};

import { sql } from 'kysely';
import type { PortableMigration } from '../migrator.js';

/**
 * Loyalty: per-channel settings, members, the append-only points ledger with its expiry lots,
 * orders seen (for proportional reversal and pending points), tiers, rewards, coupons (and a
 * pre-loaded code pool), referrals and expiry notices. Idempotency lives in unique indexes.
 */
export const m0006Loyalty: PortableMigration = {
  async up(db, t) {
    await db.schema
      .createTable('loyalty_settings')
      .addColumn('channel_id', 'text', (c) => c.primaryKey())
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('settings', t.json, (c) => c.notNull())
      // The channel-local date (YYYY-MM-DD) of the last nightly run: one run per local day.
      .addColumn('nightly_date', 'text')
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addColumn('updated_at', t.timestamp, (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('loyalty_tiers')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('channel_id', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('icon_url', 'text')
      .addColumn('threshold', t.bigint, (c) => c.notNull())
      // Earning multiplier in hundredths: 150 = 1.5×.
      .addColumn('multiplier_pct', 'integer', (c) => c.notNull())
      .addColumn('perks', t.json, (c) => c.notNull())
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addColumn('updated_at', t.timestamp, (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('loyalty_tiers_channel_idx')
      .on('loyalty_tiers')
      .column('channel_id')
      .execute();

    await db.schema
      .createTable('loyalty_members')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('channel_id', 'text', (c) => c.notNull())
      .addColumn('email', 'text', (c) => c.notNull())
      .addColumn('customer_id', 'text')
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('balance', t.bigint, (c) => c.notNull())
      // Points a reversal could not take back because they were spent (cap-at-zero policy).
      .addColumn('uncollected', t.bigint, (c) => c.notNull())
      .addColumn('pin', 'text', (c) => c.notNull())
      .addColumn('referral_code', 'text', (c) => c.notNull().unique())
      .addColumn('tier_id', 'text')
      .addColumn('tier_held_until', t.timestamp)
      .addColumn('birthday_md', 'text')
      .addColumn('shipping_hash', 'text')
      .addColumn('last_activity_at', t.timestamp)
      .addColumn('enrolled_at', t.timestamp)
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addColumn('updated_at', t.timestamp, (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('loyalty_members_email_uq')
      .on('loyalty_members')
      .columns(['channel_id', 'email'])
      .unique()
      .execute();
    await db.schema
      .createIndex('loyalty_members_birthday_idx')
      .on('loyalty_members')
      .columns(['channel_id', 'birthday_md'])
      .execute();
    await db.schema
      .createIndex('loyalty_members_tier_idx')
      .on('loyalty_members')
      .column('tier_held_until')
      .execute();

    await db.schema
      .createTable('loyalty_ledger')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('channel_id', 'text', (c) => c.notNull())
      .addColumn('member_id', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('points', t.bigint, (c) => c.notNull())
      .addColumn('balance_after', t.bigint, (c) => c.notNull())
      .addColumn('idempotency_key', 'text', (c) => c.notNull())
      .addColumn('cause', 'text', (c) => c.notNull())
      .addColumn('reference', 'text')
      .addColumn('reason', 'text')
      .addColumn('actor', 'text')
      .addColumn('uncollected', t.bigint, (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('loyalty_ledger_key_uq')
      .on('loyalty_ledger')
      .columns(['channel_id', 'idempotency_key'])
      .unique()
      .execute();
    await db.schema
      .createIndex('loyalty_ledger_member_idx')
      .on('loyalty_ledger')
      .columns(['member_id', 'created_at'])
      .execute();

    await db.schema
      .createTable('loyalty_lots')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('channel_id', 'text', (c) => c.notNull())
      .addColumn('member_id', 'text', (c) => c.notNull())
      .addColumn('entry_id', 'text', (c) => c.notNull())
      .addColumn('points', t.bigint, (c) => c.notNull())
      .addColumn('remaining', t.bigint, (c) => c.notNull())
      .addColumn('expires_at', t.timestamp)
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('loyalty_lots_member_idx')
      .on('loyalty_lots')
      .columns(['member_id', 'id'])
      .execute();
    await db.schema
      .createIndex('loyalty_lots_expiry_idx')
      .on('loyalty_lots')
      .columns(['expires_at', 'channel_id'])
      .where(sql.ref('remaining'), '>', 0)
      .execute();

    await db.schema
      .createTable('loyalty_orders')
      .addColumn('channel_id', 'text', (c) => c.notNull())
      .addColumn('order_id', 'text', (c) => c.notNull())
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('member_id', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('pending_points', t.bigint, (c) => c.notNull())
      .addColumn('earned', t.bigint, (c) => c.notNull())
      .addColumn('reversed', t.bigint, (c) => c.notNull())
      .addColumn('total', t.bigint, (c) => c.notNull())
      .addColumn('spend', t.bigint, (c) => c.notNull())
      .addColumn('placed_at', t.timestamp, (c) => c.notNull())
      .addColumn('updated_at', t.timestamp, (c) => c.notNull())
      .addPrimaryKeyConstraint('loyalty_orders_pk', ['channel_id', 'order_id'])
      .execute();
    await db.schema
      .createIndex('loyalty_orders_member_idx')
      .on('loyalty_orders')
      .columns(['member_id', 'placed_at'])
      .execute();

    await db.schema
      .createTable('loyalty_rewards')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('channel_id', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('value', t.bigint, (c) => c.notNull())
      .addColumn('product', 'text')
      .addColumn('points_cost', t.bigint, (c) => c.notNull())
      .addColumn('min_tier_id', 'text')
      .addColumn('code_source', 'text', (c) => c.notNull())
      .addColumn('coupon_valid_days', 'integer')
      .addColumn('active', t.flag, (c) => c.notNull())
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addColumn('updated_at', t.timestamp, (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('loyalty_rewards_channel_idx')
      .on('loyalty_rewards')
      .column('channel_id')
      .execute();

    await db.schema
      .createTable('loyalty_code_pool')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('channel_id', 'text', (c) => c.notNull())
      .addColumn('reward_id', 'text', (c) => c.notNull())
      .addColumn('code', 'text', (c) => c.notNull())
      .addColumn('claimed_at', t.timestamp)
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('loyalty_code_pool_uq')
      .on('loyalty_code_pool')
      .columns(['channel_id', 'code'])
      .unique()
      .execute();
    await db.schema
      .createIndex('loyalty_code_pool_free_idx')
      .on('loyalty_code_pool')
      .columns(['reward_id', 'claimed_at'])
      .execute();

    await db.schema
      .createTable('loyalty_coupons')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('channel_id', 'text', (c) => c.notNull())
      .addColumn('member_id', 'text', (c) => c.notNull())
      .addColumn('reward_id', 'text', (c) => c.notNull())
      .addColumn('redemption_id', 'text', (c) => c.notNull())
      .addColumn('code', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('value', t.bigint, (c) => c.notNull())
      .addColumn('product', 'text')
      .addColumn('points_spent', t.bigint, (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('expires_at', t.timestamp)
      .addColumn('used_order_id', 'text')
      .addColumn('applied_at', t.timestamp)
      .addColumn('used_at', t.timestamp)
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('loyalty_coupons_code_uq')
      .on('loyalty_coupons')
      .columns(['channel_id', 'code'])
      .unique()
      .execute();
    await db.schema
      .createIndex('loyalty_coupons_redemption_uq')
      .on('loyalty_coupons')
      .columns(['channel_id', 'redemption_id'])
      .unique()
      .execute();
    await db.schema
      .createIndex('loyalty_coupons_member_idx')
      .on('loyalty_coupons')
      .columns(['member_id', 'state'])
      .execute();

    await db.schema
      .createTable('loyalty_referrals')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('channel_id', 'text', (c) => c.notNull())
      .addColumn('referrer_id', 'text', (c) => c.notNull())
      .addColumn('friend_email', 'text', (c) => c.notNull())
      .addColumn('order_id', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('reason', 'text')
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('loyalty_referrals_order_uq')
      .on('loyalty_referrals')
      .columns(['channel_id', 'order_id'])
      .unique()
      .execute();
    await db.schema
      .createIndex('loyalty_referrals_referrer_idx')
      .on('loyalty_referrals')
      .column('referrer_id')
      .execute();

    // One points.expiring notice per member and expiry day; written set-based, announced in pages.
    await db.schema
      .createTable('loyalty_notices')
      .addColumn('member_id', 'text', (c) => c.notNull())
      .addColumn('expires_on', 'text', (c) => c.notNull())
      .addColumn('channel_id', 'text', (c) => c.notNull())
      .addColumn('points', t.bigint, (c) => c.notNull())
      .addColumn('expires_at', t.timestamp, (c) => c.notNull())
      .addColumn('announced', t.flag, (c) => c.notNull())
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addPrimaryKeyConstraint('loyalty_notices_pk', ['member_id', 'expires_on'])
      .execute();
    await db.schema
      .createIndex('loyalty_notices_pending_idx')
      .on('loyalty_notices')
      .columns(['channel_id', 'member_id'])
      .where(sql.ref('announced'), '=', 0)
      .execute();
  },
};

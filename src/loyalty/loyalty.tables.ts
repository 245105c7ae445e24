import type { Generated } from 'kysely';

/** The loyalty tables as Kysely sees them (see migration 0006_loyalty). */
export interface LoyaltyTables {
  loyalty_settings: {
    channel_id: string;
    account_id: string;
    settings: string;
    nightly_date: string | null;
    created_at: string;
    updated_at: string;
  };
  loyalty_tiers: {
    id: string;
    account_id: string;
    channel_id: string;
    name: string;
    icon_url: string | null;
    threshold: number;
    multiplier_pct: number;
    perks: string;
    created_at: string;
    updated_at: string;
  };
  loyalty_members: {
    id: string;
    account_id: string;
    channel_id: string;
    email: string;
    customer_id: string | null;
    state: string;
    balance: number;
    uncollected: number;
    pin: string;
    referral_code: string;
    tier_id: string | null;
    tier_held_until: string | null;
    /** Bumped by triggers on every change the customer hub shows (migration 0024). */
    hub_version: Generated<number>;
    birthday_md: string | null;
    shipping_hash: string | null;
    last_activity_at: string | null;
    enrolled_at: string | null;
    created_at: string;
    updated_at: string;
  };
  loyalty_ledger: {
    id: string;
    account_id: string;
    channel_id: string;
    member_id: string;
    kind: string;
    points: number;
    balance_after: number;
    idempotency_key: string;
    cause: string;
    reference: string | null;
    reason: string | null;
    actor: string | null;
    uncollected: number;
    created_at: string;
  };
  loyalty_lots: {
    id: string;
    account_id: string;
    channel_id: string;
    member_id: string;
    entry_id: string;
    points: number;
    remaining: number;
    expires_at: string | null;
    created_at: string;
  };
  loyalty_orders: {
    channel_id: string;
    order_id: string;
    account_id: string;
    member_id: string;
    state: string;
    pending_points: number;
    earned: number;
    reversed: number;
    total: number;
    spend: number;
    placed_at: string;
    updated_at: string;
  };
  loyalty_rewards: {
    id: string;
    account_id: string;
    channel_id: string;
    name: string;
    kind: string;
    value: number;
    product: string | null;
    points_cost: number;
    min_tier_id: string | null;
    code_source: string;
    coupon_valid_days: number | null;
    active: number;
    created_at: string;
    updated_at: string;
  };
  loyalty_code_pool: {
    id: string;
    channel_id: string;
    reward_id: string;
    code: string;
    claimed_at: string | null;
    created_at: string;
  };
  loyalty_coupons: {
    id: string;
    account_id: string;
    channel_id: string;
    member_id: string;
    reward_id: string;
    redemption_id: string;
    code: string;
    name: string;
    kind: string;
    value: number;
    product: string | null;
    points_spent: number;
    state: string;
    expires_at: string | null;
    used_order_id: string | null;
    applied_at: string | null;
    used_at: string | null;
    created_at: string;
    shop_discount_id: string | null;
    issue_error: string | null;
    issue_deadline: string | null;
  };
  loyalty_referrals: {
    id: string;
    account_id: string;
    channel_id: string;
    referrer_id: string;
    friend_email: string;
    order_id: string;
    status: string;
    reason: string | null;
    created_at: string;
  };
  loyalty_notices: {
    member_id: string;
    expires_on: string;
    channel_id: string;
    points: number;
    expires_at: string;
    announced: number;
    created_at: string;
  };
}

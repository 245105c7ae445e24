import type { Kysely } from 'kysely';
import type { LoyaltyTables } from './loyalty.tables.js';

/** The dashboard's rollups of the loyalty domain (migration 0023), kept by triggers. */
interface StatsTables extends Pick<LoyaltyTables, 'loyalty_tiers'> {
  loyalty_weeks: {
    account_id: string;
    channel_id: string;
    week: string;
    credited: number;
    redeemed: number;
    expired: number;
    redemptions: number;
  };
  loyalty_tier_members: { account_id: string; channel_id: string; tier_key: string; members: number };
}

export interface PointsWeek {
  /** Monday of the ISO week (UTC), `YYYY-MM-DD`. */
  week: string;
  /** Points credited that week (orders, sign-ups, reviews, referrals, birthdays…). */
  credited: number;
  /** Points spent on rewards. */
  redeemed: number;
  /** Points that expired. */
  expired: number;
  /** Rewards redeemed. */
  redemptions: number;
}

export interface TierMembers {
  /** null: members below the first tier. */
  tierId: string | null;
  /** null for members below the first tier, or of a tier since deleted. */
  name: string | null;
  members: number;
}

export interface LoyaltyDashboard {
  /** Weeks from `fromWeek` on with any points movement, oldest first. */
  weeks: PointsWeek[];
  /** Enrolled members (excluded ones left out) by tier: no tier first, then by threshold. */
  tiers: TierMembers[];
}

/** Reads a channel's loyalty rollups; the caller has checked that the channel is the account's. */
export function createLoyaltyDashboard(db: Kysely<LoyaltyTables>) {
  const stats = db as unknown as Kysely<StatsTables>;
  return async function dashboard(
    accountId: string,
    channelId: string,
    fromWeek: string,
  ): Promise<LoyaltyDashboard> {
    const [weeks, members, tiers] = await Promise.all([
      stats
        .selectFrom('loyalty_weeks')
        .select(['week', 'credited', 'redeemed', 'expired', 'redemptions'])
        .where('channel_id', '=', channelId)
        .where('account_id', '=', accountId)
        .where('week', '>=', fromWeek)
        .orderBy('week')
        .execute(),
      stats
        .selectFrom('loyalty_tier_members')
        .select(['tier_key', 'members'])
        .where('channel_id', '=', channelId)
        .where('account_id', '=', accountId)
        .where('members', '>', 0)
        .execute(),
      stats
        .selectFrom('loyalty_tiers')
        .select(['id', 'name'])
        .where('channel_id', '=', channelId)
        .where('account_id', '=', accountId)
        .orderBy('threshold')
        .execute(),
    ]);
    const count = new Map(members.map((row) => [row.tier_key, row.members]));
    const known = new Set(tiers.map((tier) => tier.id));
    return {
      weeks: weeks.map((row) => ({
        week: row.week,
        credited: Number(row.credited),
        redeemed: Number(row.redeemed),
        expired: Number(row.expired),
        redemptions: Number(row.redemptions),
      })),
      tiers: [
        { tierId: null, name: null, members: count.get('') ?? 0 },
        ...tiers.map((tier) => ({ tierId: tier.id, name: tier.name, members: count.get(tier.id) ?? 0 })),
        // Members still on a tier that was deleted since (their next recalculation moves them).
        ...members
          .filter((row) => row.tier_key !== '' && !known.has(row.tier_key))
          .map((row) => ({ tierId: row.tier_key, name: null, members: row.members })),
      ],
    };
  };
}

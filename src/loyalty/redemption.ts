/**
 * Redemption (L7) in one transaction: the member row is locked (PostgreSQL) or writes are
 * serialised (SQLite), the points are debited under `redeem:<redemptionId>`, a coupon is issued
 * with a generated or pre-loaded code, and reward.redeemed + coupon.issued are appended. A
 * refusal writes nothing; a replayed redemption id returns the coupon it issued the first time.
 */
import { type Selectable, sql } from 'kysely';
import { lockingRows, type Param, preparedQuery } from '../platform/db/index.js';
import { newId } from '../platform/ids.js';
import { generateCouponCode } from './coupon-codes.js';
import type { ChannelInfo, LoyaltyDeps } from './loyalty.context.js';
import {
  type CouponSnapshot,
  type CouponState,
  LOYALTY_EVENTS,
  type RewardKind,
  type RewardRedeemed,
} from './loyalty.events.js';
import type { LoyaltyTables } from './loyalty.tables.js';
import type { LoyaltySettings } from './loyalty-settings.js';
import { memberSnapshot } from './members.js';
import { bookAndAnnounce, tiersOf } from './points.service.js';
import { type Db, lockMember, type MemberRow, once } from './points-store.js';
import {
  COUPON_PUBLISH_JOB,
  type CouponJob,
  ISSUE_DEADLINE_MS,
  PUBLISH_FIRST_DELAY_MS,
  PUBLISH_MAX_ATTEMPTS,
} from './shop-coupon-jobs.js';

export type CouponRow = Selectable<LoyaltyTables['loyalty_coupons']>;

export function couponSnapshot(row: CouponRow, email: string): CouponSnapshot {
  return {
    couponId: row.id,
    channelId: row.channel_id,
    memberId: row.member_id,
    email,
    rewardId: row.reward_id,
    name: row.name,
    kind: row.kind as RewardKind,
    value: Number(row.value),
    product: row.product,
    code: row.code,
    state: row.state as CouponState,
    pointsSpent: Number(row.points_spent),
    expiresAt: row.expires_at,
    usedOrderId: row.used_order_id,
    createdAt: row.created_at,
  };
}

// The newest 200, compiled once (the hub reads them on every view); constants are literals.
const allCoupons = preparedQuery((db: Db, param: Param<{ memberId: string }>) =>
  db
    .selectFrom('loyalty_coupons')
    .selectAll()
    .where('member_id', '=', param('memberId'))
    .orderBy('created_at', 'desc')
    .limit(sql.lit(200)),
);
const usableCoupons = preparedQuery((db: Db, param: Param<{ memberId: string }>) =>
  db
    .selectFrom('loyalty_coupons')
    .selectAll()
    .where('member_id', '=', param('memberId'))
    .where('state', 'in', [sql.lit('issuing'), sql.lit('issued'), sql.lit('applied')])
    .orderBy('created_at', 'desc')
    .limit(sql.lit(200)),
);

/** A member's coupons, newest first (at most 200); `onlyAvailable`: those still usable or on their way (issuing, issued, applied). */
export async function couponsOf(
  db: Db,
  member: Pick<MemberRow, 'id' | 'email'>,
  onlyAvailable: boolean,
): Promise<CouponSnapshot[]> {
  const rows: CouponRow[] = await (onlyAvailable ? usableCoupons : allCoupons)(db, { memberId: member.id });
  return rows.map((row) => couponSnapshot(row, member.email));
}

export type RedeemRefusal =
  | 'unknown_member'
  | 'not_a_member'
  | 'excluded'
  | 'unknown_reward'
  | 'tier_too_low'
  | 'insufficient_points'
  | 'out_of_codes';

export type RedeemResult =
  | { ok: true; coupon: CouponSnapshot; replayed: boolean }
  | { ok: false; reason: RedeemRefusal };

class Refused extends Error {
  constructor(readonly reason: RedeemRefusal) {
    super(reason);
  }
}

async function claimPoolCode(trx: Db, deps: LoyaltyDeps, rewardId: string): Promise<string | null> {
  const free = trx
    .selectFrom('loyalty_code_pool')
    .select('id')
    .where('reward_id', '=', rewardId)
    .where('claimed_at', 'is', null)
    .orderBy('id')
    .limit(1);
  const row = await lockingRows(free, deps.kind, { skipLocked: true }).executeTakeFirst();
  if (!row) return null;
  const claimed = await trx
    .updateTable('loyalty_code_pool')
    .set({ claimed_at: deps.clock.now().toISOString() })
    .where('id', '=', row.id)
    .where('claimed_at', 'is', null)
    .returning('code')
    .executeTakeFirst();
  return claimed?.code ?? null;
}

export async function redeemReward(
  deps: LoyaltyDeps,
  channel: ChannelInfo,
  settings: LoyaltySettings,
  input: { memberId: string; rewardId: string; redemptionId: string; apply: boolean },
): Promise<RedeemResult> {
  const now = deps.clock.now();
  // Asked before the transaction: it reads the shop connection, never the shop itself.
  const shopHoldsCodes = deps.shopDiscounts ? (await deps.shopDiscounts(channel.id)) !== null : false;
  try {
    const outcome = await once(deps.db, async (trx) => {
      const member = await lockMember(trx, input.memberId);
      if (!member || member.channel_id !== channel.id) throw new Refused('unknown_member');
      if (member.state === 'excluded') throw new Refused('excluded');
      if (member.state !== 'member') throw new Refused('not_a_member');
      const reward = await trx
        .selectFrom('loyalty_rewards')
        .selectAll()
        .where('id', '=', input.rewardId)
        .where('channel_id', '=', channel.id)
        .where('active', '=', 1)
        .executeTakeFirst();
      if (!reward) throw new Refused('unknown_reward');
      if (reward.min_tier_id !== null) {
        const tiers = await tiersOf(trx, channel.id);
        const needed = tiers.find((tier) => tier.id === reward.min_tier_id)?.threshold ?? 0;
        const held = tiers.find((tier) => tier.id === member.tier_id)?.threshold ?? -1;
        if (held < needed) throw new Refused('tier_too_low');
      }
      const booked = await bookAndAnnounce(trx, deps, channel, settings, member.id, {
        kind: 'debit',
        cause: 'redemption',
        key: `redeem:${input.redemptionId}`,
        operation: { type: 'debit', points: Number(reward.points_cost) },
        reference: reward.id,
      });
      if (!booked.ok) throw new Refused('insufficient_points');

      const validDays = reward.coupon_valid_days ?? settings.coupons.validDays;
      // A pool's codes are in the shop already; a generated one must be created there first.
      const issuing = shopHoldsCodes && reward.code_source !== 'pool';
      const base = {
        id: newId('cpn'),
        account_id: channel.accountId,
        channel_id: channel.id,
        member_id: member.id,
        reward_id: reward.id,
        redemption_id: input.redemptionId,
        name: reward.name,
        kind: reward.kind,
        value: Number(reward.value),
        product: reward.product,
        points_spent: Number(reward.points_cost),
        state: issuing ? 'issuing' : input.apply ? 'applied' : 'issued',
        expires_at:
          validDays === null ? null : new Date(now.getTime() + validDays * 86_400_000).toISOString(),
        used_order_id: null,
        applied_at: input.apply ? now.toISOString() : null,
        used_at: null,
        created_at: now.toISOString(),
        shop_discount_id: null,
        issue_error: null,
        issue_deadline: issuing ? new Date(now.getTime() + ISSUE_DEADLINE_MS).toISOString() : null,
      };
      let coupon: CouponRow | undefined;
      for (let attempt = 0; attempt < 5 && !coupon; attempt++) {
        const code =
          reward.code_source === 'pool' ? await claimPoolCode(trx, deps, reward.id) : generateCouponCode();
        if (code === null) throw new Refused('out_of_codes');
        coupon = await trx
          .insertInto('loyalty_coupons')
          .values({ ...base, code })
          .onConflict((oc) => oc.doNothing())
          .returningAll()
          .executeTakeFirst();
      }
      if (!coupon) throw new Error('could not issue a unique coupon code');
      const snapshot = couponSnapshot(coupon, member.email);
      const redeemed: RewardRedeemed = {
        member: await memberSnapshot(trx, booked.member, channel, settings),
        redemptionId: input.redemptionId,
        pointsSpent: Number(reward.points_cost),
        coupon: snapshot,
      };
      const common = { accountId: channel.accountId, channelId: channel.id, occurredAt: now };
      await deps.jobs.appendEvents(trx, [
        { ...common, type: LOYALTY_EVENTS.rewardRedeemed, payload: redeemed },
        // An issuing coupon is announced when the shop has it (shop-coupons.ts).
        ...(issuing ? [] : [{ ...common, type: LOYALTY_EVENTS.couponIssued, payload: { coupon: snapshot } }]),
      ]);
      if (issuing) {
        await deps.jobs.enqueue<CouponJob>(trx, {
          kind: COUPON_PUBLISH_JOB,
          payload: { couponId: coupon.id },
          accountId: channel.accountId,
          dedupeKey: `coupon-publish:${coupon.id}`,
          runAt: new Date(now.getTime() + PUBLISH_FIRST_DELAY_MS),
          maxAttempts: PUBLISH_MAX_ATTEMPTS,
        });
      }
      return snapshot;
    });
    if (!outcome.duplicate) return { ok: true, coupon: outcome.value, replayed: false };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, reason: error.reason };
    throw error;
  }
  const first = await deps.db
    .selectFrom('loyalty_coupons')
    .selectAll()
    .where('channel_id', '=', channel.id)
    .where('redemption_id', '=', input.redemptionId)
    .executeTakeFirst();
  if (!first || first.member_id !== input.memberId) return { ok: false, reason: 'unknown_reward' };
  const member = await deps.db
    .selectFrom('loyalty_members')
    .select('email')
    .where('id', '=', first.member_id)
    .executeTakeFirst();
  return { ok: true, coupon: couponSnapshot(first, member?.email ?? ''), replayed: true };
}

/**
 * Reward codes that must exist in the shop (S6, L7). When the channel's shop holds Admin API
 * credentials, a redemption books the points and stores the coupon as `issuing` with a publish job
 * in the same transaction; the job creates the code in the shop (single use, exactly the reward's
 * value) and only then makes the coupon `issued` (or `applied`) and announces `coupon.issued`.
 * While the shop is down or refuses, the job retries with backoff and the coupon shows the shop's
 * last answer; past the deadline the points go back (`redemption_refunded`) and the coupon becomes
 * `refunded` with the reason. A retried create whose first answer was lost finds the code already
 * there and takes it (the clients look it up by code), so the shop never holds two.
 */
import type { ShopDiscountRequest } from '../commerce/index.js';
import { ShopDiscountError } from '../commerce/index.js';
import { RetryableError } from '../platform/jobs/index.js';
import { type ChannelInfo, channelIfExists, type LoyaltyDeps, loadSettings } from './loyalty.context.js';
import { LOYALTY_EVENTS } from './loyalty.events.js';
import { bookAndAnnounce } from './points.service.js';
import type { Db } from './points-store.js';
import { type CouponRow, couponSnapshot } from './redemption.js';
import type { ShopDiscountsPort } from './shop-coupon-jobs.js';

function request(coupon: CouponRow, channel: ChannelInfo): ShopDiscountRequest {
  return {
    code: coupon.code,
    title: coupon.name,
    kind: coupon.kind as ShopDiscountRequest['kind'],
    value: Number(coupon.value),
    currency: channel.currency,
    product: coupon.product,
    startsAt: coupon.created_at,
    expiresAt: coupon.expires_at,
  };
}

async function emailOf(deps: LoyaltyDeps, memberId: string): Promise<string> {
  const member = await deps.db
    .selectFrom('loyalty_members')
    .select('email')
    .where('id', '=', memberId)
    .executeTakeFirst();
  return member?.email ?? '';
}

/** Announces the coupon's new state in the transaction that changed it. */
function announce(
  trx: Db,
  deps: LoyaltyDeps,
  type: typeof LOYALTY_EVENTS.couponIssued | typeof LOYALTY_EVENTS.couponRefunded,
  coupon: CouponRow,
  email: string,
) {
  return deps.jobs.appendEvents(trx, [
    {
      type,
      accountId: coupon.account_id,
      channelId: coupon.channel_id,
      occurredAt: deps.clock.now(),
      payload: { coupon: couponSnapshot(coupon, email) },
    },
  ]);
}

/** The shop has the code: the coupon becomes usable and is announced, once. */
async function markPublished(deps: LoyaltyDeps, coupon: CouponRow, shopDiscountId: string): Promise<void> {
  const email = await emailOf(deps, coupon.member_id);
  await deps.db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('loyalty_coupons')
      .set({
        state: coupon.applied_at ? 'applied' : 'issued',
        shop_discount_id: shopDiscountId,
        issue_error: null,
      })
      .where('id', '=', coupon.id)
      .where('state', '=', 'issuing')
      .returningAll()
      .executeTakeFirst();
    if (!updated) return;
    await announce(trx, deps, LOYALTY_EVENTS.couponIssued, updated, email);
  });
}

/** The shop never took the code: the points go back and the coupon says why. */
async function refund(
  deps: LoyaltyDeps,
  coupon: CouponRow,
  channel: ChannelInfo,
  reason: string,
): Promise<void> {
  const settings = await loadSettings(deps.db, channel.id);
  const email = await emailOf(deps, coupon.member_id);
  await deps.db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('loyalty_coupons')
      .set({ state: 'refunded', issue_error: reason })
      .where('id', '=', coupon.id)
      .where('state', '=', 'issuing')
      .returningAll()
      .executeTakeFirst();
    if (!updated || !settings) return;
    await bookAndAnnounce(trx, deps, channel, settings, coupon.member_id, {
      kind: 'credit',
      cause: 'redemption_refunded',
      key: `redeem:${coupon.redemption_id}:refund`,
      operation: { type: 'credit', points: Number(coupon.points_spent) },
      reference: coupon.reward_id,
      reason,
    });
    await announce(trx, deps, LOYALTY_EVENTS.couponRefunded, updated, email);
  });
}

async function issuingCoupon(deps: LoyaltyDeps, couponId: string): Promise<CouponRow | undefined> {
  return deps.db
    .selectFrom('loyalty_coupons')
    .selectAll()
    .where('id', '=', couponId)
    .where('state', '=', 'issuing')
    .executeTakeFirst();
}

/**
 * One attempt to create the coupon's code in the shop. Returns the coupon's state afterwards;
 * throws a RetryableError (with the wait) when the shop should be asked again later.
 */
export async function publishCoupon(
  deps: LoyaltyDeps,
  discounts: ShopDiscountsPort,
  couponId: string,
  attempt: number,
): Promise<'issued' | 'refunded' | 'unchanged'> {
  const coupon = await issuingCoupon(deps, couponId);
  if (!coupon) return 'unchanged';
  const channel = await channelIfExists(deps, coupon.account_id, coupon.channel_id);
  if (!channel) return 'unchanged';
  const deadline = coupon.issue_deadline ? Date.parse(coupon.issue_deadline) : 0;
  let reason: string;
  let waitMs: number | undefined;
  try {
    const client = await discounts(channel.id);
    if (!client)
      throw new ShopDiscountError('refused', 'the shop connection no longer has Admin API credentials');
    const { shopDiscountId } = await client.create(request(coupon, channel));
    await markPublished(deps, coupon, shopDiscountId);
    return 'issued';
  } catch (error) {
    if (!(error instanceof ShopDiscountError)) throw error;
    reason = error.message;
    waitMs = error.retryAfterMs;
  }
  const now = deps.clock.now().getTime();
  if (now >= deadline) {
    await refund(deps, coupon, channel, reason);
    return 'refunded';
  }
  await deps.db
    .updateTable('loyalty_coupons')
    .set({ issue_error: reason })
    .where('id', '=', coupon.id)
    .execute();
  const backoff = Math.min(3_600_000, 60_000 * 2 ** Math.min(attempt - 1, 6));
  throw new RetryableError(reason, {
    retryAfterMs: Math.min(waitMs ?? backoff, Math.max(1_000, deadline - now)),
  });
}

/** A coupon that expired (or was cancelled) unused: its code leaves the shop. */
export async function removeShopCoupon(
  deps: LoyaltyDeps,
  discounts: ShopDiscountsPort,
  couponId: string,
): Promise<void> {
  const coupon = await deps.db
    .selectFrom('loyalty_coupons')
    .select(['channel_id', 'shop_discount_id', 'state'])
    .where('id', '=', couponId)
    .executeTakeFirst();
  if (!coupon?.shop_discount_id || coupon.state === 'used') return;
  const client = await discounts(coupon.channel_id);
  if (!client) return;
  try {
    await client.remove(coupon.shop_discount_id);
  } catch (error) {
    if (error instanceof ShopDiscountError && error.outcome === 'retry')
      throw new RetryableError(error.message, { retryAfterMs: error.retryAfterMs });
    throw error;
  }
}

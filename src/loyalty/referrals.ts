/**
 * Referrals (L8): a friend's first order arriving with a member's referral code rewards both.
 * Self-referral (same email once normalised, same customer, same shipping address) and repeat
 * orders are refused and recorded with the reason, so a merchant can review them.
 */
import type { OrderSnapshot } from '../commerce/index.js';
import { newId } from '../platform/ids.js';
import { normaliseEmail } from './coupon-codes.js';
import type { ChannelInfo, LoyaltyDeps } from './loyalty.context.js';
import type { LoyaltySettings } from './loyalty-settings.js';
import { bookAndAnnounce } from './points.service.js';
import type { Db, MemberRow } from './points-store.js';

export type ReferralRefusal =
  | 'same_email'
  | 'same_customer'
  | 'same_address'
  | 'not_first_order'
  | 'referrer_not_member'
  | 'friend_not_member';

/** Why a referral must be refused, or null when both may be rewarded. Pure. */
export function referralRefusal(input: {
  referrer: Pick<MemberRow, 'id' | 'email' | 'customer_id' | 'shipping_hash' | 'state'>;
  friend: Pick<MemberRow, 'id' | 'email' | 'customer_id' | 'state'>;
  orderShippingHash: string | null;
  friendEarlierOrders: number;
}): ReferralRefusal | null {
  const { referrer, friend } = input;
  if (referrer.id === friend.id) return 'same_customer';
  if (normaliseEmail(referrer.email) === normaliseEmail(friend.email)) return 'same_email';
  if (referrer.customer_id !== null && referrer.customer_id === friend.customer_id) return 'same_customer';
  if (input.orderShippingHash !== null && referrer.shipping_hash === input.orderShippingHash)
    return 'same_address';
  if (input.friendEarlierOrders > 0) return 'not_first_order';
  if (referrer.state !== 'member') return 'referrer_not_member';
  if (friend.state !== 'member') return 'friend_not_member';
  return null;
}

/** Records the referral of this order (once: unique per order) and credits both sides. */
export async function creditReferral(
  trx: Db,
  deps: LoyaltyDeps,
  channel: ChannelInfo,
  settings: LoyaltySettings,
  friend: MemberRow,
  order: OrderSnapshot,
): Promise<void> {
  const code = order.referralCode?.trim().toLowerCase();
  if (!code) return;
  const referrer = await trx
    .selectFrom('loyalty_members')
    .selectAll()
    .where('referral_code', '=', code)
    .where('channel_id', '=', channel.id)
    .executeTakeFirst();
  if (!referrer) return;
  const earlier = await trx
    .selectFrom('loyalty_orders')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('member_id', '=', friend.id)
    .where('order_id', '<>', order.orderId)
    .executeTakeFirst();
  const refusal = referralRefusal({
    referrer,
    friend,
    orderShippingHash: order.shippingAddressHash,
    friendEarlierOrders: Number(earlier?.count ?? 0),
  });
  const inserted = await trx
    .insertInto('loyalty_referrals')
    .values({
      id: newId('ref'),
      account_id: channel.accountId,
      channel_id: channel.id,
      referrer_id: referrer.id,
      friend_email: friend.email,
      order_id: order.orderId,
      status: refusal ? 'refused' : 'rewarded',
      reason: refusal,
      created_at: deps.clock.now().toISOString(),
    })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted || refusal) return;
  const { referrerPoints, friendPoints } = settings.referral;
  // Lock order: the friend is already locked by the order's award; the referrer comes second.
  const credits = [
    { side: 'friend', memberId: friend.id, points: friendPoints },
    { side: 'referrer', memberId: referrer.id, points: referrerPoints },
  ] as const;
  for (const { side, memberId, points } of credits) {
    if (points <= 0) continue;
    await bookAndAnnounce(trx, deps, channel, settings, memberId, {
      kind: 'credit',
      cause: 'referral',
      key: `referral:${order.orderId}:${side}`,
      operation: { type: 'credit', points },
      reference: inserted.id,
    });
  }
}

export interface ReferralView {
  referralId: string;
  friendEmail: string;
  orderId: string;
  status: 'rewarded' | 'refused';
  reason: ReferralRefusal | null;
  createdAt: string;
}

export async function referralsOf(db: Db, memberId: string): Promise<ReferralView[]> {
  const rows = await db
    .selectFrom('loyalty_referrals')
    .selectAll()
    .where('referrer_id', '=', memberId)
    .orderBy('created_at', 'desc')
    .limit(100)
    .execute();
  return rows.map((row) => ({
    referralId: row.id,
    friendEmail: row.friend_email,
    orderId: row.order_id,
    status: row.status as 'rewarded' | 'refused',
    reason: row.reason as ReferralRefusal | null,
    createdAt: row.created_at,
  }));
}

/**
 * The events the loyalty domain appends, for connectors (ESP profile fields and events,
 * outbound webhooks). Every payload is a self-contained snapshot: a subscriber never needs to
 * read loyalty tables. Points are integers; instants ISO-8601 UTC; dates `YYYY-MM-DD` in the
 * channel's time zone.
 */

export type MemberState = 'member' | 'candidate' | 'excluded';

export interface TierSnapshot {
  tierId: string;
  name: string;
  iconUrl: string | null;
}

/** The member as it stands after the change (what an ESP profile shows). */
export interface MemberSnapshot {
  memberId: string;
  channelId: string;
  /** Lower-cased. */
  email: string;
  customerId: string | null;
  state: MemberState;
  /** The balance after the change (may be negative under the allow-negative policy). */
  balance: number;
  pin: string;
  referralCode: string;
  referralUrl: string;
  tier: TierSnapshot | null;
  /** The earliest expiry still ahead: how many points and on which local day. */
  nextExpiry: { points: number; date: string; expiresAt: string } | null;
  /** When the balance last changed through earning or spending. */
  lastActivityAt: string | null;
}

export type LedgerEntryKind = 'credit' | 'debit' | 'expiry' | 'reversal' | 'adjustment';

/** Why an entry was booked. */
export type LedgerCause =
  | 'order'
  | 'order_cancelled'
  | 'order_refunded'
  | 'signup'
  | 'newsletter'
  | 'newsletter_unsubscribed'
  | 'review'
  | 'birthday'
  | 'referral'
  | 'manual'
  | 'redemption'
  | 'redemption_refunded'
  | 'expiry';

export interface LedgerEntrySnapshot {
  entryId: string;
  kind: LedgerEntryKind;
  cause: LedgerCause;
  /** Signed: positive for credits. */
  points: number;
  balanceAfter: number;
  /** Derived from the cause, e.g. `order:<orderId>:earn`; unique per channel. */
  idempotencyKey: string;
  /** The order, review, reward or lot the entry is about. */
  reference: string | null;
  reason: string | null;
  /** Who booked a manual adjustment (`user:<id>` or `api_key:<id>`). */
  actor: string | null;
  /** Points a capped reversal could not take back. */
  uncollected: number;
  createdAt: string;
}

/** `points.credited` (delta > 0) and `points.debited` (delta < 0, expiry excluded). */
export interface PointsChanged {
  member: MemberSnapshot;
  entry: LedgerEntrySnapshot;
}

/** `points.expiring`: sent once per member and expiry day, N days ahead, only when > 0 points go. */
export interface PointsExpiring {
  member: MemberSnapshot;
  points: number;
  /** The last local day the points can be used. */
  date: string;
  expiresAt: string;
}

/** `points.expired`: what one nightly run expired for a member. */
export interface PointsExpired {
  member: MemberSnapshot;
  points: number;
  expiredAt: string;
}

/** `member.pin_changed`. */
export interface PinChanged {
  member: MemberSnapshot;
}

/** `member.tier_changed`. */
export interface TierChanged {
  member: MemberSnapshot;
  previous: TierSnapshot | null;
  current: TierSnapshot | null;
  direction: 'up' | 'down';
}

export type RewardKind = 'amount_off' | 'percent_off' | 'free_shipping' | 'free_product';
/** `issuing`: waiting for the shop to hold the code; `refunded`: the shop never took it, the points went back. */
export type CouponState = 'issuing' | 'issued' | 'applied' | 'used' | 'expired' | 'refunded';

export interface CouponSnapshot {
  couponId: string;
  channelId: string;
  memberId: string;
  email: string;
  rewardId: string;
  name: string;
  kind: RewardKind;
  /** Minor units for amount_off, percent for percent_off, 0 otherwise. */
  value: number;
  product: string | null;
  code: string;
  state: CouponState;
  pointsSpent: number;
  expiresAt: string | null;
  usedOrderId: string | null;
  createdAt: string;
}

/** `reward.redeemed`: points were spent on a reward (the coupon is in the same transaction). */
export interface RewardRedeemed {
  member: MemberSnapshot;
  redemptionId: string;
  pointsSpent: number;
  coupon: CouponSnapshot;
}

/** `coupon.issued`, `coupon.used` and `coupon.refunded` (the shop never took the code; the points went back). */
export interface CouponEvent {
  coupon: CouponSnapshot;
}

export const LOYALTY_EVENTS = {
  pointsCredited: 'points.credited',
  pointsDebited: 'points.debited',
  pointsExpiring: 'points.expiring',
  pointsExpired: 'points.expired',
  pinChanged: 'member.pin_changed',
  tierChanged: 'member.tier_changed',
  rewardRedeemed: 'reward.redeemed',
  couponIssued: 'coupon.issued',
  couponUsed: 'coupon.used',
  couponRefunded: 'coupon.refunded',
} as const;

declare module '../platform/jobs/index.js' {
  interface DomainEventMap {
    'points.credited': PointsChanged;
    'points.debited': PointsChanged;
    'points.expiring': PointsExpiring;
    'points.expired': PointsExpired;
    'member.pin_changed': PinChanged;
    'member.tier_changed': TierChanged;
    'reward.redeemed': RewardRedeemed;
    'coupon.issued': CouponEvent;
    'coupon.used': CouponEvent;
    'coupon.refunded': CouponEvent;
  }
}

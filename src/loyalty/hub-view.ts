/**
 * What the shopper's hub panel shows (L9), pure: the state decides what is visible, the balance
 * decides the best reward (or the next one and the points missing) and the progress bar.
 */
import type { Locale } from '../platform/i18n/index.js';
import { t } from '../platform/i18n/index.js';
import { applyToCartUrl } from './coupon-codes.js';
import type { ChannelInfo } from './loyalty.context.js';
import type { CouponSnapshot, RewardKind } from './loyalty.events.js';
import type { LoyaltySettings } from './loyalty-settings.js';
import type { WayToEarn } from './program.service.js';

export type HubState = 'anonymous' | 'not_member' | 'no_points' | 'member' | 'excluded';

export interface HubReward {
  rewardId: string;
  name: string;
  kind: RewardKind;
  value: number;
  pointsCost: number;
  /** The reward needs a higher tier than the member holds. */
  locked: boolean;
}

export interface RewardProgress {
  best: HubReward | null;
  next: (HubReward & { pointsMissing: number }) | null;
  /** 0 to 1: how far the balance is toward the next reward (1 when only redeemable ones remain). */
  fraction: number;
}

/** The most expensive reward the balance covers, the cheapest it does not, and the bar between. */
export function rewardProgress(balance: number, rewards: readonly HubReward[]): RewardProgress {
  const open = rewards.filter((reward) => !reward.locked);
  let best: HubReward | null = null;
  let next: HubReward | null = null;
  for (const reward of open) {
    if (reward.pointsCost <= balance) {
      if (!best || reward.pointsCost > best.pointsCost) best = reward;
    } else if (!next || reward.pointsCost < next.pointsCost) {
      next = reward;
    }
  }
  const points = Math.max(0, balance);
  const fraction = next ? Math.min(1, points / next.pointsCost) : best ? 1 : 0;
  return {
    best,
    next: next ? { ...next, pointsMissing: next.pointsCost - points } : null,
    fraction: Math.round(fraction * 1000) / 1000,
  };
}

/** The lowest tier above the one held (thresholds decide the order), or null at the top. */
export function nextTierOf<T extends { threshold: number }>(
  tiers: readonly T[],
  heldThreshold: number,
): T | null {
  let next: T | null = null;
  for (const tier of tiers)
    if (tier.threshold > heldThreshold && (!next || tier.threshold < next.threshold)) next = tier;
  return next;
}

/** The state a shopper is in, from what we know about them. */
export function hubState(member: { state: string; balance: number } | null, signedIn: boolean): HubState {
  if (!signedIn) return 'anonymous';
  if (!member || member.state === 'candidate') return 'not_member';
  if (member.state === 'excluded') return 'excluded';
  return member.balance > 0 ? 'member' : 'no_points';
}

export interface HubTexts {
  title: string;
  prompt: string | null;
  cta: string | null;
  balance: string | null;
  bestReward: string | null;
  nextReward: string | null;
  tier: string | null;
  rewardsTitle: string;
  couponsTitle: string;
  waysToEarnTitle: string;
  referralTitle: string;
  redeem: string;
}

/** The texts that depend on the locale and the state alone (most of the panel's words). */
export type FixedHubTexts = Omit<HubTexts, 'balance' | 'bestReward' | 'nextReward' | 'tier'>;

export function fixedHubTexts(locale: Locale, state: HubState): FixedHubTexts {
  return {
    title: t(locale, 'hub.title'),
    prompt:
      state === 'anonymous'
        ? t(locale, 'hub.signin.prompt')
        : state === 'excluded'
          ? t(locale, 'hub.excluded')
          : state === 'member'
            ? null
            : t(locale, 'hub.join.prompt'),
    cta: state === 'not_member' || state === 'no_points' ? t(locale, 'hub.join.cta') : null,
    rewardsTitle: t(locale, 'hub.rewards.title'),
    couponsTitle: t(locale, 'hub.coupons.title'),
    waysToEarnTitle: t(locale, 'hub.ways_to_earn.title'),
    referralTitle: t(locale, 'hub.referral.title'),
    redeem: t(locale, 'hub.redeem'),
  };
}

/** Every text of the panel; pass `fixed` when it is already at hand (it is the same for a locale and state). */
export function hubTexts(
  locale: Locale,
  state: HubState,
  view: { balance: number; progress: RewardProgress | null; tierName: string | null },
  fixed: FixedHubTexts = fixedHubTexts(locale, state),
): HubTexts {
  const loyal = state === 'member';
  const { progress } = view;
  // The keys in the order clients have always received them.
  return {
    title: fixed.title,
    prompt: fixed.prompt,
    cta: fixed.cta,
    balance: loyal ? t(locale, 'hub.points.balance', { points: view.balance }) : null,
    bestReward:
      loyal && progress?.best
        ? t(locale, 'hub.best_reward', { points: progress.best.pointsCost, reward: progress.best.name })
        : null,
    nextReward:
      loyal && progress?.next
        ? t(locale, 'hub.next_reward', { missing: progress.next.pointsMissing, reward: progress.next.name })
        : null,
    tier: loyal && view.tierName ? t(locale, 'hub.tier.current', { tier: view.tierName }) : null,
    rewardsTitle: fixed.rewardsTitle,
    couponsTitle: fixed.couponsTitle,
    waysToEarnTitle: fixed.waysToEarnTitle,
    referralTitle: fixed.referralTitle,
    redeem: fixed.redeem,
  };
}

/**
 * The hub's progress bar and reward list at a balance: the live hub and the admin's preview of
 * it show the same. Only a member sees progress and can afford rewards.
 */
export function progressAndRewards(
  loyal: boolean,
  balance: number,
  rewards: readonly HubReward[],
  progress: RewardProgress,
  texts: Pick<HubTexts, 'bestReward' | 'nextReward'>,
) {
  return {
    progress: {
      fraction: loyal ? progress.fraction : 0,
      bestReward: loyal && progress.best ? { ...progress.best, text: texts.bestReward ?? '' } : null,
      nextReward: loyal && progress.next ? { ...progress.next, text: texts.nextReward ?? '' } : null,
    },
    rewards: rewards.map((reward) => ({
      ...reward,
      affordable: loyal && !reward.locked && reward.pointsCost <= balance,
    })),
  };
}

export interface HubCoupon extends Pick<CouponSnapshot, 'name' | 'kind' | 'value' | 'state' | 'expiresAt'> {
  /** Null until the shop holds the code (`issuing`), and for a refunded one. */
  code: string | null;
  applyUrl: string | null;
}

export interface HubView {
  state: HubState;
  locale: string;
  texts: HubTexts;
  member: {
    points: number;
    pendingPoints: number;
    tier: { name: string; iconUrl: string | null } | null;
    nextExpiry: { points: number; date: string } | null;
  } | null;
  progress: {
    fraction: number;
    bestReward: (HubReward & { text: string }) | null;
    nextReward: (HubReward & { pointsMissing: number; text: string }) | null;
  } | null;
  rewards: Array<HubReward & { affordable: boolean }>;
  coupons: HubCoupon[];
  referralUrl: string | null;
  waysToEarn: WayToEarn[];
  /** How far the member is from the next VIP tier ("120 points to Silver"); null at the top or without tiers. */
  tierProgress: {
    tier: { name: string; iconUrl: string | null };
    basis: 'points' | 'spend';
    /** Points, or money in minor units of the channel's currency, still missing. */
    missing: number;
    text: string;
  } | null;
}

/** A coupon as the panel shows it. */
export function hubCoupon(
  settings: LoyaltySettings,
  channel: ChannelInfo,
  coupon: CouponSnapshot,
): HubCoupon {
  // A code the shop does not hold yet would be refused at checkout: not shown until it is there.
  const ready = coupon.state !== 'issuing' && coupon.state !== 'refunded';
  return {
    code: ready ? coupon.code : null,
    name: coupon.name,
    kind: coupon.kind,
    value: coupon.value,
    state: coupon.state,
    expiresAt: coupon.expiresAt,
    applyUrl: ready ? applyToCartUrl(settings.coupons, channel.domain, coupon.code) : null,
  };
}

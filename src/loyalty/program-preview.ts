/**
 * What a member's hub would show under the program as saved now (the admin's program editor
 * preview): the hub's own view model (hub-view.ts) fed with a hypothetical balance and tier
 * instead of a real shopper, so the merchant sees the texts, rewards and progress shoppers get.
 */
import { formatMoney, t } from '../platform/i18n/index.js';
import { referralUrl } from './coupon-codes.js';
import type { HubView } from './hub.service.js';
import {
  type HubReward,
  hubState,
  hubTexts,
  nextTierOf,
  progressAndRewards,
  rewardProgress,
} from './hub-view.js';
import { channelOf, type LoyaltyDeps, loadSettings } from './loyalty.context.js';
import type { RewardKind } from './loyalty.events.js';
import { DEFAULT_SETTINGS } from './loyalty-settings.js';
import { listTiers, localeOr, waysToEarn } from './program.service.js';

export interface PreviewQuery {
  /** The member's balance to picture. */
  balance: number;
  /** The tier the member holds; none (or an unknown one) means no tier. */
  tierId?: string;
  locale?: string;
}

/** The sample referral code the preview shows in the referral link. */
export const PREVIEW_REFERRAL_CODE = 'preview1';

export async function previewHub(
  deps: LoyaltyDeps,
  accountId: string,
  channelId: string,
  query: PreviewQuery,
): Promise<HubView> {
  const channel = await channelOf(deps, accountId, channelId);
  const [stored, tiers, rewardRows] = await Promise.all([
    loadSettings(deps.db, channel.id),
    listTiers(deps.db, channel.id),
    deps.db
      .selectFrom('loyalty_rewards')
      .select(['id', 'name', 'kind', 'value', 'points_cost', 'min_tier_id'])
      .where('channel_id', '=', channel.id)
      .where('active', '=', 1)
      .orderBy('points_cost')
      .execute(),
  ]);
  const settings = stored ?? DEFAULT_SETTINGS;
  const locale = localeOr(channel, query.locale);
  const balance = query.balance;
  const state = hubState({ state: 'member', balance }, true);
  const held = tiers.find((tier) => tier.tierId === query.tierId) ?? null;
  const heldThreshold = held?.threshold ?? -1;
  const thresholdOf = (tierId: string) => tiers.find((tier) => tier.tierId === tierId)?.threshold ?? 0;
  const rewards: HubReward[] = rewardRows.map((row) => ({
    rewardId: row.id,
    name: row.name,
    kind: row.kind as RewardKind,
    value: Number(row.value),
    pointsCost: Number(row.points_cost),
    locked: row.min_tier_id !== null && thresholdOf(row.min_tier_id) > heldThreshold,
  }));
  const loyal = state === 'member';
  const progress = rewardProgress(loyal ? balance : 0, rewards);
  const texts = hubTexts(locale, state, { balance, progress, tierName: held?.name ?? null });
  const upcoming = nextTierOf(tiers, heldThreshold);
  // The period's progress is pictured as the balance itself (points basis) or as the held
  // tier's threshold (spend basis): a preview has no order history to measure.
  const basis = settings.tiers.basis;
  const reached = basis === 'points' ? Math.max(0, balance) : Math.max(0, heldThreshold);
  const missing = upcoming ? Math.max(0, upcoming.threshold - reached) : 0;
  return {
    state,
    locale,
    texts,
    member: {
      points: balance,
      pendingPoints: 0,
      tier: loyal && held ? { name: held.name, iconUrl: held.iconUrl } : null,
      nextExpiry: null,
    },
    ...progressAndRewards(loyal, balance, rewards, progress, texts),
    coupons: [],
    referralUrl: referralUrl(settings.referral.urlTemplate, channel.domain, PREVIEW_REFERRAL_CODE),
    waysToEarn: waysToEarn(settings, channel, locale),
    tierProgress: upcoming
      ? {
          tier: { name: upcoming.name, iconUrl: upcoming.iconUrl },
          basis,
          missing,
          text:
            basis === 'spend'
              ? t(locale, 'hub.tier.next_spend', {
                  amount: formatMoney(missing, channel.currency, locale, { hideZeroFraction: true }),
                  tier: upcoming.name,
                })
              : t(locale, 'hub.tier.next_points', { missing, tier: upcoming.name }),
        }
      : null,
  };
}

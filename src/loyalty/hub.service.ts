/**
 * The customer hub (L9/L10): the shopper identified by a token the shop signed with the
 * channel secret; no valid token means anonymous. Returns what the panel shows by state,
 * redeems for the signed-in shopper and joins a candidate to the program.
 */
import { AppError } from '../platform/errors.js';
import type { Locale } from '../platform/i18n/index.js';
import { newId } from '../platform/ids.js';
import { applyToCartUrl, referralUrl } from './coupon-codes.js';
import { expiresOn } from './expiry-dates.js';
import {
  type HubReward,
  type HubState,
  type HubTexts,
  hubState,
  hubTexts,
  rewardProgress,
} from './hub-view.js';
import { nextExpiry } from './ledger.js';
import type { ChannelInfo, LoyaltyDeps } from './loyalty.context.js';
import type { CouponSnapshot, RewardKind } from './loyalty.events.js';
import type { LoyaltySettings } from './loyalty-settings.js';
import { findOrCreateMember, memberByEmail } from './members.js';
import { couponsOf, pendingPointsOf } from './members.service.js';
import { openLots } from './points-store.js';
import { localeOr, type WayToEarn, waysToEarn } from './program.service.js';
import type { ProgramSnapshot } from './program-cache.js';
import { type RedeemRefusal, redeemReward } from './redemption.js';
import { type ShopperIdentity, verifyShopperToken } from './shopper-token.js';

export interface HubCoupon
  extends Pick<CouponSnapshot, 'code' | 'name' | 'kind' | 'value' | 'state' | 'expiresAt'> {
  applyUrl: string;
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
}

function hubCoupon(settings: LoyaltySettings, channel: ChannelInfo, coupon: CouponSnapshot): HubCoupon {
  return {
    code: coupon.code,
    name: coupon.name,
    kind: coupon.kind,
    value: coupon.value,
    state: coupon.state,
    expiresAt: coupon.expiresAt,
    applyUrl: applyToCartUrl(settings.coupons, channel.domain, coupon.code),
  };
}

const WAYS_MEMO_SIZE = 1000;

export function createHub(deps: LoyaltyDeps) {
  const { db } = deps;
  // Ways to earn memoised on everything they depend on (building `Intl` formatters is the
  // costliest part of a hub request), so the memo can never serve a stale description.
  const waysMemo = new Map<string, WayToEarn[]>();
  function waysFor(settings: LoyaltySettings, channel: ChannelInfo, locale: Locale): WayToEarn[] {
    const key = `${locale}|${channel.currency}|${JSON.stringify(settings)}`;
    let ways = waysMemo.get(key);
    if (!ways) {
      ways = waysToEarn(settings, channel, locale);
      if (waysMemo.size >= WAYS_MEMO_SIZE) waysMemo.delete(waysMemo.keys().next().value as string);
      waysMemo.set(key, ways);
    }
    return ways;
  }

  /** Reads serve the program from the hub's cache; writes (redeem, join) read it afresh. */
  async function channelByPublicId(
    publicId: string,
    read: 'cached' | 'fresh',
  ): Promise<{ channel: ChannelInfo; program: ProgramSnapshot }> {
    const found = await deps.accounts.channels.findByPublicId(publicId);
    if (found && read === 'fresh') deps.programs.forget(found.id);
    const program = found ? await deps.programs.get(found.id) : null;
    if (!found || !program) throw AppError.notFound('loyalty program');
    const { id, accountId, name, domain, timeZone, defaultLocale, currency } = found;
    return { channel: { id, accountId, name, domain, timeZone, defaultLocale, currency }, program };
  }

  async function shopper(channel: ChannelInfo, token: string | undefined): Promise<ShopperIdentity | null> {
    if (!token) return null;
    const secret = await deps.accounts.channels.signingSecretOf(channel.id);
    return secret ? verifyShopperToken(secret, token, deps.clock.now()) : null;
  }

  async function requireShopper(channel: ChannelInfo, token: string | undefined): Promise<ShopperIdentity> {
    const identity = await shopper(channel, token);
    if (!identity) throw new AppError('unauthenticated', 'the shopper token is missing, forged or expired');
    return identity;
  }

  return {
    async view(publicId: string, token: string | undefined, requestedLocale?: string): Promise<HubView> {
      const { channel, program } = await channelByPublicId(publicId, 'cached');
      const { settings, tiers } = program;
      const locale = localeOr(channel, requestedLocale);
      const identity = await shopper(channel, token);
      const member = identity ? await memberByEmail(db, channel.id, identity.email) : undefined;
      const balance = member ? Number(member.balance) : 0;
      const state = hubState(member ? { state: member.state, balance } : null, identity !== null);
      const ways = state === 'excluded' ? [] : waysFor(settings, channel, locale);
      const coupons = member
        ? (await couponsOf(db, member, true)).map((c) => hubCoupon(settings, channel, c))
        : [];
      const empty = { locale, member: null, progress: null, rewards: [], referralUrl: null };
      if (state === 'anonymous') {
        return {
          ...empty,
          state,
          texts: hubTexts(locale, state, { balance: 0, progress: null, tierName: null }),
          coupons: [],
          waysToEarn: ways,
        };
      }
      if (state === 'excluded') {
        // No loyalty data at all, but the coupons they already hold stay visible and usable.
        return {
          ...empty,
          state,
          texts: hubTexts(locale, state, { balance: 0, progress: null, tierName: null }),
          coupons,
          waysToEarn: [],
        };
      }
      const heldTier = tiers.find((tier) => tier.id === member?.tier_id);
      const heldThreshold = heldTier?.threshold ?? -1;
      const rewards: HubReward[] = program.rewards.map((reward) => ({
        rewardId: reward.id,
        name: reward.name,
        kind: reward.kind as RewardKind,
        value: reward.value,
        pointsCost: reward.pointsCost,
        locked:
          reward.minTierId !== null &&
          (tiers.find((tier) => tier.id === reward.minTierId)?.threshold ?? 0) > heldThreshold,
      }));
      const loyal = state === 'member';
      const progress = rewardProgress(loyal ? balance : 0, rewards);
      const tier = heldTier ?? null;
      const texts = hubTexts(locale, state, { balance, progress, tierName: tier?.name ?? null });
      const next = member ? nextExpiry(await openLots(db, member.id)) : null;
      return {
        state,
        locale,
        texts,
        member:
          member && state !== 'not_member'
            ? {
                points: balance,
                pendingPoints: await pendingPointsOf(db, member.id),
                tier: loyal && tier ? { name: tier.name, iconUrl: tier.iconUrl } : null,
                nextExpiry: next
                  ? { points: next.points, date: expiresOn(new Date(next.expiresAt), channel.timeZone) }
                  : null,
              }
            : null,
        progress: {
          fraction: loyal ? progress.fraction : 0,
          bestReward: loyal && progress.best ? { ...progress.best, text: texts.bestReward ?? '' } : null,
          nextReward: loyal && progress.next ? { ...progress.next, text: texts.nextReward ?? '' } : null,
        },
        rewards: rewards.map((reward) => ({
          ...reward,
          affordable: loyal && !reward.locked && reward.pointsCost <= balance,
        })),
        coupons,
        referralUrl:
          member && state !== 'not_member'
            ? referralUrl(settings.referral.urlTemplate, channel.domain, member.referral_code)
            : null,
        waysToEarn: ways,
      };
    },

    /** Redeems a reward for the signed-in shopper; the coupon goes straight into the cart. */
    async redeem(
      publicId: string,
      token: string | undefined,
      input: { rewardId: string; requestId?: string },
    ): Promise<{ ok: true; coupon: HubCoupon; replayed: boolean } | { ok: false; reason: RedeemRefusal }> {
      const { channel, program } = await channelByPublicId(publicId, 'fresh');
      const { settings } = program;
      const identity = await requireShopper(channel, token);
      const member = await memberByEmail(db, channel.id, identity.email);
      if (!member) return { ok: false, reason: 'not_a_member' };
      const redemptionId = `${member.id}:${input.requestId ?? newId('rdm')}`;
      const result = await redeemReward(deps, channel, settings, {
        memberId: member.id,
        rewardId: input.rewardId,
        redemptionId,
        apply: true,
      });
      if (!result.ok) return result;
      return { ok: true, coupon: hubCoupon(settings, channel, result.coupon), replayed: result.replayed };
    },

    /** "Join now": the signed-in shopper enrols (an excluded customer stays excluded). */
    async join(publicId: string, token: string | undefined): Promise<{ state: string }> {
      const { channel, program } = await channelByPublicId(publicId, 'fresh');
      const { settings } = program;
      const identity = await requireShopper(channel, token);
      const member = await db
        .transaction()
        .execute((trx) => findOrCreateMember(trx, channel, identity, 'explicit', settings, deps.clock.now()));
      return { state: member.state };
    },
  };
}

export type Hub = ReturnType<typeof createHub>;

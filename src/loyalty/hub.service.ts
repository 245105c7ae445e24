/**
 * The customer hub (L9/L10): the shopper identified by a token the shop signed with the
 * channel secret; no valid token means anonymous. Returns what the panel shows by state,
 * redeems for the signed-in shopper and joins a candidate to the program.
 */
import type { Cache } from '../platform/cache.js';
import { AppError } from '../platform/errors.js';
import type { Locale } from '../platform/i18n/index.js';
import { formatMoney, t } from '../platform/i18n/index.js';
import { newId } from '../platform/ids.js';
import { RetryableError } from '../platform/jobs/index.js';
import { referralUrl } from './coupon-codes.js';
import { expiresOn } from './expiry-dates.js';
import { createHubChannels, type HubChannel } from './hub-channels.js';
import { createKeptMemberVersions, hubMember, hubMemberVersion } from './hub-queries.js';
import {
  type FixedHubTexts,
  fixedHubTexts,
  type HubCoupon,
  type HubReward,
  type HubState,
  type HubTexts,
  type HubView,
  hubCoupon,
  hubState,
  hubTexts,
  nextTierOf,
  progressAndRewards,
  rewardProgress,
} from './hub-view.js';
import { createHubViewCache } from './hub-view-cache.js';
import { nextExpiry } from './ledger.js';
import type { ChannelInfo, LoyaltyDeps } from './loyalty.context.js';
import type { RewardKind } from './loyalty.events.js';
import type { LoyaltySettings } from './loyalty-settings.js';
import { findOrCreateMember, memberByEmail } from './members.js';
import { progressOf } from './points.service.js';
import { openLots } from './points-store.js';
import { localeOr, type WayToEarn, waysToEarn } from './program.service.js';
import type { ProgramSnapshot } from './program-cache.js';
import { couponsOf, type RedeemRefusal, redeemReward } from './redemption.js';
import { publishCoupon } from './shop-coupons.js';
import { isShopOrigin } from './shop-origin.js';
import { type ShopperIdentity, verifyShopperToken } from './shopper-token.js';
import { progressWindow } from './tiers.js';

export type { HubCoupon, HubView } from './hub-view.js';

const MEMO_SIZE = 10_000;

export function createHub(deps: LoyaltyDeps, shared: { cache: Cache }) {
  const { db } = deps;
  const channels = createHubChannels({ accounts: deps.accounts, cache: shared.cache });

  // Ways to earn per program snapshot (a new one is loaded on every program change) and per
  // locale and currency: building `Intl` formatters is the costliest part of a hub view.
  const waysMemo = new WeakMap<LoyaltySettings, Map<string, WayToEarn[]>>();
  function waysFor(settings: LoyaltySettings, channel: ChannelInfo, locale: Locale): WayToEarn[] {
    let byLocale = waysMemo.get(settings);
    if (!byLocale) {
      byLocale = new Map();
      waysMemo.set(settings, byLocale);
    }
    const key = `${locale}|${channel.currency}`;
    let ways = byLocale.get(key);
    if (!ways) {
      ways = waysToEarn(settings, channel, locale);
      byLocale.set(key, ways);
    }
    return ways;
  }

  /** Writes (redeem, join) read the channel and its program afresh, never from the hub's caches. */
  async function freshChannel(
    publicId: string,
  ): Promise<{ channel: ChannelInfo; secret: string | undefined; program: ProgramSnapshot }> {
    const found = await channels.fresh(publicId);
    if (found) deps.programs.forget(found.channel.id);
    const program = found ? await deps.programs.get(found.channel.id) : null;
    if (!found || !program) throw AppError.notFound('loyalty program');
    return { ...found, program };
  }

  async function requireShopper(
    secret: string | undefined,
    token: string | undefined,
  ): Promise<ShopperIdentity> {
    const identity = token && secret ? await verifyShopperToken(secret, token, deps.clock.now()) : null;
    if (!identity) throw new AppError('unauthenticated', 'the shopper token is missing, forged or expired');
    return identity;
  }

  // Tokens already verified against a channel entry (a new entry, e.g. after a secret
  // rotation, starts with none): a widget asks with the same token on every page view.
  const verified = new WeakMap<HubChannel, Map<string, { identity: ShopperIdentity; expMs: number }>>();
  /** The identity of a token already verified: null once it has expired, undefined if not known. */
  function knownShopper(entry: HubChannel, token: string): ShopperIdentity | null | undefined {
    const known = verified.get(entry)?.get(token);
    if (known === undefined) return undefined;
    return known.expMs > deps.clock.now().getTime() ? known.identity : null;
  }
  async function shopper(entry: HubChannel, token: string | undefined): Promise<ShopperIdentity | null> {
    if (!token || !entry.secret) return null;
    const known = knownShopper(entry, token);
    if (known !== undefined) return known;
    let tokens = verified.get(entry);
    const proven = await verifyShopperToken(entry.secret, token, deps.clock.now());
    if (!proven) return null;
    const identity: ShopperIdentity = { email: proven.email, customerId: proven.customerId };
    if (!tokens) {
      tokens = new Map();
      verified.set(entry, tokens);
    }
    if (tokens.size >= MEMO_SIZE) tokens.delete(tokens.keys().next().value as string);
    tokens.set(token, { identity, expMs: proven.exp * 1000 });
    return identity;
  }

  const fixedTexts = new Map<string, FixedHubTexts>();
  function textsFor(locale: Locale, state: HubState, view: Parameters<typeof hubTexts>[2]): HubTexts {
    const key = `${locale}|${state}`;
    let fixed = fixedTexts.get(key);
    if (!fixed) {
      fixed = fixedHubTexts(locale, state);
      fixedTexts.set(key, fixed);
    }
    return hubTexts(locale, state, view, fixed);
  }

  const expiryDates = new Map<string, string>();
  function expiryDate(expiresAt: string, timeZone: string): string {
    const key = `${timeZone}|${expiresAt}`;
    let date = expiryDates.get(key);
    if (date === undefined) {
      date = expiresOn(new Date(expiresAt), timeZone);
      if (expiryDates.size >= MEMO_SIZE) expiryDates.delete(expiryDates.keys().next().value as string);
      expiryDates.set(key, date);
    }
    return date;
  }

  // Every hub view is built here; `view` keeps signed-in members' views in `views`.
  const views = createHubViewCache<HubView>();
  const memberVersionNow = createKeptMemberVersions();
  async function build(
    entry: HubChannel,
    program: ProgramSnapshot,
    locale: Locale,
    identity: ShopperIdentity | null,
  ): Promise<HubView> {
    const { channel } = entry;
    const { settings, tiers } = program;
    const member = identity ? await hubMember(db, channel.id, identity.email) : undefined;
    const balance = member ? Number(member.balance) : 0;
    const state = hubState(member ? { state: member.state, balance } : null, identity !== null);
    const ways = state === 'excluded' ? [] : waysFor(settings, channel, locale);
    const showsPoints = member !== undefined && state !== 'not_member' && state !== 'excluded';
    const [available, lots] = await Promise.all([
      member ? couponsOf(db, member, true) : [],
      showsPoints ? openLots(db, member.id) : [],
    ]);
    const coupons = available.map((coupon) => hubCoupon(settings, channel, coupon));
    const empty = {
      locale,
      member: null,
      progress: null,
      rewards: [],
      referralUrl: null,
      tierProgress: null,
    };
    if (state === 'anonymous') {
      return {
        ...empty,
        state,
        texts: textsFor(locale, state, { balance: 0, progress: null, tierName: null }),
        coupons: [],
        waysToEarn: ways,
      };
    }
    if (state === 'excluded') {
      // No loyalty data at all, but the coupons they already hold stay visible and usable.
      return {
        ...empty,
        state,
        texts: textsFor(locale, state, { balance: 0, progress: null, tierName: null }),
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
    const texts = textsFor(locale, state, { balance, progress, tierName: tier?.name ?? null });
    const next = nextExpiry(lots);
    const upcoming = member && state !== 'not_member' ? nextTierOf(tiers, heldThreshold) : null;
    let tierProgress: HubView['tierProgress'] = null;
    if (member && upcoming) {
      const now = deps.clock.now();
      const { basis } = settings.tiers;
      const window = progressWindow(settings.tiers, now, channel.timeZone);
      const missing = Math.max(
        0,
        upcoming.threshold - (await progressOf(db, member.id, basis, window.from, now)),
      );
      const text =
        basis === 'spend'
          ? t(locale, 'hub.tier.next_spend', {
              amount: formatMoney(missing, channel.currency, locale, { hideZeroFraction: true }),
              tier: upcoming.name,
            })
          : t(locale, 'hub.tier.next_points', { missing, tier: upcoming.name });
      tierProgress = { tier: { name: upcoming.name, iconUrl: upcoming.iconUrl }, basis, missing, text };
    }
    return {
      tierProgress,
      state,
      locale,
      texts,
      member:
        member && state !== 'not_member'
          ? {
              points: balance,
              pendingPoints: Number(member.hub_pending_points),
              tier: loyal && tier ? { name: tier.name, iconUrl: tier.iconUrl } : null,
              nextExpiry: next
                ? { points: next.points, date: expiryDate(next.expiresAt, channel.timeZone) }
                : null,
            }
          : null,
      ...progressAndRewards(loyal, balance, rewards, progress, texts),
      coupons,
      referralUrl:
        member && state !== 'not_member'
          ? referralUrl(settings.referral.urlTemplate, channel.domain, member.referral_code)
          : null,
      waysToEarn: ways,
    };
  }

  /** The general path: any state, any cache miss; reads what it needs and keeps a member's view. */
  async function view(
    publicId: string,
    token: string | undefined,
    requestedLocale?: string,
  ): Promise<HubView> {
    const entry = await channels.get(publicId);
    const program = entry ? await deps.programs.get(entry.channel.id) : null;
    if (!entry || !program) throw AppError.notFound('loyalty program');
    const locale = localeOr(entry.channel, requestedLocale);
    const identity = await shopper(entry, token);
    const known = identity ? await hubMemberVersion(db, entry.channel.id, identity.email) : undefined;
    if (!identity || !known) return build(entry, program, locale, identity);
    const sources = [entry, program];
    const now = deps.clock.now().getTime();
    const cached = views.get(known.id, locale, known.version, sources, now);
    if (cached) return cached;
    const built = await build(entry, program, locale, identity);
    views.set(known.id, locale, known.version, sources, now, built);
    return built;
  }

  /**
   * The same answer as `view` for a member whose view is kept, found without a promise: the
   * channel entry, the program snapshot and the verified token from this process's memos, the
   * member's version straight from SQLite (read again only after a commit to the database).
   * Undefined whenever any of them is not at hand.
   */
  function keptView(
    publicId: string,
    token: string | undefined,
    requestedLocale?: string,
  ): HubView | undefined {
    if (!token) return undefined;
    const entry = channels.peek(publicId);
    if (!entry?.secret) return undefined;
    const program = deps.programs.peek(entry.channel.id);
    if (!program) return undefined;
    const identity = knownShopper(entry, token);
    if (!identity) return undefined;
    const known = memberVersionNow(db, identity, entry.channel.id, identity.email);
    if (!known) return undefined;
    const locale = localeOr(entry.channel, requestedLocale);
    return views.get(known.id, locale, known.version, [entry, program], deps.clock.now().getTime());
  }

  return {
    /**
     * Whether a page on `origin` may call the hub with a shopper's token (CORS): only the
     * channel's own shop, over https (its bare host or www.), or a loopback host in development.
     */
    async allowsOrigin(publicId: string, origin: string): Promise<boolean> {
      const entry = await channels.get(publicId);
      return entry ? isShopOrigin(entry.channel.domain, origin) : false;
    },

    /**
     * What the panel shows. A member's kept view is answered at once, without a promise, when
     * everything it rests on is at hand (`keptView`): the panel asks on every page view, and the
     * general path's promise hops cost about as much as its one read. Otherwise a promise.
     */
    view(publicId: string, token: string | undefined, requestedLocale?: string): HubView | Promise<HubView> {
      return keptView(publicId, token, requestedLocale) ?? view(publicId, token, requestedLocale);
    },
    /** Redeems a reward for the signed-in shopper; the coupon goes straight into the cart. */
    async redeem(
      publicId: string,
      token: string | undefined,
      input: { rewardId: string; requestId?: string },
    ): Promise<{ ok: true; coupon: HubCoupon; replayed: boolean } | { ok: false; reason: RedeemRefusal }> {
      const { channel, secret, program } = await freshChannel(publicId);
      const { settings } = program;
      const identity = await requireShopper(secret, token);
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
      let coupon = result.coupon;
      // The shop must hold the code before the shopper sees it: one attempt now, the job retries.
      if (coupon.state === 'issuing' && deps.shopDiscounts) {
        await publishCoupon(deps, deps.shopDiscounts, coupon.couponId, 1).catch((error: unknown) => {
          if (!(error instanceof RetryableError)) throw error;
        });
        coupon =
          (await couponsOf(db, { id: member.id, email: member.email }, false)).find(
            (candidate) => candidate.couponId === coupon.couponId,
          ) ?? coupon;
      }
      return { ok: true, coupon: hubCoupon(settings, channel, coupon), replayed: result.replayed };
    },

    /** "Join now": the signed-in shopper enrols; an excluded customer stays excluded and is refused (403). */
    async join(publicId: string, token: string | undefined): Promise<{ state: string }> {
      const { channel, secret, program } = await freshChannel(publicId);
      const { settings } = program;
      const identity = await requireShopper(secret, token);
      const member = await db
        .transaction()
        .execute((trx) => findOrCreateMember(trx, channel, identity, 'explicit', settings, deps.clock.now()));
      // Refused like a redemption: the merchant excluded this customer, joining cannot undo it.
      if (member.state === 'excluded')
        throw new AppError('forbidden', 'this account cannot join the program');
      return { state: member.state };
    },
  };
}

export type Hub = ReturnType<typeof createHub>;

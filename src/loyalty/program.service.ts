/**
 * A channel's program as the merchant configures it: settings, ways to earn (localized), VIP
 * tiers, the rewards catalogue and pre-loaded coupon codes. Every call is scoped by account.
 */
import { AppError } from '../platform/errors.js';
import {
  formatMoney,
  isLocale,
  type Locale,
  type MessageKey,
  type MessageParams,
  t,
} from '../platform/i18n/index.js';
import { newId } from '../platform/ids.js';
import { type ChannelInfo, channelOf, type LoyaltyDeps, loadSettings, tierOf } from './loyalty.context.js';
import {
  DEFAULT_SETTINGS,
  type DeepPartial,
  type LoyaltySettings,
  mergeSettings,
  settingsProblem,
} from './loyalty-settings.js';
import { NIGHTLY_SCHEDULE } from './nightly.job.js';
import type { Db } from './points-store.js';
import { createRewards } from './rewards.service.js';

export interface WayToEarn {
  id: 'per_spend' | 'signup' | 'newsletter' | 'review_service' | 'review_product' | 'birthday' | 'referral';
  points: number;
  description: string;
}

export interface TierView {
  tierId: string;
  name: string;
  iconUrl: string | null;
  threshold: number;
  multiplier: number;
  perks: string[];
}

export interface TierInput {
  name: string;
  iconUrl?: string | null;
  threshold: number;
  multiplier?: number;
  perks?: string[];
}

/** The configured rules as a shopper reads them. */
export function waysToEarn(settings: LoyaltySettings, channel: ChannelInfo, locale: Locale): WayToEarn[] {
  const ways: WayToEarn[] = [];
  // A rule worth no points is off: it is not listed.
  const add = (id: WayToEarn['id'], points: number, key: MessageKey, params: MessageParams = {}) => {
    if (points > 0) ways.push({ id, points, description: t(locale, key, { points, ...params }) });
  };
  const amount = formatMoney(settings.earning.perAmount, channel.currency, locale, {
    hideZeroFraction: true,
  });
  add('per_spend', settings.earning.points, 'loyalty.way.per_spend', { amount });
  add('signup', settings.signupPoints, 'loyalty.way.signup');
  add('newsletter', settings.newsletterPoints, 'loyalty.way.newsletter');
  add('review_service', settings.reviewPoints.service, 'loyalty.way.review');
  add('review_product', settings.reviewPoints.product, 'loyalty.way.review_product');
  add('birthday', settings.birthdayPoints, 'loyalty.way.birthday');
  add('referral', settings.referral.referrerPoints, 'loyalty.way.referral');
  return ways;
}

export function localeOr(channel: ChannelInfo, requested: string | undefined): Locale {
  if (requested && isLocale(requested)) return requested;
  return isLocale(channel.defaultLocale) ? channel.defaultLocale : 'en';
}

function validateTier(input: Partial<TierInput>): void {
  if (input.name !== undefined && input.name.trim() === '')
    throw AppError.invalid('/body/name', 'must not be blank');
  if (input.threshold !== undefined && (!Number.isSafeInteger(input.threshold) || input.threshold < 0)) {
    throw AppError.invalid('/body/threshold', 'must be a whole number ≥ 0');
  }
  if (input.multiplier !== undefined && !(input.multiplier >= 1 && input.multiplier <= 10)) {
    throw AppError.invalid('/body/multiplier', 'must be between 1 and 10');
  }
}

export function createProgram(deps: LoyaltyDeps) {
  const { db } = deps;

  const rewards = createRewards(deps);
  return {
    ...rewards,
    async getSettings(accountId: string, channelId: string): Promise<LoyaltySettings> {
      await channelOf(deps, accountId, channelId);
      return (await loadSettings(db, channelId)) ?? DEFAULT_SETTINGS;
    },

    /** Saves settings (a partial update merges); the program starts running with the first save. */
    async updateSettings(
      accountId: string,
      channelId: string,
      patch: DeepPartial<LoyaltySettings>,
    ): Promise<LoyaltySettings> {
      await channelOf(deps, accountId, channelId);
      const current = (await loadSettings(db, channelId)) ?? DEFAULT_SETTINGS;
      const next = mergeSettings(current, patch);
      const problem = settingsProblem(next);
      if (problem) throw AppError.invalid(problem.field, problem.message);
      const at = deps.clock.now().toISOString();
      await db
        .insertInto('loyalty_settings')
        .values({
          channel_id: channelId,
          account_id: accountId,
          settings: JSON.stringify(next),
          nightly_date: null,
          created_at: at,
          updated_at: at,
        })
        .onConflict((oc) =>
          oc.column('channel_id').doUpdateSet({ settings: JSON.stringify(next), updated_at: at }),
        )
        .execute();
      deps.programs.forget(channelId);
      await deps.jobs.schedule(NIGHTLY_SCHEDULE);
      return next;
    },

    async waysToEarn(accountId: string, channelId: string, locale?: string): Promise<WayToEarn[]> {
      const channel = await channelOf(deps, accountId, channelId);
      return waysToEarn(
        (await loadSettings(db, channelId)) ?? DEFAULT_SETTINGS,
        channel,
        localeOr(channel, locale),
      );
    },

    async listTiers(accountId: string, channelId: string): Promise<TierView[]> {
      await channelOf(deps, accountId, channelId);
      return listTiers(db, channelId);
    },

    async createTier(accountId: string, channelId: string, input: TierInput): Promise<TierView> {
      await channelOf(deps, accountId, channelId);
      validateTier(input);
      const at = deps.clock.now().toISOString();
      const id = newId('tier');
      await db
        .insertInto('loyalty_tiers')
        .values({
          id,
          account_id: accountId,
          channel_id: channelId,
          name: input.name.trim(),
          icon_url: input.iconUrl ?? null,
          threshold: input.threshold,
          multiplier_pct: Math.round((input.multiplier ?? 1) * 100),
          perks: JSON.stringify(input.perks ?? []),
          created_at: at,
          updated_at: at,
        })
        .execute();
      deps.programs.forget(channelId);
      return (await listTiers(db, channelId)).find((tier) => tier.tierId === id)!;
    },

    async updateTier(
      accountId: string,
      channelId: string,
      tierId: string,
      patch: Partial<TierInput>,
    ): Promise<TierView> {
      await channelOf(deps, accountId, channelId);
      await tierOf(db, channelId, tierId);
      validateTier(patch);
      await db
        .updateTable('loyalty_tiers')
        .set({
          ...(patch.name !== undefined ? { name: patch.name.trim() } : {}),
          ...(patch.iconUrl !== undefined ? { icon_url: patch.iconUrl } : {}),
          ...(patch.threshold !== undefined ? { threshold: patch.threshold } : {}),
          ...(patch.multiplier !== undefined ? { multiplier_pct: Math.round(patch.multiplier * 100) } : {}),
          ...(patch.perks !== undefined ? { perks: JSON.stringify(patch.perks) } : {}),
          updated_at: deps.clock.now().toISOString(),
        })
        .where('id', '=', tierId)
        .execute();
      deps.programs.forget(channelId);
      return (await listTiers(db, channelId)).find((tier) => tier.tierId === tierId)!;
    },

    async deleteTier(accountId: string, channelId: string, tierId: string): Promise<void> {
      await channelOf(deps, accountId, channelId);
      await tierOf(db, channelId, tierId);
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable('loyalty_members')
          .set({ tier_id: null, tier_held_until: null })
          .where('tier_id', '=', tierId)
          .execute();
        await trx
          .updateTable('loyalty_rewards')
          .set({ min_tier_id: null })
          .where('min_tier_id', '=', tierId)
          .execute();
        await trx.deleteFrom('loyalty_tiers').where('id', '=', tierId).execute();
      });
      deps.programs.forget(channelId);
    },
  };
}

export async function listTiers(db: Db, channelId: string): Promise<TierView[]> {
  const rows = await db
    .selectFrom('loyalty_tiers')
    .selectAll()
    .where('channel_id', '=', channelId)
    .orderBy('threshold')
    .execute();
  return rows.map((row) => ({
    tierId: row.id,
    name: row.name,
    iconUrl: row.icon_url,
    threshold: Number(row.threshold),
    multiplier: row.multiplier_pct / 100,
    perks: JSON.parse(row.perks) as string[],
  }));
}

export type Program = ReturnType<typeof createProgram>;

/**
 * A channel's loyalty program settings: their shape, the defaults, and the checks JSON Schema
 * cannot express (a rule that would award infinite points is refused with the field named).
 */
import type { NegativeBalancePolicy } from './ledger.js';

export const AWARD_EVENTS = ['placed', 'paid', 'delivered'] as const;
export type AwardEvent = (typeof AWARD_EVENTS)[number];
export const ROUNDINGS = ['down', 'nearest', 'up'] as const;
export type Rounding = (typeof ROUNDINGS)[number];
export const SPEND_BASES = ['products', 'total'] as const;
export type SpendBase = (typeof SPEND_BASES)[number];
export const EXPIRY_MODES = ['none', 'fixed', 'inactivity'] as const;
export type ExpiryMode = (typeof EXPIRY_MODES)[number];
export const TIER_BASES = ['points', 'spend'] as const;
export const TIER_PERIODS = ['rolling', 'calendar'] as const;
export const CART_PLATFORMS = ['shopify', 'woocommerce', 'custom'] as const;

export interface LoyaltySettings {
  /** Who becomes a member by themselves; everyone else starts as a candidate (earns nothing). */
  enrolment: { onOrder: boolean; onSignup: boolean };
  earning: {
    /** `points` for every `perAmount` minor units spent: 1 point per 100 (= 1 zł). */
    points: number;
    perAmount: number;
    rounding: Rounding;
    /** Products after discounts (shipping and tax excluded), or the order total. */
    base: SpendBase;
    awardOn: AwardEvent;
    /** Show the points as pending from order placement until the award event. */
    pendingPoints: boolean;
  };
  signupPoints: number;
  newsletterPoints: number;
  reviewPoints: { service: number; product: number };
  birthdayPoints: number;
  referral: { referrerPoints: number; friendPoints: number; urlTemplate: string | null };
  expiry: { mode: ExpiryMode; months: number; noticeDays: number };
  negativeBalance: NegativeBalancePolicy;
  tiers: { basis: (typeof TIER_BASES)[number]; period: (typeof TIER_PERIODS)[number]; months: number };
  coupons: {
    platform: (typeof CART_PLATFORMS)[number];
    applyUrlTemplate: string | null;
    validDays: number | null;
  };
}

export const DEFAULT_SETTINGS: LoyaltySettings = {
  enrolment: { onOrder: true, onSignup: true },
  earning: {
    points: 1,
    perAmount: 100,
    rounding: 'down',
    base: 'products',
    awardOn: 'paid',
    pendingPoints: true,
  },
  signupPoints: 0,
  newsletterPoints: 0,
  reviewPoints: { service: 0, product: 0 },
  birthdayPoints: 0,
  referral: { referrerPoints: 0, friendPoints: 0, urlTemplate: null },
  expiry: { mode: 'none', months: 12, noticeDays: 0 },
  negativeBalance: 'cap',
  tiers: { basis: 'points', period: 'calendar', months: 12 },
  coupons: { platform: 'shopify', applyUrlTemplate: null, validDays: null },
};

/** The most points any single rule may award: a typo must not mint millions. */
export const MAX_RULE_POINTS = 1_000_000;

export type SettingsProblem = { field: string; message: string };

function pointsProblem(field: string, value: number, min = 0): SettingsProblem | null {
  if (!Number.isSafeInteger(value)) return { field, message: 'must be a whole number of points' };
  if (value < min) return { field, message: `must be at least ${min}` };
  if (value > MAX_RULE_POINTS) return { field, message: `must be at most ${MAX_RULE_POINTS}` };
  return null;
}

/** The first problem with a complete settings object, or null when it is usable. */
export function settingsProblem(settings: LoyaltySettings): SettingsProblem | null {
  const at = (path: string) => `/body/${path}`;
  const checks: Array<SettingsProblem | null> = [
    pointsProblem(at('earning/points'), settings.earning.points),
    Number.isSafeInteger(settings.earning.perAmount) && settings.earning.perAmount > 0
      ? null
      : { field: at('earning/perAmount'), message: 'must be a whole amount greater than 0 (minor units)' },
    pointsProblem(at('signupPoints'), settings.signupPoints),
    pointsProblem(at('newsletterPoints'), settings.newsletterPoints),
    pointsProblem(at('reviewPoints/service'), settings.reviewPoints.service),
    pointsProblem(at('reviewPoints/product'), settings.reviewPoints.product),
    pointsProblem(at('birthdayPoints'), settings.birthdayPoints),
    pointsProblem(at('referral/referrerPoints'), settings.referral.referrerPoints),
    pointsProblem(at('referral/friendPoints'), settings.referral.friendPoints),
    Number.isInteger(settings.expiry.months) && settings.expiry.months >= 1 && settings.expiry.months <= 120
      ? null
      : { field: at('expiry/months'), message: 'must be between 1 and 120' },
    Number.isInteger(settings.expiry.noticeDays) &&
    settings.expiry.noticeDays >= 0 &&
    settings.expiry.noticeDays <= 365
      ? null
      : { field: at('expiry/noticeDays'), message: 'must be between 0 (no notice) and 365' },
    Number.isInteger(settings.tiers.months) && settings.tiers.months >= 1 && settings.tiers.months <= 60
      ? null
      : { field: at('tiers/months'), message: 'must be between 1 and 60' },
    templateProblem(at('referral/urlTemplate'), settings.referral.urlTemplate),
    templateProblem(at('coupons/applyUrlTemplate'), settings.coupons.applyUrlTemplate),
    settings.coupons.platform === 'custom' && !settings.coupons.applyUrlTemplate
      ? { field: at('coupons/applyUrlTemplate'), message: 'is required when the platform is custom' }
      : null,
    settings.coupons.validDays === null ||
    (Number.isInteger(settings.coupons.validDays) &&
      settings.coupons.validDays >= 1 &&
      settings.coupons.validDays <= 3650)
      ? null
      : { field: at('coupons/validDays'), message: 'must be between 1 and 3650, or null' },
  ];
  return checks.find((problem) => problem !== null) ?? null;
}

function templateProblem(field: string, template: string | null): SettingsProblem | null {
  if (template === null) return null;
  if (!template.includes('{code}')) return { field, message: 'must contain {code}' };
  try {
    const url = new URL(template.replaceAll('{code}', 'CODE').replaceAll('{domain}', 'example.com'));
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
      return { field, message: 'must be an http(s) URL' };
  } catch {
    return { field, message: 'must be an absolute URL' };
  }
  return null;
}

/** Deep-merges a partial update into settings (objects merge, everything else replaces). */
export function mergeSettings(
  current: LoyaltySettings,
  patch: DeepPartial<LoyaltySettings>,
): LoyaltySettings {
  const out: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    const existing = (current as unknown as Record<string, unknown>)[key];
    out[key] =
      value !== null &&
      typeof value === 'object' &&
      !Array.isArray(value) &&
      existing &&
      typeof existing === 'object'
        ? { ...(existing as object), ...(value as object) }
        : value;
  }
  return out as unknown as LoyaltySettings;
}

export type DeepPartial<T> = { [K in keyof T]?: T[K] extends object | null ? Partial<T[K]> : T[K] };

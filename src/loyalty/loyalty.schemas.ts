/** Request and response schemas of the loyalty routes (validation, serialization, OpenAPI). */
import { Type } from 'typebox';
import { StrictObject, StringEnum } from '../platform/http/schemas.js';
import {
  AWARD_EVENTS,
  CART_PLATFORMS,
  EXPIRY_MODES,
  ROUNDINGS,
  SPEND_BASES,
  TIER_BASES,
  TIER_PERIODS,
} from './loyalty-settings.js';

const Points = (description?: string) =>
  Type.Integer({ minimum: 0, ...(description ? { description } : {}) });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);

const settingsShape = {
  enrolment: StrictObject({ onOrder: Type.Boolean(), onSignup: Type.Boolean() }),
  earning: StrictObject({
    points: Points('points awarded per `perAmount` spent'),
    perAmount: Type.Integer({ description: 'minor units, e.g. 100 = 1 zł; must be > 0' }),
    rounding: StringEnum(ROUNDINGS),
    base: StringEnum(SPEND_BASES),
    awardOn: StringEnum(AWARD_EVENTS),
    pendingPoints: Type.Boolean(),
  }),
  signupPoints: Points(),
  newsletterPoints: Points(),
  reviewPoints: StrictObject({ service: Points(), product: Points() }),
  birthdayPoints: Points(),
  referral: StrictObject({
    referrerPoints: Points(),
    friendPoints: Points(),
    urlTemplate: Nullable(Type.String({ maxLength: 500 })),
  }),
  expiry: StrictObject({
    mode: StringEnum(EXPIRY_MODES),
    months: Type.Integer(),
    noticeDays: Type.Integer({ description: '0 sends no points.expiring notice' }),
  }),
  negativeBalance: StringEnum(['allow_negative', 'cap'] as const),
  tiers: StrictObject({
    basis: StringEnum(TIER_BASES),
    period: StringEnum(TIER_PERIODS),
    months: Type.Integer(),
  }),
  coupons: StrictObject({
    platform: StringEnum(CART_PLATFORMS),
    applyUrlTemplate: Nullable(Type.String({ maxLength: 500 })),
    validDays: Nullable(Type.Integer()),
  }),
};

export const SettingsSchema = StrictObject(settingsShape);
const strict = { additionalProperties: false } as const;
export const SettingsPatch = Type.Partial(
  StrictObject({
    ...settingsShape,
    enrolment: Type.Partial(settingsShape.enrolment, strict),
    earning: Type.Partial(settingsShape.earning, strict),
    reviewPoints: Type.Partial(settingsShape.reviewPoints, strict),
    referral: Type.Partial(settingsShape.referral, strict),
    expiry: Type.Partial(settingsShape.expiry, strict),
    tiers: Type.Partial(settingsShape.tiers, strict),
    coupons: Type.Partial(settingsShape.coupons, strict),
  }),
  strict,
);

export const WayToEarnSchema = Type.Object({
  id: Type.String(),
  points: Type.Integer(),
  description: Type.String(),
});

const tierFields = {
  name: Type.String({ minLength: 1, maxLength: 100 }),
  iconUrl: Nullable(Type.String({ format: 'uri', maxLength: 500 })),
  threshold: Type.Integer({ minimum: 0, description: 'points earned or minor units spent in the period' }),
  multiplier: Type.Number({ minimum: 1, maximum: 10, description: 'earning multiplier, e.g. 1.5' }),
  perks: Type.Array(Type.String({ maxLength: 200 }), { maxItems: 20 }),
};
export const TierBody = StrictObject({
  name: tierFields.name,
  threshold: tierFields.threshold,
  iconUrl: Type.Optional(tierFields.iconUrl),
  multiplier: Type.Optional(tierFields.multiplier),
  perks: Type.Optional(tierFields.perks),
});
export const TierPatch = Type.Partial(StrictObject(tierFields), strict);
export const TierSchema = Type.Object({ tierId: Type.String(), ...tierFields });

const REWARD_KINDS = ['amount_off', 'percent_off', 'free_shipping', 'free_product'] as const;
const rewardFields = {
  name: Type.String({ minLength: 1, maxLength: 200 }),
  kind: StringEnum(REWARD_KINDS),
  value: Type.Integer({ minimum: 0, description: 'minor units (amount_off) or percent (percent_off)' }),
  product: Nullable(Type.String({ maxLength: 200 })),
  pointsCost: Type.Integer({ minimum: 1 }),
  minTierId: Nullable(Type.String({ maxLength: 64 })),
  codeSource: StringEnum(['generated', 'pool'] as const),
  couponValidDays: Nullable(Type.Integer({ minimum: 1, maximum: 3650 })),
  active: Type.Boolean(),
};
export const RewardBody = StrictObject({
  name: rewardFields.name,
  kind: rewardFields.kind,
  pointsCost: rewardFields.pointsCost,
  value: Type.Optional(rewardFields.value),
  product: Type.Optional(rewardFields.product),
  minTierId: Type.Optional(rewardFields.minTierId),
  codeSource: Type.Optional(rewardFields.codeSource),
  couponValidDays: Type.Optional(rewardFields.couponValidDays),
  active: Type.Optional(rewardFields.active),
});
export const RewardPatch = Type.Partial(StrictObject(rewardFields), strict);
export const RewardSchema = Type.Object({
  rewardId: Type.String(),
  ...rewardFields,
  availableCodes: Nullable(Type.Integer()),
});
export const CodesBody = StrictObject({
  codes: Type.Array(Type.String({ minLength: 1, maxLength: 64 }), { minItems: 1, maxItems: 10_000 }),
});

const TierSnapshotSchema = Nullable(
  Type.Object({ tierId: Type.String(), name: Type.String(), iconUrl: Nullable(Type.String()) }),
);
export const MemberSchema = Type.Object({
  memberId: Type.String(),
  channelId: Type.String(),
  email: Type.String(),
  customerId: Nullable(Type.String()),
  state: Type.String(),
  balance: Type.Integer(),
  pin: Type.String(),
  referralCode: Type.String(),
  referralUrl: Type.String(),
  tier: TierSnapshotSchema,
  nextExpiry: Nullable(
    Type.Object({ points: Type.Integer(), date: Type.String(), expiresAt: Type.String() }),
  ),
  lastActivityAt: Nullable(Type.String()),
  pendingPoints: Type.Integer(),
  uncollected: Type.Integer(),
  enrolledAt: Nullable(Type.String()),
  createdAt: Type.String(),
});
export const EnrolBody = StrictObject({
  email: Type.String({ format: 'email', maxLength: 254 }),
  customerId: Type.Optional(Type.String({ maxLength: 64 })),
});
export const LedgerEntrySchema = Type.Object({
  entryId: Type.String(),
  kind: Type.String(),
  cause: Type.String(),
  points: Type.Integer(),
  balanceAfter: Type.Integer(),
  idempotencyKey: Type.String(),
  reference: Nullable(Type.String()),
  reason: Nullable(Type.String()),
  actor: Nullable(Type.String()),
  uncollected: Type.Integer(),
  createdAt: Type.String(),
});
export const AdjustmentBody = StrictObject({
  points: Type.Integer({ description: 'positive credits, negative debits; never 0' }),
  reason: Type.String({ minLength: 1, maxLength: 500 }),
  idempotencyKey: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
});
export const CouponSchema = Type.Object({
  couponId: Type.String(),
  rewardId: Type.String(),
  name: Type.String(),
  kind: Type.String(),
  value: Type.Integer(),
  product: Nullable(Type.String()),
  code: Type.String(),
  state: Type.String(),
  pointsSpent: Type.Integer(),
  expiresAt: Nullable(Type.String()),
  usedOrderId: Nullable(Type.String()),
  createdAt: Type.String(),
});
export const LocaleQuery = StrictObject({ locale: Type.Optional(Type.String({ maxLength: 10 })) });

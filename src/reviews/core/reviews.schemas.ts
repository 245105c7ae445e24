import { type TSchema, Type } from 'typebox';
import { StrictObject, StringEnum } from '../../platform/http/schemas.js';
import { MODERATION_REASONS, PUBLISH_MODES } from './moderation-rules.js';
import { LIMITS } from './review-input.js';
import { ADMIN_REVIEW_SORTS, REVIEW_SORTS } from './review-queries.js';
import { MODERATION_ACTIONS } from './reviews.service.js';
import { REVIEW_STATUSES } from './reviews.tables.js';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const Timestamp = Type.String({ format: 'date-time' });
const ReviewTypeSchema = StringEnum(['service', 'product'] as const);

const Product = Type.Object({
  productId: Nullable(Type.String()),
  sku: Nullable(Type.String()),
  gtin: Nullable(Type.String()),
  title: Nullable(Type.String()),
});
const Reply = Type.Object({ text: Type.String(), createdAt: Timestamp, updatedAt: Timestamp });

export const AdminReviewSchema = Type.Object(
  {
    id: Type.String(),
    channelId: Type.String(),
    type: ReviewTypeSchema,
    product: Nullable(Product),
    rating: Type.Integer(),
    title: Nullable(Type.String()),
    text: Nullable(Type.String()),
    displayName: Nullable(Type.String()),
    email: Nullable(Type.String()),
    locale: Nullable(Type.String()),
    verifiedBuyer: Type.Boolean(),
    source: Type.String(),
    invitationId: Nullable(Type.String()),
    orderId: Nullable(Type.String()),
    status: StringEnum(REVIEW_STATUSES),
    moderation: Type.Object({
      reason: Nullable(Type.String()),
      note: Nullable(Type.String()),
      publishAt: Nullable(Timestamp),
    }),
    reply: Nullable(Reply),
    publishedAt: Nullable(Timestamp),
    erasedAt: Nullable(Timestamp),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  },
  { $id: 'AdminReview' },
);

export const PublicReviewSchema = Type.Object(
  {
    id: Type.String(),
    type: ReviewTypeSchema,
    product: Nullable(Product),
    rating: Type.Integer(),
    title: Nullable(Type.String({ description: 'Plain text: escape it before putting it in HTML.' })),
    text: Nullable(Type.String({ description: 'Plain text: escape it before putting it in HTML.' })),
    displayName: Nullable(Type.String()),
    locale: Nullable(Type.String()),
    verifiedBuyer: Type.Boolean({ description: 'Came from an invitation tied to an order.' }),
    reply: Nullable(Reply),
    createdAt: Timestamp,
  },
  { $id: 'PublicReview' },
);

export const SummarySchema = Type.Object(
  {
    average: Type.Number(),
    count: Type.Integer(),
    distribution: Type.Object({
      '1': Type.Integer(),
      '2': Type.Integer(),
      '3': Type.Integer(),
      '4': Type.Integer(),
      '5': Type.Integer(),
    }),
  },
  { $id: 'RatingSummary' },
);

export const SettingsSchema = Type.Object(
  {
    publishMode: StringEnum(PUBLISH_MODES),
    minRating: Type.Integer(),
    delayHours: Type.Integer(),
    filterEnabled: Type.Boolean(),
  },
  { $id: 'ReviewModerationSettings' },
);

export const SettingsBody = StrictObject({
  publishMode: StringEnum(PUBLISH_MODES, {
    description:
      'immediate: publish at once; threshold: publish reviews with ≥ minRating stars at once and the rest automatically after delayHours; manual: every review waits for a moderator',
  }),
  minRating: Type.Optional(Type.Integer({ minimum: 2, maximum: 5 })),
  delayHours: Type.Optional(Type.Integer({ minimum: 1, maximum: 168 })),
  filterEnabled: Type.Optional(Type.Boolean()),
});

export const NewReviewBody = StrictObject({
  channelId: Type.String({ minLength: 1, maxLength: 64 }),
  type: ReviewTypeSchema,
  product: Type.Optional(
    StrictObject({
      productId: Type.Optional(Type.String({ maxLength: LIMITS.productField })),
      sku: Type.Optional(Type.String({ maxLength: LIMITS.productField })),
      gtin: Type.Optional(Type.String({ maxLength: LIMITS.productField })),
      title: Type.Optional(Type.String({ maxLength: LIMITS.productTitle })),
    }),
  ),
  rating: Type.Integer({ minimum: 1, maximum: 5 }),
  title: Type.Optional(Type.String({ maxLength: LIMITS.title })),
  text: Type.Optional(Type.String({ maxLength: LIMITS.text })),
  displayName: Type.Optional(Type.String({ maxLength: LIMITS.displayName })),
  email: Type.Optional(Type.String({ maxLength: LIMITS.email })),
  locale: Type.Optional(Type.String({ maxLength: 35 })),
});

export const ModerationBody = StrictObject({
  action: StringEnum(MODERATION_ACTIONS),
  reason: Type.Optional(StringEnum(MODERATION_REASONS)),
  note: Type.Optional(Type.String({ maxLength: 1000 })),
});

export const BulkModerationBody = StrictObject({
  ids: Type.Array(Type.String({ minLength: 1, maxLength: 64 }), { minItems: 1, maxItems: 100 }),
  action: StringEnum(MODERATION_ACTIONS),
  reason: Type.Optional(StringEnum(MODERATION_REASONS)),
  note: Type.Optional(Type.String({ maxLength: 1000 })),
});

export const ReplyBody = StrictObject({ text: Type.String({ minLength: 1, maxLength: LIMITS.reply }) });

export const ErasureBody = StrictObject({
  email: Type.String({ minLength: 3, maxLength: LIMITS.email }),
  keepText: Type.Optional(
    Type.Boolean({ description: 'Keep the title and text (default false: they are removed too).' }),
  ),
});

export const AuditSchema = Type.Object({
  action: Type.String(),
  actor: Type.Object({ kind: Type.String(), id: Nullable(Type.String()) }),
  from: Nullable(Type.String()),
  to: Nullable(Type.String()),
  reason: Nullable(Type.String()),
  note: Nullable(Type.String()),
  at: Timestamp,
});

const listFilters = {
  rating: Type.Optional(Type.Integer({ minimum: 1, maximum: 5 })),
  locale: Type.Optional(Type.String({ pattern: '^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})?$' })),
  hasText: Type.Optional(Type.Boolean()),
  q: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
  type: Type.Optional(ReviewTypeSchema),
  sort: Type.Optional(
    StringEnum(REVIEW_SORTS, { description: 'newest (default) or rating (highest first)' }),
  ),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
  cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })),
};

export const PublicListQuery = StrictObject({
  ...listFilters,
  product: Type.Optional(Type.String({ minLength: 1, maxLength: LIMITS.productField })),
});

export const ProductListQuery = StrictObject(listFilters);

export const AdminListQuery = StrictObject({
  ...listFilters,
  product: Type.Optional(Type.String({ minLength: 1, maxLength: LIMITS.productField })),
  channelId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
  status: Type.Optional(Type.Array(StringEnum(REVIEW_STATUSES))),
  email: Type.Optional(Type.String({ minLength: 3, maxLength: LIMITS.email })),
  sort: Type.Optional(
    StringEnum(ADMIN_REVIEW_SORTS, {
      description: 'newest (default), oldest, rating (highest first) or lowest (lowest first)',
    }),
  ),
  verified: Type.Optional(Type.Boolean({ description: 'Only verified buyers (true) or only the others' })),
  source: Type.Optional(StringEnum(['invitation', 'api', 'import'] as const)),
  hasReply: Type.Optional(Type.Boolean()),
  from: Type.Optional(Type.String({ format: 'date', description: 'Written on or after this day (UTC)' })),
  to: Type.Optional(Type.String({ format: 'date', description: 'Written on or before this day (UTC)' })),
});

export const reviewPage = <T extends TSchema>(item: T) =>
  Type.Object({ items: Type.Array(item), nextCursor: Nullable(Type.String()) });

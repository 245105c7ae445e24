import { type TSchema, Type } from 'typebox';
import { StrictObject, StringEnum } from '../platform/http/schemas.js';
import { MAX_TAG_LENGTH, MAX_TAGS } from './tag-list.js';

const Timestamp = Type.String({ format: 'date-time' });
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const CONSENT_STATUSES = ['unknown', 'pending', 'subscribed', 'unsubscribed'] as const;
export const CONSENT_SOURCES = ['shop', 'esp', 'questionnaire', 'admin', 'import', 'api', 'widget'] as const;
const SETTABLE_STATUSES = ['pending', 'subscribed', 'unsubscribed'] as const;

export const ChannelParams = StrictObject({ channelId: Type.String({ minLength: 1, maxLength: 64 }) });
export const CustomerParams = StrictObject({
  channelId: Type.String({ minLength: 1, maxLength: 64 }),
  customerId: Type.String({ minLength: 1, maxLength: 64 }),
});

export const CustomerSchema = Type.Object(
  {
    customerId: Type.String(),
    channelId: Type.String(),
    email: Type.String(),
    firstName: Nullable(Type.String()),
    lastName: Nullable(Type.String()),
    phone: Nullable(Type.String()),
    locale: Nullable(Type.String()),
    birthday: Nullable(Type.String({ description: 'YYYY-MM-DD, or --MM-DD without the year' })),
    tags: Type.Array(Type.String()),
    externalIds: Type.Record(Type.String(), Type.String(), {
      description: 'Per platform, e.g. { "shopify": "7012" }',
    }),
    consent: StringEnum(CONSENT_STATUSES),
    registeredAt: Nullable(Timestamp),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  },
  { $id: 'ContactsCustomer' },
);

export const ConsentHistoryEntrySchema = Type.Object(
  {
    id: Type.String(),
    status: StringEnum(CONSENT_STATUSES),
    previous: StringEnum(CONSENT_STATUSES),
    source: StringEnum(CONSENT_SOURCES),
    changedAt: Timestamp,
    recordedAt: Timestamp,
    doubleOptIn: Type.Boolean(),
  },
  { $id: 'ConsentHistoryEntry' },
);

const Tag = Type.String({ minLength: 1, maxLength: MAX_TAG_LENGTH, description: 'Letters, digits, _ - . :' });
const Name = Nullable(Type.String({ maxLength: 200 }));
const customerFields = {
  firstName: Type.Optional(Name),
  lastName: Type.Optional(Name),
  phone: Type.Optional(Nullable(Type.String({ maxLength: 40 }))),
  locale: Type.Optional(Nullable(Type.String({ maxLength: 35, description: 'BCP 47, e.g. pl or pl-PL' }))),
  birthday: Type.Optional(
    Nullable(Type.String({ maxLength: 10, description: 'YYYY-MM-DD, or --MM-DD without the year' })),
  ),
};

export const UpsertCustomerBody = StrictObject({
  email: Type.String({ minLength: 1, maxLength: 254 }),
  ...customerFields,
  tags: Type.Optional(Type.Array(Tag, { maxItems: MAX_TAGS, description: 'Added to the stored tags' })),
  externalId: Type.Optional(
    StrictObject({
      platform: Type.String({ minLength: 1, maxLength: 40 }),
      id: Type.String({ minLength: 1, maxLength: 200 }),
    }),
  ),
  registeredAt: Type.Optional(Nullable(Timestamp)),
  consent: Type.Optional(
    StrictObject({
      status: StringEnum(SETTABLE_STATUSES),
      changedAt: Type.Optional(Timestamp),
      doubleOptIn: Type.Optional(Type.Boolean()),
    }),
  ),
});

export const CustomerPatchBody = Type.Object(
  {
    email: Type.Optional(Type.String({ minLength: 1, maxLength: 254 })),
    ...customerFields,
    tags: Type.Optional(Type.Array(Tag, { maxItems: MAX_TAGS, description: 'Replaces the stored tags' })),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const ConsentBody = StrictObject({
  status: StringEnum(SETTABLE_STATUSES),
  source: Type.Optional(
    StringEnum(['admin', 'api'] as const, {
      description: 'Defaults to admin for a signed-in user, api for an API key',
    }),
  ),
  changedAt: Type.Optional(Timestamp),
  doubleOptIn: Type.Optional(Type.Boolean()),
});

export const ConsentResultSchema = Type.Object({
  applied: Type.Boolean(),
  reason: Type.Optional(StringEnum(['older_than_current', 'protected_opt_in', 'no_change'] as const)),
  status: StringEnum(CONSENT_STATUSES),
  customerId: Type.String(),
});

export const CustomerListQuery = StrictObject({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  cursor: Type.Optional(Type.String({ maxLength: 64 })),
  email: Type.Optional(Type.String({ minLength: 1, maxLength: 254, description: 'Email prefix' })),
  tag: Type.Optional(Tag),
  consent: Type.Optional(StringEnum(CONSENT_STATUSES)),
});

export const CustomerExportSchema = Type.Object({
  exportedAt: Timestamp,
  customer: CustomerSchema,
  consentHistory: Type.Array(ConsentHistoryEntrySchema),
});

export const ContactsSettingsSchema = Type.Object({
  channelId: Type.String(),
  defaultTags: Type.String({ description: 'Comma-separated, without spaces, e.g. vip,newsletter' }),
  updatedAt: Nullable(Timestamp),
});

export const ContactsSettingsBody = StrictObject({
  defaultTags: Type.String({
    maxLength: MAX_TAGS * (MAX_TAG_LENGTH + 1),
    description: 'Comma-separated, without spaces, e.g. vip,newsletter',
  }),
});

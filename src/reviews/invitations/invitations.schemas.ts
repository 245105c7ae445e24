import { Type } from 'typebox';
import { StrictObject, StringEnum } from '../../platform/http/schemas.js';
import { BCC_REASON_CODES } from './bcc/bcc-reasons.js';
import { REJECTED_CSV_CODES } from './csv-import.js';
import {
  COOLDOWN_SCOPES,
  DELIVERIES,
  INVITATION_METHODS,
  INVITATION_STATES,
  TRIGGER_EVENTS,
} from './invitations.types.js';

const INVITATION_TYPES = ['service', 'product', 'both'] as const;
const Timestamp = Type.String({ format: 'date-time' });
const Nullable = <T extends ReturnType<typeof Type.String>>(schema: T) => Type.Union([schema, Type.Null()]);
const Days = (max: number) => Type.Integer({ minimum: 0, maximum: max });

export const ChannelParams = StrictObject({ id: Type.String({ minLength: 1, maxLength: 64 }) });

const Product = Type.Object({
  sku: Nullable(Type.String()),
  gtin: Nullable(Type.String()),
  productId: Nullable(Type.String()),
  title: Type.String(),
  imageUrl: Nullable(Type.String()),
  productUrl: Nullable(Type.String()),
});

export const InvitationSchema = Type.Object({
  id: Type.String(),
  channelId: Type.String(),
  email: Type.String(),
  name: Nullable(Type.String()),
  orderId: Nullable(Type.String()),
  orderNumber: Nullable(Type.String()),
  products: Type.Array(Product),
  locale: Type.String(),
  type: StringEnum(INVITATION_TYPES),
  method: StringEnum(INVITATION_METHODS),
  delivery: StringEnum(DELIVERIES),
  state: StringEnum(INVITATION_STATES),
  stateReason: Nullable(Type.String()),
  link: Type.String({
    description: 'The questionnaire link (a capability: share it only with the customer).',
  }),
  linkExpiresAt: Timestamp,
  scheduledAt: Timestamp,
  sentAt: Nullable(Timestamp),
  remindedAt: Nullable(Timestamp),
  openedAt: Nullable(Timestamp),
  completedAt: Nullable(Timestamp),
  createdAt: Timestamp,
});

export const NewInvitationBody = StrictObject({
  email: Type.String({ minLength: 1, maxLength: 254 }),
  name: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
  orderId: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
  orderNumber: Type.Optional(
    Nullable(Type.String({ maxLength: 100, description: 'What the shopper sees, e.g. #1001' })),
  ),
  products: Type.Optional(
    Type.Array(
      StrictObject({
        title: Type.String({ minLength: 1, maxLength: 300 }),
        sku: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
        gtin: Type.Optional(Nullable(Type.String({ maxLength: 50 }))),
        productId: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
        imageUrl: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
        productUrl: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
      }),
      { maxItems: 50 },
    ),
  ),
  locale: Type.Optional(Nullable(Type.String({ maxLength: 35 }))),
  type: Type.Optional(StringEnum(INVITATION_TYPES)),
  send: Type.Optional(
    StringEnum(['email', 'link'] as const, {
      description:
        '`email` (default): Trustloop sends it (or the ESP, per the channel switch). `link`: only create the link.',
    }),
  ),
  sendAt: Type.Optional(Timestamp),
  method: Type.Optional(StringEnum(['manual', 'api'] as const)),
});

export const CreateResponse = Type.Object({ invitation: InvitationSchema, created: Type.Boolean() });

export const ListQuery = StrictObject({
  channelId: Type.Optional(Type.String({ maxLength: 64 })),
  state: Type.Optional(
    StringEnum([...INVITATION_STATES, 'opened'] as const, {
      description: '`opened`: sent and its questionnaire opened, not answered yet',
    }),
  ),
  method: Type.Optional(
    StringEnum(INVITATION_METHODS, { description: 'How it came to be, e.g. `klaviyo_flow` or `api`' }),
  ),
  email: Type.Optional(Type.String({ maxLength: 254 })),
  limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  cursor: Type.Optional(Type.String({ maxLength: 64 })),
});

const AUTOMATIC_DESCRIPTION =
  'Automatic invitations per order (the trigger event plus the delay). A new channel starts with them off: ' +
  'enable them once the shop’s history is imported. Channels that existed before the switch stay on.';
const WINDOW_DESCRIPTION =
  'An order whose trigger (placed, paid, fulfilled, delivered) lies more than this many days in the past ' +
  'when Trustloop learns of it is history being backfilled and gets no automatic invitation; orders ' +
  'imported by CSV never get one.';

export const SettingsSchema = Type.Object({
  channelId: Type.String(),
  automaticInvitations: Type.Boolean({ description: AUTOMATIC_DESCRIPTION }),
  triggerEvent: StringEnum(TRIGGER_EVENTS),
  triggerWindowDays: Type.Integer({ description: WINDOW_DESCRIPTION }),
  delayDays: Type.Integer(),
  reviewType: StringEnum(INVITATION_TYPES),
  reminderDays: Type.Union([Type.Integer(), Type.Null()]),
  linkValidityDays: Type.Integer(),
  cooldownDays: Type.Integer(),
  cooldownScope: StringEnum(COOLDOWN_SCOPES),
  espSends: Type.Boolean(),
  explicitConsent: Type.Boolean(),
  logoUrl: Nullable(Type.String()),
  senderName: Nullable(Type.String()),
  bccAddress: Type.String({ description: 'BCC your order confirmations here (never in To or Cc).' }),
  updatedAt: Timestamp,
});

export const SettingsPatchBody = StrictObject({
  automaticInvitations: Type.Optional(Type.Boolean({ description: AUTOMATIC_DESCRIPTION })),
  triggerEvent: Type.Optional(StringEnum(TRIGGER_EVENTS)),
  triggerWindowDays: Type.Optional(
    Type.Integer({ minimum: 1, maximum: 365, description: WINDOW_DESCRIPTION }),
  ),
  delayDays: Type.Optional(Days(365)),
  reviewType: Type.Optional(StringEnum(INVITATION_TYPES)),
  reminderDays: Type.Optional(Type.Union([Type.Integer({ minimum: 1, maximum: 90 }), Type.Null()])),
  linkValidityDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 730 })),
  cooldownDays: Type.Optional(Days(730)),
  cooldownScope: Type.Optional(StringEnum(COOLDOWN_SCOPES)),
  espSends: Type.Optional(Type.Boolean()),
  explicitConsent: Type.Optional(Type.Boolean()),
  logoUrl: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
  senderName: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
});

export const LinkKeysSchema = Type.Object({
  encryptKey: Type.String({ description: 'base64, 32 bytes: AES-256-CBC key' }),
  authKey: Type.String({ description: 'base64, 32 bytes: HMAC-SHA256 key' }),
  linkTemplate: Type.String({ description: 'Append the URL-encoded payload to this.' }),
});

export const ImportBody = Type.Union([
  Type.String({ maxLength: 1_000_000, description: 'text/csv' }),
  StrictObject({
    csv: Type.String({ maxLength: 1_000_000 }),
    send: Type.Optional(StringEnum(['email', 'link'] as const)),
  }),
]);

export const ImportReport = Type.Object({
  rows: Type.Integer(),
  created: Type.Integer(),
  duplicates: Type.Integer(),
  invitations: Type.Array(
    Type.Object({ line: Type.Integer(), id: Type.String(), state: Type.String(), created: Type.Boolean() }),
  ),
  rejected: Type.Array(
    Type.Object({
      line: Type.Integer(),
      reason: Type.String({ description: 'The problem in English' }),
      code: Type.Optional(
        StringEnum(REJECTED_CSV_CODES, {
          description: 'The problem as a code to word in any language; absent for a problem without one',
        }),
      ),
    }),
  ),
});

export const BccMessageSchema = Type.Object({
  id: Type.String(),
  status: StringEnum(['scheduled', 'duplicate', 'unparsed'] as const),
  reason: Nullable(Type.String()),
  reasonCode: Type.Union([
    StringEnum(BCC_REASON_CODES, {
      description:
        'Why no invitation was made, as a code: unreadable, no_email, no_order_number, already_invited, or refused (the invitation checks refused the order: `reason` says why)',
    }),
    Type.Null(),
  ]),
  mailFrom: Nullable(Type.String()),
  subject: Nullable(Type.String()),
  recipient: Nullable(Type.String()),
  orderNumber: Nullable(Type.String()),
  invitationId: Nullable(Type.String()),
  sizeBytes: Type.Integer(),
  receivedAt: Timestamp,
});

export const SuppressionSchema = Type.Object({
  email: Type.String(),
  source: Type.String(),
  createdAt: Timestamp,
});
export const SuppressionBody = StrictObject({ email: Type.String({ minLength: 3, maxLength: 254 }) });
export const SuppressionParams = StrictObject({
  id: Type.String({ minLength: 1, maxLength: 64 }),
  email: Type.String({ minLength: 3, maxLength: 254 }),
});

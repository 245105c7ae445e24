import { Type } from 'typebox';
import { StrictObject, StringEnum } from '../platform/http/schemas.js';
import { ROLES, SCOPES } from './scopes.js';

const Email = Type.String({ format: 'email', maxLength: 254 });
const Name = Type.String({ minLength: 1, maxLength: 200 });
const Timestamp = Type.String({ format: 'date-time' });

export const AccountSchema = Type.Object(
  { id: Type.String(), name: Type.String(), createdAt: Timestamp },
  { $id: 'Account' },
);

export const UserSchema = Type.Object(
  {
    id: Type.String(),
    accountId: Type.String(),
    email: Type.String(),
    name: Type.String(),
    role: StringEnum(ROLES),
    mustChangePassword: Type.Boolean(),
    twoFactorEnabled: Type.Boolean({ description: 'Sign-in asks for a TOTP or recovery code' }),
    createdAt: Timestamp,
  },
  { $id: 'User' },
);

export const ChannelSchema = Type.Object(
  {
    id: Type.String(),
    accountId: Type.String(),
    name: Type.String(),
    domain: Type.String(),
    defaultLocale: Type.String(),
    currency: Type.String(),
    timeZone: Type.String(),
    publicId: Type.String({ description: 'Safe to publish: widgets and public URLs use it.' }),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  },
  { $id: 'Channel' },
);

export const ApiKeySchema = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    prefix: Type.String(),
    scopes: Type.Array(Type.String()),
    createdAt: Timestamp,
    lastUsedAt: Type.Union([Timestamp, Type.Null()]),
    revokedAt: Type.Union([Timestamp, Type.Null()]),
  },
  { $id: 'ApiKey' },
);

export const LoginBody = StrictObject({
  email: Email,
  password: Type.String({ minLength: 1, maxLength: 256 }),
  totp: Type.Optional(
    Type.String({ minLength: 1, maxLength: 16, description: 'The 6-digit code, when two-factor is on' }),
  ),
  recoveryCode: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 32,
      description: 'A single-use recovery code instead of the TOTP code',
    }),
  ),
});
export const TotpConfirmBody = StrictObject({ code: Type.String({ minLength: 1, maxLength: 16 }) });
export const TotpDisableBody = StrictObject({ password: Type.String({ minLength: 1, maxLength: 256 }) });
export const PasswordChangeBody = StrictObject({
  currentPassword: Type.String({ minLength: 1, maxLength: 256 }),
  newPassword: Type.String({ minLength: 1, maxLength: 256 }),
});
export const AccountPatch = StrictObject({ name: Name });
export const NewUserBody = StrictObject({
  email: Email,
  name: Name,
  role: StringEnum(['admin', 'viewer'] as const),
  password: Type.Optional(Type.String({ minLength: 1, maxLength: 256 })),
});

const channelFields = {
  name: Name,
  domain: Type.String({
    minLength: 1,
    maxLength: 253,
    description: 'The shop host name, e.g. shop.example.com',
  }),
  defaultLocale: Type.String({ minLength: 2, maxLength: 5, description: 'en, pl, cs, sv or de' }),
  currency: Type.String({ minLength: 3, maxLength: 3, description: 'ISO 4217, e.g. PLN' }),
  timeZone: Type.String({ minLength: 1, maxLength: 64, description: 'IANA, e.g. Europe/Warsaw' }),
};
export const NewChannelBody = StrictObject(channelFields);
export const ChannelPatch = Type.Partial(NewChannelBody, { additionalProperties: false, minProperties: 1 });

export const NewApiKeyBody = StrictObject({
  name: Name,
  scopes: Type.Array(StringEnum(SCOPES), { minItems: 1, uniqueItems: true }),
});

export const PublicChannelSchema = Type.Object({
  publicId: Type.String(),
  name: Type.String(),
  domain: Type.String(),
  defaultLocale: Type.String(),
  currency: Type.String(),
});

import type { Kysely } from 'kysely';
import type { Clock } from '../platform/clock.js';
import type { AccountsTables } from './accounts.tables.js';
import type { Role, Scope } from './scopes.js';

export interface Account {
  id: string;
  name: string;
  createdAt: string;
}

/** A shop or storefront. `publicId` is what widgets and public URLs use. */
export interface Channel {
  id: string;
  accountId: string;
  name: string;
  domain: string;
  defaultLocale: string;
  currency: string;
  timeZone: string;
  publicId: string;
  createdAt: string;
  updatedAt: string;
}

export interface User {
  id: string;
  accountId: string;
  email: string;
  name: string;
  role: Role;
  mustChangePassword: boolean;
  /** Whether sign-in asks for a TOTP code (or a recovery code) after the password. */
  twoFactorEnabled: boolean;
  createdAt: string;
}

export interface ApiKey {
  id: string;
  name: string;
  /** The first characters of the key, so people can tell their keys apart. */
  prefix: string;
  scopes: Scope[];
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** Who is calling: a signed-in user or an API key, always within one account. */
export type Principal =
  | {
      kind: 'user';
      accountId: string;
      userId: string;
      role: Role;
      scopes: readonly Scope[];
      mustChangePassword: boolean;
    }
  | { kind: 'api_key'; accountId: string; apiKeyId: string; scopes: readonly Scope[] };

/** The subset of the secret box the accounts domain needs. */
export interface Sealer {
  seal(plaintext: string, associatedData?: string): string;
  open(sealed: string, associatedData?: string): string;
  needsRotation(sealed: string): boolean;
  rotate(sealed: string, associatedData?: string): string;
}

export interface AccountsDeps {
  db: Kysely<AccountsTables>;
  clock: Clock;
  secrets: Sealer;
  passwordCost: number;
  sessionTtlHours: number;
  /** The key CSRF tokens are derived under (from the master key; see csrf.ts). */
  csrfKey: Buffer;
  /** Sign-in throttle thresholds; the defaults of sign-in-throttle.ts when omitted. */
  signInLimits?: Partial<import('./sign-in-throttle.js').SignInLimits>;
}

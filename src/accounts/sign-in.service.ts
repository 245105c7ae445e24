/**
 * Sign-in: throttle first (no password is checked for a held-back attempt), then the password,
 * then, for a user with two-factor on, a TOTP or recovery code; only then a session. Every
 * attempt that does not end in a session counts as a failure for the throttle, the answer
 * "a code is needed" included, so that answer cannot be used to test passwords unthrottled.
 */
import { hashPassword, randomToken, sha256Hex, verifyPassword } from '../platform/crypto/index.js';
import type { AccountsDeps, User } from './accounts.types.js';
import type { SignInThrottle } from './sign-in-throttle.js';
import type { TwoFactor } from './two-factor.service.js';
import { normaliseEmail, toUser } from './users.service.js';

export interface SignInAttempt {
  email: string;
  password: string;
  totp?: string;
  recoveryCode?: string;
  /** The client's address as the throttle keys it (IPv6: its /64). */
  address: string;
}

export type SignInResult =
  | { ok: true; token: string; user: User }
  | { ok: false; reason: 'wrong_credentials' | 'totp_required' | 'wrong_code' }
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number };

export function createSignIn(
  { db, clock, passwordCost, sessionTtlHours }: AccountsDeps,
  twoFactor: TwoFactor,
  throttle: SignInThrottle,
) {
  // Verified against when the email is unknown, so a miss takes as long as a wrong password.
  let decoyHash: Promise<string> | undefined;

  async function passwordHolder(email: string, password: string) {
    const row = await db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
    if (!row) {
      decoyHash ??= hashPassword(randomToken(16), { cost: passwordCost });
      await verifyPassword(password, await decoyHash);
      return undefined;
    }
    return (await verifyPassword(password, row.password_hash)) ? row : undefined;
  }

  return {
    async signIn(attempt: SignInAttempt): Promise<SignInResult> {
      const email = normaliseEmail(attempt.email);
      const verdict = await throttle.check(attempt.address, email);
      if (verdict.blocked)
        return { ok: false, reason: 'throttled', retryAfterSeconds: verdict.retryAfterSeconds };
      const row = await passwordHolder(email, attempt.password);
      const refuse = async (reason: 'wrong_credentials' | 'totp_required' | 'wrong_code') => {
        await throttle.failed(attempt.address, email);
        return { ok: false as const, reason };
      };
      if (!row) return refuse('wrong_credentials');
      if (row.totp_enabled === 1) {
        if (attempt.totp === undefined && attempt.recoveryCode === undefined) return refuse('totp_required');
        if (!(await twoFactor.passes(row, attempt))) return refuse('wrong_code');
      }
      const token = randomToken(32);
      const now = clock.now();
      await db
        .insertInto('sessions')
        .values({
          token_hash: sha256Hex(token),
          user_id: row.id,
          account_id: row.account_id,
          expires_at: new Date(now.getTime() + sessionTtlHours * 3_600_000).toISOString(),
          created_at: now.toISOString(),
        })
        .execute();
      await throttle.succeeded(attempt.address, email);
      return { ok: true, token, user: toUser(row) };
    },
  };
}

export type SignIn = ReturnType<typeof createSignIn>;

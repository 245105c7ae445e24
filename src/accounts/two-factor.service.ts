/**
 * Optional TOTP two-factor for users (RFC 6238: SHA-1, 6 digits, 30 s, as every authenticator
 * app reads an otpauth:// URI), with single-use recovery codes. The TOTP secret is sealed
 * with the secret box (associated data: the user id) and re-sealed by `trustloop secrets
 * rotate`; recovery codes are stored only as hashes. A code is accepted once: the last
 * accepted time step is kept and a code of that step or an earlier one is refused.
 */
import { randomInt } from 'node:crypto';
import * as OTPAuth from 'otpauth';
import { sha256Hex, verifyPassword } from '../platform/crypto/index.js';
import { AppError } from '../platform/errors.js';
import type { AccountsTables } from './accounts.tables.js';
import type { AccountsDeps } from './accounts.types.js';
import { userRowOf } from './users.service.js';

const ISSUER = 'Trustloop';
const PERIOD_SECONDS = 30;
const RECOVERY_CODES = 10;
// Crockford-like: no 0/o, 1/l/i, so a code copied by hand is read back right.
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

type UserRow = AccountsTables['users'];

const secretAd = (userId: string) => `user-totp:${userId}`;

/** `xxxxx-xxxxx`: 10 characters of a 31-letter alphabet (about 49 bits). */
function newRecoveryCode(): string {
  let code = '';
  for (let i = 0; i < 10; i++) code += RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)];
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

function recoveryHash(userId: string, code: string): string {
  return sha256Hex(`${userId}:${code.toLowerCase().replace(/[^a-z0-9]/g, '')}`);
}

export function createTwoFactor({ db, clock, secrets }: Pick<AccountsDeps, 'db' | 'clock' | 'secrets'>) {
  function totpOf(row: UserRow, base32: string) {
    return new OTPAuth.TOTP({
      issuer: ISSUER,
      label: row.email,
      algorithm: 'SHA1',
      digits: 6,
      period: PERIOD_SECONDS,
      secret: OTPAuth.Secret.fromBase32(base32),
    });
  }

  /** The time step `code` belongs to (the current one or one either side), if it is right. */
  function stepOf(row: UserRow, code: string): number | undefined {
    if (!row.totp_secret) return undefined;
    const token = code.replace(/\s/g, '');
    if (!/^\d{6}$/.test(token)) return undefined;
    const now = clock.now().getTime();
    const totp = totpOf(row, secrets.open(row.totp_secret, secretAd(row.id)));
    const delta = totp.validate({ token, timestamp: now, window: 1 });
    return delta === null ? undefined : Math.floor(now / 1000 / PERIOD_SECONDS) + delta;
  }

  const userRow = (accountId: string, userId: string): Promise<UserRow> => userRowOf(db, accountId, userId);

  /** Marks `step` used unless it (or a later one) already was; true when this call won. */
  async function claimStep(userId: string, step: number): Promise<boolean> {
    const result = await db
      .updateTable('users')
      .set({ totp_last_step: step })
      .where('id', '=', userId)
      .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  return {
    /** Starts (or restarts) enrolment: a new secret, not yet required at sign-in. */
    async start(accountId: string, userId: string): Promise<{ secret: string; otpauthUri: string }> {
      const row = await userRow(accountId, userId);
      if (row.totp_enabled === 1)
        throw new AppError('conflict', 'two-factor sign-in is already on; turn it off first');
      const secret = new OTPAuth.Secret({ size: 20 }).base32;
      await db
        .updateTable('users')
        .set({ totp_secret: secrets.seal(secret, secretAd(userId)), totp_last_step: null })
        .where('id', '=', userId)
        .execute();
      return { secret, otpauthUri: totpOf(row, secret).toString() };
    },

    /** Turns two-factor on with a code from the app; returns the recovery codes, once. */
    async confirm(accountId: string, userId: string, code: string): Promise<string[]> {
      const row = await userRow(accountId, userId);
      if (row.totp_enabled === 1) throw new AppError('conflict', 'two-factor sign-in is already on');
      if (!row.totp_secret) throw new AppError('conflict', 'start enrolment first (POST /api/v1/auth/totp)');
      const step = stepOf(row, code);
      if (step === undefined)
        throw AppError.invalid('/body/code', 'is not the current code of your authenticator app');
      const codes = Array.from({ length: RECOVERY_CODES }, newRecoveryCode);
      await db.transaction().execute(async (trx) => {
        const turned = await trx
          .updateTable('users')
          .set({ totp_enabled: 1, totp_last_step: step, updated_at: clock.now().toISOString() })
          .where('id', '=', userId)
          .where('totp_enabled', '=', 0)
          .executeTakeFirst();
        if (Number(turned.numUpdatedRows) !== 1)
          throw new AppError('conflict', 'two-factor sign-in is already on');
        await trx.deleteFrom('user_recovery_codes').where('user_id', '=', userId).execute();
        await trx
          .insertInto('user_recovery_codes')
          .values(codes.map((c) => ({ user_id: userId, code_hash: recoveryHash(userId, c), used_at: null })))
          .execute();
      });
      return codes;
    },

    /** Turns two-factor off after checking the password; the recovery codes go with it. */
    async disable(accountId: string, userId: string, password: string): Promise<void> {
      const row = await userRow(accountId, userId);
      if (!(await verifyPassword(password, row.password_hash))) {
        throw new AppError('forbidden', 'the password is wrong', {
          details: [{ field: '/body/password', message: 'does not match' }],
        });
      }
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable('users')
          .set({
            totp_secret: null,
            totp_enabled: 0,
            totp_last_step: null,
            updated_at: clock.now().toISOString(),
          })
          .where('id', '=', userId)
          .execute();
        await trx.deleteFrom('user_recovery_codes').where('user_id', '=', userId).execute();
      });
    },

    /** The second factor of a sign-in: a fresh TOTP code, or an unused recovery code (used up). */
    async passes(row: UserRow, proof: { totp?: string; recoveryCode?: string }): Promise<boolean> {
      if (proof.totp !== undefined) {
        const step = stepOf(row, proof.totp);
        if (step !== undefined && (await claimStep(row.id, step))) return true;
      }
      if (proof.recoveryCode !== undefined) {
        const used = await db
          .updateTable('user_recovery_codes')
          .set({ used_at: clock.now().toISOString() })
          .where('user_id', '=', row.id)
          .where('code_hash', '=', recoveryHash(row.id, proof.recoveryCode))
          .where('used_at', 'is', null)
          .executeTakeFirst();
        if (Number(used.numUpdatedRows) === 1) return true;
      }
      return false;
    },

    /** Re-seals every TOTP secret still under an old master key; returns how many. */
    async resealUnderCurrentKey(): Promise<number> {
      const rows = await db
        .selectFrom('users')
        .select(['id', 'totp_secret'])
        .where('totp_secret', 'is not', null)
        .execute();
      let count = 0;
      for (const found of rows) {
        const sealed = found.totp_secret as string;
        if (!secrets.needsRotation(sealed)) continue;
        await db
          .updateTable('users')
          .set({ totp_secret: secrets.rotate(sealed, secretAd(found.id)) })
          .where('id', '=', found.id)
          .execute();
        count++;
      }
      return count;
    },
  };
}

export type TwoFactor = ReturnType<typeof createTwoFactor>;

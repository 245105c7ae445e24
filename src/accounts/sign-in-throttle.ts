/**
 * The sign-in throttle (docs/sign-in.md). Three failure counters in fixed windows, kept in
 * the database so that every API process counts together and tests move the clock:
 *
 * - per address and account: a few guesses at one account from one address, then that pair
 *   waits. It touches no other account and no other address.
 * - per address: a high cap over all accounts, so one address cannot spray every account.
 *   Only that address waits.
 * - per account: guesses from many addresses (a botnet). It counts only failures from
 *   addresses that have never signed in to the account, and it holds back only such
 *   addresses: the owner, signing in from an address they used before, is never locked out
 *   by others, and a shared NAT that never tried an account adds nothing to its counter.
 *
 * Accounts are keyed by the normalised email as typed, so unknown emails are throttled the
 * same way and the throttle does not tell which emails exist.
 */
import { type Kysely, sql } from 'kysely';
import type { Clock } from '../platform/clock.js';
import type { AccountsTables } from './accounts.tables.js';

export interface SignInLimits {
  /** Failures one address may make against one account per window. */
  perAddressAndAccount: number;
  pairWindowMs: number;
  /** Failures one address may make against all accounts per window. */
  perAddress: number;
  addressWindowMs: number;
  /** Failures from unfamiliar addresses one account may take per window. */
  perAccount: number;
  accountWindowMs: number;
  /** How long a successful sign-in keeps an address familiar to the account. */
  familiarForMs: number;
}

const MINUTE = 60_000;
export const DEFAULT_SIGN_IN_LIMITS: SignInLimits = {
  perAddressAndAccount: 5,
  pairWindowMs: 15 * MINUTE,
  perAddress: 100,
  addressWindowMs: 60 * MINUTE,
  perAccount: 20,
  accountWindowMs: 60 * MINUTE,
  familiarForMs: 90 * 24 * 60 * MINUTE,
};

export type ThrottleVerdict = { blocked: false } | { blocked: true; retryAfterSeconds: number };

export function createSignInThrottle(db: Kysely<AccountsTables>, clock: Clock, limits: SignInLimits) {
  const keys = (address: string, email: string) => ({
    pair: `pair|${address}|${email}`,
    address: `addr|${address}`,
    account: `acct|${email}`,
    familiar: `good|${email}|${address}`,
  });

  async function live(keyList: string[]) {
    const now = clock.now().toISOString();
    const rows = await db
      .selectFrom('sign_in_throttle')
      .selectAll()
      .where('key', 'in', keyList)
      .where('window_ends_at', '>', now)
      .execute();
    return new Map(rows.map((row) => [row.key, row]));
  }

  /** One more failure in `key`'s window (a new window when the last one has ended). */
  async function count(key: string, windowMs: number) {
    const now = clock.now();
    const ends = new Date(now.getTime() + windowMs).toISOString();
    const nowIso = now.toISOString();
    const ended = sql<boolean>`sign_in_throttle.window_ends_at <= ${nowIso}`;
    await db
      .insertInto('sign_in_throttle')
      .values({ key, failures: 1, window_ends_at: ends })
      .onConflict((conflict) =>
        conflict.column('key').doUpdateSet({
          failures: sql<number>`case when ${ended} then 1 else sign_in_throttle.failures + 1 end`,
          window_ends_at: sql<string>`case when ${ended} then ${ends} else sign_in_throttle.window_ends_at end`,
        }),
      )
      .execute();
  }

  async function prune(): Promise<void> {
    await db
      .deleteFrom('sign_in_throttle')
      .where('window_ends_at', '<=', clock.now().toISOString())
      .execute();
  }

  return {
    /** Whether a sign-in from `address` to `email` may be tried now (before any password check). */
    async check(address: string, email: string): Promise<ThrottleVerdict> {
      const k = keys(address, email);
      const rows = await live([k.pair, k.address, k.account, k.familiar]);
      const nowMs = clock.now().getTime();
      const over = (key: string, max: number) => {
        const row = rows.get(key);
        return row && row.failures >= max ? new Date(row.window_ends_at).getTime() : undefined;
      };
      const until = [
        over(k.pair, limits.perAddressAndAccount),
        over(k.address, limits.perAddress),
        rows.has(k.familiar) ? undefined : over(k.account, limits.perAccount),
      ].filter((ms): ms is number => ms !== undefined);
      if (until.length === 0) return { blocked: false };
      return {
        blocked: true,
        retryAfterSeconds: Math.max(1, Math.ceil((Math.max(...until) - nowMs) / 1000)),
      };
    },

    /** Records an attempt that did not end in a session. */
    async failed(address: string, email: string): Promise<void> {
      const k = keys(address, email);
      const familiar = (await live([k.familiar])).has(k.familiar);
      await count(k.pair, limits.pairWindowMs);
      await count(k.address, limits.addressWindowMs);
      if (!familiar) await count(k.account, limits.accountWindowMs);
      // Failures are what add rows, so they also sweep the ended ones: the table stays small.
      await prune();
    },

    /** A session was issued: the pair starts afresh and the address becomes familiar. */
    async succeeded(address: string, email: string): Promise<void> {
      const k = keys(address, email);
      const ends = new Date(clock.now().getTime() + limits.familiarForMs).toISOString();
      await db.deleteFrom('sign_in_throttle').where('key', '=', k.pair).execute();
      await db
        .insertInto('sign_in_throttle')
        .values({ key: k.familiar, failures: 0, window_ends_at: ends })
        .onConflict((conflict) => conflict.column('key').doUpdateSet({ window_ends_at: ends }))
        .execute();
    },
  };
}

export type SignInThrottle = ReturnType<typeof createSignInThrottle>;

/**
 * Ledger math, pure: how one operation changes a member's points account. The store loads the
 * account (balance + open lots, oldest first) under a row lock, applies an operation here and
 * writes back exactly what this returns, so every rule about points lives in one tested place.
 *
 * Invariants (property-tested in ledger.property.test.ts):
 * - the sum of the lots' remaining points is `max(0, balance)`;
 * - a debit never makes the balance negative; only a reversal under `allow_negative` can;
 * - lots are consumed first-in first-out and never below zero.
 */

export type NegativeBalancePolicy = 'allow_negative' | 'cap';

export interface Lot {
  id: string;
  remaining: number;
  /** ISO-8601 UTC, or null when the points never expire. */
  expiresAt: string | null;
}

export interface PointsAccount {
  balance: number;
  /** Open lots (remaining > 0), oldest first. */
  lots: readonly Lot[];
}

export type LedgerOperation =
  /** Points earned: settles a negative balance first, the rest becomes a lot. */
  | { type: 'credit'; points: number; lotId: string; expiresAt: string | null }
  /** Points spent on a reward: refused when the balance does not cover them. */
  | { type: 'debit'; points: number }
  /** Points taken back (cancellation, refund, unsubscribe, negative adjustment). */
  | { type: 'reversal'; points: number; policy: NegativeBalancePolicy }
  /** A lot reaching its expiry: what is left of it goes. */
  | { type: 'expire'; lotId: string };

export interface LotChange {
  lotId: string;
  /** Points taken from the lot by this operation (> 0). */
  consumed: number;
  remainingAfter: number;
}

export interface Booking {
  /** Signed change of the balance; the ledger entry's `points`. */
  delta: number;
  balanceAfter: number;
  /** Points a capped reversal could not take back because they were already spent. */
  uncollected: number;
  consumed: LotChange[];
  /** The lot a credit opened, if any of it was left after settling a negative balance. */
  newLot: Lot | null;
  account: PointsAccount;
}

export type BookingResult =
  | ({ ok: true } & Booking)
  | { ok: false; reason: 'insufficient_points' | 'invalid_points' | 'unknown_lot' };

function isPositiveInteger(value: number): boolean {
  return Number.isSafeInteger(value) && value > 0;
}

/** Takes `points` from the lots, oldest first. */
function consumeFifo(lots: readonly Lot[], points: number): { lots: Lot[]; consumed: LotChange[] } {
  let left = points;
  const consumed: LotChange[] = [];
  const out: Lot[] = [];
  for (const lot of lots) {
    if (left > 0 && lot.remaining > 0) {
      const take = Math.min(left, lot.remaining);
      left -= take;
      consumed.push({ lotId: lot.id, consumed: take, remainingAfter: lot.remaining - take });
      if (lot.remaining - take > 0) out.push({ ...lot, remaining: lot.remaining - take });
    } else if (lot.remaining > 0) {
      out.push(lot);
    }
  }
  return { lots: out, consumed };
}

/** Applies one operation to an account. Never mutates its input. */
export function applyOperation(account: PointsAccount, operation: LedgerOperation): BookingResult {
  const { balance } = account;
  switch (operation.type) {
    case 'credit': {
      if (!isPositiveInteger(operation.points)) return { ok: false, reason: 'invalid_points' };
      const settles = balance < 0 ? Math.min(operation.points, -balance) : 0;
      const lotPoints = operation.points - settles;
      const newLot =
        lotPoints > 0 ? { id: operation.lotId, remaining: lotPoints, expiresAt: operation.expiresAt } : null;
      const balanceAfter = balance + operation.points;
      return {
        ok: true,
        delta: operation.points,
        balanceAfter,
        uncollected: 0,
        consumed: [],
        newLot,
        account: { balance: balanceAfter, lots: newLot ? [...account.lots, newLot] : [...account.lots] },
      };
    }
    case 'debit': {
      if (!isPositiveInteger(operation.points)) return { ok: false, reason: 'invalid_points' };
      if (balance < operation.points) return { ok: false, reason: 'insufficient_points' };
      const { lots, consumed } = consumeFifo(account.lots, operation.points);
      const balanceAfter = balance - operation.points;
      return {
        ok: true,
        delta: -operation.points,
        balanceAfter,
        uncollected: 0,
        consumed,
        newLot: null,
        account: { balance: balanceAfter, lots },
      };
    }
    case 'reversal': {
      if (!isPositiveInteger(operation.points)) return { ok: false, reason: 'invalid_points' };
      const taken =
        operation.policy === 'allow_negative'
          ? operation.points
          : Math.min(operation.points, Math.max(0, balance));
      const { lots, consumed } = consumeFifo(account.lots, Math.min(taken, Math.max(0, balance)));
      const balanceAfter = balance - taken;
      return {
        ok: true,
        delta: -taken,
        balanceAfter,
        uncollected: operation.points - taken,
        consumed,
        newLot: null,
        account: { balance: balanceAfter, lots },
      };
    }
    case 'expire': {
      const lot = account.lots.find((candidate) => candidate.id === operation.lotId);
      if (!lot) return { ok: false, reason: 'unknown_lot' };
      const balanceAfter = balance - lot.remaining;
      return {
        ok: true,
        delta: -lot.remaining,
        balanceAfter,
        uncollected: 0,
        consumed: [{ lotId: lot.id, consumed: lot.remaining, remainingAfter: 0 }],
        newLot: null,
        account: { balance: balanceAfter, lots: account.lots.filter((candidate) => candidate !== lot) },
      };
    }
  }
}

/** The next expiry of an account: the earliest expiry instant and how many points go then. */
export function nextExpiry(lots: readonly Lot[]): { points: number; expiresAt: string } | null {
  let earliest: string | null = null;
  let points = 0;
  for (const lot of lots) {
    if (lot.expiresAt === null || lot.remaining <= 0) continue;
    if (earliest === null || lot.expiresAt < earliest) {
      earliest = lot.expiresAt;
      points = lot.remaining;
    } else if (lot.expiresAt === earliest) {
      points += lot.remaining;
    }
  }
  return earliest === null ? null : { points, expiresAt: earliest };
}

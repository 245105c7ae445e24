import { describe, expect, it } from 'vitest';
import { applyOperation, type BookingResult, nextExpiry, type PointsAccount } from './ledger.js';

const empty: PointsAccount = { balance: 0, lots: [] };
const booked = (result: BookingResult) => {
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result;
};
const credit = (account: PointsAccount, points: number, lotId: string, expiresAt: string | null = null) =>
  booked(applyOperation(account, { type: 'credit', points, lotId, expiresAt })).account;

describe('ledger math', () => {
  it('a credit opens a lot with the points and its expiry', () => {
    const result = booked(
      applyOperation(empty, {
        type: 'credit',
        points: 40,
        lotId: 'a',
        expiresAt: '2027-01-01T00:00:00.000Z',
      }),
    );
    expect(result).toMatchObject({ delta: 40, balanceAfter: 40, newLot: { id: 'a', remaining: 40 } });
  });

  it('a debit consumes the oldest lots first', () => {
    const account = credit(credit(credit(empty, 10, 'a'), 20, 'b'), 30, 'c');
    const result = booked(applyOperation(account, { type: 'debit', points: 25 }));
    expect(result.consumed).toEqual([
      { lotId: 'a', consumed: 10, remainingAfter: 0 },
      { lotId: 'b', consumed: 15, remainingAfter: 5 },
    ]);
    expect(result.account.lots.map((lot) => [lot.id, lot.remaining])).toEqual([
      ['b', 5],
      ['c', 30],
    ]);
  });

  it('refuses a debit the balance does not cover, and fractional or negative points', () => {
    const account = credit(empty, 10, 'a');
    expect(applyOperation(account, { type: 'debit', points: 11 })).toEqual({
      ok: false,
      reason: 'insufficient_points',
    });
    expect(applyOperation(account, { type: 'debit', points: 1.5 })).toEqual({
      ok: false,
      reason: 'invalid_points',
    });
    expect(applyOperation(account, { type: 'credit', points: -3, lotId: 'x', expiresAt: null })).toEqual({
      ok: false,
      reason: 'invalid_points',
    });
  });

  it('a reversal of spent points under "cap" stops at zero and records the uncollected rest', () => {
    const account = credit(empty, 30, 'a');
    const result = booked(applyOperation(account, { type: 'reversal', points: 100, policy: 'cap' }));
    expect(result).toMatchObject({ delta: -30, balanceAfter: 0, uncollected: 70 });
  });

  it('a reversal under "allow_negative" goes below zero and the next credit settles the debt first', () => {
    const account = booked(
      applyOperation(credit(empty, 30, 'a'), { type: 'reversal', points: 100, policy: 'allow_negative' }),
    );
    expect(account).toMatchObject({ balanceAfter: -70, uncollected: 0 });
    const next = booked(
      applyOperation(account.account, { type: 'credit', points: 100, lotId: 'b', expiresAt: null }),
    );
    expect(next).toMatchObject({ balanceAfter: 30, newLot: { id: 'b', remaining: 30 } });
  });

  it('expiring a lot takes only what is left of it', () => {
    const account = booked(
      applyOperation(credit(credit(empty, 10, 'a'), 20, 'b'), { type: 'debit', points: 15 }),
    ).account;
    expect(booked(applyOperation(account, { type: 'expire', lotId: 'b' }))).toMatchObject({
      delta: -15,
      balanceAfter: 0,
    });
  });

  it('the next expiry sums every lot that expires at the earliest instant', () => {
    expect(
      nextExpiry([
        { id: 'a', remaining: 5, expiresAt: '2027-02-01T00:00:00.000Z' },
        { id: 'b', remaining: 7, expiresAt: '2027-01-01T00:00:00.000Z' },
        { id: 'c', remaining: 3, expiresAt: '2027-01-01T00:00:00.000Z' },
        { id: 'd', remaining: 9, expiresAt: null },
      ]),
    ).toEqual({ points: 10, expiresAt: '2027-01-01T00:00:00.000Z' });
  });
});

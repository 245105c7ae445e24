import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyOperation, type NegativeBalancePolicy, type PointsAccount } from './ledger.js';

/**
 * A model of the persisted ledger: entries keyed by idempotency key (a unique index), lots
 * consumed through the pure math. Any sequence of causes, delivered any number of times.
 */
type Cause =
  | { type: 'earn'; key: string; points: number }
  | { type: 'redeem'; key: string; points: number }
  | { type: 'reverse'; key: string; points: number }
  | { type: 'expire'; key: string; pick: number };

const cause: fc.Arbitrary<Cause> = fc.oneof(
  fc.record({
    type: fc.constant('earn' as const),
    key: fc.string({ maxLength: 3 }),
    points: fc.integer({ min: 1, max: 500 }),
  }),
  fc.record({
    type: fc.constant('redeem' as const),
    key: fc.string({ maxLength: 3 }),
    points: fc.integer({ min: 1, max: 500 }),
  }),
  fc.record({
    type: fc.constant('reverse' as const),
    key: fc.string({ maxLength: 3 }),
    points: fc.integer({ min: 1, max: 500 }),
  }),
  fc.record({ type: fc.constant('expire' as const), key: fc.string({ maxLength: 3 }), pick: fc.nat() }),
);
// Duplicate deliveries: each cause is delivered 1–3 times.
const deliveries = fc
  .array(fc.tuple(cause, fc.integer({ min: 1, max: 3 })), { maxLength: 60 })
  .map((list) => list.flatMap(([item, times]) => Array.from({ length: times }, () => item)));

function run(sequence: Cause[], policy: NegativeBalancePolicy) {
  let account: PointsAccount = { balance: 0, lots: [] };
  const ledger = new Map<string, number>();
  const consumedPerLot = new Map<string, number>();
  const lotSize = new Map<string, number>();
  let lots = 0;
  for (const item of sequence) {
    const key = `${item.type}:${item.key}`;
    if (ledger.has(key)) continue; // the unique index refuses the second booking
    const operation =
      item.type === 'earn'
        ? ({ type: 'credit', points: item.points, lotId: `lot${lots++}`, expiresAt: null } as const)
        : item.type === 'redeem'
          ? ({ type: 'debit', points: item.points } as const)
          : item.type === 'reverse'
            ? ({ type: 'reversal', points: item.points, policy } as const)
            : account.lots.length > 0
              ? ({ type: 'expire', lotId: account.lots[item.pick % account.lots.length]!.id } as const)
              : null;
    if (!operation) continue;
    const result = applyOperation(account, operation);
    if (!result.ok) continue;
    ledger.set(key, result.delta);
    if (result.newLot) lotSize.set(result.newLot.id, result.newLot.remaining);
    for (const change of result.consumed) {
      consumedPerLot.set(change.lotId, (consumedPerLot.get(change.lotId) ?? 0) + change.consumed);
    }
    account = result.account;
  }
  return { account, ledger, consumedPerLot, lotSize };
}

describe('ledger invariants under any sequence of causes and duplicate deliveries', () => {
  it.each(['cap', 'allow_negative'] as const)(
    'balance = sum(ledger), lots hold max(0, balance), no lot is consumed twice (%s)',
    (policy) => {
      fc.assert(
        fc.property(deliveries, (sequence) => {
          const { account, ledger, consumedPerLot, lotSize } = run(sequence, policy);
          const sum = [...ledger.values()].reduce((a, b) => a + b, 0);
          expect(account.balance).toBe(sum);
          expect(account.lots.reduce((a, lot) => a + lot.remaining, 0)).toBe(Math.max(0, account.balance));
          for (const [lotId, consumed] of consumedPerLot)
            expect(consumed).toBeLessThanOrEqual(lotSize.get(lotId) ?? 0);
          for (const lot of account.lots) expect(lot.remaining).toBeGreaterThan(0);
          if (policy === 'cap') expect(account.balance).toBeGreaterThanOrEqual(0);
        }),
        { numRuns: 300 },
      );
    },
  );

  it('the same idempotency key books once: a redelivered cause changes nothing', () => {
    const causes = fc.array(cause, { maxLength: 60 });
    fc.assert(
      fc.property(causes, fc.array(fc.nat(), { maxLength: 60 }), (sequence, repeats) => {
        const redelivered = sequence.flatMap((item, index) =>
          Array.from({ length: 1 + ((repeats[index] ?? 0) % 3) }, () => item),
        );
        const once = run(sequence, 'cap');
        const many = run(redelivered, 'cap');
        expect(many.account).toEqual(once.account);
        expect([...many.ledger]).toEqual([...once.ledger]);
      }),
      { numRuns: 300 },
    );
  });

  it('debits consume lots first-in first-out', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 10 }),
        fc.nat(),
        (credits, spendSeed) => {
          let account: PointsAccount = { balance: 0, lots: [] };
          credits.forEach((points, index) => {
            const result = applyOperation(account, {
              type: 'credit',
              points,
              lotId: `l${index}`,
              expiresAt: null,
            });
            if (result.ok) account = result.account;
          });
          const spend = 1 + (spendSeed % account.balance);
          const result = applyOperation(account, { type: 'debit', points: spend });
          if (!result.ok) throw new Error('a covered debit was refused');
          // Every consumed lot but the last is emptied, and they are the oldest ones, in order.
          const ids = result.consumed.map((change) => change.lotId);
          expect(ids).toEqual(credits.slice(0, ids.length).map((_, index) => `l${index}`));
          for (const change of result.consumed.slice(0, -1)) expect(change.remainingAfter).toBe(0);
        },
      ),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pointsForSpend, refundReversal } from './earning.js';
import { DEFAULT_SETTINGS, mergeSettings, settingsProblem } from './loyalty-settings.js';

describe('earning rules', () => {
  const rule = { points: 1, perAmount: 100, rounding: 'down' as const };

  it('awards points per currency unit with the configured rounding', () => {
    expect(pointsForSpend(12_399, rule)).toBe(123);
    expect(pointsForSpend(12_350, { ...rule, rounding: 'nearest' })).toBe(124);
    expect(pointsForSpend(12_301, { ...rule, rounding: 'up' })).toBe(124);
    expect(pointsForSpend(0, rule)).toBe(0);
    expect(pointsForSpend(-500, rule)).toBe(0);
  });

  it('applies a tier multiplier in hundredths', () => {
    expect(pointsForSpend(10_000, rule, 150)).toBe(150);
    expect(pointsForSpend(10_099, { points: 3, perAmount: 1000, rounding: 'down' }, 125)).toBe(37);
  });

  it('refuses rules that would award infinite or negative points, naming the field', () => {
    const zero = mergeSettings(DEFAULT_SETTINGS, { earning: { perAmount: 0 } });
    expect(settingsProblem(zero)).toMatchObject({ field: '/body/earning/perAmount' });
    const negative = mergeSettings(DEFAULT_SETTINGS, { earning: { points: -1 } });
    expect(settingsProblem(negative)).toMatchObject({ field: '/body/earning/points' });
    const fractional = mergeSettings(DEFAULT_SETTINGS, { signupPoints: 1.5 });
    expect(settingsProblem(fractional)).toMatchObject({ field: '/body/signupPoints' });
    expect(settingsProblem(DEFAULT_SETTINGS)).toBeNull();
  });

  it('earned points are always whole and never exceed the exact value rounded up', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 100, max: 1000 }),
        (amount, points, perAmount, pct) => {
          const earned = pointsForSpend(amount, { points, perAmount, rounding: 'down' }, pct);
          expect(Number.isInteger(earned)).toBe(true);
          expect(earned).toBeLessThanOrEqual((amount * points * pct) / (perAmount * 100) + 1e-9);
        },
      ),
    );
  });
});

describe('proportional refund reversal', () => {
  it('takes back the refunded share, rounded down, and everything on a full refund', () => {
    expect(
      refundReversal({
        earned: 70,
        alreadyReversed: 0,
        orderTotal: 4000,
        refundedTotal: 2000,
        fullyRefunded: false,
      }),
    ).toBe(35);
    expect(
      refundReversal({
        earned: 70,
        alreadyReversed: 35,
        orderTotal: 4000,
        refundedTotal: 3000,
        fullyRefunded: false,
      }),
    ).toBe(17);
    expect(
      refundReversal({
        earned: 70,
        alreadyReversed: 52,
        orderTotal: 4000,
        refundedTotal: 3000,
        fullyRefunded: true,
      }),
    ).toBe(18);
  });

  it('never reverses more than was earned, whatever order partial refunds arrive in', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.array(fc.integer({ min: 1, max: 200_000 }), { maxLength: 8 }),
        (earned, total, refunds) => {
          let refunded = 0;
          let reversed = 0;
          for (const amount of refunds) {
            refunded = Math.min(total, refunded + amount);
            const take = refundReversal({
              earned,
              alreadyReversed: reversed,
              orderTotal: total,
              refundedTotal: refunded,
              fullyRefunded: refunded >= total,
            });
            expect(take).toBeGreaterThanOrEqual(0);
            reversed += take;
          }
          expect(reversed).toBeLessThanOrEqual(earned);
          if (refunded >= total) expect(reversed).toBe(earned);
        },
      ),
    );
  });
});

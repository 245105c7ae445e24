import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backoffDelayMs, DEFAULT_BACKOFF } from './backoff.js';

const HOUR = 3_600_000;
const unit = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });

describe('backoffDelayMs', () => {
  it('spreads the first retry over the first second', () => {
    expect(backoffDelayMs(1, () => 0)).toBe(0);
    expect(backoffDelayMs(1, () => 0.5)).toBe(500);
    expect(backoffDelayMs(1, () => 0.999)).toBe(999);
  });

  it('doubles the window with each attempt', () => {
    expect(backoffDelayMs(2, () => 0.5)).toBe(1_000);
    expect(backoffDelayMs(3, () => 0.5)).toBe(2_000);
    expect(backoffDelayMs(11, () => 0.5)).toBe(512_000);
  });

  it('never exceeds the one-hour cap, however many attempts', () => {
    expect(backoffDelayMs(13, () => 0.999_999)).toBeLessThan(HOUR);
    expect(backoffDelayMs(5_000, () => 0.999_999)).toBeLessThanOrEqual(HOUR);
    expect(DEFAULT_BACKOFF.capMs).toBe(HOUR);
  });

  it('always lies within [0, cap]', () => {
    fc.assert(
      fc.property(fc.integer({ min: -5, max: 10_000 }), unit, (attempt, r) => {
        const delay = backoffDelayMs(attempt, () => r);
        return Number.isInteger(delay) && delay >= 0 && delay <= HOUR;
      }),
    );
  });

  it('grows (never shrinks) with the attempt number for the same random draw', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), unit, (attempt, r) => {
        return backoffDelayMs(attempt + 1, () => r) >= backoffDelayMs(attempt, () => r);
      }),
    );
  });

  it('has an upper bound that doubles until it reaches the cap', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), (attempt) => {
        const bound = backoffDelayMs(attempt, () => 0.999_999_999) + 1;
        const expected = Math.min(HOUR, 1_000 * 2 ** (attempt - 1));
        return Math.abs(bound - expected) <= expected * 1e-6 + 1;
      }),
    );
  });
});

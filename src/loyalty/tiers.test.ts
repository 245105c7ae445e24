import { describe, expect, it } from 'vitest';
import { decideAtPeriodEnd, decideOnActivity, progressWindow, qualifyingTier } from './tiers.js';

const tiers = [
  { id: 'silver', threshold: 500 },
  { id: 'gold', threshold: 2000 },
];
const later = new Date('2027-01-01T00:00:00Z');

describe('VIP tiers', () => {
  it('qualifies for the highest tier the progress reaches', () => {
    expect(qualifyingTier(tiers, 499)).toBeNull();
    expect(qualifyingTier(tiers, 500)?.id).toBe('silver');
    expect(qualifyingTier(tiers, 5000)?.id).toBe('gold');
  });

  it('upgrades at once but never downgrades on activity', () => {
    expect(decideOnActivity(tiers, 'silver', 2500, later)).toEqual({
      change: true,
      tierId: 'gold',
      direction: 'up',
      holdUntil: later,
    });
    expect(decideOnActivity(tiers, 'gold', 10, later)).toEqual({ change: false });
  });

  it('downgrades only at the end of the period, to what the closed period earned', () => {
    expect(decideAtPeriodEnd(tiers, 'gold', 600, later)).toEqual({
      change: true,
      tierId: 'silver',
      direction: 'down',
      holdUntil: later,
    });
    expect(decideAtPeriodEnd(tiers, 'gold', 2600, later)).toEqual({ change: false });
    expect(decideAtPeriodEnd(tiers, 'silver', 0, later)).toMatchObject({
      change: true,
      tierId: null,
      holdUntil: null,
    });
  });

  it('a calendar period runs from the shop’s local new year to the next', () => {
    const window = progressWindow(
      { period: 'calendar', months: 12 },
      new Date('2026-06-15T12:00:00Z'),
      'Europe/Warsaw',
    );
    expect(window.from.toISOString()).toBe('2025-12-31T23:00:00.000Z');
    expect(window.holdUntil.toISOString()).toBe('2026-12-31T23:00:00.000Z');
  });
});

import { describe, expect, it } from 'vitest';
import { newId } from './ids.js';

describe('newId', () => {
  it('carries the prefix and 26 Crockford base32 characters', () => {
    expect(newId('ord')).toMatch(/^ord_[0-9a-hjkmnp-tv-z]{26}$/);
  });

  it('sorts by the time it was made, across the whole 48-bit range', () => {
    const times = [0, 1, 255, 256, 65_536, 2 ** 32 - 1, 2 ** 32, Date.UTC(2026, 11, 3), 2 ** 48 - 1];
    const ids = times.map((at) => newId('x', at));
    expect([...ids].sort()).toEqual(ids);
  });

  it('never repeats, however many are made in the same millisecond', () => {
    const ids = new Set(Array.from({ length: 5000 }, () => newId('x', 1_700_000_000_000)));
    expect(ids.size).toBe(5000);
  });
});

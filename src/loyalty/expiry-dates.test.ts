import { describe, expect, it } from 'vitest';
import {
  addMonths,
  birthdaysOn,
  expiresOn,
  expiryInstant,
  localDateOf,
  startOfLocalDay,
} from './expiry-dates.js';

describe('expiry dates in the shop’s time zone', () => {
  it('points earned late in the evening count on the shop’s local date, not UTC’s', () => {
    // 23:30 UTC on 31 March is already 1 April in Warsaw (UTC+2 in summer).
    const earned = new Date('2026-03-31T23:30:00Z');
    expect(localDateOf(earned, 'Europe/Warsaw')).toBe('2026-04-01');
    expect(expiryInstant(earned, 12, 'Europe/Warsaw').toISOString()).toBe('2027-04-01T22:00:00.000Z');
    expect(expiresOn(expiryInstant(earned, 12, 'Europe/Warsaw'), 'Europe/Warsaw')).toBe('2027-04-01');
  });

  it('points expiring on a day in New York are usable until local midnight, not 00:00 UTC', () => {
    const expiry = expiryInstant(new Date('2026-01-15T15:00:00Z'), 1, 'America/New_York');
    expect(expiry.toISOString()).toBe('2026-02-16T05:00:00.000Z');
  });

  it('the end of a day across the spring-forward change is one 23-hour day later', () => {
    // Europe/Warsaw moves from UTC+1 to UTC+2 on 29 March 2026.
    expect(startOfLocalDay('2026-03-29', 'Europe/Warsaw').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(startOfLocalDay('2026-03-30', 'Europe/Warsaw').toISOString()).toBe('2026-03-29T22:00:00.000Z');
  });

  it('the end of a day across the autumn change is one 25-hour day later', () => {
    // Europe/Warsaw moves back to UTC+1 on 25 October 2026.
    expect(startOfLocalDay('2026-10-25', 'Europe/Warsaw').toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(startOfLocalDay('2026-10-26', 'Europe/Warsaw').toISOString()).toBe('2026-10-25T23:00:00.000Z');
  });

  it('a day whose midnight does not exist starts at the first instant that does', () => {
    // America/Santiago skipped 00:00–01:00 on 7 September 2025 (UTC−4 → UTC−3).
    expect(startOfLocalDay('2025-09-07', 'America/Santiago').toISOString()).toBe('2025-09-07T04:00:00.000Z');
    expect(localDateOf(new Date('2025-09-07T03:59:59.999Z'), 'America/Santiago')).toBe('2025-09-06');
  });

  it('month arithmetic clamps the 31st to the end of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2026-03-15', -3)).toBe('2025-12-15');
  });

  it('29 February birthdays are celebrated on 28 February in other years', () => {
    expect(birthdaysOn('2027-02-28')).toEqual(['02-28', '02-29']);
    expect(birthdaysOn('2028-02-28')).toEqual(['02-28']);
    expect(birthdaysOn('2028-02-29')).toEqual(['02-29']);
  });
});

import { describe, expect, it } from 'vitest';
import { dueOccurrence, nextOccurrence, validateCron } from './cron.js';

const WARSAW = 'Europe/Warsaw';

function occurrences(cron: string, timeZone: string, from: string, count: number): string[] {
  const out: string[] = [];
  let at = new Date(from);
  for (let i = 0; i < count; i++) {
    at = nextOccurrence(cron, timeZone, at);
    out.push(at.toISOString());
  }
  return out;
}

describe('cron occurrences', () => {
  it('a daily 02:30 Warsaw schedule fires once a day across the spring-forward gap', () => {
    // 2026-03-29 02:00 CET jumps to 03:00 CEST: 02:30 does not exist that day.
    expect(occurrences('30 2 * * *', WARSAW, '2026-03-27T12:00:00Z', 4)).toEqual([
      '2026-03-28T01:30:00.000Z', // 02:30 CET
      '2026-03-29T01:30:00.000Z', // 03:30 CEST, just after the gap
      '2026-03-30T00:30:00.000Z', // 02:30 CEST
      '2026-03-31T00:30:00.000Z',
    ]);
  });

  it('a daily 02:30 Warsaw schedule fires once on the autumn day that has 02:30 twice', () => {
    expect(occurrences('30 2 * * *', WARSAW, '2026-10-24T12:00:00Z', 3)).toEqual([
      '2026-10-25T00:30:00.000Z', // first 02:30 (CEST)
      '2026-10-26T01:30:00.000Z', // 02:30 CET
      '2026-10-27T01:30:00.000Z',
    ]);
  });

  it('the next occurrence is strictly after the given instant', () => {
    expect(nextOccurrence('0 * * * *', 'UTC', new Date('2026-01-01T10:00:00.000Z')).toISOString()).toBe(
      '2026-01-01T11:00:00.000Z',
    );
  });

  it('missed occurrences are coalesced into the latest one and the next lies in the future', () => {
    const { fire, next } = dueOccurrence(
      '0 * * * *',
      'UTC',
      new Date('2026-01-01T10:00:00.000Z'),
      new Date('2026-01-01T13:20:00.000Z'),
    );
    expect(fire.toISOString()).toBe('2026-01-01T13:00:00.000Z');
    expect(next.toISOString()).toBe('2026-01-01T14:00:00.000Z');
  });

  it('a due occurrence with nothing missed fires itself', () => {
    const due = new Date('2026-03-29T01:30:00.000Z');
    const { fire, next } = dueOccurrence('30 2 * * *', WARSAW, due, new Date('2026-03-29T01:30:00.000Z'));
    expect(fire.toISOString()).toBe(due.toISOString());
    expect(next.toISOString()).toBe('2026-03-30T00:30:00.000Z');
  });

  it('rejects unknown time zones and malformed expressions with a readable message', () => {
    expect(() => validateCron('30 2 * * *', 'Mars/Olympus')).toThrow(/time zone "Mars\/Olympus"/);
    expect(() => validateCron('bogus', 'UTC')).toThrow(/invalid cron expression "bogus"/);
    expect(() => validateCron('30 2 * * *', WARSAW)).not.toThrow();
  });
});

/**
 * Calendar math in a channel's IANA time zone, pure and DST-safe. "Points expire on D" means
 * they are usable for the whole of day D in the shop's time zone and gone at the first instant
 * of D + 1 there (never at midnight UTC, which is the evening before in the Americas).
 */

import { zoneFormatter } from '../platform/time-zones.js';

/** A calendar date `YYYY-MM-DD`. */
export type LocalDate = string;

/** The date an instant falls on in `timeZone`. */
export function localDateOf(instant: Date, timeZone: string): LocalDate {
  const parts = zoneFormatter(timeZone, 'date').formatToParts(instant);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

function parse(date: LocalDate): { y: number; m: number; d: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`not a date: ${date}`);
  return { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
}

function format(y: number, m: number, d: number): LocalDate {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** `date` plus `days` calendar days. */
export function addDays(date: LocalDate, days: number): LocalDate {
  const { y, m, d } = parse(date);
  const moved = new Date(Date.UTC(y, m - 1, d + days));
  return format(moved.getUTCFullYear(), moved.getUTCMonth() + 1, moved.getUTCDate());
}

/** `date` plus `months` calendar months; the 31st becomes the last day of a shorter month. */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const { y, m, d } = parse(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return format(year, month, Math.min(d, daysInMonth(year, month)));
}

/**
 * The first instant of `date` in `timeZone`. Where midnight does not exist (a DST gap at
 * 00:00, as in some American zones) it is the first instant that does.
 */
export function startOfLocalDay(date: LocalDate, timeZone: string): Date {
  const { y, m, d } = parse(date);
  // Local dates advance monotonically over the ±15 h around UTC midnight of that date: search.
  let low = Date.UTC(y, m - 1, d) - 15 * 3_600_000;
  let high = Date.UTC(y, m - 1, d) + 15 * 3_600_000;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (localDateOf(new Date(middle), timeZone) >= date) high = middle;
    else low = middle;
  }
  // Whole-minute offsets: round to the minute the search converged within.
  return new Date(Math.ceil(high / 60_000) * 60_000);
}

/** When points earned at `earnedAt` expire after `months`: the end of that day N months later. */
export function expiryInstant(earnedAt: Date, months: number, timeZone: string): Date {
  const lastDay = addMonths(localDateOf(earnedAt, timeZone), months);
  return startOfLocalDay(addDays(lastDay, 1), timeZone);
}

/** The last local day on which points with this expiry instant can still be used. */
export function expiresOn(expiresAt: Date, timeZone: string): LocalDate {
  return localDateOf(new Date(expiresAt.getTime() - 1), timeZone);
}

/** `MM-DD` of a birthday given as `YYYY-MM-DD` or `--MM-DD`; null when it is not a date. */
export function birthdayMonthDay(birthday: string | null | undefined): string | null {
  const match = /^(?:\d{4}|-)-(\d{2})-(\d{2})$/.exec(birthday ?? '');
  if (!match) return null;
  const month = Number(match[1]);
  const day = Number(match[2]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(2024, month)) return null;
  return `${match[1]}-${match[2]}`;
}

/** The birthdays celebrated on `date`: its own, plus 29 February on 28 February of other years. */
export function birthdaysOn(date: LocalDate): string[] {
  const { y, m, d } = parse(date);
  const own = `${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return m === 2 && d === 28 && daysInMonth(y, 2) === 28 ? [own, '02-29'] : [own];
}

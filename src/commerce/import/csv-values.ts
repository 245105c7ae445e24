import { normalizeEmail } from '../../contacts/index.js';
import { currencyDigits, isCurrency } from '../../platform/i18n/index.js';
import { wallClockToInstant } from '../../platform/time-zones.js';
import type { RejectionCode } from './import.types.js';

/** A value in a row that cannot be imported; the runner turns it into a report line. */
export class RowError extends Error {
  constructor(
    readonly code: RejectionCode,
    message: string,
  ) {
    super(message);
    this.name = 'RowError';
  }
}

/** An address as contacts accept it (the same rule), lower-cased. */
export function parseEmail(column: string, text: string): string {
  try {
    return normalizeEmail(text, column);
  } catch {
    throw new RowError('invalid_email', `${column} "${text}" is not a valid email address`);
  }
}

export function parseCurrency(column: string, text: string): string {
  const code = text.trim().toUpperCase();
  if (!isCurrency(code)) {
    throw new RowError('invalid_currency', `${column} "${text}" is not an ISO 4217 currency code`);
  }
  return code;
}

const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;
const COMMA_DECIMAL = /^-?\d+(,\d+)?$/;
// Thousands grouped with dots or spaces before a decimal comma: 1.234,56 or 1 234,56.
const GROUPED_COMMA_DECIMAL = /^-?\d{1,3}([. \u00a0]\d{3})+(,\d+)?$/;

/**
 * A decimal amount as exact integer minor units of `currency` (no floating point on the way).
 * By default `.` is the decimal separator and anything with a comma is refused, because
 * `1,234` could be 1234 or 1.234; `decimalComma` reads `12,50` and `1.234,56` instead.
 *
 * @example parseMoney('total', '12.5', 'PLN', false) // 1250
 */
export function parseMoney(column: string, text: string, currency: string, decimalComma: boolean): number {
  const trimmed = text.trim();
  let normalised: string | undefined;
  if (decimalComma) {
    if (COMMA_DECIMAL.test(trimmed)) normalised = trimmed.replace(',', '.');
    else if (GROUPED_COMMA_DECIMAL.test(trimmed))
      normalised = trimmed.replace(/[. \u00a0]/g, '').replace(',', '.');
    else if (PLAIN_DECIMAL.test(trimmed) && !trimmed.includes('.')) normalised = trimmed;
  } else if (PLAIN_DECIMAL.test(trimmed)) {
    normalised = trimmed;
  }
  if (normalised === undefined) {
    const hint =
      !decimalComma && /^-?[\d.\s]*,\d*$/.test(trimmed)
        ? '; it uses a decimal comma: write it with "." or import with --decimal-comma (format=…&decimalComma=true)'
        : decimalComma
          ? '; expected digits with "," as the decimal separator, e.g. 1234,56'
          : '; expected digits with "." as the decimal separator, e.g. 1234.56';
    throw new RowError('invalid_money', `${column} "${text}" is not an amount${hint}`);
  }
  const digits = currencyDigits(currency);
  const [whole = '0', fraction = ''] = normalised.replace('-', '').split('.');
  const significant = fraction.replace(/0+$/, '');
  if (significant.length > digits) {
    throw new RowError(
      'invalid_money',
      `${column} "${text}" has more decimals than ${currency} allows (${digits})`,
    );
  }
  const minor = Number(whole + significant.padEnd(digits, '0'));
  if (!Number.isSafeInteger(minor)) throw new RowError('invalid_money', `${column} "${text}" is too large`);
  return normalised.startsWith('-') && minor !== 0 ? -minor : minor;
}

/** A money column that must not be negative. */
export function parseAmount(column: string, text: string, currency: string, decimalComma: boolean): number {
  const minor = parseMoney(column, text, currency, decimalComma);
  if (minor < 0) throw new RowError('invalid_money', `${column} "${text}" must not be negative`);
  return minor;
}

export function parseQuantity(column: string, text: string): number {
  const trimmed = text.trim();
  const value = /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
  if (!Number.isSafeInteger(value) || value <= 0) {
    throw new RowError('invalid_quantity', `${column} "${text}" must be a whole number greater than 0`);
  }
  return value;
}

export function parseBoolean(column: string, text: string): boolean {
  const value = text.trim().toLowerCase();
  if (['yes', 'true', '1', 'y', 'subscribed'].includes(value)) return true;
  if (['no', 'false', '0', 'n', 'unsubscribed', 'not_subscribed'].includes(value)) return false;
  throw new RowError('invalid_value', `${column} "${text}" must be yes/no, true/false or 1/0`);
}

// 2024-03-01, 2024-03-01T10:15, 2024-03-01 10:15:00, with an optional Z, +01:00, +0100 or " +0100".
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * An instant as ISO-8601 UTC. Accepts ISO-8601 and Shopify's export form
 * (`2024-03-01 10:15:00 +0100`); a time without an offset is read in `timeZone` (the channel's).
 */
export function parseDate(column: string, text: string, timeZone: string): string {
  const match = DATE_TIME.exec(text.trim());
  const invalid = () =>
    new RowError(
      'invalid_date',
      `${column} "${text}" is not a date; use ISO-8601 (2024-03-01T10:15:00+01:00) or 2024-03-01 10:15:00 +0100`,
    );
  if (!match) throw invalid();
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '', zone] = match;
  const fields = [Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)] as const;
  const wall = Date.UTC(...fields, Number(frac.slice(0, 3).padEnd(3, '0')));
  const check = new Date(wall);
  if (
    check.getUTCFullYear() !== fields[0] ||
    check.getUTCMonth() !== fields[1] ||
    check.getUTCDate() !== fields[2] ||
    fields[3] > 23 ||
    fields[4] > 59 ||
    fields[5] > 59
  ) {
    throw invalid();
  }
  let epoch: number;
  if (zone === undefined) {
    epoch = wallClockToInstant(wall, timeZone);
  } else if (zone.toUpperCase() === 'Z') {
    epoch = wall;
  } else {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    epoch = wall - sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
  }
  return new Date(epoch).toISOString();
}

/** `YYYY-MM-DD`, or `--MM-DD` when the year is unknown (as contacts store birthdays). */
export function parseBirthday(column: string, text: string): string {
  const value = text.trim();
  const match = /^(\d{4}|-)-(\d{2})-(\d{2})$/.exec(value);
  const year = match?.[1] === '-' ? 2000 : Number(match?.[1]);
  const date = match ? new Date(Date.UTC(year, Number(match[2]) - 1, Number(match[3]))) : undefined;
  if (
    !match ||
    !date ||
    date.getUTCMonth() !== Number(match[2]) - 1 ||
    date.getUTCDate() !== Number(match[3])
  ) {
    throw new RowError('invalid_date', `${column} "${text}" is not a date; use YYYY-MM-DD or --MM-DD`);
  }
  return value;
}

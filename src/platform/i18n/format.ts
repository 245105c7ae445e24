import type { Locale } from './locales.js';

export interface MoneyFormatOptions {
  /** How the currency is shown; `'symbol'` by default ("€", "zł", "Kč", "kr"). */
  currencyDisplay?: 'symbol' | 'narrowSymbol' | 'code' | 'name';
  /** Drop ",00" from whole amounts ("10 zł" instead of "10,00 zł"), for prose such as ways to earn. */
  hideZeroFraction?: boolean;
}

const CURRENCIES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

/** An ISO 4217 code (upper case) that `Intl` knows: the one rule every input checks a currency by. */
export function isCurrency(code: string): boolean {
  return CURRENCIES.has(code);
}

/**
 * How many decimal places the minor unit of a currency has, as CLDR (and so `Intl`)
 * defines it: 2 for EUR, PLN, CZK, SEK; 0 for JPY; 3 for KWD. Money is stored as integer
 * minor units by this rule.
 */
const digitsByCurrency = new Map<string, number>();

export function currencyDigits(currency: string): number {
  // Building an Intl.NumberFormat costs tens of microseconds; money formatting is on hot paths.
  let digits = digitsByCurrency.get(currency);
  if (digits === undefined) {
    digits =
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ??
      2;
    digitsByCurrency.set(currency, digits);
  }
  return digits;
}

function minorToDecimal(minorUnits: number | bigint, digits: number): `${number}` {
  if (typeof minorUnits === 'number' && !Number.isSafeInteger(minorUnits)) {
    throw new RangeError(`money must be a whole number of minor units, got ${minorUnits}`);
  }
  const value = BigInt(minorUnits);
  const sign = value < 0n ? '-' : '';
  const digitsText = (value < 0n ? -value : value).toString().padStart(digits + 1, '0');
  const whole = digitsText.slice(0, digitsText.length - digits);
  const fraction = digitsText.slice(digitsText.length - digits);
  // Going through a decimal string keeps large amounts exact (no floating-point division).
  return `${sign}${whole}${digits > 0 ? `.${fraction}` : ''}` as `${number}`;
}

/**
 * Formats an amount held in integer minor units for display in a locale.
 *
 * @example
 * formatMoney(1999, 'EUR', 'de'); // '19,99 €'
 * formatMoney(1000, 'PLN', 'pl', { hideZeroFraction: true }); // '10 zł'
 */
export function formatMoney(
  minorUnits: number | bigint,
  currency: string,
  locale: Locale,
  options: MoneyFormatOptions = {},
): string {
  const code = currency.toUpperCase();
  const digits = currencyDigits(code);
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: code,
    currencyDisplay: options.currencyDisplay ?? 'symbol',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    trailingZeroDisplay: options.hideZeroFraction ? 'stripIfInteger' : 'auto',
  }).format(minorToDecimal(minorUnits, digits));
}

export interface DateFormatOptions {
  dateStyle?: 'full' | 'long' | 'medium' | 'short';
  timeStyle?: 'full' | 'long' | 'medium' | 'short';
}

/**
 * Formats a UTC instant as a date (and, if asked, a time) in the channel's time zone.
 * Defaults to the long date style: "12 March 2026", "12 marca 2026", "12. März 2026".
 *
 * @example
 * formatDate('2026-03-12T23:30:00Z', 'Europe/Warsaw', 'pl'); // '13 marca 2026'
 */
export function formatDate(
  iso: string | Date,
  timeZone: string,
  locale: Locale,
  options: DateFormatOptions = { dateStyle: 'long' },
): string {
  const date = iso instanceof Date ? iso : new Date(iso);
  if (Number.isNaN(date.getTime())) throw new RangeError(`not a valid date: ${String(iso)}`);
  return new Intl.DateTimeFormat(locale, { ...options, timeZone }).format(date);
}

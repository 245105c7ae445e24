import { AppError } from '../platform/errors.js';
import { currencyDigits } from '../platform/i18n/index.js';

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;
function digitsOf(currency: string): number | null {
  try {
    return currencyDigits(currency);
  } catch {
    return null; // not a well-formed currency code
  }
}

/**
 * An exact decimal amount (`"199.99"`, `"-24.95"`, `"5"`) in integer minor units of
 * `currency`, without floating-point arithmetic. Fractions finer than the currency's minor
 * unit must be zeros (`"1.230"` is fine for PLN, `"1.234"` is not); `null` means not a decimal.
 *
 * @example
 * toMinorUnits('199.99', 'PLN'); // 19999
 * toMinorUnits('1500', 'JPY');   // 1500
 */
export function toMinorUnits(decimal: string, currency: string): number | null {
  const match = DECIMAL.exec(decimal.trim());
  if (!match) return null;
  const [, sign, whole, fraction = ''] = match;
  const digits = digitsOf(currency);
  if (digits === null) return null;
  if (/[^0]/.test(fraction.slice(digits))) return null;
  const minor = BigInt(`${whole}${fraction.slice(0, digits).padEnd(digits, '0')}`);
  const value = Number(sign === '-' ? -minor : minor);
  return Number.isSafeInteger(value) ? value : null;
}

/** `toMinorUnits` for input parsing: a malformed amount is a 400 naming `field`. */
export function parseMoney(value: unknown, currency: string, field: string): number {
  const text = typeof value === 'number' ? String(value) : value;
  const minor = typeof text === 'string' ? toMinorUnits(text, currency) : null;
  if (minor === null) {
    throw AppError.invalid(field, `${JSON.stringify(value)} is not an amount in ${currency}`);
  }
  return minor;
}

/** Minor units as plain decimal text with the currency code, for messages: `describeMoney(5998, 'PLN')` → `"59.98 PLN"`. */
export function describeMoney(minor: number, currency: string): string {
  const digits = digitsOf(currency) ?? 2;
  const sign = minor < 0 ? '-' : '';
  const text = String(Math.abs(minor)).padStart(digits + 1, '0');
  const whole = text.slice(0, text.length - digits);
  return `${sign}${whole}${digits > 0 ? `.${text.slice(text.length - digits)}` : ''} ${currency}`;
}

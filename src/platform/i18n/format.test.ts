import { describe, expect, it } from 'vitest';
import { currencyDigits, formatDate, formatMoney } from './format.js';

// Intl separates with no-break spaces (U+00A0, U+202F); compare with plain ones.
const plain = (text: string) => text.replace(/\s/g, ' ');

describe('formatMoney', () => {
  it.each<[number | bigint, string, 'en' | 'pl' | 'cs' | 'sv' | 'de', string]>([
    [1999, 'EUR', 'de', '19,99 €'],
    [1999, 'EUR', 'en', '€19.99'],
    [123456, 'PLN', 'pl', '1234,56 zł'],
    [1234567, 'PLN', 'pl', '12 345,67 zł'],
    [19900, 'CZK', 'cs', '199,00 Kč'],
    [4950, 'SEK', 'sv', '49,50 kr'],
    [-250, 'USD', 'en', '-$2.50'],
    [5, 'eur', 'de', '0,05 €'],
    [1500, 'JPY', 'en', '¥1,500'],
    [1234, 'KWD', 'en', 'KWD 1.234'],
    [900719925474099312n, 'EUR', 'en', '€9,007,199,254,740,993.12'],
  ])('formats %s minor units of %s in %s as %s', (minor, currency, locale, text) => {
    expect(plain(formatMoney(minor, currency, locale))).toBe(text);
  });

  it('can leave out a zero fraction for prose', () => {
    expect(plain(formatMoney(1000, 'PLN', 'pl', { hideZeroFraction: true }))).toBe('10 zł');
    expect(plain(formatMoney(1050, 'PLN', 'pl', { hideZeroFraction: true }))).toBe('10,50 zł');
  });

  it('refuses amounts that are not whole minor units', () => {
    expect(() => formatMoney(10.5, 'EUR', 'en')).toThrow(RangeError);
  });

  it('knows each currency’s minor unit', () => {
    expect([currencyDigits('EUR'), currencyDigits('JPY'), currencyDigits('KWD')]).toEqual([2, 0, 3]);
  });
});

describe('formatDate', () => {
  it.each<['en' | 'pl' | 'cs' | 'sv' | 'de', string]>([
    ['en', 'March 12, 2026'],
    ['pl', '12 marca 2026'],
    ['cs', '12. března 2026'],
    ['sv', '12 mars 2026'],
    ['de', '12. März 2026'],
  ])('writes a long date in %s as %s', (locale, text) => {
    expect(plain(formatDate('2026-03-12T10:00:00Z', 'Europe/London', locale))).toBe(text);
  });

  it('renders the instant in the channel’s time zone', () => {
    expect(plain(formatDate('2026-03-12T23:30:00Z', 'Europe/Warsaw', 'pl'))).toBe('13 marca 2026');
    expect(plain(formatDate('2026-03-12T23:30:00Z', 'America/New_York', 'en'))).toBe('March 12, 2026');
  });

  it('can include the time', () => {
    expect(
      plain(
        formatDate(new Date('2026-03-12T10:05:00Z'), 'Europe/Stockholm', 'sv', {
          dateStyle: 'short',
          timeStyle: 'short',
        }),
      ),
    ).toBe('2026-03-12 11:05');
  });

  it('refuses an invalid date', () => {
    expect(() => formatDate('not a date', 'UTC', 'en')).toThrow(RangeError);
  });
});

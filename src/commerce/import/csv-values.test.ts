import { describe, expect, it } from 'vitest';
import {
  parseBirthday,
  parseBoolean,
  parseDate,
  parseEmail,
  parseMoney,
  parseQuantity,
  RowError,
} from './csv-values.js';

function rejection(read: () => unknown): { code: string; message: string } {
  try {
    read();
  } catch (error) {
    if (error instanceof RowError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected a RowError');
}

describe('money in CSV cells', () => {
  it('becomes exact minor units by the currency’s digits', () => {
    expect(parseMoney('total', '12.5', 'PLN', false)).toBe(1250);
    expect(parseMoney('total', '0.10', 'EUR', false)).toBe(10);
    expect(parseMoney('total', '1999', 'JPY', false)).toBe(1999);
    expect(parseMoney('total', '1.250', 'KWD', false)).toBe(1250);
    expect(parseMoney('total', '19.990', 'EUR', false)).toBe(1999);
    expect(parseMoney('total', '-3.20', 'EUR', false)).toBe(-320);
  });

  it('refuses a decimal comma unless the file is read with one, and says how to fix it', () => {
    const refused = rejection(() => parseMoney('total', '1.234,56', 'PLN', false));
    expect(refused.code).toBe('invalid_money');
    expect(refused.message).toContain('--decimal-comma');
    expect(rejection(() => parseMoney('total', '12,50', 'PLN', false)).message).toContain('decimal comma');
    expect(parseMoney('total', '1.234,56', 'PLN', true)).toBe(123456);
    expect(parseMoney('total', '12,5', 'PLN', true)).toBe(1250);
    expect(parseMoney('total', '1 234,56', 'PLN', true)).toBe(123456);
  });

  it('refuses more decimals than the currency has, and text that is no number', () => {
    expect(rejection(() => parseMoney('total', '1.005', 'EUR', false)).message).toContain('more decimals');
    expect(rejection(() => parseMoney('total', '10.5', 'JPY', false)).code).toBe('invalid_money');
    expect(rejection(() => parseMoney('total', 'ten', 'EUR', false)).code).toBe('invalid_money');
    expect(rejection(() => parseMoney('total', '1,234.56', 'EUR', false)).code).toBe('invalid_money');
  });
});

describe('dates in CSV cells', () => {
  it('reads ISO-8601 and Shopify’s export form as UTC instants', () => {
    expect(parseDate('placed_at', '2024-03-01T10:15:00Z', 'Europe/Warsaw')).toBe('2024-03-01T10:15:00.000Z');
    expect(parseDate('placed_at', '2024-03-01T10:15:00+01:00', 'UTC')).toBe('2024-03-01T09:15:00.000Z');
    expect(parseDate('Created at', '2024-03-01 10:15:00 +0100', 'UTC')).toBe('2024-03-01T09:15:00.000Z');
    expect(parseDate('Created at', '2024-07-01 10:15:00 -0400', 'UTC')).toBe('2024-07-01T14:15:00.000Z');
  });

  it('reads a time without an offset in the channel’s time zone, summer and winter', () => {
    expect(parseDate('placed_at', '2024-01-15 12:00', 'Europe/Warsaw')).toBe('2024-01-15T11:00:00.000Z');
    expect(parseDate('placed_at', '2024-07-15 12:00:00', 'Europe/Warsaw')).toBe('2024-07-15T10:00:00.000Z');
    expect(parseDate('placed_at', '2024-07-15', 'Europe/Warsaw')).toBe('2024-07-14T22:00:00.000Z');
  });

  it('refuses impossible and foreign dates', () => {
    expect(rejection(() => parseDate('placed_at', '2024-02-30', 'UTC')).code).toBe('invalid_date');
    expect(rejection(() => parseDate('placed_at', '01/03/2024', 'UTC')).code).toBe('invalid_date');
    expect(rejection(() => parseDate('placed_at', '2024-03-01 25:00', 'UTC')).code).toBe('invalid_date');
  });
});

describe('other CSV cells', () => {
  it('emails are lower-cased and must look like addresses', () => {
    expect(parseEmail('email', ' Ala@Example.PL ')).toBe('ala@example.pl');
    expect(rejection(() => parseEmail('email', 'ala@')).code).toBe('invalid_email');
    expect(rejection(() => parseEmail('email', 'ala kot@example.pl')).code).toBe('invalid_email');
  });

  it('quantities are whole numbers above zero', () => {
    expect(parseQuantity('quantity', '3')).toBe(3);
    for (const bad of ['0', '-1', '1.5', 'x']) {
      expect(rejection(() => parseQuantity('quantity', bad)).code).toBe('invalid_quantity');
    }
  });

  it('flags accept yes/no, true/false and 1/0', () => {
    expect(['yes', 'TRUE', '1'].map((v) => parseBoolean('accepts_marketing', v))).toEqual([true, true, true]);
    expect(['no', 'false', '0'].map((v) => parseBoolean('accepts_marketing', v))).toEqual([
      false,
      false,
      false,
    ]);
    expect(rejection(() => parseBoolean('accepts_marketing', 'maybe')).code).toBe('invalid_value');
  });

  it('birthdays are dates with or without a year', () => {
    expect(parseBirthday('birthday', '1990-05-17')).toBe('1990-05-17');
    expect(parseBirthday('birthday', '--02-29')).toBe('--02-29');
    expect(rejection(() => parseBirthday('birthday', '1990-02-30')).code).toBe('invalid_date');
  });
});

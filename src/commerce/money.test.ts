import { describe, expect, it } from 'vitest';
import { describeMoney, parseMoney, toMinorUnits } from './money.js';

describe('toMinorUnits', () => {
  it('converts a two-decimal amount exactly, where floating point would not', () => {
    expect(toMinorUnits('199.99', 'PLN')).toBe(19999);
    expect(toMinorUnits('0.29', 'EUR')).toBe(29);
    expect(toMinorUnits('1.005', 'USD')).toBeNull();
  });

  it('pads missing decimals and accepts whole amounts', () => {
    expect(toMinorUnits('5', 'PLN')).toBe(500);
    expect(toMinorUnits('5.5', 'PLN')).toBe(550);
  });

  it('accepts trailing zeros beyond the minor unit and refuses real sub-unit fractions', () => {
    expect(toMinorUnits('24.950000', 'PLN')).toBe(2495);
    expect(toMinorUnits('24.951', 'PLN')).toBeNull();
  });

  it('knows currencies without a minor unit and with three decimals', () => {
    expect(toMinorUnits('1500', 'JPY')).toBe(1500);
    expect(toMinorUnits('1500.5', 'JPY')).toBeNull();
    expect(toMinorUnits('1.234', 'KWD')).toBe(1234);
  });

  it('keeps the sign of negative amounts (WooCommerce refund totals)', () => {
    expect(toMinorUnits('-24.95', 'EUR')).toBe(-2495);
  });

  it('refuses text that is not a plain decimal', () => {
    for (const bad of ['', 'abc', '1,50', '1e3', '.5', '1.', '12.3.4', 'NaN']) {
      expect(toMinorUnits(bad, 'PLN'), bad).toBeNull();
    }
  });

  it('refuses amounts beyond exact integer range', () => {
    expect(toMinorUnits('999999999999999999999', 'PLN')).toBeNull();
  });
});

describe('parseMoney', () => {
  it('names the offending field when the amount is malformed', () => {
    expect(() => parseMoney('12,50', 'PLN', '/body/total_price')).toThrow(/\/body\/total_price/);
  });

  it('reads numbers through their decimal text (WooCommerce sends some prices as numbers)', () => {
    expect(parseMoney(24.95, 'EUR', '/price')).toBe(2495);
  });
});

describe('describeMoney', () => {
  it('writes minor units back as exact decimal text with the currency', () => {
    expect(describeMoney(5998, 'PLN')).toBe('59.98 PLN');
    expect(describeMoney(5, 'EUR')).toBe('0.05 EUR');
    expect(describeMoney(1500, 'JPY')).toBe('1500 JPY');
    expect(describeMoney(-2495, 'EUR')).toBe('-24.95 EUR');
  });
});

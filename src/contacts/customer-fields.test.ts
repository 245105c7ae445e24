import { describe, expect, it } from 'vitest';
import { AppError } from '../platform/errors.js';
import {
  normalizeBirthday,
  normalizeConsent,
  normalizeCustomerInput,
  normalizeEmail,
  normalizeLocale,
  normalizeTimestamp,
} from './customer-fields.js';

const NOW = new Date('2026-01-01T00:00:00Z');

function fieldOf(work: () => unknown): string | undefined {
  try {
    work();
  } catch (error) {
    if (error instanceof AppError && error.code === 'validation_failed') return error.details?.[0]?.field;
    throw error;
  }
  throw new Error('expected a validation error');
}

describe('customer field rules', () => {
  it('lower-cases and trims an email', () => {
    expect(normalizeEmail('  Ala.Nowak@Example.PL ')).toBe('ala.nowak@example.pl');
  });

  it('refuses what is not an email address, naming the field', () => {
    for (const bad of [
      'ala',
      'ala@',
      '@example.com',
      'ala@example',
      'a la@example.com',
      'ala@@example.com',
    ]) {
      expect(
        fieldOf(() => normalizeEmail(bad)),
        bad,
      ).toBe('email');
    }
  });

  it('accepts loose language tags and writes them canonically', () => {
    expect(normalizeLocale('pl')).toBe('pl');
    expect(normalizeLocale('pl_pl')).toBe('pl-PL');
    expect(normalizeLocale('zh-hant-tw')).toBe('zh-Hant-TW');
    expect(normalizeLocale('es-419')).toBe('es-419');
  });

  it('refuses a locale that is not a language tag', () => {
    for (const bad of ['polish', 'p', 'pl-', '12', 'pl PL']) {
      expect(
        fieldOf(() => normalizeLocale(bad)),
        bad,
      ).toBe('locale');
    }
  });

  it('accepts a birthday as YYYY-MM-DD or --MM-DD, leap days included', () => {
    expect(normalizeBirthday('1990-05-17')).toBe('1990-05-17');
    expect(normalizeBirthday('--05-17')).toBe('--05-17');
    expect(normalizeBirthday('2000-02-29')).toBe('2000-02-29');
    expect(normalizeBirthday('--02-29')).toBe('--02-29');
  });

  it('refuses a birthday that is not a calendar day or not in the agreed format', () => {
    for (const bad of [
      '1990-02-30',
      '2001-02-29',
      '--13-01',
      '17.05.1990',
      '1990-5-17',
      '05-17',
      '1800-01-01',
    ]) {
      expect(
        fieldOf(() => normalizeBirthday(bad)),
        bad,
      ).toBe('birthday');
    }
  });

  it('reads a date-time with a zone as UTC and refuses one without', () => {
    expect(normalizeTimestamp('2025-03-02T10:16:00+01:00', 'at')).toBe('2025-03-02T09:16:00.000Z');
    expect(fieldOf(() => normalizeTimestamp('2025-03-02 10:16', 'at'))).toBe('at');
  });

  it('trims the phone and clears blank names', () => {
    const input = normalizeCustomerInput(
      { accountId: 'acc', channelId: 'ch', email: 'A@B.CO', phone: ' +48 600 100 200 ', firstName: '  ' },
      NOW,
    );
    expect(input).toEqual({
      accountId: 'acc',
      channelId: 'ch',
      email: 'a@b.co',
      phone: '+48 600 100 200',
      firstName: null,
    });
  });

  it('names the index of a bad tag in the input', () => {
    const input = { accountId: 'acc', channelId: 'ch', email: 'a@b.co', tags: ['vip', 'new one'] };
    expect(fieldOf(() => normalizeCustomerInput(input, NOW))).toBe('tags/1');
  });

  it('names the consent time when it is not a date-time', () => {
    const input = {
      accountId: 'acc',
      channelId: 'ch',
      email: 'a@b.co',
      consent: { status: 'subscribed' as const, source: 'esp' as const, changedAt: 'yesterday' },
    };
    expect(fieldOf(() => normalizeCustomerInput(input, NOW))).toBe('consent/changedAt');
  });

  it('refuses a consent time more than five minutes ahead of the clock, and accepts one within', () => {
    const consent = (changedAt: string) => ({
      status: 'subscribed' as const,
      source: 'esp' as const,
      changedAt,
    });
    expect(normalizeConsent(consent('2026-01-01T00:05:00Z'), NOW).changedAt).toBe('2026-01-01T00:05:00.000Z');
    expect(fieldOf(() => normalizeConsent(consent('2026-01-01T00:05:01Z'), NOW))).toBe('consent/changedAt');
    expect(fieldOf(() => normalizeConsent(consent('2026-01-01T00:05:01Z'), NOW, ''))).toBe('changedAt');
  });
});

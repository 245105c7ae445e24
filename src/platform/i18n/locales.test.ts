import { describe, expect, it } from 'vitest';
import { fromAcceptLanguage, isLocale, resolveLocale } from './locales.js';

describe('resolveLocale', () => {
  it.each<[(string | null | undefined)[], string]>([
    [['pl'], 'pl'],
    [['pl-PL'], 'pl'],
    [['sv_SE'], 'sv'],
    [['DE-at'], 'de'],
    [['  cs-CZ '], 'cs'],
    [['cz'], 'cs'],
    [['fr-FR', 'de'], 'de'],
    [[null, undefined, '', 'sv'], 'sv'],
    [['fr', 'es'], 'en'],
    [[], 'en'],
    [['english'], 'en'],
    [['plx'], 'en'],
  ])('resolves %j to %s', (candidates, locale) => {
    expect(resolveLocale(...candidates)).toBe(locale);
  });
});

describe('fromAcceptLanguage', () => {
  it.each<[string | null | undefined, string | undefined]>([
    ['pl-PL,pl;q=0.9,en-US;q=0.8,en;q=0.7', 'pl'],
    ['fr-CH, fr;q=0.9, de;q=0.7, pl;q=0.8', 'pl'],
    ['en;q=0.5, sv;q=0.6', 'sv'],
    ['de, cs', 'de'],
    ['cs;q=0, de;q=0.1', 'de'],
    ['fr, es;q=0.5', undefined],
    ['*', undefined],
    ['', undefined],
    [null, undefined],
    ['pl;q=abc, de;q=0.2', 'de'],
  ])('reads %j as %s', (header, locale) => {
    expect(fromAcceptLanguage(header)).toBe(locale);
  });

  it('falls back to the next candidate through resolveLocale', () => {
    expect(resolveLocale(undefined, fromAcceptLanguage('fr-FR'), 'cs')).toBe('cs');
  });
});

describe('isLocale', () => {
  it('accepts only the exact supported codes', () => {
    expect(isLocale('sv')).toBe(true);
    expect(isLocale('sv-SE')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });
});

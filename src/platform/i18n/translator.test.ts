import { describe, expect, it } from 'vitest';
import { createTranslator, isMessageKey, t } from './index.js';

describe('t', () => {
  it.each([
    [1, '1 punkt'],
    [2, '2 punkty'],
    [4, '4 punkty'],
    [5, '5 punktów'],
    [12, '12 punktów'],
    [22, '22 punkty'],
    [0, '0 punktów'],
  ])('says %i points in Polish as "%s"', (count, text) => {
    expect(t('pl', 'common.points', { count })).toBe(text);
  });

  it.each([
    [1, '1 bod'],
    [2, '2 body'],
    [4, '4 body'],
    [5, '5 bodů'],
    [0, '0 bodů'],
  ])('says %i points in Czech as "%s"', (count, text) => {
    expect(t('cs', 'common.points', { count })).toBe(text);
  });

  it('says points in English, Swedish and German', () => {
    expect([t('en', 'common.points', { count: 1 }), t('en', 'common.points', { count: 2 })]).toEqual([
      '1 point',
      '2 points',
    ]);
    expect([t('sv', 'common.points', { count: 1 }), t('sv', 'common.points', { count: 2 })]).toEqual([
      '1 poäng',
      '2 poäng',
    ]);
    expect([t('de', 'common.points', { count: 1 }), t('de', 'common.points', { count: 2 })]).toEqual([
      '1 Punkt',
      '2 Punkte',
    ]);
  });

  it('fills in arguments', () => {
    expect(t('en', 'invitation.email.subject', { shop: 'Acme' })).toBe('How was your order from Acme?');
    expect(t('pl', 'hub.next_reward', { missing: 3, reward: 'Rabat 10 zł' })).toBe(
      'Jeszcze 3 punkty do nagrody: Rabat 10 zł',
    );
  });

  it('groups large numbers the local way', () => {
    expect(t('en', 'common.points', { count: 12500 })).toBe('12,500 points');
    expect(t('de', 'common.points', { count: 12500 })).toBe('12.500 Punkte');
  });

  it('throws when a message argument is missing rather than sending a broken text', () => {
    expect(() => t('en', 'invitation.email.subject')).toThrow(/shop/);
  });

  it('rejects unknown keys at compile time and at run time', () => {
    // @ts-expect-error — not a key of the catalogue
    expect(() => t('en', 'invitation.email.subjct')).toThrow(/unknown message key/);
  });

  it('tells message keys from other strings', () => {
    expect(isMessageKey('hub.redeem')).toBe(true);
    expect(isMessageKey('hub.nope')).toBe(false);
    expect(isMessageKey('toString')).toBe(false);
  });
});

describe('createTranslator', () => {
  const messages = { greeting: 'Hello {name}' };
  const translator = createTranslator({
    en: messages,
    pl: { greeting: 'Cześć {name}' },
    cs: { greeting: 'Ahoj {name}' },
    sv: { greeting: 'Hej {name}' },
    de: { greeting: 'Hallo {name}' },
  });

  it('translates from its own catalogues and keeps giving the same result from its cache', () => {
    expect(translator.t('sv', 'greeting', { name: 'Anna' })).toBe('Hej Anna');
    expect(translator.t('sv', 'greeting', { name: 'Erik' })).toBe('Hej Erik');
    expect(translator.t('pl', 'greeting', { name: 'Anna' })).toBe('Cześć Anna');
  });

  it('types keys from the catalogues it was given', () => {
    // @ts-expect-error — 'farewell' is not in these catalogues
    expect(() => translator.t('en', 'farewell')).toThrow(/unknown message key/);
  });

  it('requires a catalogue for every supported locale', () => {
    // @ts-expect-error — sv and de are missing
    createTranslator({ en: messages, pl: messages, cs: messages });
  });
});

import { describe, expect, it } from 'vitest';
import { scanContent } from './content-filter.js';

describe('the review content filter', () => {
  it.each([
    ['jan.kowalski@example.pl wrote this', ['email']],
    ['Zadzwoń: 601 234 567', ['phone']],
    ['Call +44 (20) 7946 0958 today', ['phone']],
    ['Better deals on www.cheap-stuff.example', ['url']],
    ['See https://example.com/deal', ['url']],
    ['Visit other-shop.pl for less', ['url']],
    ['What a fucking mess', ['profanity']],
    ['To jest kurwa skandal', ['profanity']],
    ['Totální hovno', ['profanity']],
    ['Jävla skit', ['profanity']],
    ['Der Verkäufer ist ein Arschloch', ['profanity']],
    ['Mail me@example.org or see www.example.org, you shit', ['email', 'url', 'profanity']],
  ])('finds what it must in %j', (text, findings) => {
    expect(scanContent([text], null)).toEqual(findings);
  });

  it.each([
    'Great mug, arrived on 2026-11-20 for 129.99 zł',
    'Order 12345678 arrived quickly',
    'Helt ok, jag fick paketet snabbt',
    'Krásná hora výhledů, doporučuji',
    'The product title was a bit scunthorpe-ish but fine',
    'Passt, Lieferung in 2 Tagen',
  ])('leaves an ordinary review alone: %j', (text) => {
    expect(scanContent([text], null)).toEqual([]);
  });

  it('checks words that are innocent elsewhere only in the review’s own language', () => {
    expect(scanContent(['Kurva, to je drahé'], 'cs')).toEqual(['profanity']);
    expect(scanContent(['En fin kurva på grafen'], 'sv')).toEqual([]);
    expect(scanContent(['Fick det igår'], 'sv')).toEqual([]);
    expect(scanContent(['Fick dich'], 'de')).toEqual(['profanity']);
  });

  it('looks at the title and display name too', () => {
    expect(scanContent(['Fine', null, 'ana@example.org'], 'en')).toEqual(['email']);
  });
});

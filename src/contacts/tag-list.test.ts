import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatTagList, normalizeTag, parseTagList, tagProblem, tagsProblem } from './tag-list.js';

const failure = (text: string) => {
  const result = parseTagList(text);
  if (result.ok) throw new Error(`"${text}" was accepted as ${JSON.stringify(result.tags)}`);
  return result.message;
};

describe('parseTagList', () => {
  it('accepts tags separated by commas without spaces', () => {
    expect(parseTagList('vip,newsletter,pl')).toEqual({ ok: true, tags: ['vip', 'newsletter', 'pl'] });
  });

  it('reads the empty string as no tags', () => {
    expect(parseTagList('')).toEqual({ ok: true, tags: [] });
  });

  it('accepts letters, digits and _ - . : in a tag', () => {
    expect(parseTagList('Black_Friday-2026,src:shopify,v1.2')).toEqual({
      ok: true,
      tags: ['Black_Friday-2026', 'src:shopify', 'v1.2'],
    });
  });

  it('keeps a repeated tag once, at its first position', () => {
    expect(parseTagList('vip,pl,vip')).toEqual({ ok: true, tags: ['vip', 'pl'] });
  });

  it('names the comma a space follows, counting from 1', () => {
    expect(failure('vip, new')).toBe(
      '"vip, new": a space follows the comma at position 4; write tags separated by commas without spaces',
    );
  });

  it('names the comma a space precedes', () => {
    expect(failure('vip ,new')).toBe(
      '"vip ,new": a space precedes the comma at position 5; write tags separated by commas without spaces',
    );
  });

  it('refuses a space inside or around a tag, naming its position', () => {
    expect(failure('my tag')).toBe(
      '"my tag": a space at position 3 is not allowed; write tags separated by commas without spaces',
    );
    expect(failure(' vip')).toMatch(/position 1 /);
    expect(failure('vip\t')).toMatch(/position 4 /);
  });

  it('refuses an empty tag between two commas', () => {
    expect(failure('a,,b')).toBe(
      '"a,,b": tag 2 is empty (two commas in a row at position 2); write tags separated by commas without spaces',
    );
  });

  it('refuses a leading or trailing comma', () => {
    expect(failure(',vip')).toMatch(/starts with a comma/);
    expect(failure('vip,')).toMatch(/ends with a comma/);
    expect(failure(',')).toMatch(/starts with a comma/);
  });

  it('refuses a character outside letters, digits and _ - . :, naming it', () => {
    expect(failure('vip,new!')).toBe(
      '"vip,new!": tag "new!" contains "!"; use only letters A-Z, digits and _ - . :',
    );
    expect(failure('zákazník')).toMatch(/contains "á"/);
    expect(failure('a;b')).toMatch(/contains ";"/);
  });

  it('refuses a tag longer than 64 characters and accepts one of exactly 64', () => {
    expect(parseTagList('x'.repeat(64)).ok).toBe(true);
    expect(failure(`vip,${'x'.repeat(65)}`)).toMatch(/is 65 characters long; the limit is 64/);
  });

  it('refuses more than 50 tags and accepts exactly 50', () => {
    const tags = (n: number) => Array.from({ length: n }, (_, i) => `t${i}`).join(',');
    expect(parseTagList(tags(50))).toMatchObject({ ok: true });
    expect(failure(tags(51))).toMatch(/51 tags given; at most 50 are allowed/);
  });

  it('parses what formatTagList writes back to the same list', () => {
    const tag = fc.stringMatching(/^[A-Za-z0-9_\-.:]{1,64}$/);
    fc.assert(
      fc.property(fc.uniqueArray(tag, { maxLength: 50 }), (tags) => {
        expect(parseTagList(formatTagList(tags))).toEqual({ ok: true, tags });
      }),
    );
  });

  it('never accepts a list holding a space', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (before, after) => {
        expect(parseTagList(`${before} ${after}`).ok).toBe(false);
      }),
    );
  });
});

describe('tag checks for arrays', () => {
  it('names the index of the first bad tag', () => {
    expect(tagsProblem(['vip', 'new one'])).toEqual({
      index: 1,
      message: 'tag "new one" contains a space; use only letters A-Z, digits and _ - . :',
    });
    expect(tagsProblem(['vip', ''])).toEqual({ index: 1, message: 'a tag must not be empty' });
    expect(tagsProblem(['vip', 'pl'])).toBeUndefined();
  });

  it('accepts a single valid tag', () => {
    expect(tagProblem('newsletter')).toBeUndefined();
  });
});

describe('normalizeTag', () => {
  it('turns a platform tag with spaces and accents into a valid tag', () => {
    expect(normalizeTag('VIP customer')).toBe('VIP-customer');
    expect(normalizeTag('Zákazník #1')).toBe('Zakaznik-1');
    expect(normalizeTag('  ')).toBeUndefined();
  });

  it('always yields a tag the parser accepts', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (raw) => {
        const tag = normalizeTag(raw);
        if (tag !== undefined) expect(tagProblem(tag)).toBeUndefined();
      }),
    );
  });
});

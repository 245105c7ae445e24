import { describe, expect, it } from 'vitest';
import { hmacMatches, hmacSha256, randomToken, safeEqual, sha256Hex } from './tokens.js';

describe('safeEqual', () => {
  it.each<[string | Buffer, string | Buffer, boolean]>([
    ['abc', 'abc', true],
    ['abc', 'abd', false],
    ['abc', 'abcd', false],
    ['', '', true],
    ['', 'a', false],
    [Buffer.from('abc'), 'abc', true],
    [Buffer.from([0xff]), Buffer.from([0xfe]), false],
  ])('compares %j with %j as %s', (a, b, expected) => {
    expect(safeEqual(a, b)).toBe(expected);
  });
});

describe('hashes', () => {
  it('computes SHA-256 as hex', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('computes HMAC-SHA256 in the asked encoding (RFC 4231 test case 2)', () => {
    const hex = '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843';
    expect(hmacSha256('Jefe', 'what do ya want for nothing?')).toBe(hex);
    expect(hmacSha256('Jefe', 'what do ya want for nothing?', 'base64')).toBe(
      Buffer.from(hex, 'hex').toString('base64'),
    );
  });
});

describe('hmacMatches', () => {
  // RFC 4231 test case 2.
  const hex = '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843';
  const base64 = Buffer.from(hex, 'hex').toString('base64');
  const message = 'what do ya want for nothing?';

  it('accepts the right signature in hex and in base64', () => {
    expect(hmacMatches('Jefe', message, hex, 'hex')).toBe(true);
    expect(hmacMatches('Jefe', Buffer.from(message), base64, 'base64')).toBe(true);
  });

  it.each([
    ['another key', 'Jefe2', base64],
    ['one changed byte', 'Jefe', Buffer.from(`${hex.slice(0, 62)}44`, 'hex').toString('base64')],
    ['a truncated signature', 'Jefe', base64.slice(0, 20)],
    ['characters outside the alphabet', 'Jefe', `${base64.slice(0, 20)}!!${base64.slice(20)}`],
    ['an empty signature', 'Jefe', ''],
  ])('rejects %s', (_case, key, signature) => {
    expect(hmacMatches(key, message, signature, 'base64')).toBe(false);
  });
});

describe('randomToken', () => {
  it('returns url-safe tokens of the asked entropy, different each time', () => {
    const token = randomToken(32);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(randomToken()).not.toBe(randomToken());
  });

  it('refuses guessable sizes', () => {
    expect(() => randomToken(8)).toThrow(RangeError);
  });
});

import { describe, expect, it } from 'vitest';
import { hashPassword, passwordNeedsRehash, passwordProblem, verifyPassword } from './passwords.js';

// A low cost keeps the suite fast; the encoding carries the cost, so nothing else changes.
const cost = 2 ** 10;

describe('password hashing', () => {
  it('verifies the right password and rejects a wrong one', async () => {
    const stored = await hashPassword('correct horse battery', { cost });
    expect(await verifyPassword('correct horse battery', stored)).toBe(true);
    expect(await verifyPassword('correct horse batterY', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('encodes the scheme and parameters as scrypt$N$r$p$salt$hash', async () => {
    const stored = await hashPassword('correct horse battery', { cost });
    expect(stored).toMatch(/^scrypt\$1024\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
  });

  it('salts every hash differently', async () => {
    const [a, b] = await Promise.all([
      hashPassword('correct horse battery', { cost }),
      hashPassword('correct horse battery', { cost }),
    ]);
    expect(a).not.toBe(b);
    expect(a.split('$')[4]).not.toBe(b.split('$')[4]);
  });

  it('verifies hashes made with another cost, and flags them for rehashing', async () => {
    const stored = await hashPassword('correct horse battery', { cost: 2 ** 11 });
    expect(await verifyPassword('correct horse battery', stored)).toBe(true);
    expect(passwordNeedsRehash(stored, { cost })).toBe(true);
    expect(passwordNeedsRehash(stored, { cost: 2 ** 11 })).toBe(false);
  });

  it('handles the production cost range without exceeding scrypt memory limits', async () => {
    const stored = await hashPassword('correct horse battery', { cost: 2 ** 17 });
    expect(await verifyPassword('correct horse battery', stored)).toBe(true);
  });

  it('treats differently composed forms of the same accented password alike', async () => {
    const composed = 'zażółć gęślą jaźń';
    const stored = await hashPassword(composed, { cost });
    expect(await verifyPassword(composed.normalize('NFD'), stored)).toBe(true);
  });

  it('throws on a stored value that is not a password hash', async () => {
    await expect(verifyPassword('whatever', 'plaintext-password')).rejects.toThrow(
      /scrypt\$N\$r\$p\$salt\$hash/,
    );
    await expect(
      verifyPassword(
        'whatever',
        'scrypt$3$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      ),
    ).rejects.toThrow();
  });

  it('refuses a cost that is not a power of two', async () => {
    await expect(hashPassword('correct horse battery', { cost: 1000 })).rejects.toThrow(RangeError);
  });
});

describe('passwordProblem', () => {
  it.each([
    ['short1234', 'Use at least 10 characters.'],
    ['x'.repeat(257), 'Use at most 256 characters.'],
    ['aaaaaaaaaaaa', 'Use more than one distinct character.'],
  ])('explains why %j is refused', (password, problem) => {
    expect(passwordProblem(password)).toBe(problem);
  });

  it('accepts a reasonable password, counting characters rather than UTF-16 units', () => {
    expect(passwordProblem('correct horse battery')).toBeUndefined();
    expect(passwordProblem('🔑'.repeat(9) + '!')).toBeUndefined();
    expect(passwordProblem('🔑'.repeat(9))).toBe('Use at least 10 characters.');
  });
});

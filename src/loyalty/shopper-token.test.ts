import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { hmacSha256 } from '../platform/crypto/index.js';
import { signShopperToken, verifyShopperToken } from './shopper-token.js';

const secret = 'channel-secret';
const now = new Date('2026-05-01T12:00:00Z');
const exp = now.getTime() / 1000 + 600;
const key = new TextEncoder().encode(secret);

/** A JWT as any library makes it (jose here): HS256 unless told otherwise. */
const jwt = (claims: Record<string, unknown>, options: { alg?: string; key?: Uint8Array } = {}) =>
  new SignJWT(claims)
    .setProtectedHeader({ alg: options.alg ?? 'HS256', typ: 'JWT' })
    .sign(options.key ?? key);

describe('shopper tokens', () => {
  it('a token signed with the channel secret proves the shopper', async () => {
    const token = signShopperToken(secret, { email: 'Ann@Example.com', customerId: 'c1', exp });
    expect(await verifyShopperToken(secret, token, now)).toEqual({
      email: 'ann@example.com',
      customerId: 'c1',
      exp,
    });
  });

  it('a forged, tampered, expired or malformed token proves nobody', async () => {
    const token = signShopperToken(secret, { email: 'ann@example.com', exp });
    expect(await verifyShopperToken('another-secret', token, now)).toBeNull();
    const [, signature] = token.split('.');
    const swapped = Buffer.from(JSON.stringify({ email: 'eve@example.com', exp })).toString('base64url');
    expect(await verifyShopperToken(secret, `${swapped}.${signature}`, now)).toBeNull();
    expect(await verifyShopperToken(secret, token, new Date((exp + 1) * 1000))).toBeNull();
    for (const bad of ['', 'abc', 'a.b.c', `${swapped}.`, '.deadbeef'])
      expect(await verifyShopperToken(secret, bad, now)).toBeNull();
    const noEmail = Buffer.from(JSON.stringify({ exp })).toString('base64url');
    expect(await verifyShopperToken(secret, `${noEmail}.${hmacSha256(secret, noEmail)}`, now)).toBeNull();
  });

  it('a standard HS256 JWT signed with the channel secret proves the shopper named by `sub`', async () => {
    const token = await jwt({ sub: 'Ann@Example.com', exp, customerId: '7012' });
    expect(await verifyShopperToken(secret, token, now)).toEqual({
      email: 'ann@example.com',
      customerId: '7012',
      exp,
    });
  });

  it('a JWT that is expired, lacks exp, names no email, uses another key or algorithm proves nobody', async () => {
    const cases = [
      await jwt({ sub: 'ann@example.com', exp: now.getTime() / 1000 - 1 }),
      await jwt({ sub: 'ann@example.com' }),
      await jwt({ sub: 'not-an-email', exp }),
      await jwt({ email: 'ann@example.com', exp }),
      await jwt({ sub: 'ann@example.com', exp }, { key: new TextEncoder().encode('another-secret') }),
      await jwt({ sub: 'ann@example.com', exp }, { alg: 'HS512' }),
    ];
    // alg "none" (RFC 7519 §6): an unsigned token must never pass.
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const body = Buffer.from(JSON.stringify({ sub: 'ann@example.com', exp })).toString('base64url');
    cases.push(`${header}.${body}.`);
    for (const token of cases) expect(await verifyShopperToken(secret, token, now), token).toBeNull();
  });
});

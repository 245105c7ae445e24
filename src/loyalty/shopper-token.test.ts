import { describe, expect, it } from 'vitest';
import { hmacSha256 } from '../platform/crypto/index.js';
import { signShopperToken, verifyShopperToken } from './shopper-token.js';

const secret = 'channel-secret';
const now = new Date('2026-05-01T12:00:00Z');
const exp = now.getTime() / 1000 + 600;

describe('shopper tokens', () => {
  it('a token signed with the channel secret proves the shopper', () => {
    const token = signShopperToken(secret, { email: 'Ann@Example.com', customerId: 'c1', exp });
    expect(verifyShopperToken(secret, token, now)).toEqual({ email: 'ann@example.com', customerId: 'c1' });
  });

  it('a forged, tampered, expired or malformed token proves nobody', () => {
    const token = signShopperToken(secret, { email: 'ann@example.com', exp });
    expect(verifyShopperToken('another-secret', token, now)).toBeNull();
    const [, signature] = token.split('.');
    const swapped = Buffer.from(JSON.stringify({ email: 'eve@example.com', exp })).toString('base64url');
    expect(verifyShopperToken(secret, `${swapped}.${signature}`, now)).toBeNull();
    expect(verifyShopperToken(secret, token, new Date((exp + 1) * 1000))).toBeNull();
    for (const bad of ['', 'abc', 'a.b.c', `${swapped}.`, '.deadbeef'])
      expect(verifyShopperToken(secret, bad, now)).toBeNull();
    const noEmail = Buffer.from(JSON.stringify({ exp })).toString('base64url');
    expect(verifyShopperToken(secret, `${noEmail}.${hmacSha256(secret, noEmail)}`, now)).toBeNull();
  });
});

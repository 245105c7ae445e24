/**
 * The shopper identity a shop hands to the hub widget (L10), signed with the channel's signing
 * secret. Format (documented with Node and PHP examples in docs/loyalty-hub.md):
 *
 *   base64url(JSON {"email": "...", "customerId": "...", "exp": <unix seconds>}) + "." +
 *   hex(HMAC-SHA256(signingSecret, <the base64url part>))
 *
 * Anything missing, malformed, forged or expired verifies to null: the shopper is anonymous.
 */
import { hmacMatches, hmacSha256 } from '../platform/crypto/index.js';

export interface ShopperIdentity {
  email: string;
  customerId: string | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MAX_TOKEN_LENGTH = 2048;

/** Signs a shopper identity as a shop would (tests, docs, and shops written in Node). */
export function signShopperToken(
  secret: string,
  identity: { email: string; customerId?: string | null; exp: number },
): string {
  const body = Buffer.from(
    JSON.stringify({
      email: identity.email,
      ...(identity.customerId ? { customerId: identity.customerId } : {}),
      exp: identity.exp,
    }),
  ).toString('base64url');
  return `${body}.${hmacSha256(secret, body)}`;
}

/** The identity a token proves at `now`, or null. */
export function verifyShopperToken(
  secret: string,
  token: string | undefined,
  now: Date,
): ShopperIdentity | null {
  if (!token || token.length > MAX_TOKEN_LENGTH) return null;
  const dot = token.indexOf('.');
  if (dot <= 0 || dot !== token.lastIndexOf('.')) return null;
  const body = token.slice(0, dot);
  const signature = token.slice(dot + 1);
  if (!/^[0-9a-f]{64}$/i.test(signature)) return null;
  if (!hmacMatches(secret, body, signature.toLowerCase(), 'hex')) return null;
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!claims || typeof claims !== 'object') return null;
  const { email, customerId, exp } = claims as Record<string, unknown>;
  if (typeof email !== 'string' || !EMAIL.test(email.trim())) return null;
  if (typeof exp !== 'number' || !Number.isFinite(exp) || exp * 1000 <= now.getTime()) return null;
  return {
    email: email.trim().toLowerCase(),
    customerId: typeof customerId === 'string' && customerId !== '' ? customerId : null,
  };
}

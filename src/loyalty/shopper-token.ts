/**
 * The shopper identity a shop hands to the hub widget (L10), signed with the channel's signing
 * secret. Format (documented with Node and PHP examples in docs/loyalty-hub.md):
 *
 *   base64url(JSON {"email": "...", "customerId": "...", "exp": <unix seconds>}) + "." +
 *   hex(HMAC-SHA256(signingSecret, <the base64url part>))
 *
 * A standard JWT works too (RFC 7519, HS256 only, signed with the same secret): `sub` is the
 * email, `exp` is required, `customerId` is optional. Any language's JWT library makes one.
 *
 * Anything missing, malformed, forged or expired verifies to null: the shopper is anonymous.
 */
import { errors, jwtVerify } from 'jose';
import { hmacMatches, hmacSha256 } from '../platform/crypto/index.js';

export interface ShopperIdentity {
  email: string;
  customerId: string | null;
}

/** A verified identity and when its token stops working (Unix seconds). */
export type VerifiedShopper = ShopperIdentity & { exp: number };

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

const identityOf = (email: unknown, customerId: unknown, exp: number): VerifiedShopper | null =>
  typeof email === 'string' && EMAIL.test(email.trim())
    ? {
        email: email.trim().toLowerCase(),
        customerId: typeof customerId === 'string' && customerId !== '' ? customerId : null,
        exp,
      }
    : null;

/** A JWT (three parts): HS256 only, `sub` = email, `exp` required (jose checks it against `now`). */
async function verifyJwt(secret: string, token: string, now: Date): Promise<VerifiedShopper | null> {
  try {
    const { payload } = await jwtVerify(token, new TextEncoder().encode(secret), {
      algorithms: ['HS256'],
      requiredClaims: ['sub', 'exp'],
      currentDate: now,
    });
    return identityOf(payload.sub, payload['customerId'], payload.exp as number);
  } catch (error) {
    if (error instanceof errors.JOSEError || error instanceof TypeError) return null;
    throw error;
  }
}

/** The identity a token (ours, or a JWT) proves at `now`, or null. */
export async function verifyShopperToken(
  secret: string,
  token: string | undefined,
  now: Date,
): Promise<VerifiedShopper | null> {
  if (!token || token.length > MAX_TOKEN_LENGTH) return null;
  if (token.split('.').length === 3) return verifyJwt(secret, token, now);
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
  if (typeof exp !== 'number' || !Number.isFinite(exp) || exp * 1000 <= now.getTime()) return null;
  return identityOf(email, customerId, exp);
}

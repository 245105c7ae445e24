import {
  type BinaryToTextEncoding,
  createHash,
  createHmac,
  hkdfSync,
  randomBytes,
  timingSafeEqual,
} from 'node:crypto';

const MIN_TOKEN_BYTES = 16;
// Only ever used inside safeEqual to turn inputs of any length into equal-length digests.
const COMPARISON_KEY = randomBytes(32);

/** SHA-256 of a string (as UTF-8) or bytes, as lower-case hex. Used to store API keys and tokens hashed. */
export function sha256Hex(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * HMAC-SHA256 of `data` under `key`, encoded as asked (`'hex'` by default; Shopify and
 * WooCommerce sign webhooks in `'base64'`).
 *
 * @example
 * const expected = hmacSha256(secret, rawBody, 'base64');
 * safeEqual(expected, request.headers['x-shopify-hmac-sha256']);
 */
export function hmacSha256(
  key: string | Buffer,
  data: string | Buffer,
  encoding: BinaryToTextEncoding = 'hex',
): string {
  return createHmac('sha256', key).update(data).digest(encoding);
}

/**
 * Compares two secrets without leaking where they differ or how long the expected one is.
 * Never throws: different lengths simply compare unequal. Both sides are HMAC'd under a
 * per-process random key first, so the constant-time comparison always sees equal lengths.
 */
export function safeEqual(a: string | Buffer, b: string | Buffer): boolean {
  const left = createHmac('sha256', COMPARISON_KEY).update(a).digest();
  const right = createHmac('sha256', COMPARISON_KEY).update(b).digest();
  return timingSafeEqual(left, right);
}

/**
 * True when `signature` (in `encoding`) is the HMAC-SHA256 of `data` under `key`, compared in
 * constant time. A digest's length is public, so the two 32-byte values are compared directly
 * (no extra hashing on webhook and hub paths); a signature that is not a well-formed encoding
 * of 32 bytes is simply wrong.
 */
export function hmacMatches(
  key: string | Buffer,
  data: string | Buffer,
  signature: string,
  encoding: 'base64' | 'hex',
): boolean {
  const given = Buffer.from(signature, encoding);
  // Decoding skips characters outside the alphabet: only a canonical encoding counts.
  if (given.length !== 32 || given.toString(encoding) !== signature) return false;
  return timingSafeEqual(createHmac('sha256', key).update(data).digest(), given);
}

/** An unguessable url-safe token (base64url) carrying `bytes` of randomness, at least 16. */
export function randomToken(bytes = 32): string {
  if (!Number.isInteger(bytes) || bytes < MIN_TOKEN_BYTES) {
    throw new RangeError(`a token needs at least ${MIN_TOKEN_BYTES} random bytes, got ${bytes}`);
  }
  return randomBytes(bytes).toString('base64url');
}

/**
 * A 32-byte key for one purpose, derived from a master key with HKDF-SHA256, so one master
 * key can serve several uses without one use's key telling anything about another's.
 */
export function deriveKey(master: Buffer, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), purpose, 32));
}

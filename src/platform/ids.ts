import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz'; // Crockford base32, lower case

function base32(bytes: Uint8Array): string {
  let out = '';
  let bits = 0;
  let value = 0;
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

/**
 * A prefixed, time-ordered id with 80 random bits (ULID layout): safe to show in
 * URLs because it cannot be guessed, and index-friendly because it sorts by time.
 * Example: `ch_01jd3x5k7m9q2r4t6v8w0y1z3a`.
 */
export function newId(prefix: string, at: number = Date.now()): string {
  const bytes = new Uint8Array(16);
  const time = BigInt(at);
  for (let i = 0; i < 6; i++) bytes[i] = Number((time >> BigInt(8 * (5 - i))) & 0xffn);
  bytes.set(randomBytes(10), 6);
  return `${prefix}_${base32(bytes)}`;
}

import { randomFillSync } from 'node:crypto';

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
  // 48-bit milliseconds, big-endian; plain arithmetic (bit operators stop at 32 bits).
  let time = at;
  for (let i = 5; i >= 0; i--) {
    bytes[i] = time % 256;
    time = Math.floor(time / 256);
  }
  bytes.set(randomBits(), 6);
  return `${prefix}_${base32(bytes)}`;
}

const RANDOM_BYTES = 10;
// One call to the CSPRNG per 409 ids, not one per id: a call costs far more than its bytes.
const pool = Buffer.alloc(RANDOM_BYTES * 409);
let offset = pool.length;

function randomBits(): Uint8Array {
  if (offset === pool.length) {
    randomFillSync(pool);
    offset = 0;
  }
  const bits = pool.subarray(offset, offset + RANDOM_BYTES);
  offset += RANDOM_BYTES;
  return bits;
}

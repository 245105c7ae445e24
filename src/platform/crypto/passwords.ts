import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const scryptAsync = promisify<string | Buffer, Buffer, number, ScryptOptions, Buffer>(scrypt);

const SALT_BYTES = 16;
const KEY_BYTES = 32;
const BLOCK_SIZE = 8;
const PARALLELISM = 1;
const MIN_LENGTH = 10;
const MAX_LENGTH = 256;
// Bounds on what a stored hash may ask for, so a corrupted row cannot make verification
// allocate gigabytes: 2^20 with r=8 already needs 1 GiB.
const MAX_COST = 2 ** 20;
const MAX_BLOCK_SIZE = 32;
const MAX_PARALLELISM = 16;

export interface PasswordHashOptions {
  /** scrypt's N: a power of two; 2^15 (the config default) to 2^17 are sensible. */
  cost: number;
}

interface ParsedHash {
  cost: number;
  blockSize: number;
  parallelism: number;
  salt: Buffer;
  hash: Buffer;
}

function isPowerOfTwo(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 2 && (value & (value - 1)) === 0;
}

// Different devices can produce different Unicode forms of the same typed password
// (precomposed "ą" versus "a" + ogonek); normalizing makes them hash alike.
function normalize(password: string): string {
  return password.normalize('NFKC');
}

function derive(
  password: string,
  salt: Buffer,
  cost: number,
  blockSize: number,
  parallelism: number,
  keyBytes: number,
) {
  // scrypt needs about 128·N·r bytes; Node's default cap (32 MiB) stops at N=2^15, r=8.
  const maxmem = 256 * cost * blockSize * parallelism + 16 * 1024 * 1024;
  return scryptAsync(normalize(password), salt, keyBytes, { N: cost, r: blockSize, p: parallelism, maxmem });
}

function parseHash(encoded: string): ParsedHash {
  const parts = typeof encoded === 'string' ? encoded.split('$') : [];
  const [scheme, n, r, p, salt, hash] = parts;
  const cost = Number(n);
  const blockSize = Number(r);
  const parallelism = Number(p);
  const valid =
    parts.length === 6 &&
    scheme === 'scrypt' &&
    isPowerOfTwo(cost) &&
    cost <= MAX_COST &&
    Number.isInteger(blockSize) &&
    blockSize >= 1 &&
    blockSize <= MAX_BLOCK_SIZE &&
    Number.isInteger(parallelism) &&
    parallelism >= 1 &&
    parallelism <= MAX_PARALLELISM &&
    /^[A-Za-z0-9_-]{16,}$/.test(salt ?? '') &&
    /^[A-Za-z0-9_-]{22,}$/.test(hash ?? '');
  if (!valid) throw new Error('stored password hash is not in the form scrypt$N$r$p$salt$hash');
  return {
    cost,
    blockSize,
    parallelism,
    salt: Buffer.from(salt!, 'base64url'),
    hash: Buffer.from(hash!, 'base64url'),
  };
}

/**
 * Hashes a password with scrypt (N = `cost`, r = 8, p = 1, 16-byte random salt) into a
 * self-describing string, `scrypt$N$r$p$salt$hash` (salt and hash base64url), so the cost
 * can be raised later without invalidating stored hashes.
 *
 * @example
 * const stored = await hashPassword('correct horse battery', { cost: config.auth.passwordCost });
 * await verifyPassword('correct horse battery', stored); // true
 */
export async function hashPassword(password: string, options: PasswordHashOptions): Promise<string> {
  if (typeof password !== 'string') throw new TypeError('password must be a string');
  if (!isPowerOfTwo(options.cost) || options.cost > MAX_COST) {
    throw new RangeError(`password hash cost must be a power of two between 2 and 2^20, got ${options.cost}`);
  }
  const salt = randomBytes(SALT_BYTES);
  const hash = await derive(password, salt, options.cost, BLOCK_SIZE, PARALLELISM, KEY_BYTES);
  return [
    'scrypt',
    options.cost,
    BLOCK_SIZE,
    PARALLELISM,
    salt.toString('base64url'),
    hash.toString('base64url'),
  ].join('$');
}

/**
 * Checks a password against a hash from `hashPassword`, comparing in constant time.
 * Throws when `encoded` is not such a hash: a corrupted row is a bug, not a wrong password.
 */
export async function verifyPassword(password: string, encoded: string): Promise<boolean> {
  const stored = parseHash(encoded);
  if (typeof password !== 'string') return false;
  const candidate = await derive(
    password,
    stored.salt,
    stored.cost,
    stored.blockSize,
    stored.parallelism,
    stored.hash.length,
  );
  return timingSafeEqual(candidate, stored.hash);
}

/** Whether a stored hash was made with other parameters than `options` and should be replaced after a successful sign-in. */
export function passwordNeedsRehash(encoded: string, options: PasswordHashOptions): boolean {
  const stored = parseHash(encoded);
  return (
    stored.cost !== options.cost ||
    stored.blockSize !== BLOCK_SIZE ||
    stored.parallelism !== PARALLELISM ||
    stored.hash.length !== KEY_BYTES
  );
}

/**
 * Why a new password is not acceptable, as a sentence to show the user, or `undefined`
 * when it is fine: 10 to 256 characters, not one character repeated.
 */
export function passwordProblem(password: string): string | undefined {
  const characters = [...password];
  if (characters.length < MIN_LENGTH) return `Use at least ${MIN_LENGTH} characters.`;
  if (characters.length > MAX_LENGTH) return `Use at most ${MAX_LENGTH} characters.`;
  if (new Set(characters).size === 1) return 'Use more than one distinct character.';
  return undefined;
}

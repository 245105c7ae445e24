import { randomInt } from 'node:crypto';
import { basename } from 'node:path';
import { beforeEach, expect } from 'vitest';

/**
 * Seeded randomness for fixtures, so a failure caused by a generated value can be replayed.
 *
 * The seed comes from TEST_SEED or is drawn once per test file; every failing test prints it.
 * The stream is the seed mixed with the test file's name: a re-run of one file with its
 * printed seed produces the same values, while test files running in parallel (each in its
 * own process, often with the same TEST_SEED) draw different values, so generated ids stay
 * unique across them.
 */
export const TEST_SEED: number = readSeed(process.env['TEST_SEED']);

function readSeed(raw: string | undefined): number {
  if (raw === undefined || raw === '') return randomInt(2 ** 31);
  const seed = Number(raw);
  if (!Number.isSafeInteger(seed) || seed < 0)
    throw new Error(`TEST_SEED must be a non-negative integer, got ${raw}`);
  return seed;
}

beforeEach(({ onTestFailed }) => {
  onTestFailed(() => {
    console.error(
      `Random fixtures used TEST_SEED=${TEST_SEED}; rerun this file with it to get the same values.`,
    );
  });
});

/** 32-bit FNV-1a: mixes the test file's name into the seed. */
function fnv1a(text: string, basis: number): number {
  let hash = basis >>> 0 || 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** mulberry32: small, fast and well spread; not for cryptography, which fixtures never need. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

let stream: (() => number) | undefined;

/** A number in [0, 1) from the seeded stream (started on first use, inside the running test file). */
export function seededRandom(): number {
  stream ??= mulberry32(fnv1a(basename(expect.getState().testPath ?? ''), TEST_SEED));
  return stream();
}

/** An integer in [0, below). */
export function seededInt(below: number): number {
  return Math.floor(seededRandom() * below);
}

/** A short lowercase base-36 token, for ids and addresses that only need to be distinct. */
export function seededToken(length = 10): string {
  let token = '';
  while (token.length < length) token += seededInt(36).toString(36);
  return token;
}

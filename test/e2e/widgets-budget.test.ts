import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { WIDGETS_DIR } from '../../src/widgets/assets.js';

// SPEC W5 and issue 14's budgets, in gzipped bytes (the newsletter's 5 KB is ours: a form needs little) (the global setup has just built dist/web/widgets).
const KB = 1024;
const read = (file: string) => readFileSync(join(WIDGETS_DIR, file), 'utf8');
const gz = (file: string) => gzipSync(readFileSync(join(WIDGETS_DIR, file)), { level: 9 }).length;

/** An element's file and every chunk it imports statically (what the browser fetches for it). */
function closure(file: string, seen = new Set<string>()): Set<string> {
  seen.add(file);
  for (const [, imported] of read(file).matchAll(/\bfrom\s*["']\.\/([\w.-]+\.js)["']/g)) {
    const path = join('c', imported!);
    if (!seen.has(path)) closure(path, seen);
  }
  return seen;
}

const chunkOf = (tag: string) => {
  const match = new RegExp(`"${tag}":"(c/[\\w-]+\\.js)"`).exec(read('loader.js'));
  if (!match) throw new Error(`the loader does not name ${tag}`);
  return match[1]!;
};

const bytes = (tags: string[]) => {
  const files = new Set<string>();
  for (const tag of tags) for (const file of closure(chunkOf(tag))) files.add(file);
  return [...files].reduce((sum, file) => sum + gz(file), 0);
};

describe('the widget size budgets (gzipped)', () => {
  it('the loader stays within 3 KB', () => {
    const size = gz('loader.js');
    console.log(`loader.js: ${size} B gzipped`);
    expect(size).toBeLessThanOrEqual(3 * KB);
  });

  it('stars, reviews and badge together stay within 12 KB', () => {
    const size = bytes(['trustloop-stars', 'trustloop-reviews', 'trustloop-badge']);
    console.log(`stars + reviews + badge: ${size} B gzipped`);
    expect(size).toBeLessThanOrEqual(12 * KB);
  });

  it('the loyalty panel stays within 15 KB and does not pull the review elements’ words', () => {
    const size = bytes(['trustloop-loyalty']);
    console.log(`loyalty: ${size} B gzipped`);
    expect(size).toBeLessThanOrEqual(15 * KB);
    expect([...closure(chunkOf('trustloop-loyalty'))].some((file) => file.includes('messages-'))).toBe(false);
  });

  it('the newsletter sign-up stays within 5 KB and pulls neither the review nor the loyalty code', () => {
    const size = bytes(['trustloop-newsletter']);
    console.log(`newsletter: ${size} B gzipped`);
    expect(size).toBeLessThanOrEqual(5 * KB);
    const files = [...closure(chunkOf('trustloop-newsletter'))];
    expect(files.filter((file) => /reviews|loyalty|messages-/.test(file))).toEqual([]);
  });

  it('an element loads only its own code: the stars do not pull the review list', () => {
    const stars = closure(chunkOf('trustloop-stars'));
    expect([...stars].some((file) => file.includes('reviews'))).toBe(false);
  });
});

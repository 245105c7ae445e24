import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from './messages/en';
import { AREA_SECTIONS, areaOf, SECTION_NAMES, SECTIONS, type SectionName } from './sections';

const SRC = resolve(import.meta.dirname, '..');
const ROUTES = join(SRC, 'routes');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** The admin's own modules a file imports, and theirs (the message catalogues aside). */
function closure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const [, spec] of readFileSync(file, 'utf8').matchAll(/from '(\.[^']+)'/g)) {
    const base = resolve(dirname(file), spec!);
    const found = ['.tsx', '.ts', '/index.ts'].map((ext) => base + ext).find((path) => existsSync(path));
    if (found && !found.includes(`${join('i18n', 'messages')}`)) closure(found, seen);
  }
  return seen;
}

/** A page file: a route, not a `-helper` and not under a `-folder`. */
const pages = walk(ROUTES).filter(
  (file) =>
    file.endsWith('.tsx') &&
    !relative(ROUTES, file)
      .split('/')
      .some((part) => part.startsWith('-')),
);

describe('the message sections each admin page loads (i18n/sections.ts)', async () => {
  const sectionKeys = new Map<string, SectionName>();
  for (const name of SECTION_NAMES) {
    for (const key of Object.keys((await SECTIONS[name]()).en)) sectionKeys.set(key, name);
  }
  const core = new Set(Object.keys(en));

  it.each(pages.map((file) => [relative(ROUTES, file), file]))(
    '%s finds every text it names',
    (page, file) => {
      // `__root` is on every page: it may use only the first chunk's texts.
      const area =
        page === '__root.tsx'
          ? undefined
          : areaOf(page.replace(/(^|\/)index\.tsx$/, '').replace(/\.tsx$/, ''));
      const loaded = new Set<SectionName>(area === undefined ? [] : (AREA_SECTIONS[area] ?? SECTION_NAMES));
      const missing: string[] = [];
      for (const module of closure(file)) {
        for (const [, key] of readFileSync(module, 'utf8').matchAll(/'([a-zA-Z][\w-]*(?:\.[\w-]+)+)'/g)) {
          const section = sectionKeys.get(key!);
          if (core.has(key!) || !section || loaded.has(section)) continue;
          missing.push(`${key} (${section}, in ${relative(SRC, module)})`);
        }
      }
      expect(missing).toEqual([]);
    },
  );

  it('knows the area of a path', () => {
    expect(areaOf('/')).toBe('');
    expect(areaOf('/reviews/rev_1')).toBe('reviews');
    expect(areaOf('/sign-in')).toBe('sign-in');
  });
});

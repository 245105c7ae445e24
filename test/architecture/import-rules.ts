/**
 * The import rules of docs/architecture.md as code: the platform is the lowest layer and
 * imports no domain; a domain imports another domain only through its door
 * (`src/<domain>/index.ts`); nothing below the composition root (`app.ts`, `trustloop.ts`,
 * `cli/`) imports it. Imports are read with TypeScript's own pre-processor, so `export … from`
 * and dynamic `import()` count too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import ts from 'typescript';

export const DOMAINS = [
  'accounts',
  'commerce',
  'connectors',
  'contacts',
  'loyalty',
  'operations',
  'reviews',
  'widgets',
] as const;

type Layer = { kind: 'platform' } | { kind: 'domain'; name: string } | { kind: 'root' };

/** Where a file (a path relative to `src/`, `/`-separated) stands. */
export function layerOf(file: string): Layer {
  const top = file.split('/')[0]!;
  if (top === 'platform') return { kind: 'platform' };
  if ((DOMAINS as readonly string[]).includes(top)) return { kind: 'domain', name: top };
  return { kind: 'root' };
}

/** Why `from` may not import `to` (both relative to `src/`), or null when it may. */
export function ruleBroken(from: string, to: string): string | null {
  const source = layerOf(from);
  const target = layerOf(to);
  if (target.kind === 'root' && source.kind !== 'root') return 'imports the composition root';
  if (source.kind === 'platform' && target.kind === 'domain')
    return `the platform imports the ${target.name} domain`;
  if (source.kind === 'domain' && target.kind === 'domain' && source.name !== target.name) {
    if (to !== `${target.name}/index.ts`)
      return `reaches past the ${target.name} door (${target.name}/index.ts)`;
  }
  return null;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Every import in `srcDir` that breaks a rule: `file → imported file: why`. */
export function importViolations(srcDir: string): string[] {
  const violations: string[] = [];
  for (const path of sourceFiles(srcDir)) {
    const from = relative(srcDir, path).split('\\').join('/');
    const { importedFiles } = ts.preProcessFile(readFileSync(path, 'utf8'), true, true);
    for (const { fileName } of importedFiles) {
      if (!fileName.startsWith('.')) continue; // a package
      const to = posix.normalize(posix.join(dirname(from), fileName)).replace(/\.js$/, '.ts');
      if (to.startsWith('../')) continue; // outside src/: a test's support file
      const broken = ruleBroken(from, to);
      if (broken) violations.push(`${from} → ${to}: ${broken}`);
    }
  }
  return violations;
}

/** A query naming accounts' `channels` table (`selectFrom('channels')`, a join on it, …). */
const CHANNELS_QUERY =
  /\b(?:selectFrom|insertInto|updateTable|deleteFrom|innerJoin|leftJoin)\(\s*'channels\b/;

/**
 * Files outside the accounts domain that query its `channels` table: every other domain asks
 * the accounts door (`accounts.channels`). Migrations create the table and stand apart.
 */
export function channelTableReaders(srcDir: string): string[] {
  return sourceFiles(srcDir)
    .map((path) => relative(srcDir, path).split('\\').join('/'))
    .filter((file) => !file.startsWith('accounts/') && !file.startsWith('platform/db/migrations/'))
    .filter((file) => !file.endsWith('.test.ts'))
    .filter((file) => CHANNELS_QUERY.test(readFileSync(join(srcDir, file), 'utf8')));
}

// Builds every front-end bundle under web/ (each folder with a vite.config.ts) into dist/web/<name>.
// `npm run build` runs it after the server's tsc, so `npm install && npm start` serves them; the
// test suite's global setup calls buildStaleWebBundles() so browser tests never see an old bundle.
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const repo = join(import.meta.dirname, '..');
const webRoot = join(repo, 'web');

function bundleNames() {
  if (!existsSync(webRoot)) return [];
  return readdirSync(webRoot, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(webRoot, entry.name, 'vite.config.ts')))
    .map((entry) => entry.name);
}

/** Newest modification time of any file below `dir` (node_modules and dist left out). */
function newestChange(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestChange(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const stampOf = (name) => join(repo, 'dist', 'web', name, '.built');

async function buildOne(name) {
  const { build } = await import('vite');
  // Bundles are production builds, also when the test suite (NODE_ENV=test) builds them: Vite
  // and the React plugin read NODE_ENV, and under "test" they emit React's development JSX.
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: join(webRoot, name, 'vite.config.ts'), logLevel: 'warn' });
  } finally {
    if (previous === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = previous;
  }
  writeFileSync(stampOf(name), new Date().toISOString());
  console.log(`built web/${name} -> dist/web/${name}`);
}

/** Builds every bundle. */
export async function buildWebBundles() {
  for (const name of bundleNames()) await buildOne(name);
}

/** Builds only the bundles whose sources (or the shared web/ files) changed since their last build. */
export async function buildStaleWebBundles() {
  for (const name of bundleNames()) {
    const stamp = stampOf(name);
    const built = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
    if (newestChange(join(webRoot, name)) > built) await buildOne(name);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await buildWebBundles();

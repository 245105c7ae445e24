// Builds every front-end bundle under web/ (each folder with a vite.config.ts) into dist/web/<name>.
// Run by `npm run build` after the server's tsc, so `npm install && npm start` serves them.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';

const root = join(import.meta.dirname, '..', 'web');
const bundles = existsSync(root)
  ? readdirSync(root, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(root, entry.name, 'vite.config.ts')))
      .map((entry) => entry.name)
  : [];
for (const name of bundles) {
  await build({ configFile: join(root, name, 'vite.config.ts'), logLevel: 'warn' });
  console.log(`built web/${name} -> dist/web/${name}`);
}

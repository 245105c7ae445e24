// The storefront widgets (SPEC W1–W5): one tiny classic-script loader at a stable name
// (`loader.js`, short cache) that imports each element's hashed chunk only when the element is
// on the page. Chunks live under `c/` and never change under a name (long cache).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const root = import.meta.dirname;

/** Each custom element and the file its definition lives in (web/widgets/src/elements/<name>.ts). */
const ELEMENTS = ['stars', 'reviews', 'badge', 'carousel', 'loyalty', 'newsletter'];

/**
 * The loader is a classic script (`async`, no `type=module`), so it may hold no import
 * statement nor Vite's preload helper: it imports the elements by URL, and this plugin writes
 * their hashed file names into it where it says `__CHUNKS__`.
 */
function chunkMap(): Plugin {
  return {
    name: 'trustloop-chunk-map',
    generateBundle(_options, bundle) {
      const files: Record<string, string> = {};
      for (const output of Object.values(bundle))
        if (output.type === 'chunk' && output.isEntry && ELEMENTS.includes(output.name))
          files[`trustloop-${output.name}`] = output.fileName;
      const loader = bundle['loader.js'];
      if (loader?.type !== 'chunk' || !loader.code.includes('__CHUNKS__'))
        throw new Error('loader.js must reference __CHUNKS__');
      loader.code = loader.code.replace('__CHUNKS__', JSON.stringify(files));
      // The loader's box reservations as a stylesheet a shop may link in its <head>.
      this.emitFile({
        type: 'asset',
        fileName: 'widgets.css',
        source: readFileSync(join(root, 'src/reserve.css'), 'utf8').replace(/\n/g, ''),
      });
    },
  };
}

export default defineConfig({
  root,
  // The chunks are imported relative to the loader's own URL, wherever Trustloop is mounted.
  base: './',
  logLevel: 'warn',
  plugins: [chunkMap()],
  build: {
    outDir: join(root, '../../dist/web/widgets'),
    emptyOutDir: true,
    target: 'es2022',
    // No preload helper: the loader must stay a plain script with no static imports.
    modulePreload: false,
    reportCompressedSize: false,
    rollupOptions: {
      input: {
        loader: join(root, 'src/loader.ts'),
        ...Object.fromEntries(ELEMENTS.map((name) => [name, join(root, `src/elements/${name}.ts`)])),
      },
      // Entries keep exactly their exports' shape; the elements export nothing.
      preserveEntrySignatures: false,
      output: {
        format: 'es',
        entryFileNames: (chunk) => (chunk.name === 'loader' ? 'loader.js' : 'c/[name]-[hash].js'),
        chunkFileNames: 'c/[name]-[hash].js',
      },
    },
  },
});

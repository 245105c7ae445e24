// The admin app (SPEC A1–A8): built by `npm run build` (scripts/build-web.mjs) into dist/web/admin and
// served by the API process at /admin (src/platform/http/admin-app.ts).
import { join } from 'node:path';
import { tanstackRouter } from '@tanstack/router-plugin/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = import.meta.dirname;

export default defineConfig({
  root: here,
  base: '/admin/',
  plugins: [
    // File-based routes in src/routes, one file per page; each page is its own chunk.
    tanstackRouter({
      target: 'react',
      autoCodeSplitting: true,
      routesDirectory: join(here, 'src/routes'),
      generatedRouteTree: join(here, 'src/route-tree.gen.ts'),
      quoteStyle: 'single',
    }),
    react(),
  ],
  build: {
    outDir: join(here, '../../dist/web/admin'),
    emptyOutDir: true,
    sourcemap: false,
    // The first page's budget is 200 KB gzipped (bench/admin.bench.ts measures it), not raw bytes.
    chunkSizeWarningLimit: 600,
    rolldownOptions: { checks: { pluginTimings: false } },
  },
});

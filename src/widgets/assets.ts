/**
 * The widget files built from web/widgets (dist/web/widgets), served at {PUBLIC_URL}/widgets/v1/.
 * `loader.js` keeps its name and is cached briefly (a new release reaches shops within minutes);
 * the chunks under `c/` carry a content hash and are cached for a year. Each file is read and
 * gzipped once per process: these are the most requested bytes Trustloop serves.
 */
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

export const WIDGETS_DIR = join(import.meta.dirname, '../../dist/web/widgets');

export interface Asset {
  type: string;
  cacheControl: string;
  plain: Buffer;
  gzip: Buffer;
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** Reads built widget files; `get` answers undefined for anything that is not one. */
export function widgetAssets(dir = WIDGETS_DIR) {
  const memo = new Map<string, Promise<Asset | undefined>>();

  async function load(path: string): Promise<Asset | undefined> {
    const type = TYPES[extname(path)];
    if (!type) return undefined;
    let plain: Buffer;
    try {
      plain = await readFile(join(dir, path));
    } catch {
      return undefined;
    }
    return {
      type,
      cacheControl: path.startsWith('c/')
        ? 'public, max-age=31536000, immutable'
        : 'public, max-age=300, stale-while-revalidate=86400',
      plain,
      gzip: gzipSync(plain, { level: 9 }),
    };
  }

  return {
    get(path: string): Promise<Asset | undefined> {
      // Only plain relative names inside the folder: no `..`, no absolute paths, no dot files.
      const clean = normalize(path);
      if (clean !== path || clean.startsWith('.') || clean.includes('/.') || clean.startsWith('/'))
        return Promise.resolve(undefined);
      let asset = memo.get(clean);
      if (!asset) {
        asset = load(clean);
        // A miss is not remembered: the file may appear with the next build.
        asset.then((found) => found ?? memo.delete(clean));
        memo.set(clean, asset);
      }
      return asset;
    },
  };
}

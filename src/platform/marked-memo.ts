/**
 * A process-local memo of values read from the database, kept current across processes by a
 * marker in the shared cache (Redis when configured). A value is served while the shared cache
 * still holds the marker it was read under; whoever changes the underlying rows deletes the
 * marker's key (directly, or with a `deletePrefix` over the key), and every process reads afresh.
 */
import { randomUUID } from 'node:crypto';
import type { Cache } from './cache.js';

export interface MarkedMemo<V> {
  /** The value under `key` (a shared-cache key), read with `read` when not current; null is not kept. */
  get(key: string, read: () => Promise<V | null>): Promise<V | null>;
  /**
   * The value under `key` at once (no promise) when this process holds it under the marker the
   * cache still holds locally (`Cache.peek`); undefined otherwise (then ask `get`). A shared
   * cache (Redis) holds no marker locally, so there this is always undefined.
   */
  peek(key: string): V | undefined;
}

export function markedMemo<V>(
  cache: Cache,
  options: { markerTtlMs?: number; maxEntries?: number } = {},
): MarkedMemo<V> {
  const markerTtlMs = options.markerTtlMs ?? 60_000;
  const maxEntries = options.maxEntries ?? 1_000;
  const entries = new Map<string, { marker: string; value: V }>();
  return {
    peek(key) {
      const known = entries.get(key);
      if (known === undefined) return undefined;
      return cache.peek(key) === known.marker ? known.value : undefined;
    },
    async get(key, read) {
      let marker = await cache.get(key);
      const known = entries.get(key);
      if (known && marker !== undefined && known.marker === marker) return known.value;
      // The marker goes in before the read: a change committed after the read deletes it, so
      // the next call reads again instead of keeping what this one read.
      if (marker === undefined) {
        marker = randomUUID();
        await cache.set(key, marker, markerTtlMs);
      }
      const value = await read();
      entries.delete(key);
      if (value === null) {
        await cache.delete(key); // unknown keys must not fill the cache
        return null;
      }
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value as string);
      entries.set(key, { marker, value });
      return value;
    },
  };
}

import type { Redis } from 'ioredis';
import { LRUCache } from 'lru-cache';

/**
 * A read cache for public responses. In one process it lives in memory; with REDIS_URL it is
 * shared, so an invalidation made by one API process is seen by all of them.
 */
export interface Cache {
  /**
   * The value under `key`. The in-memory cache answers at once rather than with a promise, so
   * that a hot path can skip the microtask; `await` reads both alike.
   */
  get(key: string): string | undefined | Promise<string | undefined>;
  set(key: string, value: string, ttlMs: number): Promise<void>;
  delete(...keys: string[]): Promise<void>;
  /** Drops every key starting with `prefix` (e.g. everything cached for one channel). */
  deletePrefix(prefix: string): Promise<void>;
}

export function memoryCache(maxEntries = 10_000): Cache {
  const lru = new LRUCache<string, string>({ max: maxEntries, ttlAutopurge: false });
  return {
    get(key) {
      return lru.get(key);
    },
    async set(key, value, ttlMs) {
      lru.set(key, value, { ttl: ttlMs });
    },
    async delete(...keys) {
      for (const key of keys) lru.delete(key);
    },
    async deletePrefix(prefix) {
      for (const key of lru.keys()) if (key.startsWith(prefix)) lru.delete(key);
    },
  };
}

export function redisCache(redis: Redis, namespace = 'trustloop-cache:'): Cache {
  return {
    async get(key) {
      return (await redis.get(namespace + key)) ?? undefined;
    },
    async set(key, value, ttlMs) {
      await redis.set(namespace + key, value, 'PX', ttlMs);
    },
    async delete(...keys) {
      if (keys.length > 0) await redis.del(...keys.map((key) => namespace + key));
    },
    async deletePrefix(prefix) {
      let cursor = '0';
      do {
        const [next, found] = await redis.scan(cursor, 'MATCH', `${namespace}${prefix}*`, 'COUNT', 500);
        cursor = next;
        if (found.length > 0) await redis.del(...found);
      } while (cursor !== '0');
    },
  };
}

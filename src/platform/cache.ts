import type { Redis } from 'ioredis';
import { LRUCache } from 'lru-cache';

/**
 * A read cache for public responses. In one process it lives in memory; with REDIS_URL it is
 * shared, so an invalidation made by one API process is seen by all of them.
 */
export interface Cache {
  /** The value under `key`. */
  get(key: string): Promise<string | undefined>;
  /**
   * The value under `key` if this process holds it, at once (no promise): a hot path skips the
   * microtask on a hit. Undefined on a miss, and always from a shared cache (Redis) that no
   * process holds locally; then ask `get`.
   */
  peek(key: string): string | undefined;
  set(key: string, value: string, ttlMs: number): Promise<void>;
  delete(...keys: string[]): Promise<void>;
  /** Drops every key starting with `prefix` (e.g. everything cached for one channel). */
  deletePrefix(prefix: string): Promise<void>;
}

export function memoryCache(maxEntries = 10_000): Cache {
  const lru = new LRUCache<string, string>({ max: maxEntries, ttlAutopurge: false });
  return {
    async get(key) {
      return lru.get(key);
    },
    peek(key) {
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
    peek() {
      return undefined;
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

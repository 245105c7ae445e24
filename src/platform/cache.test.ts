import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { memoryCache, redisCache } from './cache.js';

const redis = new Redis(process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379', { lazyConnect: true });
afterAll(() => redis.quit());

describe('cache', () => {
  it('in memory: get answers with a promise, peek at once with the same value', async () => {
    const cache = memoryCache();
    await cache.set('k', 'v', 60_000);
    const pending = cache.get('k');
    expect(pending).toBeInstanceOf(Promise);
    expect(await pending).toBe('v');
    expect(cache.peek('k')).toBe('v');
    expect(cache.peek('missing')).toBeUndefined();
  });

  it('shared (Redis): peek holds nothing locally, get reads what another process wrote', async () => {
    const namespace = `cache-test-${process.pid}-${Date.now()}:`;
    const writer = redisCache(redis, namespace);
    const reader = redisCache(redis, namespace);
    await writer.set('k', 'v', 60_000);
    expect(reader.peek('k')).toBeUndefined();
    expect(await reader.get('k')).toBe('v');
    await writer.deletePrefix('');
    expect(await reader.get('k')).toBeUndefined();
  });
});

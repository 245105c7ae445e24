import { describe, expect, it } from 'vitest';
import { type Cache, memoryCache } from '../../platform/cache.js';
import { publicResponses } from './public-responses.js';

/** The in-memory cache behind promises, as a shared (Redis) cache answers. */
function sharedCache(): Cache {
  const inner = memoryCache();
  return {
    get: (key) => inner.get(key),
    peek: () => undefined,
    set: (key, value, ttlMs) => inner.set(key, value, ttlMs),
    delete: (...keys) => inner.delete(...keys),
    deletePrefix: (prefix) => inner.deletePrefix(prefix),
  };
}

describe('public responses', () => {
  it('answers a hit in the in-memory cache at once, without a promise', async () => {
    const responses = publicResponses(memoryCache(), 60_000);
    let produced = 0;
    const produce = async () => ({ average: 4.5, count: ++produced });
    const first = await responses.get('channel:pub_1:reviews:summary', produce);
    const second = responses.get('channel:pub_1:reviews:summary', produce);
    expect(second).not.toBeInstanceOf(Promise);
    expect(second).toEqual(first);
    expect(JSON.parse(first.body.toString())).toEqual({ average: 4.5, count: 1 });
  });

  it('reads a shared cache through its promise, and produces a missing value once', async () => {
    const cache = sharedCache();
    const responses = publicResponses(cache, 60_000);
    let produced = 0;
    const produce = async () => ({ count: ++produced });
    const first = await responses.get('channel:pub_1:reviews:summary', produce);
    const second = await responses.get('channel:pub_1:reviews:summary', produce);
    expect(second.etag).toBe(first.etag);
    expect(produced).toBe(1);
    // What another process stored is served as stored.
    const elsewhere = publicResponses(cache, 60_000);
    expect((await elsewhere.get('channel:pub_1:reviews:summary', produce)).etag).toBe(first.etag);
    expect(produced).toBe(1);
  });
});

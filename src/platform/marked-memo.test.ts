import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { memoryCache, redisCache } from './cache.js';
import { markedMemo } from './marked-memo.js';

const redis = new Redis(process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379', { lazyConnect: true });
afterAll(() => redis.quit());

/** A stand-in for rows in the database: reads count, and the value can change. */
function source(initial: string) {
  let value: string | null = initial;
  let reads = 0;
  return {
    read: async () => {
      reads += 1;
      return value;
    },
    set: (next: string | null) => {
      value = next;
    },
    reads: () => reads,
  };
}

describe('markedMemo', () => {
  it('reads once while the marker stays, and afresh once the marker’s key is deleted', async () => {
    const cache = memoryCache();
    const memo = markedMemo<string>(cache);
    const rows = source('a');

    expect(await memo.get('channel:pub:x', rows.read)).toBe('a');
    expect(await memo.get('channel:pub:x', rows.read)).toBe('a');
    expect(rows.reads()).toBe(1);

    rows.set('b');
    await cache.deletePrefix('channel:pub:');
    expect(await memo.get('channel:pub:x', rows.read)).toBe('b');
    expect(rows.reads()).toBe(2);
  });

  it('keeps no null and leaves no marker for it: an unknown key is read every time', async () => {
    const cache = memoryCache();
    const memo = markedMemo<string>(cache);
    const rows = source('a');
    rows.set(null);

    expect(await memo.get('k', rows.read)).toBeNull();
    expect(await cache.get('k')).toBeUndefined();
    expect(await memo.get('k', rows.read)).toBeNull();
    expect(rows.reads()).toBe(2);
  });

  it('over Redis, a change made by one process drops the value every other process holds', async () => {
    const namespace = `marked-memo-test-${process.pid}-${Date.now()}:`;
    // Two processes: each its own memo, both over the one shared cache.
    const first = markedMemo<string>(redisCache(redis, namespace));
    const second = markedMemo<string>(redisCache(redis, namespace));
    const rows = source('v1');

    expect(await first.get('channel:pub:t', rows.read)).toBe('v1');
    expect(await second.get('channel:pub:t', rows.read)).toBe('v1');
    expect(await first.get('channel:pub:t', rows.read)).toBe('v1');
    expect(rows.reads()).toBe(2);

    rows.set('v2');
    await redisCache(redis, namespace).delete('channel:pub:t'); // the writer, in a third process
    expect(await first.get('channel:pub:t', rows.read)).toBe('v2');
    expect(await second.get('channel:pub:t', rows.read)).toBe('v2');
    await redisCache(redis, namespace).deletePrefix('');
  });

  it('peek answers at once only what get would answer from memory, and never over Redis', async () => {
    const cache = memoryCache();
    const memo = markedMemo<string>(cache);
    const rows = source('a');

    expect(memo.peek('channel:pub:x')).toBeUndefined();
    await memo.get('channel:pub:x', rows.read);
    expect(memo.peek('channel:pub:x')).toBe('a');

    rows.set('b');
    await cache.deletePrefix('channel:pub:');
    expect(memo.peek('channel:pub:x')).toBeUndefined();
    expect(await memo.get('channel:pub:x', rows.read)).toBe('b');
    expect(memo.peek('channel:pub:x')).toBe('b');

    const namespace = `marked-memo-peek-${process.pid}-${Date.now()}:`;
    const shared = markedMemo<string>(redisCache(redis, namespace));
    expect(await shared.get('channel:pub:x', rows.read)).toBe('b');
    expect(shared.peek('channel:pub:x')).toBeUndefined();
    await redisCache(redis, namespace).deletePrefix('');
  });
});

import Fastify from 'fastify';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import {
  clientKey,
  memoryRateLimitStore,
  type RateLimitStore,
  rateLimitHook,
  redisRateLimitStore,
  windowMs,
} from './rate-limit.js';

function limitedApp(store: RateLimitStore, max: number) {
  const app = Fastify();
  const onRequest = rateLimitHook(store, 'GET /limited', { max, timeWindow: '1 minute' });
  app.get('/limited', { onRequest }, async () => 'ok');
  return app;
}

describe('rate limits', () => {
  it('reads windows written as milliseconds or "<n> second|minute|hour(s)"', () => {
    expect(windowMs(1500)).toBe(1500);
    expect(windowMs('1 minute')).toBe(60_000);
    expect(windowMs('30 seconds')).toBe(30_000);
    expect(windowMs('2 hours')).toBe(7_200_000);
    expect(() => windowMs('a fortnight')).toThrow(/a fortnight/);
  });

  it('counts IPv4 clients by address and IPv6 clients by their /64', () => {
    expect(clientKey('203.0.113.7')).toBe('203.0.113.7');
    expect(clientKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(clientKey('2001:db8:aa:bb:1:2:3:4')).toBe('2001:db8:aa:bb::/64');
    expect(clientKey('2001:db8:aa:bb::9')).toBe(clientKey('2001:0db8:00aa:00bb:ffff::1'));
    expect(clientKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(clientKey('2001:db8:aa:bc::1')).not.toBe(clientKey('2001:db8:aa:bb::1'));
  });

  it('answers 429 with Retry-After once a client passes the limit, and counts each client apart', async () => {
    const store = memoryRateLimitStore();
    const app = limitedApp(store, 2);
    const from = (remoteAddress: string) => app.inject({ method: 'GET', url: '/limited', remoteAddress });
    expect((await from('198.51.100.1')).statusCode).toBe(200);
    expect((await from('198.51.100.1')).statusCode).toBe(200);
    const refused = await from('198.51.100.1');
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(59);
    expect((await from('198.51.100.2')).statusCode).toBe(200);
    store.close?.();
    await app.close();
  });

  it('opens a new window once the old one has ended', () => {
    const store = memoryRateLimitStore();
    expect(store.hit('k', 1000, 0)).toMatchObject({ count: 1, resetAtMs: 1000 });
    expect(store.hit('k', 1000, 999)).toMatchObject({ count: 2 });
    expect(store.hit('k', 1000, 1000)).toMatchObject({ count: 1, resetAtMs: 2000 });
    store.close?.();
  });

  it('forgets the oldest keys rather than growing without bound', () => {
    const store = memoryRateLimitStore(2);
    store.hit('a', 60_000, 0);
    store.hit('a', 60_000, 1);
    store.hit('b', 60_000, 2);
    store.hit('c', 60_000, 3);
    expect(store.hit('a', 60_000, 4)).toMatchObject({ count: 1 });
    store.close?.();
  });
});

const redis = new Redis(process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379', {
  lazyConnect: true,
  maxRetriesPerRequest: 1,
});
const redisUp = await redis.connect().then(
  () => true,
  () => false,
);

// TEST_REQUIRE_REDIS=1 makes a missing Redis a failure instead of a skip.
describe.runIf(redisUp || process.env['TEST_REQUIRE_REDIS'])('rate limits shared through Redis', () => {
  afterAll(() => redis.quit());

  it('two API processes count one client together', async () => {
    const namespace = `trustloop-rl-test-${process.pid}-${Date.now()}:`;
    const first = limitedApp(redisRateLimitStore(redis, namespace), 3);
    const second = limitedApp(redisRateLimitStore(redis, namespace), 3);
    const statuses: number[] = [];
    for (const app of [first, second, first, second])
      statuses.push(
        (await app.inject({ method: 'GET', url: '/limited', remoteAddress: '192.0.2.9' })).statusCode,
      );
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(await redis.pttl(`${namespace}GET /limited|192.0.2.9`)).toBeGreaterThan(50_000);
    await Promise.all([first.close(), second.close()]);
  });
});

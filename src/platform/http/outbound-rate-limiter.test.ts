import { describe, expect, it } from 'vitest';
import { RateLimiter } from './outbound-rate-limiter.js';

describe('the per-connection token bucket', () => {
  it('lets a burst through, then says how long until the next token', () => {
    let now = 0;
    const limiter = new RateLimiter(() => now);
    const limit = { perSecond: 2, burst: 3 };
    expect([1, 2, 3].map(() => limiter.tryTake('c1', limit))).toEqual([0, 0, 0]);
    expect(limiter.tryTake('c1', limit)).toBe(500);
    now = 500;
    expect(limiter.tryTake('c1', limit)).toBe(0);
  });

  it('keeps one bucket per connection', () => {
    const limiter = new RateLimiter(() => 0);
    const limit = { perSecond: 1, burst: 1 };
    expect(limiter.tryTake('a', limit)).toBe(0);
    expect(limiter.tryTake('b', limit)).toBe(0);
    expect(limiter.tryTake('a', limit)).toBeGreaterThan(0);
  });
});

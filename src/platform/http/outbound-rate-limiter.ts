import { performance } from 'node:perf_hooks';

/**
 * Per-connection token buckets for outbound calls, in process. Throughput control runs on the
 * monotonic clock, not the domain clock: it paces real requests, it is not business time.
 * Across processes each holds its own buckets; the platform's 429 (honoured through the job
 * system's `Retry-After`) is the backstop.
 */
export class RateLimiter {
  readonly #buckets = new Map<string, { tokens: number; at: number }>();
  readonly #now: () => number;

  constructor(now: () => number = () => performance.now()) {
    this.#now = now;
  }

  /**
   * Takes a token for `key`. Returns 0 when one was free, otherwise how many ms until one is
   * (nothing is taken then).
   */
  tryTake(key: string, limit: { perSecond: number; burst: number }): number {
    const now = this.#now();
    const bucket = this.#buckets.get(key) ?? { tokens: limit.burst, at: now };
    bucket.tokens = Math.min(limit.burst, bucket.tokens + ((now - bucket.at) / 1000) * limit.perSecond);
    bucket.at = now;
    this.#buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.ceil(((1 - bucket.tokens) / limit.perSecond) * 1000);
  }

  /** Waits for a token when it comes within `maxWaitMs`; otherwise returns the wait without taking one. */
  async take(key: string, limit: { perSecond: number; burst: number }, maxWaitMs = 1_000): Promise<number> {
    for (;;) {
      const wait = this.tryTake(key, limit);
      if (wait === 0) return 0;
      if (wait > maxWaitMs) return wait;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}

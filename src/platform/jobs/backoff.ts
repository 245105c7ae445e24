export interface BackoffOptions {
  baseMs: number;
  capMs: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 1_000, capMs: 60 * 60 * 1_000 };

/**
 * Exponential backoff with full jitter: a uniform delay in `[0, min(cap, base · 2^(attempt−1)))`.
 * Spreading retries over the whole window keeps many failing jobs from retrying in lockstep
 * (https://aws.amazon.com/blogs/architecture/exponential-backoff-and-jitter/).
 *
 * @param attempt - the attempt that just failed, 1 for the first run
 * @param random - a number in [0, 1); injected so tests are deterministic
 * @example backoffDelayMs(3, () => 0.5) // 2000: half of the 4 s window
 */
export function backoffDelayMs(
  attempt: number,
  random: () => number = Math.random,
  options: BackoffOptions = DEFAULT_BACKOFF,
): number {
  const exponent = Math.max(0, Math.floor(attempt) - 1);
  const window = Math.min(options.capMs, options.baseMs * 2 ** exponent);
  const r = Math.min(Math.max(random(), 0), 1);
  return Math.min(options.capMs, Math.floor(r * window));
}

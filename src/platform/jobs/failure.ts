import { backoffDelayMs } from './backoff.js';
import { PermanentError, RetryableError } from './job-errors.js';

const MAX_ERROR_LENGTH = 4_000;

export type FailureOutcome =
  | { state: 'dead'; error: string }
  | { state: 'pending'; runAt: Date; error: string };

/** What happens to a job whose handler threw on attempt `attempts` (1-based) of `maxAttempts`. */
export function decideFailure(
  error: unknown,
  attempts: number,
  maxAttempts: number,
  now: Date,
  random: () => number = Math.random,
): FailureOutcome {
  const message = describeError(error);
  if (error instanceof PermanentError || attempts >= maxAttempts) return { state: 'dead', error: message };
  const delay =
    error instanceof RetryableError && error.retryAfterMs !== undefined
      ? Math.max(0, error.retryAfterMs)
      : backoffDelayMs(attempts, random);
  return { state: 'pending', runAt: new Date(now.getTime() + delay), error: message };
}

/** The stored `last_error`: name, message and the top of the stack, bounded in size. */
export function describeError(error: unknown): string {
  const text = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
  return text.length > MAX_ERROR_LENGTH ? `${text.slice(0, MAX_ERROR_LENGTH)}…` : text;
}

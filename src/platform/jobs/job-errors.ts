/**
 * Throw from a handler to retry at a known time, e.g. after an HTTP 429's `Retry-After`.
 * Without `retryAfterMs` it behaves like any other error (exponential backoff).
 *
 * @example throw new RetryableError('Klaviyo rate limit', { retryAfterMs: 30_000 });
 */
export class RetryableError extends Error {
  readonly retryAfterMs: number | undefined;
  constructor(message: string, options: { retryAfterMs?: number; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'RetryableError';
    this.retryAfterMs = options.retryAfterMs;
  }
}

/**
 * Throw from a handler when retrying cannot help (bad credentials, a rejected payload):
 * the job goes to the dead letters at once, keeping this message.
 */
export class PermanentError extends Error {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'PermanentError';
  }
}

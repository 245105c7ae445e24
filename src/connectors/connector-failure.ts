import { PermanentError, RetryableError } from '../platform/jobs/index.js';

/** How a failed call to a platform should be handled (DESIGN: "the dispatcher acts on the kind"). */
export type FailureKind = 'retryable' | 'permanent' | 'auth_invalid' | 'rate_limited';

/** A call to a marketing platform failed; `message` is for the merchant and names what is wrong. */
export class ConnectorFailure extends Error {
  readonly kind: FailureKind;
  readonly retryAfterMs: number | undefined;
  readonly status: number | undefined;

  constructor(
    kind: FailureKind,
    message: string,
    options: { retryAfterMs?: number; status?: number; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ConnectorFailure';
    this.kind = kind;
    this.retryAfterMs = options.retryAfterMs;
    this.status = options.status;
  }
}

/** `Retry-After` as milliseconds: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now: Date): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime());
}

/** Classifies an HTTP answer that was not a success. `auth` words the merchant-facing auth message. */
export function failureOfStatus(
  status: number,
  detail: string,
  context: { platform: string; retryAfter: string | null; now: Date; authMessage: string },
): ConnectorFailure {
  if (status === 429) {
    const wait = retryAfterMs(context.retryAfter, context.now);
    return new ConnectorFailure('rate_limited', `${context.platform} is rate limiting requests`, {
      status,
      ...(wait === undefined ? {} : { retryAfterMs: wait }),
    });
  }
  if (status === 401 || status === 403)
    return new ConnectorFailure('auth_invalid', context.authMessage, { status });
  if (status === 408 || status >= 500) {
    const wait = retryAfterMs(context.retryAfter, context.now);
    return new ConnectorFailure('retryable', `${context.platform} answered ${status}: ${detail}`, {
      status,
      ...(wait === undefined ? {} : { retryAfterMs: wait }),
    });
  }
  return new ConnectorFailure('permanent', `${context.platform} refused the request (${status}): ${detail}`, {
    status,
  });
}

/** A network-level failure (refused, reset, timeout) is worth retrying. */
export function failureOfNetwork(platform: string, error: unknown): ConnectorFailure {
  const reason = error instanceof Error ? error.message : String(error);
  return new ConnectorFailure('retryable', `${platform} could not be reached: ${reason}`, { cause: error });
}

/** What the job system should do with a connector failure. */
export function toJobError(failure: ConnectorFailure): Error {
  switch (failure.kind) {
    case 'rate_limited':
    case 'retryable':
      return new RetryableError(failure.message, {
        cause: failure,
        ...(failure.retryAfterMs === undefined ? {} : { retryAfterMs: failure.retryAfterMs }),
      });
    case 'auth_invalid':
      return new PermanentError(`auth_invalid: ${failure.message}`, { cause: failure });
    case 'permanent':
      return new PermanentError(failure.message, { cause: failure });
  }
}

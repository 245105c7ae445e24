import { AppError } from '../platform/errors.js';
import { PermanentError, RetryableError } from '../platform/jobs/index.js';
import type { ConnectorDescriptor } from './connector.js';

/** How a failed call to a platform should be handled (DESIGN: "the dispatcher acts on the kind"). */
export type FailureKind = 'retryable' | 'permanent' | 'auth_invalid' | 'rate_limited';

/** One field the platform named when it refused a request (its own field name, its words). */
export interface PlatformFieldError {
  /** The platform's field (`name`, `data.attributes.email`), or null when it named none. */
  field: string | null;
  message: string;
}

/** A call to a marketing platform failed; `message` is for the merchant and names what is wrong. */
export class ConnectorFailure extends Error {
  readonly kind: FailureKind;
  readonly retryAfterMs: number | undefined;
  readonly status: number | undefined;
  /** What the platform said about each field it refused (4xx answers), in its own words. */
  readonly fieldErrors: PlatformFieldError[];

  constructor(
    kind: FailureKind,
    message: string,
    options: {
      retryAfterMs?: number;
      status?: number;
      cause?: unknown;
      fieldErrors?: PlatformFieldError[];
    } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ConnectorFailure';
    this.kind = kind;
    this.retryAfterMs = options.retryAfterMs;
    this.status = options.status;
    this.fieldErrors = options.fieldErrors ?? [];
  }
}

const MAX_FIELD_ERRORS = 20;
const words = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/**
 * The field errors in a platform's refusal, whatever its shape: Laravel's `{errors: {field:
 * [messages]}}` (Ecomail), JSON:API's `{errors: [{detail, source: {pointer}}]}` (Klaviyo), or a
 * list of messages `{message: [..]}` (SALESmanago). A body that came as JSON text is parsed.
 */
export function fieldErrorsOf(body: unknown): PlatformFieldError[] {
  let value = body;
  if (typeof value === 'string' && /^\s*[[{]/.test(value)) {
    try {
      value = JSON.parse(value) as unknown;
    } catch {
      return [];
    }
  }
  if (!value || typeof value !== 'object') return [];
  const out: PlatformFieldError[] = [];
  const errors = (value as { errors?: unknown }).errors;
  if (Array.isArray(errors)) {
    for (const item of errors as Array<Record<string, unknown>>) {
      const source = (item?.['source'] ?? {}) as { pointer?: unknown; parameter?: unknown };
      const pointer = words(source.pointer) || words(source.parameter);
      const message = words(item?.['detail']) || words(item?.['title']) || words(item?.['message']);
      if (message)
        out.push({ field: pointer ? pointer.replace(/^\/+/, '').replaceAll('/', '.') : null, message });
    }
  } else if (errors && typeof errors === 'object') {
    for (const [field, messages] of Object.entries(errors as Record<string, unknown>)) {
      for (const message of Array.isArray(messages) ? messages : [messages])
        if (words(message)) out.push({ field, message: words(message) });
    }
  } else {
    const messages = (value as { message?: unknown }).message;
    if (Array.isArray(messages))
      for (const message of messages) if (words(message)) out.push({ field: null, message: words(message) });
  }
  return out.slice(0, MAX_FIELD_ERRORS);
}

/** "name: The name field is required.; email: …" — what the message adds after the platform's summary. */
function describe(errors: readonly PlatformFieldError[]): string {
  return errors.map((e) => (e.field ? `${e.field}: ${e.message}` : e.message)).join('; ');
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
  context: {
    platform: string;
    retryAfter: string | null;
    now: Date;
    authMessage: string;
    /** The answer's body; its field errors go into the failure (else `detail` is read for them). */
    body?: unknown;
  },
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
  const fieldErrors = fieldErrorsOf(context.body === undefined ? detail : context.body);
  const named = describe(fieldErrors);
  // A detail that is the raw JSON body reads better as its field errors alone.
  const raw = /^\s*[[{]/.test(detail);
  const said = !named ? detail : raw ? named : detail.includes(named) ? detail : `${detail} (${named})`;
  return new ConnectorFailure('permanent', `${context.platform} refused the request (${status}): ${said}`, {
    status,
    fieldErrors,
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

/**
 * A refused key and a platform that cannot answer now, as codes the admin words (verify.<code>);
 * any other refusal has none and is shown in the platform's own words.
 */
export function failureCode(
  failure: ConnectorFailure,
): 'credentials.refused' | 'platform.unavailable' | undefined {
  if (failure.kind === 'auth_invalid') return 'credentials.refused';
  if (failure.kind === 'retryable' || failure.kind === 'rate_limited') return 'platform.unavailable';
  return undefined;
}

/**
 * A platform's refusal as our 422: the message names the platform, and `details` carry each
 * field the platform named (a JSON Pointer into the platform's refusal: `/platform/<its field>`), not just its summary.
 */
export function refusal(descriptor: ConnectorDescriptor, failure: ConnectorFailure): AppError {
  // A refused credential names the secret setting (apiKey, privateKey…) the merchant must fix.
  const secret = descriptor.settings.find((field) => field.secret && field.required);
  const field = failure.kind === 'auth_invalid' && secret ? `/body/settings/${secret.key}` : '/body/settings';
  const code = failureCode(failure);
  return new AppError('unprocessable', `${descriptor.displayName}: ${failure.message}`, {
    details: [
      {
        field,
        message: failure.message,
        ...(code ? { code, params: { platform: descriptor.displayName } } : {}),
      },
      ...failure.fieldErrors.map((error) => ({
        field: error.field ? `/platform/${error.field}` : '/platform',
        message: error.message,
        platform: descriptor.id,
      })),
    ],
  });
}

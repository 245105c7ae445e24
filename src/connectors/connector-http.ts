import type { Clock } from '../platform/clock.js';
import { ConnectorFailure, failureOfNetwork, failureOfStatus } from './connector-failure.js';

export interface HttpCall {
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
  timeoutMs?: number;
}

export interface HttpAnswer {
  status: number;
  headers: Headers;
  /** Parsed JSON, or the raw text when it is not JSON, or undefined when empty. */
  body: unknown;
}

/** How Trustloop introduces itself to platforms and webhook endpoints (their logs show it). */
export const USER_AGENT = 'Trustloop';

/** One JSON request with a timeout; network failures become retryable `ConnectorFailure`s. */
export async function sendJson(platform: string, call: HttpCall): Promise<HttpAnswer> {
  let response: Response;
  try {
    response = await fetch(call.url, {
      method: call.method,
      headers: {
        accept: 'application/json',
        'user-agent': USER_AGENT,
        ...(call.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...call.headers,
      },
      ...(call.body === undefined ? {} : { body: JSON.stringify(call.body) }),
      signal: AbortSignal.timeout(call.timeoutMs ?? 30_000),
      redirect: 'error',
    });
  } catch (error) {
    throw failureOfNetwork(platform, error);
  }
  const text = await response.text();
  let body: unknown = text === '' ? undefined : text;
  try {
    if (text !== '') body = JSON.parse(text) as unknown;
  } catch {
    // not JSON: keep the text for the error message
  }
  return { status: response.status, headers: response.headers, body };
}

/** Throws the classified failure unless the answer is a 2xx. */
export function expectSuccess(
  answer: HttpAnswer,
  context: { platform: string; clock: Clock; authMessage: string; detail: (body: unknown) => string },
): void {
  if (answer.status >= 200 && answer.status < 300) return;
  throw failureOfStatus(answer.status, context.detail(answer.body), {
    platform: context.platform,
    body: answer.body,
    retryAfter: answer.headers.get('retry-after'),
    now: context.clock.now(),
    authMessage: context.authMessage,
  });
}

export { ConnectorFailure };

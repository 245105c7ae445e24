import type { Clock } from '../platform/clock.js';
import { type OutboundAnswer, sendRequest, Unreachable, USER_AGENT } from '../platform/http/outbound.js';
import { ConnectorFailure, failureOfNetwork, failureOfStatus } from './connector-failure.js';

export interface HttpCall {
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
  /** The body already serialised as JSON (when its size had to be known first); wins over `body`. */
  json?: string;
  timeoutMs?: number;
}

export type HttpAnswer = OutboundAnswer;

export { USER_AGENT };

/** One JSON request with a timeout; network failures become retryable `ConnectorFailure`s. */
export async function sendJson(platform: string, call: HttpCall): Promise<HttpAnswer> {
  const json = call.json ?? (call.body === undefined ? undefined : JSON.stringify(call.body));
  try {
    return await sendRequest({
      method: call.method,
      url: call.url,
      headers: {
        accept: 'application/json',
        'user-agent': USER_AGENT,
        ...(json === undefined ? {} : { 'content-type': 'application/json' }),
        ...call.headers,
      },
      ...(json === undefined ? {} : { body: json }),
      timeoutMs: call.timeoutMs ?? 30_000,
    });
  } catch (error) {
    throw failureOfNetwork(platform, error instanceof Unreachable ? error.cause : error);
  }
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

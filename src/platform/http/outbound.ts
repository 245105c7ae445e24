/**
 * One outbound HTTP call to another service, as every integration makes it: a timeout, no
 * redirects (a credential must not follow one to another host), the body read as JSON when it
 * is JSON and kept as text when it is not (the text is the other side's error message).
 * A call that never got an answer (refused, reset, timed out) throws `Unreachable`, which each
 * caller turns into its own retryable failure; any HTTP answer, 4xx and 5xx included, is returned.
 */

/** How Trustloop introduces itself to platforms, shops and webhook endpoints (their logs show it). */
export const USER_AGENT = 'Trustloop';

export interface OutboundRequest {
  method: string;
  url: string;
  headers?: Record<string, string>;
  /** Sent as is (callers serialise JSON themselves and set the content type). */
  body?: string;
  timeoutMs: number;
}

export interface OutboundAnswer {
  status: number;
  headers: Headers;
  /** Parsed JSON, or the raw text when it is not JSON, or undefined when empty. */
  body: unknown;
}

/** The request got no HTTP answer; `cause` is fetch's error (a `TimeoutError` when the time ran out). */
export class Unreachable extends Error {
  constructor(
    readonly url: string,
    cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = 'Unreachable';
  }
}

export async function sendRequest(request: OutboundRequest): Promise<OutboundAnswer> {
  let response: Response;
  try {
    response = await fetch(request.url, {
      method: request.method,
      ...(request.headers ? { headers: request.headers } : {}),
      ...(request.body === undefined ? {} : { body: request.body }),
      signal: AbortSignal.timeout(request.timeoutMs),
      redirect: 'error',
    });
  } catch (error) {
    throw new Unreachable(request.url, error);
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    // The connection broke while the body was arriving: no answer to act on either.
    throw new Unreachable(request.url, error);
  }
  let body: unknown = text === '' ? undefined : text;
  try {
    if (text !== '') body = JSON.parse(text) as unknown;
  } catch {
    // not JSON: keep the text for the error message
  }
  return { status: response.status, headers: response.headers, body };
}

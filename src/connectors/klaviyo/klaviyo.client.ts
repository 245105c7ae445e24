import type { Clock } from '../../platform/clock.js';
import { type ConnectorFailure, failureOfStatus } from '../connector-failure.js';
import { type HttpAnswer, sendJson } from '../connector-http.js';

/** The API revision this client speaks (https://developers.klaviyo.com/en/docs/api_versioning_and_deprecation_policy). */
export const KLAVIYO_REVISION = '2026-07-15';
export const KLAVIYO_BASE_URL = 'https://a.klaviyo.com';

/** The first JSON:API error's detail, for messages. */
export function klaviyoDetail(body: unknown): string {
  const errors = (body as { errors?: Array<{ detail?: string; title?: string }> } | undefined)?.errors;
  return errors?.[0]?.detail ?? errors?.[0]?.title ?? 'no details';
}

/**
 * A thin client over Klaviyo's REST API: private-key auth, the pinned `revision`, JSON:API
 * bodies. Non-2xx answers become classified `ConnectorFailure`s.
 */
export function klaviyoClient(options: { baseUrl: string; privateKey: string; clock: Clock }) {
  const base = options.baseUrl.replace(/\/+$/, '');

  async function call(method: string, path: string, body?: unknown): Promise<HttpAnswer> {
    return sendJson('Klaviyo', {
      method,
      url: `${base}${path}`,
      headers: {
        authorization: `Klaviyo-API-Key ${options.privateKey}`,
        revision: KLAVIYO_REVISION,
        accept: 'application/vnd.api+json',
        ...(body === undefined ? {} : { 'content-type': 'application/vnd.api+json' }),
      },
      ...(body === undefined ? {} : { body }),
    });
  }

  function fail(answer: HttpAnswer): ConnectorFailure {
    const detail = klaviyoDetail(answer.body);
    const authMessage =
      answer.status === 403
        ? `the private key lacks a scope Trustloop needs (${detail})`
        : 'the private key was refused by Klaviyo; it may have been revoked — reconnect with a valid private key';
    return failureOfStatus(answer.status, detail, {
      platform: 'Klaviyo',
      body: answer.body,
      retryAfter: answer.headers.get('retry-after'),
      now: options.clock.now(),
      authMessage,
    });
  }

  return {
    /** The raw answer, for callers that map statuses themselves (verification). */
    call,
    fail,
    /** Sends and throws the classified failure unless the answer is 2xx. */
    async send(method: string, path: string, body?: unknown): Promise<HttpAnswer> {
      const answer = await call(method, path, body);
      if (answer.status < 200 || answer.status >= 300) throw fail(answer);
      return answer;
    },
  };
}

export type KlaviyoClient = ReturnType<typeof klaviyoClient>;

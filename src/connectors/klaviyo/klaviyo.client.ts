import type { Clock } from '../../platform/clock.js';
import { type ConnectorFailure, failureOfStatus } from '../connector-failure.js';
import { type HttpAnswer, sendJson } from '../connector-http.js';

/** The API revision this client speaks (https://developers.klaviyo.com/en/docs/api_versioning_and_deprecation_policy). */
export const KLAVIYO_REVISION = '2026-07-15';
export const KLAVIYO_BASE_URL = 'https://a.klaviyo.com';

/** A request body already serialised (an import job, whose size must be known before it is sent). */
export class SerialisedJson {
  constructor(readonly text: string) {}
}

/** The first JSON:API error's detail, for messages. */
export function klaviyoDetail(body: unknown): string {
  const errors = (body as { errors?: Array<{ detail?: string; title?: string }> } | undefined)?.errors;
  return errors?.[0]?.detail ?? errors?.[0]?.title ?? 'no details';
}

/**
 * The access each call Trustloop makes needs: the operations' `x-klaviyo-scopes` in Klaviyo's
 * OpenAPI (revision 2026-07-15; ../shared/reference/esp-apis.md §1.10). Klaviyo's 403 says only
 * "You do not have permission to perform this action.", so the missing access is named from
 * the call that was refused.
 */
const ACCESS: ReadonlyArray<{ method: string; path: RegExp; scopes: string; purpose: string }> = [
  { method: 'GET', path: /^\/api\/accounts\//, scopes: 'accounts:read', purpose: 'check the key' },
  { method: 'GET', path: /^\/api\/lists\//, scopes: 'lists:read', purpose: 'check the list' },
  {
    method: 'POST',
    path: /^\/api\/profile-import\//,
    scopes: 'profiles:write',
    purpose: 'write profile properties (points, questionnaire link)',
  },
  { method: 'POST', path: /^\/api\/events\//, scopes: 'events:write', purpose: 'send events' },
  {
    method: 'POST',
    path: /^\/api\/profile-subscription-bulk-(create|delete)-jobs\//,
    scopes: 'lists:write, profiles:write, subscriptions:write',
    purpose: 'mirror newsletter consent',
  },
  {
    method: 'POST',
    path: /^\/api\/profile-bulk-import-jobs\//,
    scopes: 'lists:write, profiles:write',
    purpose: 'export profiles',
  },
  {
    method: 'GET',
    path: /^\/api\/profile-bulk-import-jobs\//,
    scopes: 'lists:read, profiles:read',
    purpose: 'follow a profile export',
  },
];

/** What a private key must hold (Settings → API keys → Custom key). */
export const KLAVIYO_KEY_ACCESS =
  'Accounts and Lists read access plus Profiles, Events, Lists and Subscriptions full (write) access';

/** The access (Klaviyo's scope names) a call needs, for the admin's wording of a 403. */
export function missingAccessScopes(method: string, path: string): string {
  return (
    ACCESS.find((entry) => entry.method === method && entry.path.test(path))?.scopes ?? `${method} ${path}`
  );
}

/** The merchant-facing words for a 403 on this call. */
export function missingAccessMessage(method: string, path: string): string {
  const access = ACCESS.find((entry) => entry.method === method && entry.path.test(path));
  const what = access
    ? `access to ${access.purpose} (${access.scopes})`
    : `access Trustloop needs (${method} ${path})`;
  return `the private key lacks ${what}; create a private key with ${KLAVIYO_KEY_ACCESS} and update the connection`;
}

/**
 * A thin client over Klaviyo's REST API: private-key auth, the pinned `revision`, JSON:API
 * bodies. Non-2xx answers become classified `ConnectorFailure`s.
 */
export function klaviyoClient(options: { baseUrl: string; privateKey: string; clock: Clock }) {
  const base = options.baseUrl.replace(/\/+$/, '');

  /** `body` is serialised here, unless it is `SerialisedJson` already. */
  async function call(method: string, path: string, body?: unknown): Promise<HttpAnswer> {
    const json = body instanceof SerialisedJson ? body.text : undefined;
    return sendJson('Klaviyo', {
      method,
      url: `${base}${path}`,
      headers: {
        authorization: `Klaviyo-API-Key ${options.privateKey}`,
        revision: KLAVIYO_REVISION,
        accept: 'application/vnd.api+json',
        ...(body === undefined ? {} : { 'content-type': 'application/vnd.api+json' }),
      },
      ...(json !== undefined ? { json } : body === undefined ? {} : { body }),
    });
  }

  function fail(answer: HttpAnswer, method = '', path = ''): ConnectorFailure {
    const detail = klaviyoDetail(answer.body);
    const authMessage =
      answer.status === 403
        ? missingAccessMessage(method, path)
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
      if (answer.status < 200 || answer.status >= 300) throw fail(answer, method, path);
      return answer;
    },
  };
}

export type KlaviyoClient = ReturnType<typeof klaviyoClient>;

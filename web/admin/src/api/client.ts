import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];
export type Api = ReturnType<typeof createApi>;

/** A field the server (or the form's own check) found wrong, keyed by the form field's name. */
export type FieldErrors = Record<string, string>;

/** An answer other than 2xx, with the server's `{ error: { code, message, details } }`. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  /** Field errors by field name: `/body/name` and `/body/settings/privateKey` become `name` and `privateKey`. */
  readonly fields: FieldErrors;
  /** The server's code for a field's problem, when it has one (`salesmanago.auth`): worded by the admin. */
  readonly fieldCodes: Record<string, string>;
  /** The values a coded problem's wording names (`{ status: 503 }`), by field name. */
  readonly fieldParams: Record<string, Record<string, string | number>>;

  constructor(status: number, body: unknown) {
    const error = (body as { error?: Schemas['ErrorResponse']['error'] } | undefined)?.error;
    super(error?.message ?? `the server answered ${status}`);
    this.status = status;
    this.code = error?.code ?? 'unknown';
    this.fields = {};
    this.fieldCodes = {};
    this.fieldParams = {};
    for (const detail of error?.details ?? []) {
      if (!detail.field) continue;
      const name = detail.field.replace(/^\/(body|querystring|params)\//, '').replace(/^settings\//, '');
      this.fields[name] ??= detail.message;
      if (typeof detail['code'] === 'string' && !(name in this.fieldCodes)) {
        this.fieldCodes[name] = detail['code'];
        const params = detail['params'];
        if (params && typeof params === 'object')
          this.fieldParams[name] = params as Record<string, string | number>;
      }
    }
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The one client for the Trustloop API, typed from the server's OpenAPI document. The session is
 * a cookie; every write also sends the session's CSRF token, learnt from sign-in and /auth/me.
 */
export function createApi(baseUrl = '') {
  let csrfToken: string | undefined;
  const csrf: Middleware = {
    onRequest({ request }) {
      if (csrfToken && !SAFE_METHODS.has(request.method)) request.headers.set('X-CSRF-Token', csrfToken);
      return request;
    },
    async onResponse({ response }) {
      if (!response.ok || !response.headers.get('content-type')?.includes('json')) return response;
      const body = (await response.clone().json()) as { csrfToken?: unknown };
      if (typeof body?.csrfToken === 'string') csrfToken = body.csrfToken;
      return response;
    },
  };
  const client = createClient<paths>({ baseUrl, credentials: 'same-origin' });
  client.use(csrf);
  return {
    client,
    /** Forgets the CSRF token (after signing out). */
    forget() {
      csrfToken = undefined;
    },
  };
}

/** The data of an openapi-fetch answer, or an ApiError. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (!result.response.ok) throw new ApiError(result.response.status, result.error);
  return result.data as T;
}

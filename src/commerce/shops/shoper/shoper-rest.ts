/**
 * Calls to a Shoper shop's REST API (`https://<shop>/webapi/rest/<resource>`, shops.md §5): an
 * admin API user's login and password, exchanged at `POST /webapi/rest/auth` (HTTP Basic) for a
 * bearer token kept until it expires or is refused. Lists take `filters` (JSON), `limit` (1–50),
 * `page` and `order` and answer `{count, pages, page, list}`; errors are `{"error": …}`.
 * Shoper meters calls with a leaky bucket (size `X-Shop-Api-Limit`, leaking
 * `X-Shop-Api-Bandwidth` per second, level `X-Shop-Api-Calls`): like the official SDK, a call
 * waits when the bucket is one call from full, and a 429 becomes a retry after `Retry-After`.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { ShopDiscountError, shopFetch, statusOutcome } from '../shop-discount.types.js';

export type ShoperRow = Record<string, unknown>;

export interface ShoperCredentials {
  shopUrl: string;
  login: string;
  password: string;
}

/** Which credential a refusal is about, for the field error the merchant sees. */
export class ShoperAuthError extends ShopDiscountError {
  constructor(message: string) {
    super('refused', message);
    this.credentialsRefused = true;
  }
}

const errorText = (body: unknown) => {
  const error = (body as { error?: unknown; error_description?: unknown } | undefined) ?? {};
  const text = [error.error, error.error_description].filter((part) => typeof part === 'string').join(': ');
  return text || (typeof body === 'string' ? body.slice(0, 200) : 'no details');
};

export function shoperRest(credentials: ShoperCredentials) {
  const base = `${credentials.shopUrl.replace(/\/+$/, '')}/webapi/rest`;
  let token: { value: string; expiresAt: number } | null = null;
  // The bucket as last read, leaking since `at`; a call takes its place before it is sent, so
  // calls made at once do not all see the same room.
  let bucket = { calls: 0, limit: 10, bandwidth: 2, at: Date.now() };
  const level = () => Math.max(0, bucket.calls - ((Date.now() - bucket.at) / 1000) * bucket.bandwidth);

  async function room(): Promise<void> {
    while (bucket.limit - level() <= 1) await sleep(Math.ceil(1000 / bucket.bandwidth));
    bucket = { ...bucket, calls: level() + 1, at: Date.now() };
  }

  async function authenticate(): Promise<string> {
    if (token && token.expiresAt > Date.now()) return token.value;
    const basic = Buffer.from(`${credentials.login}:${credentials.password}`).toString('base64');
    const answer = await shopFetch('Shoper', `${base}/auth`, {
      method: 'POST',
      headers: { authorization: `Basic ${basic}`, accept: 'application/json' },
    });
    remember(answer.headers);
    if (answer.status === 401 || answer.status === 403)
      throw new ShoperAuthError(`Shoper refused the API user's login or password: ${errorText(answer.body)}`);
    const body = answer.body as { access_token?: string; expires_in?: number } | undefined;
    if (answer.status !== 200 || !body?.access_token)
      throw new ShopDiscountError(
        statusOutcome(answer.status),
        `Shoper answered ${answer.status} to auth: ${errorText(answer.body)}`,
      );
    // Renew a minute early rather than have a call refused mid-page.
    token = {
      value: body.access_token,
      expiresAt: Date.now() + Math.max(60, (body.expires_in ?? 3600) - 60) * 1000,
    };
    return token.value;
  }

  function remember(headers: Headers) {
    const calls = Number(headers.get('x-shop-api-calls'));
    const limit = Number(headers.get('x-shop-api-limit'));
    const bandwidth = Number(headers.get('x-shop-api-bandwidth'));
    if (Number.isFinite(calls) && limit > 0 && bandwidth > 0)
      bucket = { calls, limit, bandwidth, at: Date.now() };
  }

  async function call(method: string, path: string, body?: unknown, retried = false): Promise<unknown> {
    const bearer = await authenticate();
    await room();
    const answer = await shopFetch('Shoper', `${base}/${path}`, {
      method,
      headers: {
        authorization: `Bearer ${bearer}`,
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    remember(answer.headers);
    if (answer.status === 401 && !retried) {
      token = null; // revoked or expired early: one fresh token, then the answer stands
      return call(method, path, body, true);
    }
    if (answer.status === 401)
      throw new ShoperAuthError(`Shoper refused the API user: ${errorText(answer.body)}`);
    if (answer.status === 429) {
      const seconds = Number(answer.headers.get('retry-after')) || 1;
      throw new ShopDiscountError(
        'retry',
        `Shoper is rate limiting: retry after ${seconds} s`,
        seconds * 1000,
      );
    }
    if (answer.status < 200 || answer.status >= 300) {
      const error = new ShopDiscountError(
        statusOutcome(answer.status),
        `Shoper answered ${answer.status} to ${method} ${path.split('?')[0]}: ${errorText(answer.body)}`,
      );
      throw Object.assign(error, { status: answer.status });
    }
    return answer.body;
  }

  return {
    authenticate,
    /** One page of a list, `order` as `field asc|desc`. */
    async list(
      resource: string,
      query: { filters?: Record<string, unknown>; limit: number; page: number; order?: string[] },
    ): Promise<{ list: ShoperRow[]; pages: number }> {
      const search = new URLSearchParams({ limit: String(query.limit), page: String(query.page) });
      if (query.filters) search.set('filters', JSON.stringify(query.filters));
      for (const [i, expr] of (query.order ?? []).entries()) search.append(`order[${i}]`, expr);
      const body = (await call('GET', `${resource}?${search}`)) as { list?: ShoperRow[]; pages?: number };
      return { list: Array.isArray(body?.list) ? body.list : [], pages: Number(body?.pages ?? 1) };
    },
    /** Creates; Shoper answers the new id. */
    async create(resource: string, fields: ShoperRow): Promise<string> {
      return String(await call('POST', resource, fields));
    },
    /** Deletes; an id the shop no longer has (404) counts as deleted. */
    async remove(resource: string, id: string): Promise<void> {
      try {
        await call('DELETE', `${resource}/${encodeURIComponent(id)}`);
      } catch (error) {
        if ((error as { status?: number }).status !== 404) throw error;
      }
    },
  };
}

export type ShoperRestClient = ReturnType<typeof shoperRest>;

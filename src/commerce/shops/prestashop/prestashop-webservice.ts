/**
 * Calls to a PrestaShop Webservice (`<shop>/api/<resource>`, shops.md §4.2): the key as the HTTP
 * Basic user with an empty password, JSON output (`output_format=JSON`), XML for writes (the
 * Webservice reads POST bodies as XML only). Errors come as `{"errors":[{"code","message"}]}`;
 * 401/405 are a key without the permission asked for, 429/5xx and network failures retryable.
 */
import { ShopDiscountError, shopFetch, statusOutcome } from '../shop-discount.types.js';

export type PrestaRow = Record<string, unknown> & { id: number };

/** What the merchant gives: the shop's address and a Webservice key. */
export interface PrestaShopCredentials {
  shopUrl: string;
  apiKey: string;
}

function errorText(body: unknown): string {
  const errors = (body as { errors?: Array<{ code?: number; message?: string }> } | undefined)?.errors;
  if (Array.isArray(errors) && errors.length > 0)
    return errors.map((e) => `${e.message ?? 'error'}${e.code ? ` (code ${e.code})` : ''}`).join('; ');
  return typeof body === 'string' && body !== '' ? body.slice(0, 200) : 'no details';
}

export function prestaShopWebservice(credentials: PrestaShopCredentials) {
  const base = `${credentials.shopUrl.replace(/\/+$/, '')}/api`;
  const authorization = `Basic ${Buffer.from(`${credentials.apiKey}:`).toString('base64')}`;

  function failure(status: number, body: unknown, what: string): ShopDiscountError {
    if (status === 401 || status === 405)
      return ShopDiscountError.credentials(
        `PrestaShop refused the Webservice key for ${what}: ${errorText(body)}`,
      );
    return new ShopDiscountError(
      statusOutcome(status),
      `PrestaShop answered ${status} to ${what}: ${errorText(body)}`,
    );
  }

  async function call(method: string, path: string, params: Record<string, string>, body?: string) {
    const search = new URLSearchParams({ ...params, output_format: 'JSON' });
    return shopFetch('PrestaShop', `${base}/${path}?${search}`, {
      method,
      headers: {
        authorization,
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'text/xml' }),
      },
      ...(body === undefined ? {} : { body }),
    });
  }

  return {
    /** Rows of a list; PrestaShop answers an empty list as `[]`. */
    async list(resource: string, params: Record<string, string>): Promise<PrestaRow[]> {
      const answer = await call('GET', resource, { display: 'full', ...params });
      if (answer.status !== 200) throw failure(answer.status, answer.body, `GET ${resource}`);
      if (Array.isArray(answer.body)) return [];
      const rows = (answer.body as Record<string, unknown> | undefined)?.[resource];
      if (!Array.isArray(rows))
        throw new ShopDiscountError(
          'retry',
          `PrestaShop answered GET ${resource} without a "${resource}" list`,
        );
      return rows as PrestaRow[];
    },

    async create(resource: string, one: string, xmlFields: string): Promise<PrestaRow> {
      const xml = `<?xml version="1.0" encoding="UTF-8"?><prestashop><${one}>${xmlFields}</${one}></prestashop>`;
      const answer = await call('POST', resource, {}, xml);
      if (answer.status !== 201 && answer.status !== 200)
        throw failure(answer.status, answer.body, `POST ${resource}`);
      return (answer.body as Record<string, PrestaRow>)[one] as PrestaRow;
    },

    /** Deletes; an id the shop no longer has (404) counts as deleted. */
    async remove(resource: string, id: string): Promise<void> {
      const answer = await call('DELETE', `${resource}/${encodeURIComponent(id)}`, {});
      if (answer.status === 200 || answer.status === 404) return;
      throw failure(answer.status, answer.body, `DELETE ${resource}`);
    },
  };
}

export type PrestaShopWebservice = ReturnType<typeof prestaShopWebservice>;

/** Text for an XML element's content. */
export function xmlText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

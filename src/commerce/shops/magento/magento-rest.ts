/**
 * Magento 2 / Adobe Commerce REST (`<base>/rest/<store>/V1/...`) with an integration's access
 * token sent as `Authorization: Bearer` — Magento 2.4.4+ takes it only when the store allows
 * "OAuth Access Tokens to be used as standalone Bearer tokens"
 * (https://developer.adobe.com/commerce/webapi/get-started/authentication/gs-authentication-token/).
 * Errors are `{message, parameters}` with `%name` placeholders (a 401 is "The consumer isn't
 * authorized to access %resources."; https://developer.adobe.com/commerce/webapi/get-started/gs-web-api-response/).
 * Lists take `searchCriteria` in the query string and answer `{items, search_criteria,
 * total_count}` (reference/shops.md §3.3). A `currentPage` past the end answers the LAST page
 * again (magento/magento2#3787, #26986), so paging stops by `total_count`, never by an empty page.
 */
import { ShopDiscountError, shopFetch, statusOutcome } from '../shop-discount.types.js';

export interface MagentoList<T> {
  items: T[];
  total_count: number;
}

export interface MagentoFilter {
  field: string;
  value: string;
  conditionType: 'eq' | 'gt' | 'gteq' | 'lt' | 'in' | 'like';
}

/** `{message: "… %resources …", parameters: {resources: "…"}}` with the placeholders filled in. */
export function magentoMessage(body: unknown): string {
  if (typeof body === 'string') return body.slice(0, 300);
  const error = (body ?? {}) as { message?: unknown; parameters?: unknown };
  let message = typeof error.message === 'string' ? error.message : JSON.stringify(body ?? null);
  const parameters = error.parameters;
  if (parameters && typeof parameters === 'object')
    for (const [name, value] of Object.entries(parameters as Record<string, unknown>))
      message = message.replaceAll(`%${name}`, String(value));
  else if (Array.isArray(parameters))
    (parameters as unknown[]).forEach((value, i) => {
      message = message.replaceAll(`%${i + 1}`, String(value));
    });
  return message;
}

/** searchCriteria as Magento reads it from the query string. */
export function searchCriteria(
  filters: MagentoFilter[],
  sort: Array<{ field: string; direction: 'ASC' | 'DESC' }>,
  pageSize: number,
  currentPage: number,
): string {
  const query = new URLSearchParams();
  filters.forEach((filter, i) => {
    // Each filter in its own group: groups are ANDed, filters within a group ORed.
    const prefix = `searchCriteria[filterGroups][${i}][filters][0]`;
    query.set(`${prefix}[field]`, filter.field);
    query.set(`${prefix}[value]`, filter.value);
    query.set(`${prefix}[conditionType]`, filter.conditionType);
  });
  sort.forEach((order, i) => {
    query.set(`searchCriteria[sortOrders][${i}][field]`, order.field);
    query.set(`searchCriteria[sortOrders][${i}][direction]`, order.direction);
  });
  query.set('searchCriteria[pageSize]', String(pageSize));
  query.set('searchCriteria[currentPage]', String(currentPage));
  return query.toString();
}

export function magentoRest(baseUrl: string, accessToken: string, storeCode: string) {
  const root = `${baseUrl.replace(/\/+$/, '')}/rest/${encodeURIComponent(storeCode)}/V1`;
  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const answer = await shopFetch('Magento', `${root}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${accessToken}`,
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      timeoutMs: 30_000,
    });
    if (answer.status >= 200 && answer.status < 300) return answer.body as T;
    const message = magentoMessage(answer.body);
    if (answer.status === 401 || answer.status === 403)
      throw ShopDiscountError.credentials(
        `Magento refused the access token (${answer.status}: ${message}); check the integration's token, its API resources, and that the store allows it as a Bearer token`,
      );
    const retryAfter = Number(answer.headers.get('retry-after'));
    throw new ShopDiscountError(
      statusOutcome(answer.status),
      `Magento answered ${answer.status}: ${message}`,
      Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1_000 : undefined,
    );
  }
  return {
    get: <T>(path: string) => call<T>('GET', path),
    post: <T>(path: string, body: unknown) => call<T>('POST', path, body),
    delete: <T>(path: string) => call<T>('DELETE', path),
    /** One page of a list; `null` when `currentPage` is past the end (Magento would repeat the last). */
    async list<T>(
      path: string,
      filters: MagentoFilter[],
      sort: Array<{ field: string; direction: 'ASC' | 'DESC' }>,
      pageSize: number,
      currentPage: number,
    ): Promise<{ items: T[]; last: boolean }> {
      const page = await call<MagentoList<T>>(
        'GET',
        `${path}?${searchCriteria(filters, sort, pageSize, currentPage)}`,
      );
      const pastEnd = (currentPage - 1) * pageSize >= page.total_count;
      return {
        items: pastEnd ? [] : (page.items ?? []),
        last: currentPage * pageSize >= page.total_count,
      };
    },
  };
}

export type MagentoRest = ReturnType<typeof magentoRest>;

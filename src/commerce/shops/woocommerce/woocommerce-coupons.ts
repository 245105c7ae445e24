/**
 * Coupons in a WooCommerce shop through its REST API (`/wp-json/wc/v3/coupons`), with a REST API
 * key (consumer key + secret, Read/Write) sent as HTTP Basic auth, which WooCommerce takes over
 * HTTPS (https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication-over-https).
 * Create: code, discount_type (`fixed_cart` / `percent`), amount (a decimal string), usage_limit 1,
 * usage_limit_per_user 1, date_expires_gmt, free_shipping, product_ids. An existing code is a 400
 * `woocommerce_rest_coupon_code_already_exists`; then it is looked up with `GET ?code=`. Removal:
 * `DELETE /coupons/{id}?force=true`; a 404 means it is gone already.
 */
import {
  decimalAmount,
  type ShopDiscountClient,
  ShopDiscountError,
  type ShopDiscountRequest,
  shopFetch,
  statusOutcome,
} from '../shop-discount.types.js';

interface WooError {
  code?: string;
  message?: string;
}

function couponBody(request: ShopDiscountRequest): Record<string, unknown> {
  const common = {
    code: request.code,
    description: request.title,
    usage_limit: 1,
    usage_limit_per_user: 1,
    individual_use: false,
    ...(request.expiresAt ? { date_expires_gmt: request.expiresAt.replace(/\.\d+Z$|Z$/, '') } : {}),
  };
  switch (request.kind) {
    case 'amount_off':
      return {
        ...common,
        discount_type: 'fixed_cart',
        amount: decimalAmount(request.value, request.currency),
      };
    case 'percent_off':
      return { ...common, discount_type: 'percent', amount: String(request.value) };
    case 'free_shipping':
      return { ...common, discount_type: 'fixed_cart', amount: '0', free_shipping: true };
    case 'free_product': {
      if (!request.product || !/^\d+$/.test(request.product))
        throw new ShopDiscountError(
          'refused',
          `a free-product reward needs the WooCommerce product id (a number), got "${request.product ?? ''}"`,
        );
      return {
        ...common,
        discount_type: 'percent',
        amount: '100',
        product_ids: [Number(request.product)],
        limit_usage_to_x_items: 1,
      };
    }
  }
}

export function woocommerceCoupons(
  siteUrl: string,
  consumerKey: string,
  consumerSecret: string,
): ShopDiscountClient & {
  checkAccess(): Promise<void>;
} {
  const base = `${siteUrl.replace(/\/+$/, '')}/wp-json/wc/v3/coupons`;
  const authorization = `Basic ${Buffer.from(`${consumerKey}:${consumerSecret}`).toString('base64')}`;
  async function call(method: string, url: string, body?: unknown) {
    const answer = await shopFetch('WooCommerce', url, {
      method,
      headers: {
        authorization,
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return answer;
  }
  function failure(status: number, body: unknown): ShopDiscountError {
    const error = (typeof body === 'object' && body !== null ? body : {}) as WooError;
    if (status === 401 || status === 403)
      return ShopDiscountError.credentials(
        `WooCommerce refused the API key (${status}${error.code ? ` ${error.code}` : ''}): it needs Read/Write permission`,
      );
    return new ShopDiscountError(
      statusOutcome(status),
      `WooCommerce answered ${status}: ${error.message ?? (typeof body === 'string' ? body : JSON.stringify(body))}`,
    );
  }
  return {
    async create(request) {
      const answer = await call('POST', base, couponBody(request));
      if (answer.status === 201 || answer.status === 200)
        return { shopDiscountId: String((answer.body as { id: number }).id) };
      if ((answer.body as WooError | undefined)?.code === 'woocommerce_rest_coupon_code_already_exists') {
        const found = await call('GET', `${base}?code=${encodeURIComponent(request.code)}`);
        const existing = Array.isArray(found.body) ? (found.body as Array<{ id: number }>)[0] : undefined;
        if (existing) return { shopDiscountId: String(existing.id) };
      }
      throw failure(answer.status, answer.body);
    },
    async remove(shopDiscountId) {
      const answer = await call('DELETE', `${base}/${encodeURIComponent(shopDiscountId)}?force=true`);
      if (answer.status === 200 || answer.status === 404) return;
      throw failure(answer.status, answer.body);
    },
    async checkAccess() {
      const answer = await call('GET', `${base}?per_page=1`);
      if (answer.status !== 200) throw failure(answer.status, answer.body);
    },
  };
}

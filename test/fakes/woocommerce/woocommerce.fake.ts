import Fastify from 'fastify';
import { FailureQueue, type InjectedFailure } from '../fake-failures.js';

/**
 * WooCommerce's REST API coupons (`/wp-json/wc/v3/coupons`), answering as its documentation says
 * (https://woocommerce.github.io/woocommerce-rest-api-docs/#coupons):
 * - HTTP Basic auth with a REST API key (consumer key:secret), as WooCommerce takes it over HTTPS
 *   (this fake serves plain HTTP on loopback); a wrong key is a 401
 *   `woocommerce_rest_authentication_error` "Consumer key is invalid."; a Read-only key that writes
 *   gets 401 `woocommerce_rest_cannot_create` "Sorry, you are not allowed to create resources."
 *   (#authentication, #errors: "401 Unauthorized — Invalid request, e.g. using an invalid API key").
 * - `POST /coupons` creates (201 with the coupon); `code` is required (400
 *   `rest_missing_callback_param`); `discount_type` is one of percent, fixed_cart, fixed_product
 *   (400 `rest_invalid_param`); a code already in use is a 400
 *   `woocommerce_rest_coupon_code_already_exists` "The coupon code already exists".
 * - `GET /coupons?code=` lists coupons with that code; `DELETE /coupons/{id}?force=true` deletes
 *   (coupons have no trash: without force, 501 `woocommerce_rest_trash_not_supported`); an unknown
 *   id is 404 `woocommerce_rest_shop_coupon_invalid_id` "Invalid ID.".
 * Docs silent → strict: a coupon property outside the documented list is refused (400).
 */
export interface WooCoupon {
  id: number;
  code: string;
  discount_type: string;
  amount: string;
  [property: string]: unknown;
}

export interface WooCommerceFake {
  /** The site URL to give Trustloop. */
  url: string;
  consumerKey: string;
  consumerSecret: string;
  coupons: Map<number, WooCoupon>;
  /** Adds a key; `readOnly` keys may read but not write. */
  addKey(consumerKey: string, consumerSecret: string, readOnly: boolean): void;
  failNext(count: number, failure: InjectedFailure): void;
  close(): Promise<void>;
}

const PROPERTIES = new Set([
  'code',
  'amount',
  'discount_type',
  'description',
  'date_expires',
  'date_expires_gmt',
  'individual_use',
  'product_ids',
  'excluded_product_ids',
  'usage_limit',
  'usage_limit_per_user',
  'limit_usage_to_x_items',
  'free_shipping',
  'product_categories',
  'excluded_product_categories',
  'exclude_sale_items',
  'minimum_amount',
  'maximum_amount',
  'email_restrictions',
  'meta_data',
]);
const TYPES = ['percent', 'fixed_cart', 'fixed_product'];

const error = (status: number, code: string, message: string) => ({ code, message, data: { status } });

export async function startWooCommerceFake(): Promise<WooCommerceFake> {
  const consumerKey = 'ck_fake0123456789abcdef0123456789abcdef01';
  const consumerSecret = 'cs_fake0123456789abcdef0123456789abcdef01';
  const keys = new Map<string, { secret: string; readOnly: boolean }>([
    [consumerKey, { secret: consumerSecret, readOnly: false }],
  ]);
  const coupons = new Map<number, WooCoupon>();
  const failures = new FailureQueue();
  let nextId = 100;

  const app = Fastify({ logger: false });
  app.addHook('onRequest', async (request, reply) => {
    const header = request.headers.authorization ?? '';
    const [user, secret] = Buffer.from(header.replace(/^Basic /, ''), 'base64')
      .toString()
      .split(':');
    const key = keys.get(user ?? '');
    if (!header.startsWith('Basic ') || !key || key.secret !== secret)
      return reply
        .code(401)
        .send(error(401, 'woocommerce_rest_authentication_error', 'Consumer key is invalid.'));
    if (key.readOnly && request.method !== 'GET')
      return reply
        .code(401)
        .send(
          error(401, 'woocommerce_rest_cannot_create', 'Sorry, you are not allowed to create resources.'),
        );
    const failure = failures.take(request.url);
    if (failure)
      return reply
        .code(failure.status)
        .send(failure.body ?? error(failure.status, 'internal_server_error', 'Error'));
  });

  app.get<{ Querystring: { code?: string; per_page?: string } }>(
    '/wp-json/wc/v3/coupons',
    async (request) => {
      const all = [...coupons.values()];
      const code = request.query.code?.toLowerCase();
      return (code ? all.filter((c) => c.code.toLowerCase() === code) : all).slice(
        0,
        Number(request.query.per_page ?? 10),
      );
    },
  );
  app.post('/wp-json/wc/v3/coupons', async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const unknown = Object.keys(body).find((property) => !PROPERTIES.has(property));
    if (unknown)
      return reply.code(400).send(error(400, 'rest_invalid_param', `Invalid parameter(s): ${unknown}`));
    if (typeof body['code'] !== 'string' || body['code'] === '')
      return reply.code(400).send({
        ...error(400, 'rest_missing_callback_param', 'Missing parameter(s): code'),
        data: { status: 400, params: ['code'] },
      });
    const type = (body['discount_type'] as string | undefined) ?? 'fixed_cart';
    if (!TYPES.includes(type))
      return reply.code(400).send(error(400, 'rest_invalid_param', 'Invalid parameter(s): discount_type'));
    const code = (body['code'] as string).toLowerCase();
    if ([...coupons.values()].some((c) => c.code === code))
      return reply
        .code(400)
        .send(error(400, 'woocommerce_rest_coupon_code_already_exists', 'The coupon code already exists'));
    const coupon: WooCoupon = {
      ...body,
      id: nextId++,
      code,
      discount_type: type,
      amount: String(body['amount'] ?? '0'),
    };
    coupons.set(coupon.id, coupon);
    return reply.code(201).send(coupon);
  });
  app.delete<{ Params: { id: string }; Querystring: { force?: string } }>(
    '/wp-json/wc/v3/coupons/:id',
    async (request, reply) => {
      const coupon = coupons.get(Number(request.params.id));
      if (!coupon)
        return reply.code(404).send(error(404, 'woocommerce_rest_shop_coupon_invalid_id', 'Invalid ID.'));
      if (request.query.force !== 'true')
        return reply
          .code(501)
          .send(error(501, 'woocommerce_rest_trash_not_supported', 'The coupon does not support trashing.'));
      coupons.delete(coupon.id);
      return coupon;
    },
  );
  const url = (await app.listen({ host: '127.0.0.1', port: 0 })).replace('localhost', '127.0.0.1');
  return {
    url,
    consumerKey,
    consumerSecret,
    coupons,
    addKey: (key, secret, readOnly) => void keys.set(key, { secret, readOnly }),
    failNext: (count, failure) => failures.push(count, failure),
    close: () => app.close(),
  };
}

import { createHash, randomUUID } from 'node:crypto';
import Fastify from 'fastify';
import { FailureQueue, type InjectedFailure } from '../fake-failures.js';

/**
 * A Shoper shop's REST API (`https://<shop>/webapi/rest/<resource>`) and its webhooks. Every
 * behaviour cites where it is documented:
 * [SDK] Shoper's PHP SDK generated from its OpenAPI 3.1 description of the REST API
 *   (`shoper/sdk`, github.com/dreamcommerce/shoper-sdk-php; stored as the fork
 *   mkasprz/shoper-sdk-php, `src/Rest/**`), which links https://developers.shoper.pl as its docs;
 * [LIB] the older official SDK `dreamcommerce/shop-appstore-lib` and its docs/;
 * [BUNDLE] Shoper's own Symfony bundle `dreamcommerce/appstore-bundle`;
 * [§5] reference/shops.md §5.
 * - `POST /webapi/rest/auth` with an admin API user as HTTP Basic credentials answers
 *   `{access_token, expires_in, token_type:"bearer"}`; every other call needs
 *   `Authorization: Bearer <token>` ([SDK] README "Admin Basic Auth → token"; [LIB] client
 *   classes basic_auth/bearer). A wrong user, a missing or unknown token: 401 `{"error":…}`
 *   ([SDK] `ErrorResponse401Error`; [LIB] `Resource::transformResponse` reads `data.error`).
 * - Rate limit: a leaky bucket per application, size 10, leaking 2 per second; every answer
 *   carries `X-Shop-Api-Limit`, `X-Shop-Api-Bandwidth`, `X-Shop-Api-Calls`; over it, 429 with
 *   `Retry-After` in seconds ([§5] pasted "Getting started"; [SDK] `ErrorResponse429`,
 *   `RateLimitHandler` honours `Retry-After`).
 * - Resources and their fields as [SDK] `src/Rest/Types` names them: `orders` (`Order`:
 *   `order_id`, `user_id`, `email`, `date`, `status_id`, `status_date` "date of the latest order
 *   status change", `sum`, `paid`, `is_paid`, `currency_id`, `promo_code`, `billing_address`),
 *   `order-products` (`OrderProduct`: `id`, `order_id`, `product_id`, `stock_id`, `name`, `code`,
 *   `price`, `quantity`), `users` (`User`, path `webapi/rest/users`: `user_id`, `email`,
 *   `firstname`, `lastname`, `newsletter`, `date_add`), `statuses` (`Status`: `status_id`,
 *   `type` 1 new, 2 opened, 3 closed, 4 not completed), `currencies` (`Currency`: `currency_id`,
 *   `name` ISO 4217, `default`), `parcels` (`Parcel`: `parcel_id`, `order_id`, `sent` "has the
 *   parcel been sent?", `send_date`), `promotion-codes` (`PromotionCodeInsert`, below). Dates are
 *   "ISO 8601 (for example `2024-01-15 12:34:56`)": zone-less shop-local text ([SDK]; [§5]).
 * - Lists: `filters` (JSON object: field → value or {">=": v, "<=": v, "=": v}), `limit` 1–50,
 *   `page` from 1, `order` as `field asc|desc` (one or an `order[]` list); the answer is
 *   `{count, pages, page, list}` ([LIB] `Resource::filters/limit/order`, `transformResponse`,
 *   docs/library/examples.rst; [SDK] `List*Response`).
 * - `POST` answers the new id as a bare JSON integer ([SDK] `create` returns `int`); `DELETE`
 *   answers `true` ([SDK] `deleteOrder` returns `bool`); an unknown id is 404
 *   ([SDK] `ErrorResponse404`); a validation failure is 400 ([SDK] `ErrorResponse400Error`).
 * - Promotion codes take exactly [SDK] `PromotionCodeInsert`'s fields (any other: 400):
 *   `code`, `name`, `discount` (an integer, "value of discount"), `discount_type`, `active`,
 *   `additional_free_shipping` ("free shipping"), `usage_limit`, `peruser_limit`, `time_from` /
 *   `time_to`, limits by category/product/…; a stored code has `code_id` and `usage_count`
 *   ("actual usage count").
 * - Webhooks: `X-Webhook-Id`, `X-Webhook-Name` (the event, e.g. `order.create`),
 *   `X-Webhook-Sha1` = sha1_hex(`<X-Webhook-Id>:<secret>:<raw body>`), `X-Shop-License`,
 *   `X-Shop-Domain`, `X-Shop-Version`, `Content-Type` application/json or xml ([BUNDLE]
 *   `Utils/Webhook/Validator/ValidatorAbstract::isRequestValid`, `Utils/Webhook/Processor`,
 *   `Controller/WebhookController`); the secret is the webhook's own "a secret used in webhook
 *   checksum calculation" ([SDK] `WebhookInsert.secret`); events as [LIB]
 *   docs/classes/resource/webhook.rst lists them.
 * Docs silent → the fake refuses or says so:
 * - `discount_type`: the docs we hold give no meaning to its values (only "4 or 5" go with
 *   `shippings`); the fake takes 1 as an amount and 2 as a percentage — Trustloop's assumption —
 *   and refuses any other value (400), so nothing leans on an unknown type.
 * - What a webhook's body holds is not documented: the fake sends the resource as its REST
 *   answer has it (the order for `order.*`, the user for `client.*`).
 * - Whether Shoper sends a delivery again after a non-2xx answer is not documented anywhere we
 *   hold: `deliver` sends once and never retries.
 * - When the shop counts a promotion code used (`usage_count`) is not documented: tests set it.
 */
export type ShoperRow = Record<string, unknown>;

export const SHOPER_RESOURCES = {
  orders: 'order_id',
  'order-products': 'id',
  users: 'user_id',
  statuses: 'status_id',
  currencies: 'currency_id',
  parcels: 'parcel_id',
  'promotion-codes': 'code_id',
} as const;
export type ShoperResource = keyof typeof SHOPER_RESOURCES;

/** [SDK] `PromotionCodeInsert` (less `code_id` and `usage_count`, which the shop keeps). */
const PROMOTION_FIELDS = new Set([
  'active',
  'additional_free_shipping',
  'categories_limit',
  'code',
  'collections_limit',
  'discount',
  'discount_type',
  'global',
  'groups_limit',
  'max_amount',
  'max_discount_amount',
  'max_quantity',
  'min_amount',
  'min_quantity',
  'name',
  'peruser_limit',
  'producers_limit',
  'products_limit',
  'ranges',
  'shippings',
  'time_from',
  'time_to',
  'usage_limit',
]);

export interface ShoperFake {
  /** The shop's base URL (REST under `/webapi/rest`). */
  url: string;
  login: string;
  password: string;
  rows: Record<ShoperResource, Map<number, ShoperRow>>;
  put(resource: ShoperResource, row: ShoperRow): ShoperRow;
  failNext(count: number, failure: InjectedFailure, path?: RegExp): void;
  /** Empties the bucket (tests that need a fresh allowance). */
  resetBucket(): void;
  requests: Array<{ method: string; url: string; status: number }>;
  /** Sends a signed webhook as Shoper would; returns the receiver's status and body. */
  deliver(
    url: string,
    event: string,
    body: unknown,
    secret: string,
    webhookId?: string,
  ): Promise<{ status: number; body: unknown }>;
  close(): Promise<void>;
}

export function shoperSignature(webhookId: string, secret: string, raw: string): string {
  return createHash('sha1').update(`${webhookId}:${secret}:${raw}`).digest('hex');
}

/** The headers a Shoper webhook delivery carries ([BUNDLE] `Processor`, `ValidatorAbstract`). */
export function shoperWebhookHeaders(
  event: string,
  raw: string,
  secret: string,
  webhookId: string,
): Record<string, string> {
  return {
    'content-type': 'application/json',
    'x-webhook-id': webhookId,
    'x-webhook-name': event,
    'x-shop-domain': 'sklep.example.pl',
    'x-shop-license': 'FAKE-LICENSE',
    'x-shop-version': '5.30.0',
    'x-webhook-sha1': shoperSignature(webhookId, secret, raw),
  };
}

function matches(value: unknown, condition: unknown): boolean {
  if (condition === null || typeof condition !== 'object') return String(value) === String(condition);
  return Object.entries(condition as Record<string, unknown>).every(([op, bound]) => {
    const a = String(value ?? '');
    const b = String(bound);
    const numeric = typeof value === 'number' || /^-?\d+(\.\d+)?$/.test(a);
    const cmp = numeric ? Number(a) - Number(b) : a.localeCompare(b);
    if (op === '>=') return cmp >= 0;
    if (op === '>') return cmp > 0;
    if (op === '<=') return cmp <= 0;
    if (op === '<') return cmp < 0;
    if (op === '=') return cmp === 0;
    if (op === '!=') return cmp !== 0;
    throw new Error(`unknown filter operator ${op}`);
  });
}

/**
 * `bucket`: the application's leaky bucket. 10 calls leaking 2 a second is the documented
 * default ([§5] "bucket size (default 10)", "leak per second (default 2)"); a shop's answers say
 * what its bucket is, so a client must read the headers rather than assume the default.
 */
export async function startShoperFake(
  bucket: { limit: number; bandwidth: number } = { limit: 10, bandwidth: 2 },
): Promise<ShoperFake> {
  const login = 'trustloop-api';
  const password = 'shoper-fake-password';
  const tokens = new Set<string>();
  const rows = Object.fromEntries(
    Object.keys(SHOPER_RESOURCES).map((r) => [r, new Map()]),
  ) as ShoperFake['rows'];
  const failures = new FailureQueue();
  const requests: ShoperFake['requests'] = [];
  // The leaky bucket: level drops by BANDWIDTH per second since the last call.
  const LIMIT = bucket.limit;
  const BANDWIDTH = bucket.bandwidth;
  let level = 0;
  let levelAt = Date.now();
  const put = (resource: ShoperResource, row: ShoperRow) => {
    rows[resource].set(Number(row[SHOPER_RESOURCES[resource]]), row);
    return row;
  };
  // A shop has a default currency, rate 1 ([SDK] `Currency`: "default rate is 1").
  put('currencies', { currency_id: '1', name: 'PLN', default: '1', rate: '1.0000', active: '1' });

  const app = Fastify({ logger: false });
  app.addHook('onResponse', async (request, reply) => {
    requests.push({ method: request.method, url: request.url, status: reply.statusCode });
  });
  app.addHook('onRequest', async (request, reply) => {
    const now = Date.now();
    level = Math.max(0, level - ((now - levelAt) / 1000) * BANDWIDTH);
    levelAt = now;
    if (level + 1 > LIMIT) {
      const retryAfter = Math.max(1, Math.ceil((level + 1 - LIMIT) / BANDWIDTH));
      return reply
        .code(429)
        .headers({
          'x-shop-api-limit': String(LIMIT),
          'x-shop-api-bandwidth': String(BANDWIDTH),
          'x-shop-api-calls': String(Math.ceil(level)),
          'retry-after': String(retryAfter),
        })
        .send({ error: 'Too many requests' });
    }
    level += 1;
    reply.headers({
      'x-shop-api-limit': String(LIMIT),
      'x-shop-api-bandwidth': String(BANDWIDTH),
      'x-shop-api-calls': String(Math.ceil(level)),
    });
    const failure = failures.take(request.url);
    if (failure) {
      if (failure.retryAfter) reply.header('retry-after', String(failure.retryAfter));
      return reply.code(failure.status).send(failure.body ?? { error: 'Service unavailable' });
    }
    if (request.url.startsWith('/webapi/rest/auth')) return;
    const bearer = /^Bearer (.+)$/i.exec(request.headers.authorization ?? '')?.[1];
    if (!bearer || !tokens.has(bearer))
      return reply.code(401).send({ error: 'Unauthorized: invalid access token' });
  });

  app.post('/webapi/rest/auth', async (request, reply) => {
    const basic = /^Basic (.+)$/i.exec(request.headers.authorization ?? '')?.[1];
    const [user, secret] = Buffer.from(basic ?? '', 'base64')
      .toString()
      .split(':');
    if (user !== login || secret !== password)
      return reply
        .code(401)
        .send({ error: 'unauthorized_client', error_description: 'Invalid user credentials' });
    const token = randomUUID().replaceAll('-', '');
    tokens.add(token);
    return { access_token: token, expires_in: 2592000, token_type: 'bearer' };
  });

  app.get<{ Params: { resource: string } }>('/webapi/rest/:resource', async (request, reply) => {
    const resource = request.params.resource as ShoperResource;
    if (!(resource in SHOPER_RESOURCES)) return reply.code(404).send({ error: 'Resource not found' });
    const search = new URL(request.url, 'http://fake').searchParams;
    const limit = Number(search.get('limit') ?? 10);
    if (!Number.isInteger(limit) || limit < 1 || limit > 50)
      return reply.code(400).send({ error: 'limit: value must be between 1 and 50' });
    const page = Number(search.get('page') ?? 1);
    let filters: Record<string, unknown> = {};
    try {
      filters = JSON.parse(search.get('filters') ?? '{}') as Record<string, unknown>;
    } catch {
      return reply.code(400).send({ error: 'filters: invalid JSON' });
    }
    const orders = [...search.entries()]
      .filter(([k]) => k === 'order' || /^order\[\d*\]$/.test(k))
      .map(([, v]) => v);
    let list = [...rows[resource].values()];
    try {
      list = list.filter((row) =>
        Object.entries(filters).every(([field, cond]) => matches(row[field], cond)),
      );
    } catch (error) {
      return reply.code(400).send({ error: (error as Error).message });
    }
    const keys = orders.map((expr) => {
      const [field = '', direction = 'asc'] = expr.trim().split(/\s+/);
      return { field, sign: direction.toLowerCase() === 'desc' ? -1 : 1 };
    });
    list.sort((a, b) => {
      for (const { field, sign } of keys) {
        const x = a[field];
        const y = b[field];
        const cmp =
          typeof x === 'number' && typeof y === 'number'
            ? x - y
            : String(x ?? '').localeCompare(String(y ?? ''));
        if (cmp !== 0) return cmp * sign;
      }
      return 0;
    });
    const pages = Math.max(1, Math.ceil(list.length / limit));
    return { count: String(list.length), pages, page, list: list.slice((page - 1) * limit, page * limit) };
  });

  app.post('/webapi/rest/promotion-codes', async (request, reply) => {
    const body = (request.body ?? {}) as ShoperRow;
    const unknown = Object.keys(body).find((field) => !PROMOTION_FIELDS.has(field));
    if (unknown) return reply.code(400).send({ error: `${unknown}: unknown field` });
    if (typeof body['code'] !== 'string' || body['code'] === '')
      return reply.code(400).send({ error: 'code: required' });
    if (typeof body['name'] !== 'string' || body['name'] === '')
      return reply.code(400).send({ error: 'name: required' });
    if (body['discount'] !== undefined && !Number.isInteger(body['discount']))
      return reply.code(400).send({ error: 'discount: must be an integer' });
    if (body['discount_type'] !== 1 && body['discount_type'] !== 2)
      return reply
        .code(400)
        .send({ error: 'discount_type: the fake knows no documented meaning for this value' });
    if ([...rows['promotion-codes'].values()].some((row) => row['code'] === body['code']))
      return reply.code(400).send({ error: 'code: code already exists' });
    const id = Math.max(0, ...rows['promotion-codes'].keys()) + 1;
    put('promotion-codes', { ...body, code_id: id, usage_count: 0 });
    return id;
  });

  app.delete<{ Params: { id: string } }>('/webapi/rest/promotion-codes/:id', async (request, reply) => {
    if (!rows['promotion-codes'].delete(Number(request.params.id)))
      return reply.code(404).send({ error: 'Object not found' });
    return true;
  });

  const url = (await app.listen({ host: '127.0.0.1', port: 0 })).replace('localhost', '127.0.0.1');
  return {
    url,
    login,
    password,
    rows,
    put,
    failNext: (count, failure, path) => failures.push(count, failure, path),
    resetBucket: () => {
      level = 0;
    },
    requests,
    async deliver(target, event, body, secret, webhookId = String(Date.now())) {
      const raw = JSON.stringify(body);
      const response = await fetch(target, {
        method: 'POST',
        headers: shoperWebhookHeaders(event, raw, secret, webhookId),
        body: raw,
      });
      const text = await response.text();
      return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined };
    },
    close: () => app.close(),
  };
}

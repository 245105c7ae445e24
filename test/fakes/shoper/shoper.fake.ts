import { createHash, randomUUID } from 'node:crypto';
import Fastify from 'fastify';
import { FailureQueue, type InjectedFailure } from '../fake-failures.js';

/**
 * A Shoper shop's REST API (`https://<shop>/webapi/rest/<resource>`) and its webhooks, as far as
 * the stored material documents them (shops.md §5 — Shoper's developer portal itself was not in
 * the corpus, so each behaviour cites the official SDK `dreamcommerce/shop-appstore-lib` or the
 * pasted "Getting started" page):
 * - `POST /webapi/rest/auth` with an admin API user as HTTP Basic credentials answers
 *   `{access_token, expires_in, token_type:"bearer"}`; every other call needs
 *   `Authorization: Bearer <token>` (§5 REST; SDK client classes basic_auth/bearer). A wrong
 *   user, a missing or unknown token: 401 `{"error":…}` (SDK `Resource::transformResponse` reads
 *   `data.error`; `dispatchException` maps 401 to PermissionsException).
 * - Rate limit: a leaky bucket per application, size 10, leaking 2 per second; every answer
 *   carries `X-Shop-Api-Limit`, `X-Shop-Api-Bandwidth`, `X-Shop-Api-Calls`; over it, 429 with
 *   `Retry-After` in seconds (§5, pasted "Getting started"; SDK `Http.php` sleeps `Retry-After`).
 * - Lists: `filters` (JSON object: field → value or {">=": v, "<=": v, "=": v}), `limit` 1–50
 *   (SDK `Resource::limit` refuses others), `page` from 1, `order` as `field asc|desc` (one or an
 *   `order[]` list, SDK `Resource::order`); the answer is `{count, pages, page, list}` (SDK
 *   `transformResponse`).
 * - `POST` answers the new id as a bare JSON integer (SDK `Resource::post` returns `data`);
 *   `DELETE` answers `true`; an unknown id is 404; a validation failure is 400 (SDK maps 400 to
 *   ValidationException).
 * - Webhooks: `X-Webhook-Id`, `X-Webhook-Name` (event, e.g. `order.create`), `X-Shop-Domain`,
 *   `X-Shop-License`, `X-Webhook-SHA1` = hex(sha1(`<id>:<secret>:<raw body>`)) (§5 "Signature
 *   (unconfirmed)", from a Java validator and the PHP WebhookVerifier).
 * Docs silent → the fake's own rules, said here so a client cannot lean on them unknowingly:
 * order, order-product, client and promotion-code field names are NOT in the stored material
 * (§5 "Order payload field names: not found"); the fake uses Shoper's names as we recall them
 * (`order_id`, `status_id`, `sum`, `paid`, `currency_name`, `email`, `promo_code`,
 * `edition_date`, …) and refuses a promotion-code field outside its list (400) rather than
 * accepting anything. Times are zone-less shop-local text (§5).
 */
export type ShoperRow = Record<string, unknown>;

export const SHOPER_RESOURCES = {
  orders: 'order_id',
  'order-products': 'id',
  clients: 'user_id',
  statuses: 'status_id',
  'promotion-codes': 'code_id',
} as const;
export type ShoperResource = keyof typeof SHOPER_RESOURCES;

const PROMOTION_FIELDS = new Set([
  'code',
  'name',
  'discount',
  'discount_type',
  'currency_id',
  'date_from',
  'date_to',
  'uses_limit',
  'active',
  'free_shipping',
  'product_id',
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

export async function startShoperFake(): Promise<ShoperFake> {
  const login = 'trustloop-api';
  const password = 'shoper-fake-password';
  const tokens = new Set<string>();
  const rows = Object.fromEntries(
    Object.keys(SHOPER_RESOURCES).map((r) => [r, new Map()]),
  ) as ShoperFake['rows'];
  const failures = new FailureQueue();
  const requests: ShoperFake['requests'] = [];
  // The leaky bucket: level drops by BANDWIDTH per second since the last call.
  const LIMIT = 10;
  const BANDWIDTH = 2;
  let level = 0;
  let levelAt = Date.now();
  const put = (resource: ShoperResource, row: ShoperRow) => {
    rows[resource].set(Number(row[SHOPER_RESOURCES[resource]]), row);
    return row;
  };

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
    if ([...rows['promotion-codes'].values()].some((row) => row['code'] === body['code']))
      return reply.code(400).send({ error: 'code: code already exists' });
    const id = Math.max(0, ...rows['promotion-codes'].keys()) + 1;
    put('promotion-codes', { ...body, code_id: id });
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
        headers: {
          'content-type': 'application/json',
          'x-webhook-id': webhookId,
          'x-webhook-name': event,
          'x-shop-domain': 'sklep.example.pl',
          'x-shop-license': 'FAKE-LICENSE',
          'x-webhook-sha1': shoperSignature(webhookId, secret, raw),
        },
        body: raw,
      });
      const text = await response.text();
      return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined };
    },
    close: () => app.close(),
  };
}

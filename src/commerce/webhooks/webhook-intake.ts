import Ajv, { type ValidateFunction } from 'ajv';
import type { FastifyRequest } from 'fastify';
import { isInteger, isSafeNumber, parse as parseLossless } from 'lossless-json';
import type { TSchema } from 'typebox';
import { Type } from 'typebox';
import { hmacMatches } from '../../platform/crypto/index.js';
import { insertRows } from '../../platform/db/index.js';
import { AppError, type ErrorDetail } from '../../platform/errors.js';
import { StringEnum } from '../../platform/http/schemas.js';
import type { HttpServer } from '../../platform/http/server.js';
import type { ShopPlatform } from '../commerce.types.js';
import type { CommerceDb } from '../orders.service.js';
import type { WebhookTarget } from '../shop-connections.service.js';
import type { Effect, WebhookDeps } from './webhook-context.js';

/** Shops send whole orders; a megabyte holds hundreds of line items. */
export const WEBHOOK_BODY_LIMIT = 1024 * 1024;

export const WebhookParams = Type.Object(
  { channelPublicId: Type.String({ minLength: 1, maxLength: 64 }) },
  { additionalProperties: false },
);

export const WebhookAck = Type.Object({
  status: StringEnum(['processed', 'duplicate', 'ignored'] as const, {
    description:
      '`processed`: applied (an out-of-date picture of an order changes nothing); `duplicate`: this delivery was applied before; `ignored`: a topic Trustloop does not use, or a ping',
  }),
});
export type WebhookStatus = 'processed' | 'duplicate' | 'ignored';

const errorRef = Type.Ref('ErrorResponse');

/**
 * What every shop's webhook route shares: the body limit, a rate limit per channel (one shop
 * cannot starve another), and the documented answers.
 */
export function webhookRouteOptions(platform: ShopPlatform, summary: string, rateLimitPerMinute: number) {
  return {
    bodyLimit: WEBHOOK_BODY_LIMIT,
    config: {
      rateLimit: {
        max: rateLimitPerMinute,
        timeWindow: '1 minute',
        keyGenerator: (request: FastifyRequest) =>
          `${platform}:${(request.params as { channelPublicId?: string }).channelPublicId}`,
      },
    },
    schema: {
      tags: ['webhooks'],
      summary,
      params: WebhookParams,
      response: {
        200: WebhookAck,
        400: errorRef,
        401: errorRef,
        404: errorRef,
        409: errorRef,
        413: errorRef,
        422: errorRef,
        503: errorRef,
      },
    },
  };
}

/**
 * Keeps the exact bytes of every request body in this (encapsulated) plugin: signatures are
 * computed over the raw body, and re-serialised JSON would not match. The global JSON parser
 * of every other route is untouched.
 */
export function useRawBodies(app: HttpServer): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(
    '*',
    { parseAs: 'buffer', bodyLimit: WEBHOOK_BODY_LIMIT },
    (_request, body, done) => done(null, body),
  );
}

export function rawBodyOf(body: unknown): Buffer {
  return Buffer.isBuffer(body) ? body : Buffer.alloc(0);
}

export function header(
  headers: Record<string, string | string[] | undefined>,
  name: string,
): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** base64(HMAC-SHA256(secret, raw body)), compared in constant time (Shopify and WooCommerce). */
export function verifyBase64Hmac(
  raw: Buffer,
  signature: string | undefined,
  secret: string,
  headerName: string,
): void {
  if (!signature) throw new AppError('invalid_signature', `the ${headerName} header is missing`);
  if (raw.length === 0 || !hmacMatches(secret, raw, signature.trim(), 'base64')) {
    throw new AppError('invalid_signature', `the ${headerName} signature does not match the body`);
  }
}

/**
 * A delivery signed with base64(HMAC-SHA256) by the shop connected to the channel: the signature
 * header (`signature`), then, when the connection knows its shop's domain, the header that names
 * the sending shop (`origin`, read as a host by `hostOf`). Header names as the platform writes them.
 */
export function verifySignedDelivery(
  delivery: Pick<WebhookDelivery, 'raw' | 'headers' | 'connection'>,
  names: { signature: string; origin: string },
  hostOf: (value: string | undefined) => string | undefined,
): void {
  const { raw, headers, connection } = delivery;
  verifyBase64Hmac(raw, header(headers, names.signature.toLowerCase()), connection.secret, names.signature);
  const origin = header(headers, names.origin.toLowerCase());
  if (connection.shopDomain && hostOf(origin) !== connection.shopDomain)
    throw new AppError(
      'unauthenticated',
      `${names.origin} "${origin ?? ''}" is not the shop connected to this channel`,
    );
}

/**
 * Records that a delivery was applied, in the transaction that applies it: false when it was
 * applied before (a concurrent duplicate waits on the unique key and then sees it taken).
 */
const DELIVERY_COLUMNS = ['channel_id', 'platform', 'delivery_id', 'topic', 'received_at'] as const;

/**
 * Records the delivery id and makes the delivery's write in one transaction: a delivery seen
 * before writes nothing. Transactions may share a commit with other deliveries (SQLite).
 */
export function recordDelivery(
  deps: Pick<WebhookDeps, 'writes' | 'clock'>,
  delivery: { channelId: string; platform: ShopPlatform; deliveryId: string; topic: string },
  effect: Effect,
): Promise<WebhookStatus> {
  return deps.writes.transaction(async (trx: CommerceDb): Promise<WebhookStatus> => {
    const row = {
      channel_id: delivery.channelId,
      platform: delivery.platform,
      delivery_id: delivery.deliveryId,
      topic: delivery.topic,
      received_at: deps.clock.now().toISOString(),
    };
    const first = await insertRows(trx, 'inbound_deliveries', DELIVERY_COLUMNS, [row], {
      onConflictDoNothing: ['channel_id', 'platform', 'delivery_id'],
    });
    if (first === 0) return 'duplicate';
    await effect(trx);
    return 'processed';
  });
}

/** The channel a delivery is for, with its shop connection's secret and order milestones. */
export interface WebhookDelivery {
  raw: Buffer;
  headers: FastifyRequest['headers'];
  connection: NonNullable<WebhookTarget['connection']>;
  target: {
    accountId: string;
    channelId: string;
    currency: string;
    fulfilledOn: string;
    deliveredOn: string;
  };
}

/** What a platform makes of a verified delivery: its write under a delivery id, or nothing to do. */
export type Accepted = { topic: string; deliveryId: string; effect: Effect } | 'ignored';

/**
 * `POST /webhooks/<platform>/:channelPublicId`: finds the channel and its connection (404
 * otherwise), hands the raw body to `accept` (which verifies the signature and maps the topic)
 * and records the delivery with its write in one transaction.
 */
export function webhookRoute(
  deps: WebhookDeps,
  shop: { platform: ShopPlatform; name: string; summary: string },
  accept: (delivery: WebhookDelivery) => Promise<Accepted>,
) {
  return async function register(app: HttpServer) {
    useRawBodies(app);
    app.post(
      `/webhooks/${shop.platform}/:channelPublicId`,
      webhookRouteOptions(shop.platform, shop.summary, deps.rateLimitPerMinute),
      async (request) => {
        const found = await deps.connections.target(request.params.channelPublicId, shop.platform);
        if (!found) throw AppError.notFound('channel');
        const { connection, ...channel } = found;
        if (!connection) throw AppError.notFound(`${shop.name} connection of this channel`);
        const target = {
          ...channel,
          fulfilledOn: connection.fulfilledOn,
          deliveredOn: connection.deliveredOn,
        };
        const raw = rawBodyOf(request.body);
        const accepted = await accept({ raw, headers: request.headers, connection, target });
        if (accepted === 'ignored') return { status: 'ignored' as const };
        const { topic, deliveryId, effect } = accepted;
        const status = await recordDelivery(
          deps,
          { channelId: found.channelId, platform: shop.platform, deliveryId, topic },
          effect,
        );
        return { status };
      },
    );
  };
}

/** A run of 16+ digits: the only way a JSON number can be an integer beyond 2^53. */
const LONG_DIGITS = /\d{16}/;

/** Integers beyond 2^53 (e.g. 64-bit platform ids) stay exact, as strings; other numbers as usual. */
const keepLargeIntegers = (value: string): number | string =>
  isSafeNumber(value) || !isInteger(value) ? Number(value) : value;

export function parseJsonBody(raw: Buffer): unknown {
  const text = raw.toString('utf8');
  try {
    // JSON.parse would round 820982911946154508 to …500 and merge two orders' ids; the lossless
    // parser is only needed, and only paid for, when a body holds that many digits in a row.
    return LONG_DIGITS.test(text) ? parseLossless(text, null, keepLargeIntegers) : JSON.parse(text);
  } catch {
    throw new AppError('invalid_json', 'the body is not valid JSON');
  }
}

const ajv = new Ajv.default({ allErrors: false, strict: false, coerceTypes: false, useDefaults: false });

/**
 * A checker for a platform payload: shops add fields freely, so only the fields Trustloop
 * reads are described; a wrong one is a 400 naming it (`/body/line_items/0/price`).
 */
export function payloadChecker<T>(schema: TSchema): (payload: unknown) => T {
  // Compiled on first use: the route modules are loaded by every process, CLI commands
  // included, and compiling the shops' payload schemas cost ~0.3 s of CPU at each start.
  let validate: ValidateFunction | undefined;
  return (payload) => {
    validate ??= ajv.compile(schema as object);
    if (validate(payload)) return payload as T;
    const details: ErrorDetail[] = (validate.errors ?? []).map((issue) => {
      const missing = issue.keyword === 'required' ? `/${String(issue.params['missingProperty'])}` : '';
      return {
        field: `/body${issue.instancePath}${missing}`,
        message: issue.keyword === 'required' ? 'is required' : (issue.message ?? 'is invalid'),
      };
    });
    const first = details[0];
    throw new AppError(
      'validation_failed',
      first ? `${first.field} ${first.message}` : 'the payload is invalid',
      {
        details,
      },
    );
  };
}

/** A decimal amount as shops send it (`"249.00"`). */
export const Decimal = Type.String({ pattern: '^-?[0-9]+(\\.[0-9]+)?$' });
/** Shops send ids as JSON numbers; some integrations send them as strings. */
export const ExternalId = Type.Union([
  Type.Integer({ minimum: 0 }),
  Type.String({ minLength: 1, maxLength: 200 }),
]);
export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

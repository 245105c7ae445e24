/**
 * Shoper's webhook signature (shops.md §5, "unconfirmed" there, from a Java validator and the PHP
 * WebhookVerifier): `X-Webhook-SHA1` = hex(sha1(`<X-Webhook-Id>:<secret>:<raw body>`)), compared
 * in constant time. Whether `X-Webhook-Id` names the delivery or the subscription is not known,
 * so deliveries are told apart by the body's hash, and the order's `edition_date` keeps an older
 * picture from rolling a newer one back.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { AppError } from '../../../platform/errors.js';

export const SHOPER_ORDER_EVENTS = ['order.create', 'order.edit', 'order.paid', 'order.status'] as const;
export const SHOPER_CLIENT_EVENTS = ['client.create', 'client.edit'] as const;

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** The event name, once the signature over the raw body checks out. */
export function verifyShoperWebhook(
  raw: Buffer,
  headers: Record<string, string | string[] | undefined>,
  secret: string,
): { event: string; webhookId: string; dedupeKey: string } {
  const webhookId = one(headers['x-webhook-id']);
  const signature = one(headers['x-webhook-sha1']);
  const event = one(headers['x-webhook-name']);
  if (!webhookId) throw new AppError('invalid_signature', 'the X-Webhook-Id header is missing');
  if (!signature) throw new AppError('invalid_signature', 'the X-Webhook-SHA1 header is missing');
  const expected = Buffer.from(
    createHash('sha1').update(`${webhookId}:${secret}:`).update(raw).digest('hex'),
  );
  const given = Buffer.from(signature.trim().toLowerCase());
  if (raw.length === 0 || given.length !== expected.length || !timingSafeEqual(given, expected))
    throw new AppError('invalid_signature', 'the X-Webhook-SHA1 signature does not match the body');
  if (!event) throw AppError.invalid('/headers/x-webhook-name', 'is required');
  const dedupeKey = `${webhookId}:${createHash('sha256').update(raw).digest('hex')}`;
  return { event, webhookId, dedupeKey };
}

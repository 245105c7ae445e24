/**
 * Shoper's webhook signature as Shoper's own Symfony bundle checks it
 * (`dreamcommerce/appstore-bundle`, `Utils/Webhook/Validator/ValidatorAbstract::isRequestValid`):
 * `X-Webhook-Sha1` = sha1_hex(`<X-Webhook-Id>:<secret>:<raw body>`), the secret being the one
 * entered for the webhook ("a secret used in webhook checksum calculation", SDK
 * `WebhookInsert.secret`); compared here in constant time. The event is `X-Webhook-Name`
 * (`Utils/Webhook/Processor`). Whether `X-Webhook-Id` names the delivery or the webhook, and
 * what the body holds, are not documented, so neither tells deliveries apart: the route does,
 * by the state it reads (shoper.routes.ts).
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { AppError } from '../../../platform/errors.js';

export const SHOPER_ORDER_EVENTS = [
  'order.create',
  'order.edit',
  'order.paid',
  'order.status',
  'parcel.dispatch',
] as const;
export const SHOPER_CLIENT_EVENTS = ['client.create', 'client.edit'] as const;

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** The event name, once the signature over the raw body checks out. */
export function verifyShoperWebhook(
  raw: Buffer,
  headers: Record<string, string | string[] | undefined>,
  secret: string,
): { event: string; webhookId: string } {
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
  return { event, webhookId };
}

import { sha256Hex } from '../../../platform/crypto/index.js';
import { AppError } from '../../../platform/errors.js';
import type { Effect, WebhookDeps } from '../../webhooks/webhook-context.js';
import {
  header,
  parseJsonBody,
  payloadChecker,
  verifySignedDelivery,
  webhookRoute,
} from '../../webhooks/webhook-intake.js';
import { type WooTarget, wooCustomerInput, wooOrderInput, wooRefundInputs } from './woocommerce.mapping.js';
import { WooCustomer, WooDeleted, WooOrder } from './woocommerce.schemas.js';

const checkOrder = payloadChecker<WooOrder>(WooOrder);
const checkDeleted = payloadChecker<{ id: string | number }>(WooDeleted);
const checkCustomer = payloadChecker<WooCustomer>(WooCustomer);

type TopicHandler = (payload: unknown, deps: WebhookDeps, target: WooTarget) => Effect;

const orderTopic: TopicHandler = (payload, deps, target) => {
  const order = checkOrder(payload);
  const input = wooOrderInput(order, target);
  const refunds = wooRefundInputs(order, target);
  return async (trx) => {
    await deps.orders.recordOrderIn(trx, input);
    for (const refund of refunds) await deps.refunds.recordRefundIn(trx, refund);
  };
};

const customerTopic: TopicHandler = (payload, deps, target) => {
  const input = wooCustomerInput(checkCustomer(payload), target);
  return async (trx) => {
    if (input) await deps.contacts.upsertCustomer(trx, input);
  };
};

const TOPICS: Record<string, TopicHandler> = {
  'order.created': orderTopic,
  'order.updated': orderTopic,
  'order.restored': orderTopic,
  // The body of a deleted (trashed) order is only its id; WooCommerce never retries, so an
  // order we never saw is simply nothing to cancel.
  'order.deleted': (payload, deps, target) => {
    const { id } = checkDeleted(payload);
    return async (trx) => {
      const key = { ...target, source: 'woocommerce' as const, externalId: String(id) };
      if (await deps.orders.lockOrder(trx, target.channelId, 'woocommerce', key.externalId)) {
        await deps.orders.markOrderIn(trx, {
          ...key,
          milestone: 'cancelled',
          at: deps.clock.now().toISOString(),
        });
      }
    };
  },
  'customer.created': customerTopic,
  'customer.updated': customerTopic,
};

/** WooCommerce's creation ping: a form body `webhook_id=<id>` and no topic or signature. */
function isPing(raw: Buffer, topic: string | undefined): boolean {
  return topic === undefined && /^webhook_id=\d+$/.test(raw.toString('utf8').trim());
}

function hostOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).hostname.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `POST /webhooks/woocommerce/:channelPublicId` (S2). The delivery id WooCommerce sends is a
 * hash of the webhook id and the current second, so it is neither stable nor unique: the
 * dedupe key is that id together with a hash of the body, and the order's
 * `date_modified_gmt` makes any redelivery of an older picture change nothing.
 */
export function wooCommerceWebhookRoutes(deps: WebhookDeps) {
  const summary = 'Receives WooCommerce webhooks (orders and customers), including the creation ping';
  return webhookRoute(deps, { platform: 'woocommerce', name: 'WooCommerce', summary }, async (delivery) => {
    const { raw, headers, target } = delivery;
    const topic = header(headers, 'x-wc-webhook-topic');
    if (isPing(raw, topic)) return 'ignored';
    verifySignedDelivery(
      delivery,
      { signature: 'X-WC-Webhook-Signature', origin: 'X-WC-Webhook-Source' },
      hostOf,
    );
    if (!topic) throw AppError.invalid('/headers/x-wc-webhook-topic', 'is required');
    const handler = TOPICS[topic];
    if (!handler) return 'ignored';
    const effect = handler(parseJsonBody(raw), deps, target);
    const deliveryId = sha256Hex(
      `${header(headers, 'x-wc-webhook-delivery-id') ?? ''}\n${topic}\n`.concat(raw.toString('utf8')),
    );
    return { topic, deliveryId, effect };
  });
}

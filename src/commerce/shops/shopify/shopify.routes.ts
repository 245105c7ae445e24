import { AppError } from '../../../platform/errors.js';
import { type Effect, needingOrder, type WebhookDeps } from '../../webhooks/webhook-context.js';
import {
  header,
  parseJsonBody,
  payloadChecker,
  verifySignedDelivery,
  webhookRoute,
} from '../../webhooks/webhook-intake.js';
import {
  type ShopifyTarget,
  shopifyCustomerInput,
  shopifyOrderInput,
  shopifyRefundInput,
} from './shopify.mapping.js';
import {
  ShopifyCustomer,
  ShopifyDataRequest,
  ShopifyFulfillment,
  ShopifyOrder,
  ShopifyRedact,
  ShopifyRefund,
} from './shopify.schemas.js';

const checkOrder = payloadChecker<ShopifyOrder>(ShopifyOrder);
const checkRefund = payloadChecker<ShopifyRefund>(ShopifyRefund);
const checkFulfillment = payloadChecker<ShopifyFulfillment>(ShopifyFulfillment);
const checkCustomer = payloadChecker<ShopifyCustomer>(ShopifyCustomer);
const checkRedact = payloadChecker<ShopifyRedact>(ShopifyRedact);
const checkDataRequest = payloadChecker<ShopifyDataRequest>(ShopifyDataRequest);

interface TopicContext {
  deps: WebhookDeps;
  target: ShopifyTarget & { currency: string };
}

/** Checks and maps a payload (outside any transaction), returning the write to make. */
type TopicHandler = (payload: unknown, ctx: TopicContext) => Promise<Effect>;

const orderTopic: TopicHandler = async (payload, { deps, target }) => {
  const order = checkOrder(payload);
  const input = shopifyOrderInput(order, target);
  const refunds = (order.refunds ?? []).flatMap(
    (refund, i) => shopifyRefundInput(refund, target, input.currency, `/refunds/${i}`) ?? [],
  );
  return async (trx) => {
    await deps.orders.recordOrderIn(trx, input);
    for (const refund of refunds) await deps.refunds.recordRefundIn(trx, refund);
  };
};

const fulfillmentTopic: TopicHandler = async (payload, { deps, target }) => {
  const fulfillment = checkFulfillment(payload);
  const key = { ...target, source: 'shopify' as const, externalId: String(fulfillment.order_id) };
  const counts = fulfillment.status !== 'cancelled' && fulfillment.status !== 'failure';
  const fulfilled = counts && target.fulfilledOn === 'any_fulfillment';
  const delivered =
    counts && target.deliveredOn === 'shipment_delivered' && fulfillment.shipment_status === 'delivered';
  return async (trx) => {
    if (!fulfilled && !delivered) return;
    await needingOrder(key.externalId, async () => {
      // Delivered implies fulfilled; markOrderIn leaves a milestone already set alone.
      await deps.orders.markOrderIn(trx, { ...key, milestone: 'fulfilled', at: fulfillment.created_at });
      if (delivered) {
        const at = fulfillment.updated_at ?? fulfillment.created_at;
        await deps.orders.markOrderIn(trx, { ...key, milestone: 'delivered', at });
      }
    });
  };
};

const TOPICS: Record<string, TopicHandler> = {
  'orders/create': orderTopic,
  'orders/updated': orderTopic,
  'orders/paid': orderTopic,
  'orders/fulfilled': orderTopic,
  'orders/partially_fulfilled': orderTopic,
  'orders/cancelled': orderTopic,
  'fulfillments/create': fulfillmentTopic,
  'fulfillments/update': fulfillmentTopic,

  async 'refunds/create'(payload, { deps, target }) {
    const input = shopifyRefundInput(checkRefund(payload), target, target.currency);
    return async (trx) => {
      if (input) await needingOrder(input.orderExternalId, () => deps.refunds.recordRefundIn(trx, input));
    };
  },

  async 'customers/create'(payload, { deps, target }) {
    const input = shopifyCustomerInput(checkCustomer(payload), target);
    return async (trx) => {
      if (input) await deps.contacts.upsertCustomer(trx, input);
    };
  },

  async 'customers/redact'(payload, { deps, target }) {
    const request = checkRedact(payload);
    return (trx) =>
      deps.privacy.eraseCustomerIn(trx, target, {
        email: request.customer.email ?? null,
        source: 'shopify',
        orderExternalIds: (request.orders_to_redact ?? []).map(String),
        reason: 'gdpr_request',
      });
  },

  async 'shop/redact'(_payload, { deps, target }) {
    return (trx) => deps.privacy.eraseChannelIn(trx, target);
  },

  async 'customers/data_request'(payload, { deps, target }) {
    const request = checkDataRequest(payload);
    const email = request.customer.email?.trim();
    if (!email) throw AppError.invalid('/body/customer/email', 'is required');
    const exported = await deps.privacy.exportOf(target.accountId, target.channelId, email);
    return (trx) =>
      deps.privacy.storeDataRequestIn(trx, {
        accountId: target.accountId,
        channelId: target.channelId,
        platform: 'shopify',
        externalId: request.data_request ? String(request.data_request.id) : null,
        email,
        export: exported,
      });
  },
};
TOPICS['customers/update'] = TOPICS['customers/create']!;

/**
 * `POST /webhooks/shopify/:channelPublicId` (S1). Verifies the HMAC over the raw body, checks
 * the shop, records the delivery id and its effect in one transaction, and answers 200 fast.
 * Topics Trustloop does not use are acknowledged (200, `ignored`): any other answer makes
 * Shopify retry and, after repeated failures, delete the subscription.
 */
export function shopifyWebhookRoutes(deps: WebhookDeps) {
  const summary = 'Receives Shopify webhooks (orders, refunds, fulfilments, customers, GDPR topics)';
  return webhookRoute(deps, { platform: 'shopify', name: 'Shopify', summary }, async (delivery) => {
    const { raw, headers, target } = delivery;
    verifySignedDelivery(
      delivery,
      { signature: 'X-Shopify-Hmac-Sha256', origin: 'X-Shopify-Shop-Domain' },
      (domain) => domain?.trim().toLowerCase(),
    );
    const topic = header(headers, 'x-shopify-topic');
    if (!topic) throw AppError.invalid('/headers/x-shopify-topic', 'is required');
    const deliveryId = header(headers, 'x-shopify-webhook-id');
    if (!deliveryId) throw AppError.invalid('/headers/x-shopify-webhook-id', 'is required');
    const handler = TOPICS[topic];
    if (!handler) return 'ignored';
    return { topic, deliveryId, effect: await handler(parseJsonBody(raw), { deps, target }) };
  });
}

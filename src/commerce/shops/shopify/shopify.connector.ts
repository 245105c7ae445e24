/**
 * Shopify: webhooks signed with the app's client secret (reference/shops.md §1), reward codes
 * through the GraphQL Admin API with a custom app's access token (`write_discounts`).
 */
import { type ShopConnector, webhookSecretField } from '../shop-connector.js';
import { verifyDiscounts } from '../shop-verify.js';
import { shopifyWebhookRoutes } from './shopify.routes.js';
import { shopifyAdminUrl, shopifyDiscounts } from './shopify-discounts.js';

const discountsOf = (settings: Parameters<ShopConnector['verifyCredentials']>[0]) => {
  const discounts = settings.discounts ?? {};
  return shopifyDiscounts(
    shopifyAdminUrl(settings.shopDomain ?? '', discounts['adminApiUrl'] ?? null),
    discounts['accessToken'] ?? '',
  );
};

export const shopify: ShopConnector = {
  descriptor: {
    id: 'shopify',
    displayName: 'Shopify',
    settings: [
      webhookSecretField(
        'Client secret',
        "The app's client secret: Shopify signs every webhook with it (X-Shopify-Hmac-Sha256).",
      ),
      {
        key: 'shopDomain',
        section: 'connection',
        label: 'Shop domain',
        type: 'host',
        required: true,
        secret: false,
        pattern: {
          regex: /^[a-z0-9][a-z0-9-]*\.myshopify\.com$/,
          message: 'must be the shop\'s "name.myshopify.com" domain',
        },
      },
      {
        key: 'fulfilledOn',
        section: 'connection',
        label: 'Fulfilled when',
        type: 'choice',
        required: false,
        secret: false,
        values: ['any_fulfillment', 'order_fulfilled'],
        default: 'any_fulfillment',
        description: '`any_fulfillment`: the first fulfilment is created; `order_fulfilled`: every line is.',
      },
      {
        key: 'deliveredOn',
        section: 'connection',
        label: 'Delivered when',
        type: 'choice',
        required: false,
        secret: false,
        values: ['shipment_delivered', 'never'],
        default: 'shipment_delivered',
        description: "`shipment_delivered`: the carrier's tracking says so; `never`.",
      },
      {
        key: 'accessToken',
        section: 'discounts',
        label: 'Admin API access token',
        type: 'secret',
        required: true,
        secret: true,
        description: 'Of a custom app with the write_discounts scope.',
      },
      {
        key: 'adminApiUrl',
        section: 'discounts',
        label: 'Admin API address',
        type: 'url',
        required: false,
        secret: false,
        description: 'Only when the Admin API is not at https://<shop domain>.',
      },
    ],
    capabilities: {
      webhooks: {
        topics: [
          'orders/create',
          'orders/updated',
          'orders/paid',
          'orders/cancelled',
          'orders/fulfilled',
          'orders/partially_fulfilled',
          'refunds/create',
          'fulfillments/create',
          'fulfillments/update',
          'customers/create',
          'customers/update',
          'customers/data_request',
          'customers/redact',
          'shop/redact',
        ],
      },
      pull: false,
      discounts: { kinds: ['amount_off', 'percent_off', 'free_shipping', 'free_product'] },
      // financial_status and the fulfilment rules above (shopify.mapping.ts).
      orderStatusMap: {
        defaults: {
          pending: 'placed',
          authorized: 'placed',
          paid: 'paid',
          refunded: 'refunded',
          voided: 'cancelled',
        },
      },
    },
    // GraphQL Admin API: a 1,000-point bucket restored at 50 points/s on standard plans; a code costs ~10.
    rateLimit: { perSecond: 2, burst: 40 },
  },

  verifyCredentials: (settings) => verifyDiscounts(settings, discountsOf, 'accessToken'),
  discountClient: discountsOf,
  webhookRoutes: shopifyWebhookRoutes,
};

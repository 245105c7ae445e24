/**
 * WooCommerce: webhooks signed with the secret entered for each webhook (reference/shops.md §2),
 * reward codes as REST coupons with a Read/Write API key (consumer key + secret).
 */
import { type ShopConnector, type ShopSettings, webhookSecretField } from '../shop-connector.js';
import { verifyDiscounts } from '../shop-verify.js';
import { wooCommerceWebhookRoutes } from './woocommerce.routes.js';
import { woocommerceCoupons } from './woocommerce-coupons.js';

const couponsOf = (settings: ShopSettings) => {
  const discounts = settings.discounts ?? {};
  return woocommerceCoupons(
    discounts['siteUrl'] ?? '',
    discounts['consumerKey'] ?? '',
    discounts['consumerSecret'] ?? '',
  );
};

export const woocommerce: ShopConnector = {
  descriptor: {
    id: 'woocommerce',
    displayName: 'WooCommerce',
    settings: [
      webhookSecretField(
        'Webhook secret',
        'The secret entered for each webhook: WooCommerce signs with it (X-WC-Webhook-Signature).',
      ),
      {
        key: 'shopDomain',
        section: 'connection',
        label: 'Site host',
        type: 'host',
        required: false,
        secret: false,
      },
      {
        key: 'fulfilledOn',
        section: 'connection',
        label: 'Fulfilled at status',
        type: 'status_slug',
        required: false,
        secret: false,
        default: 'completed',
        description: 'An order status slug (core has no shipments), or `never`.',
      },
      {
        key: 'deliveredOn',
        section: 'connection',
        label: 'Delivered at status',
        type: 'status_slug',
        required: false,
        secret: false,
        default: 'never',
        description: "A plugin's status slug such as `delivered`, or `never`.",
      },
      {
        key: 'siteUrl',
        section: 'discounts',
        label: 'Site address',
        type: 'url',
        required: true,
        secret: false,
      },
      {
        key: 'consumerKey',
        section: 'discounts',
        label: 'Consumer key',
        type: 'secret',
        required: true,
        secret: true,
        maxLength: 200,
        description: 'Of a REST API key with Read/Write permission.',
      },
      {
        key: 'consumerSecret',
        section: 'discounts',
        label: 'Consumer secret',
        type: 'secret',
        required: true,
        secret: true,
        maxLength: 200,
      },
    ],
    capabilities: {
      webhooks: {
        topics: [
          'Order created',
          'Order updated',
          'Order restored',
          'Order deleted',
          'Customer created',
          'Customer updated',
        ],
      },
      pull: false,
      discounts: { kinds: ['amount_off', 'percent_off', 'free_shipping', 'free_product'] },
      // Core order statuses (woocommerce.mapping.ts); fulfilled/delivered come from the settings above.
      orderStatusMap: {
        defaults: {
          pending: 'placed',
          'on-hold': 'placed',
          processing: 'paid',
          completed: 'fulfilled',
          cancelled: 'cancelled',
          refunded: 'refunded',
        },
      },
    },
    // Core sets no REST limit (reference/shops.md §0); a shared host should not feel us.
    rateLimit: { perSecond: 5, burst: 10 },
  },

  verifyCredentials: (settings) => verifyDiscounts(settings, couponsOf, 'consumerKey'),
  discountClient: couponsOf,
  webhookRoutes: wooCommerceWebhookRoutes,
};

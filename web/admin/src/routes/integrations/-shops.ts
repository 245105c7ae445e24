import type { ShopPlatform } from '../../api/integrations';

/**
 * What each shop platform needs created on its side: the webhook topics Trustloop reads
 * (docs/connecting.md, section 2) and where in the shop's admin they are made.
 */
/** The platforms with a page here; PrestaShop and Shoper are connected through the API for now (docs/connecting.md). */
type PagedShopPlatform = Extract<ShopPlatform, 'shopify' | 'woocommerce'>;

export const SHOP_PLATFORMS: ReadonlyArray<{
  id: PagedShopPlatform;
  name: string;
  topics: readonly string[];
}> = [
  {
    id: 'shopify',
    name: 'Shopify',
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
  {
    id: 'woocommerce',
    name: 'WooCommerce',
    topics: [
      'Order created',
      'Order updated',
      'Order restored',
      'Order deleted',
      'Customer created',
      'Customer updated',
    ],
  },
];

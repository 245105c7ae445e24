import type { ShopPlatform } from '../../api/shops';

/**
 * Webhook secrets the merchant makes up (and types into the shop's webhook form too), rather than
 * copies from the shop: their field offers a random one to copy. Shopify's is the app's own
 * client secret, so it is not here (docs/connecting.md, section 2).
 */
export const MERCHANT_MADE_SECRETS: Partial<Record<ShopPlatform, readonly string[]>> = {
  woocommerce: ['webhookSecret'],
  shoper: ['webhookSecret'],
};

/** Steps a platform's guide numbers, from its catalogue (`shop.<platform>.guide.<n>`), at most this many. */
export const MAX_GUIDE_STEPS = 8;

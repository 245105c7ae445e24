import type { ShopHarness } from './harness.js';
import { magentoHarness } from './magento.js';
import { prestashopHarness } from './prestashop.js';
import { shopifyHarness } from './shopify.js';
import { woocommerceHarness } from './woocommerce.js';

/** Every shop connector the contract suite runs against (one line per platform). */
export const SHOP_HARNESSES: readonly ShopHarness[] = [
  magentoHarness,
  prestashopHarness,
  shopifyHarness,
  woocommerceHarness,
];

export type { HeldCode, ShopFake, ShopHarness, WebhookDelivery } from './harness.js';

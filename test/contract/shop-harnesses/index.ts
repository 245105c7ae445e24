import type { ShopHarness } from './harness.js';
import { magentoHarness } from './magento.js';
import { prestashopHarness } from './prestashop.js';
import { shoperHarness } from './shoper.js';
import { shopifyHarness } from './shopify.js';
import { woocommerceHarness } from './woocommerce.js';

/**
 * Every shop connector the contract suite runs against (one line per platform). A platform that
 * cannot take part in a scenario says why in its harness (`partialRefundInapplicable`, and which
 * of retry or pull brings a refused delivery in); the suite skips exactly that scenario for it.
 */
export const SHOP_HARNESSES: readonly ShopHarness[] = [
  magentoHarness,
  prestashopHarness,
  shoperHarness,
  shopifyHarness,
  woocommerceHarness,
];

export type { HeldCode, ShopFake, ShopHarness, WebhookDelivery } from './harness.js';

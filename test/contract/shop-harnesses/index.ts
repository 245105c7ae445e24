import type { ShopHarness } from './harness.js';
import { magentoHarness } from './magento.js';
import { prestashopHarness } from './prestashop.js';
import { shopifyHarness } from './shopify.js';
import { woocommerceHarness } from './woocommerce.js';

/**
 * Every shop connector the contract suite runs against (one line per platform).
 * Shoper is not here: it documents no refund resource (shops.md §5), so the suite's partial
 * refund (20.00 of 59.90) cannot reach Trustloop from it — only a status mapped to `refunded`,
 * which returns the whole rest of the order, and the amounts would not match. Its webhooks,
 * pull and promotion codes are proven in shops-shoper.test.ts, shops-prestashop-shoper-http.test.ts
 * and shop-discounts.test.ts.
 */
export const SHOP_HARNESSES: readonly ShopHarness[] = [
  magentoHarness,
  prestashopHarness,
  shopifyHarness,
  woocommerceHarness,
];

export type { HeldCode, ShopFake, ShopHarness, WebhookDelivery } from './harness.js';

import type { ShopHarness } from './harness.js';
import { magentoHarness } from './magento.js';
import { prestashopHarness } from './prestashop.js';

/** Every shop connector the contract suite runs against (one line per platform). */
export const SHOP_HARNESSES: readonly ShopHarness[] = [magentoHarness, prestashopHarness];

export type { HeldCode, ShopFake, ShopHarness } from './harness.js';

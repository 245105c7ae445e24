import type { PortableMigration } from '../migrator.js';

/**
 * Coupons that exist in the shop (S6, L7): a shop connection may hold Admin API credentials
 * (sealed JSON: Shopify's access token, WooCommerce's consumer key and secret) with which a
 * redeemed reward's code is created in the shop. A coupon waits in `issuing` until the shop has
 * it; `shop_discount_id` is the shop's id for it (to remove it later), `issue_error` the shop's
 * last refusal, `issue_deadline` when waiting ends and the points go back.
 */
export const m0026ShopDiscounts: PortableMigration = {
  async up(db) {
    await db.schema.alterTable('shop_connections').addColumn('admin_credentials', 'text').execute();
    await db.schema.alterTable('loyalty_coupons').addColumn('shop_discount_id', 'text').execute();
    await db.schema.alterTable('loyalty_coupons').addColumn('issue_error', 'text').execute();
    await db.schema.alterTable('loyalty_coupons').addColumn('issue_deadline', 'text').execute();
  },
};

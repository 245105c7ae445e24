import type { ShopDiscountClient } from '../commerce/index.js';

/** The jobs that keep reward codes in the shop (see shop-coupons.ts). */
export const COUPON_PUBLISH_JOB = 'loyalty.coupon.publish';
export const COUPON_REMOVE_JOB = 'loyalty.coupon.remove';
/** How long a coupon may wait for the shop before the points go back. */
export const ISSUE_DEADLINE_MS = 24 * 3_600_000;
/** Enough attempts to reach the deadline with the backoff (1 min doubling to 1 h). */
export const PUBLISH_MAX_ATTEMPTS = 40;
/** The job's first run waits a little: the redemption itself tries once at once. */
export const PUBLISH_FIRST_DELAY_MS = 30_000;

export interface CouponJob {
  couponId: string;
}

/** The channel's shop discount client (commerce's), or null when the shop has no credentials. */
export type ShopDiscountsPort = (channelId: string) => Promise<ShopDiscountClient | null>;

/**
 * The loyalty domain's public door: members, the points ledger, ways to earn, reversals,
 * expiry, VIP tiers, rewards and coupons, referrals and the customer hub (SPEC L1–L10).
 * Other domains and connectors import only from here.
 */
export type { LoyaltyDashboard, PointsWeek, TierMembers } from './dashboard-stats.js';
export type { HubView } from './hub.service.js';
export type { HubState } from './hub-view.js';
export * from './loyalty.events.js';
export { createLoyaltyModule, type LoyaltyService } from './loyalty.module.js';
export type { DeepPartial, LoyaltySettings } from './loyalty-settings.js';
export { DEFAULT_SETTINGS } from './loyalty-settings.js';
export type { AdjustmentInput, MemberView } from './members.service.js';
export type { NightlySummary } from './nightly.job.js';
export type { TierInput, TierView, WayToEarn } from './program.service.js';
export type { RedeemRefusal } from './redemption.js';
export type { RewardInput, RewardView } from './rewards.service.js';
export { isShopOrigin } from './shop-origin.js';
export { type ShopperIdentity, signShopperToken, verifyShopperToken } from './shopper-token.js';

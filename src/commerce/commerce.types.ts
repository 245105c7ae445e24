import type { OrderSnapshot, OrderSource, RefundSnapshot } from './commerce.events.js';
import type { ShopSettingValue } from './shops/shop-connector.js';

/** The shop platforms Trustloop connects to (each has a connector in shops/shop-registry.ts). */
export const SHOP_PLATFORMS = ['shopify', 'woocommerce', 'magento', 'prestashop', 'shoper'] as const;
export type ShopPlatform = (typeof SHOP_PLATFORMS)[number];

/** An order as stored, with its refunds and bookkeeping times. */
export interface OrderRecord extends OrderSnapshot {
  refunds: RefundSnapshot[];
  /** When the source last changed the order (older inputs are ignored). */
  sourceUpdatedAt: string;
  createdAt: string;
  updatedAt: string;
}

/** How to name one order within a channel. */
export type OrderLookup = { source: OrderSource; externalId: string } | { number: string };

export interface ListOrdersQuery {
  limit: number;
  /** The `nextCursor` of the previous page. */
  cursor?: string;
  /** Only orders of this customer email. */
  email?: string;
}

export type { Page } from '../platform/pages.js';

/** A timestamp set on an existing order (REST fulfilments and deliveries, shop fulfilment webhooks). */
export interface OrderMilestone {
  accountId: string;
  channelId: string;
  source: OrderSource;
  externalId: string;
  milestone: 'paid' | 'fulfilled' | 'delivered' | 'cancelled';
  at: string;
}

/** What counts as fulfilled or delivered for a shop (see shop-connections.service.ts). */
export interface ShopConnection {
  channelId: string;
  platform: ShopPlatform;
  shopDomain: string | null;
  fulfilledOn: string;
  deliveredOn: string;
  /** The platform's other plain settings (its descriptor's connection fields); secrets never. */
  settings: Record<string, ShopSettingValue>;
  /** Whether redeemed rewards' codes are created in the shop (Admin API credentials stored). */
  discountsEnabled: boolean;
  /** Where the shop sends its webhooks (paste it into the shop's settings). */
  webhookUrl: string;
  /** How pulling from the shop goes (platforms Trustloop pulls from; all null otherwise). */
  health: { lastSyncAt: string | null; lastError: string | null; lastErrorAt: string | null };
  createdAt: string;
  updatedAt: string;
}

/** A customer data request (Shopify `customers/data_request`) and what Trustloop holds about them. */
export interface DataRequest {
  id: string;
  channelId: string;
  platform: ShopPlatform;
  externalId: string | null;
  email: string;
  export: unknown;
  createdAt: string;
}

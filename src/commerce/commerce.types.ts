import type { OrderSnapshot, OrderSource, RefundSnapshot } from './commerce.events.js';
import type { DiscountCredentialsInput } from './discounts/shop-discounts.js';

/** The shop platforms whose webhooks Trustloop receives. */
export const SHOP_PLATFORMS = ['shopify', 'woocommerce'] as const;
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

export interface Page<T> {
  items: T[];
  nextCursor?: string;
}

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
  /** Whether redeemed rewards' codes are created in the shop (Admin API credentials stored). */
  discountsEnabled: boolean;
  /** Where the shop sends its webhooks (paste it into the shop's settings). */
  webhookUrl: string;
  createdAt: string;
  updatedAt: string;
}

export interface ShopConnectionInput {
  /** Required when the connection is created; omitted keeps the stored one. */
  webhookSecret?: string;
  shopDomain?: string | null;
  fulfilledOn?: string;
  deliveredOn?: string;
  /** Admin API credentials for creating reward codes in the shop; null removes them, omitted keeps them. */
  discounts?: DiscountCredentialsInput | null;
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

import type { DomainEvent } from '../platform/jobs/index.js';

/**
 * The events the commerce domain appends. Each carries the whole order as it stands after
 * the change, so subscribers (loyalty, reviews, connectors) need nothing else.
 * Money is in integer minor units of `currency`.
 */

export type OrderSource = 'shopify' | 'woocommerce' | 'magento' | 'prestashop' | 'shoper' | 'api' | 'import';

export interface OrderLineItem {
  /** Stable within the order (the platform's line id, or `1`, `2`, … when it has none). */
  lineId: string;
  productId: string | null;
  variantId: string | null;
  sku: string | null;
  gtin: string | null;
  title: string;
  quantity: number;
  /** Per unit, after line discounts, in minor units. */
  unitPrice: number;
  imageUrl: string | null;
  productUrl: string | null;
}

export interface OrderCustomer {
  /** The contacts domain's id, when the order has an email. */
  customerId: string | null;
  email: string | null;
  firstName: string | null;
  lastName: string | null;
  phone: string | null;
  locale: string | null;
}

/** An order's amounts, in integer minor units of `currency`; the snapshot and every input carry them. */
export interface OrderTotals {
  currency: string;
  subtotal: number;
  discountTotal: number;
  shippingTotal: number;
  taxTotal: number;
  total: number;
}

export interface OrderSnapshot extends OrderTotals {
  orderId: string;
  channelId: string;
  source: OrderSource;
  externalId: string;
  /** What the shopper sees, e.g. `#1001`. */
  number: string;
  customer: OrderCustomer;
  /** Sum of all refunds so far. */
  refundedTotal: number;
  lineItems: OrderLineItem[];
  /** Coupon codes applied to the order (loyalty marks its coupons used). */
  discountCodes: string[];
  /** A referral code the order arrived with (landing `?ref=` or a note attribute). */
  referralCode: string | null;
  /** sha256 of the normalised shipping address, for self-referral checks; never the address. */
  shippingAddressHash: string | null;
  locale: string | null;
  placedAt: string;
  paidAt: string | null;
  fulfilledAt: string | null;
  deliveredAt: string | null;
  cancelledAt: string | null;
}

/** `order.placed`, `order.paid`, `order.fulfilled`, `order.delivered`, `order.cancelled`. */
export interface OrderEvent {
  order: OrderSnapshot;
}

export interface RefundSnapshot {
  refundId: string;
  externalId: string;
  /** Money returned by this refund, in minor units. */
  amount: number;
  lineItems: Array<{ lineId: string; quantity: number; amount: number }>;
  /** True when the order is refunded in full after this refund. */
  fullyRefunded: boolean;
  createdAt: string;
}

/** `order.refunded`: one refund (full or partial) was recorded. */
export interface OrderRefunded {
  order: OrderSnapshot;
  refund: RefundSnapshot;
}

export const COMMERCE_EVENTS = {
  placed: 'order.placed',
  paid: 'order.paid',
  fulfilled: 'order.fulfilled',
  delivered: 'order.delivered',
  cancelled: 'order.cancelled',
  refunded: 'order.refunded',
} as const;

/** Every order event type; each carries the order's snapshot. */
export type OrderEventType = (typeof COMMERCE_EVENTS)[keyof typeof COMMERCE_EVENTS];

/** Every order event type: what a subscriber to an order's whole life lists. */
export const ORDER_EVENTS: readonly OrderEventType[] = Object.values(COMMERCE_EVENTS);

const orderEventTypes: ReadonlySet<string> = new Set(ORDER_EVENTS);

/** True for the order events (their payload has `order`), narrowing the event's type. */
export function isOrderEvent(event: DomainEvent): event is DomainEvent<OrderEventType> {
  return orderEventTypes.has(event.type);
}

declare module '../platform/jobs/index.js' {
  interface DomainEventMap {
    'order.placed': OrderEvent;
    'order.paid': OrderEvent;
    'order.fulfilled': OrderEvent;
    'order.delivered': OrderEvent;
    'order.cancelled': OrderEvent;
    'order.refunded': OrderRefunded;
  }
}

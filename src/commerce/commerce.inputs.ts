import type { CustomerInput } from '../contacts/index.js';
import type { OrderSource, OrderTotals } from './commerce.events.js';

/**
 * What every order source (Shopify, WooCommerce, the REST API, CSV import) hands to the
 * commerce core after verifying and normalising its own payload.
 */
export interface OrderInput extends OrderTotals {
  accountId: string;
  channelId: string;
  source: OrderSource;
  externalId: string;
  number: string;
  /**
   * When the source last changed the order. An input older than what is stored is ignored
   * (out-of-order webhooks never roll state back).
   */
  sourceUpdatedAt: string;
  customer: {
    email: string | null;
    firstName?: string | null;
    lastName?: string | null;
    phone?: string | null;
    locale?: string | null;
    /** The platform's customer id, if any. */
    externalId?: string | null;
    /** Newsletter consent the shop reported with the order, if any. */
    acceptsMarketing?: boolean | null;
    /** When that consent was given or withdrawn at the shop; defaults to `sourceUpdatedAt`. */
    consentChangedAt?: string | null;
    /** When the customer registered in the shop (for the 15-minute consent rule). */
    registeredAt?: string | null;
  };
  lineItems: Array<{
    lineId?: string;
    productId?: string | null;
    variantId?: string | null;
    sku?: string | null;
    gtin?: string | null;
    title: string;
    quantity: number;
    unitPrice: number;
    imageUrl?: string | null;
    productUrl?: string | null;
  }>;
  discountCodes?: string[];
  referralCode?: string | null;
  /** Hashed by the core; never stored in clear. */
  shippingAddress?: {
    line1?: string | null;
    line2?: string | null;
    postcode?: string | null;
    city?: string | null;
    country?: string | null;
  } | null;
  locale?: string | null;
  placedAt: string;
  paidAt?: string | null;
  fulfilledAt?: string | null;
  deliveredAt?: string | null;
  cancelledAt?: string | null;
}

export interface RefundInput {
  accountId: string;
  channelId: string;
  source: OrderSource;
  /** The order's external id at the same source. */
  orderExternalId: string;
  externalId: string;
  /** Money returned; when omitted, the sum of the line amounts. */
  amount?: number;
  lineItems?: Array<{ lineId: string; quantity: number; amount?: number }>;
  createdAt: string;
}

/** What recording an input did; `events` are the types appended (empty when nothing changed). */
export interface RecordResult<T> {
  value: T;
  created: boolean;
  changed: boolean;
  events: string[];
}

/**
 * What a shop's customer payload gives every contacts input alike (Shopify's and WooCommerce's
 * share the field names): whose customer it is, the address as stored, the names.
 */
export function shopCustomerBasics(
  target: { accountId: string; channelId: string },
  email: string,
  customer: { first_name?: string | null; last_name?: string | null },
): Pick<CustomerInput, 'accountId' | 'channelId' | 'email' | 'firstName' | 'lastName'> {
  return {
    accountId: target.accountId,
    channelId: target.channelId,
    email: email.trim().toLowerCase(),
    firstName: customer.first_name ?? null,
    lastName: customer.last_name ?? null,
  };
}

/** Kysely row types of the commerce domain's tables (see migration 0004_commerce). */
export interface CommerceTables {
  orders: OrderRow;
  order_refunds: RefundRow;
  shop_connections: ShopConnectionRow;
  shop_pull_dead_letters: ShopPullDeadLetterRow;
  inbound_deliveries: {
    channel_id: string;
    platform: string;
    delivery_id: string;
    topic: string;
    received_at: string;
  };
  data_requests: {
    id: string;
    account_id: string;
    channel_id: string;
    platform: string;
    external_id: string | null;
    email: string;
    export: string;
    created_at: string;
  };
}

export interface OrderRow {
  id: string;
  account_id: string;
  channel_id: string;
  source: string;
  external_id: string;
  number: string;
  customer_id: string | null;
  email: string | null;
  first_name: string | null;
  last_name: string | null;
  phone: string | null;
  customer_locale: string | null;
  currency: string;
  subtotal: number;
  discount_total: number;
  shipping_total: number;
  tax_total: number;
  total: number;
  refunded_total: number;
  /** JSON: OrderLineItem[]. */
  line_items: string;
  /** JSON: string[]. */
  discount_codes: string;
  referral_code: string | null;
  shipping_address_hash: string | null;
  locale: string | null;
  placed_at: string;
  paid_at: string | null;
  fulfilled_at: string | null;
  delivered_at: string | null;
  cancelled_at: string | null;
  source_updated_at: string;
  created_at: string;
  updated_at: string;
}

export interface RefundRow {
  id: string;
  order_id: string;
  external_id: string;
  amount: number;
  /** JSON: RefundSnapshot['lineItems']. */
  line_items: string;
  created_at: string;
  recorded_at: string;
}

export interface ShopConnectionRow {
  id: string;
  account_id: string;
  channel_id: string;
  platform: string;
  webhook_secret: string;
  shop_domain: string | null;
  fulfilled_on: string;
  delivered_on: string;
  /** Sealed JSON of the shop's Admin API credentials (discounts), null when not given. */
  admin_credentials: string | null;
  /** JSON of the platform's other plain settings (its descriptor's connection fields). */
  settings: string;
  /** Sealed JSON of the platform's other secret settings; null when it has none. */
  secret_settings: string | null;
  /** JSON: resource → PullCursor, for platforms Trustloop pulls from. */
  pull_cursor: string | null;
  /** A pull runs until then (a crashed one lets go when it passes). */
  pull_lease_until: string | null;
  last_sync_at: string | null;
  last_error: string | null;
  last_error_at: string | null;
  created_at: string;
  updated_at: string;
}

/** A pulled record that could not be read (the pull moved on without it). */
export interface ShopPullDeadLetterRow {
  id: string;
  connection_id: string;
  account_id: string;
  resource: string;
  external_id: string;
  updated_at: string;
  error: string;
  payload: string;
  created_at: string;
}

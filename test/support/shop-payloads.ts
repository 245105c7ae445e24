import { createHmac, randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import type { ShoperFake } from '../fakes/shoper/shoper.fake.js';
import type { Tenant, TestApp } from './app.js';
import { seededInt } from './seeded-random.js';

/**
 * Builders of shop webhook deliveries shaped like the platforms' documented examples
 * (see /work/shared/reference/shops.md §1.6–1.9 and §2.5), signed as the shops sign them.
 */

export const SHOP_DOMAIN = 'acme-pl.myshopify.com';
export const SHOPIFY_SECRET = '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';
export const WOO_SECRET = 'wc-secret-Q7w9Zr2LmX';
export const WOO_SITE = 'https://sklep.example.pl/';

type Json = Record<string, unknown>;

/** base64(HMAC-SHA256(secret, body)): how both Shopify and WooCommerce sign. */
export function sign(secret: string, body: string | Buffer): string {
  return createHmac('sha256', secret).update(body).digest('base64');
}

let sequence = 0;
/** A fresh numeric id in Shopify's range. */
export function shopifyId(): number {
  sequence += 1;
  return 5_551_234_000_000 + seededInt(1_000_000) * 100 + sequence;
}

export function shopifyOrder(overrides: Json = {}): Json {
  const id = (overrides['id'] as number | undefined) ?? shopifyId();
  return {
    id,
    admin_graphql_api_id: `gid://shopify/Order/${id}`,
    name: '#1042',
    order_number: 1042,
    number: 42,
    email: 'ala@example.pl',
    contact_email: 'ala@example.pl',
    created_at: '2026-03-02T10:15:00+01:00',
    processed_at: '2026-03-02T10:15:00+01:00',
    updated_at: '2026-03-02T10:15:00+01:00',
    currency: 'PLN',
    presentment_currency: 'PLN',
    total_price: '249.00',
    subtotal_price: '229.00',
    total_tax: '46.56',
    total_discounts: '0.00',
    current_total_price: '249.00',
    total_price_set: {
      shop_money: { amount: '249.00', currency_code: 'PLN' },
      presentment_money: { amount: '249.00', currency_code: 'PLN' },
    },
    total_shipping_price_set: {
      shop_money: { amount: '20.00', currency_code: 'PLN' },
      presentment_money: { amount: '20.00', currency_code: 'PLN' },
    },
    financial_status: 'pending',
    fulfillment_status: null,
    cancelled_at: null,
    cancel_reason: null,
    customer_locale: 'pl',
    buyer_accepts_marketing: false,
    test: false,
    source_name: 'web',
    tags: '',
    landing_site: '/?ref=ANNA10&utm_source=newsletter',
    note_attributes: [],
    discount_codes: [{ code: 'WIOSNA', amount: '0.00', type: 'fixed_amount' }],
    customer: {
      id: 7001,
      email: 'ala@example.pl',
      first_name: 'Ala',
      last_name: 'Nowak',
      created_at: '2026-03-02T10:14:00+01:00',
      email_marketing_consent: {
        state: 'not_subscribed',
        opt_in_level: 'single_opt_in',
        consent_updated_at: null,
      },
    },
    shipping_address: {
      first_name: 'Ala',
      last_name: 'Nowak',
      address1: 'ul. Długa 5',
      address2: null,
      zip: '00-001',
      city: 'Warszawa',
      country_code: 'PL',
    },
    line_items: [
      {
        id: 13_688_971,
        product_id: 8_061_536,
        variant_id: 4512,
        sku: 'MUG-RED',
        title: 'Mug',
        variant_title: 'Red',
        name: 'Mug - Red',
        quantity: 2,
        price: '114.50',
        fulfillable_quantity: 2,
        fulfillment_status: null,
        product_exists: true,
        gift_card: false,
        discount_allocations: [],
      },
    ],
    refunds: [],
    fulfillments: [],
    ...overrides,
  };
}

export function shopifyRefund(orderId: number, overrides: Json = {}): Json {
  return {
    id: shopifyId(),
    order_id: orderId,
    created_at: '2026-03-05T09:00:00+01:00',
    processed_at: '2026-03-05T09:00:00+01:00',
    note: 'damaged',
    restock: true,
    user_id: 11,
    refund_line_items: [
      {
        id: 1,
        line_item_id: 13_688_971,
        quantity: 1,
        restock_type: 'return',
        subtotal: 114.5,
        total_tax: 21.41,
        line_item: {
          id: 13_688_971,
          product_id: 8_061_536,
          variant_id: 4512,
          sku: 'MUG-RED',
          title: 'Mug',
          quantity: 2,
          price: '114.50',
        },
      },
    ],
    transactions: [{ kind: 'refund', status: 'success', amount: '114.50', currency: 'PLN' }],
    order_adjustments: [],
    ...overrides,
  };
}

export function shopifyFulfillment(orderId: number, overrides: Json = {}): Json {
  return {
    id: shopifyId(),
    order_id: orderId,
    status: 'success',
    created_at: '2026-03-03T12:00:00+01:00',
    updated_at: '2026-03-03T12:00:00+01:00',
    tracking_company: 'InPost',
    tracking_number: '6800000000000000000000',
    shipment_status: null,
    line_items: [],
    ...overrides,
  };
}

export function shopifyCustomer(overrides: Json = {}): Json {
  return {
    id: 7001,
    email: 'ala@example.pl',
    first_name: 'Ala',
    last_name: 'Nowak',
    created_at: '2026-03-02T10:14:00+01:00',
    updated_at: '2026-03-02T10:16:00+01:00',
    state: 'enabled',
    verified_email: true,
    phone: null,
    tags: '',
    currency: 'PLN',
    email_marketing_consent: {
      state: 'subscribed',
      opt_in_level: 'confirmed_opt_in',
      consent_updated_at: '2026-03-02T10:16:00+01:00',
    },
    sms_marketing_consent: null,
    ...overrides,
  };
}

export interface ShopifyDelivery {
  topic: string;
  payload: Json | string;
  webhookId?: string;
  shopDomain?: string;
  secret?: string;
  /** Overrides the computed signature (null: no signature header). */
  signature?: string | null;
}

export function shopifyRequest(publicId: string, delivery: ShopifyDelivery) {
  const body = typeof delivery.payload === 'string' ? delivery.payload : JSON.stringify(delivery.payload);
  const signature =
    delivery.signature === undefined ? sign(delivery.secret ?? SHOPIFY_SECRET, body) : delivery.signature;
  return {
    method: 'POST' as const,
    url: `/webhooks/shopify/${publicId}`,
    payload: body,
    headers: {
      'content-type': 'application/json',
      'x-shopify-topic': delivery.topic,
      'x-shopify-shop-domain': delivery.shopDomain ?? SHOP_DOMAIN,
      'x-shopify-api-version': '2025-01',
      'x-shopify-webhook-id': delivery.webhookId ?? randomUUID(),
      'x-shopify-event-id': randomUUID(),
      'x-shopify-triggered-at': '2026-03-02T09:15:01.000Z',
      ...(signature === null ? {} : { 'x-shopify-hmac-sha256': signature }),
    },
  };
}

export function sendShopify(
  app: TestApp,
  tenant: Tenant,
  delivery: ShopifyDelivery,
): Promise<LightMyRequestResponse> {
  return app.inject(shopifyRequest(tenant.publicId, delivery));
}

export async function connectShopify(
  app: TestApp,
  tenant: Tenant,
  settings: Json = {},
): Promise<LightMyRequestResponse> {
  const response = await app.inject({
    method: 'PUT',
    url: `/api/v1/channels/${tenant.channelId}/shop-connections/shopify`,
    headers: tenant.auth,
    payload: { webhookSecret: SHOPIFY_SECRET, shopDomain: SHOP_DOMAIN, ...settings },
  });
  if (response.statusCode >= 300) throw new Error(`connecting Shopify failed: ${response.body}`);
  return response;
}

export function wooOrder(overrides: Json = {}): Json {
  return {
    id: 727,
    parent_id: 0,
    number: '727',
    order_key: 'wc_order_abc',
    created_via: 'checkout',
    status: 'processing',
    currency: 'EUR',
    prices_include_tax: true,
    date_created: '2026-03-02T10:15:00',
    date_created_gmt: '2026-03-02T09:15:00',
    date_modified: '2026-03-02T10:16:00',
    date_modified_gmt: '2026-03-02T09:16:00',
    date_paid_gmt: '2026-03-02T09:16:00',
    date_completed_gmt: null,
    discount_total: '0.00',
    shipping_total: '10.00',
    total: '59.90',
    total_tax: '11.20',
    customer_id: 0,
    billing: {
      first_name: 'Jan',
      last_name: 'Kowalski',
      email: 'jan@example.pl',
      phone: '+48500100200',
      country: 'PL',
    },
    shipping: {
      first_name: 'Jan',
      last_name: 'Kowalski',
      address_1: 'ul. Krótka 1',
      address_2: '',
      postcode: '30-001',
      city: 'Kraków',
      country: 'PL',
    },
    payment_method: 'bacs',
    line_items: [
      {
        id: 315,
        name: 'Mug - Red',
        product_id: 93,
        variation_id: 94,
        quantity: 2,
        sku: 'MUG-RED',
        price: 24.95,
        subtotal: '49.90',
        total: '49.90',
        total_tax: '0.00',
      },
    ],
    coupon_lines: [],
    refunds: [],
    customer_note: '',
    meta_data: [],
    ...overrides,
  };
}

export interface WooDelivery {
  topic: string;
  payload: Json | string;
  deliveryId?: string;
  secret?: string;
  signature?: string | null;
  source?: string;
}

export function wooRequest(publicId: string, delivery: WooDelivery) {
  const body = typeof delivery.payload === 'string' ? delivery.payload : JSON.stringify(delivery.payload);
  const signature =
    delivery.signature === undefined ? sign(delivery.secret ?? WOO_SECRET, body) : delivery.signature;
  const [resource, event] = delivery.topic.split('.');
  return {
    method: 'POST' as const,
    url: `/webhooks/woocommerce/${publicId}`,
    payload: body,
    headers: {
      'content-type': 'application/json',
      'user-agent': 'WooCommerce/9.6.0 Hookshot (WordPress/6.7.1)',
      'x-wc-webhook-source': delivery.source ?? WOO_SITE,
      'x-wc-webhook-topic': delivery.topic,
      'x-wc-webhook-resource': resource ?? '',
      'x-wc-webhook-event': event ?? '',
      'x-wc-webhook-id': '12',
      'x-wc-webhook-delivery-id': delivery.deliveryId ?? randomUUID().replaceAll('-', ''),
      ...(signature === null ? {} : { 'x-wc-webhook-signature': signature }),
    },
  };
}

export function sendWoo(
  app: TestApp,
  tenant: Tenant,
  delivery: WooDelivery,
): Promise<LightMyRequestResponse> {
  return app.inject(wooRequest(tenant.publicId, delivery));
}

export async function connectWoo(
  app: TestApp,
  tenant: Tenant,
  settings: Json = {},
): Promise<LightMyRequestResponse> {
  const response = await app.inject({
    method: 'PUT',
    url: `/api/v1/channels/${tenant.channelId}/shop-connections/woocommerce`,
    headers: tenant.auth,
    payload: { webhookSecret: WOO_SECRET, shopDomain: 'sklep.example.pl', ...settings },
  });
  if (response.statusCode >= 300) throw new Error(`connecting WooCommerce failed: ${response.body}`);
  return response;
}

/** Shoper's order 77 as its REST API returns it, paid (status type 2), with one line: what a webhook names. */
export function putPaidShoperOrder(shoper: ShoperFake): void {
  shoper.put('statuses', { status_id: 2, type: 2, name: 'Przyjęte' });
  shoper.put('orders', {
    order_id: 77,
    user_id: 0,
    email: 'jan@example.pl',
    date: '2025-05-01 10:00:00',
    status_date: '2025-05-01 10:05:00',
    status_id: 2,
    sum: '60.00',
    paid: '60.00',
    currency_id: '1',
    promo_code: '',
  });
  shoper.put('order-products', {
    id: 1,
    order_id: 77,
    product_id: 5,
    stock_id: 8,
    name: 'Kubek',
    code: 'KUB-1',
    price: '60.00',
    quantity: 1,
  });
}

import { type Static, Type } from 'typebox';
import { Decimal, ExternalId, Nullable } from '../../webhooks/webhook-intake.js';

/**
 * The parts of Shopify's REST-shaped webhook payloads that Trustloop reads
 * (https://shopify.dev/docs/api/admin-rest/latest/resources/order). Other fields pass through.
 */
const Optional = Type.Optional;
const Text = Type.String({ maxLength: 2000 });
const Time = Type.String({ minLength: 10, maxLength: 40 });

const Consent = Nullable(
  Type.Object({
    state: Type.String({ maxLength: 50 }),
    opt_in_level: Optional(Nullable(Type.String({ maxLength: 50 }))),
    consent_updated_at: Optional(Nullable(Time)),
  }),
);

export const ShopifyCustomer = Type.Object({
  id: ExternalId,
  email: Optional(Nullable(Text)),
  first_name: Optional(Nullable(Text)),
  last_name: Optional(Nullable(Text)),
  phone: Optional(Nullable(Text)),
  locale: Optional(Nullable(Text)),
  created_at: Optional(Nullable(Time)),
  updated_at: Optional(Nullable(Time)),
  email_marketing_consent: Optional(Consent),
});

const Address = Nullable(
  Type.Object({
    first_name: Optional(Nullable(Text)),
    last_name: Optional(Nullable(Text)),
    address1: Optional(Nullable(Text)),
    address2: Optional(Nullable(Text)),
    zip: Optional(Nullable(Text)),
    city: Optional(Nullable(Text)),
    country_code: Optional(Nullable(Text)),
  }),
);

const Money = Type.Object({ shop_money: Type.Object({ amount: Decimal }) });

export const ShopifyFulfillment = Type.Object({
  id: Optional(ExternalId),
  order_id: ExternalId,
  status: Optional(Nullable(Type.String({ maxLength: 50 }))),
  shipment_status: Optional(Nullable(Type.String({ maxLength: 50 }))),
  created_at: Time,
  updated_at: Optional(Nullable(Time)),
});

export const ShopifyRefund = Type.Object({
  id: ExternalId,
  order_id: ExternalId,
  created_at: Time,
  refund_line_items: Optional(
    Type.Array(
      Type.Object({
        line_item_id: ExternalId,
        quantity: Type.Integer({ minimum: 0 }),
        subtotal: Optional(Nullable(Type.Union([Type.Number(), Decimal]))),
      }),
    ),
  ),
  transactions: Optional(
    Type.Array(
      Type.Object({
        kind: Type.String({ maxLength: 50 }),
        status: Optional(Nullable(Type.String({ maxLength: 50 }))),
        amount: Decimal,
        currency: Optional(Nullable(Type.String({ maxLength: 3 }))),
      }),
    ),
  ),
});

export const ShopifyOrder = Type.Object({
  id: ExternalId,
  name: Optional(Nullable(Type.String({ maxLength: 100 }))),
  order_number: Optional(Nullable(Type.Integer())),
  email: Optional(Nullable(Text)),
  contact_email: Optional(Nullable(Text)),
  created_at: Time,
  updated_at: Time,
  cancelled_at: Optional(Nullable(Time)),
  currency: Type.String({ minLength: 3, maxLength: 3 }),
  total_price: Decimal,
  subtotal_price: Optional(Nullable(Decimal)),
  total_tax: Optional(Nullable(Decimal)),
  total_discounts: Optional(Nullable(Decimal)),
  total_shipping_price_set: Optional(Nullable(Money)),
  shipping_lines: Optional(Type.Array(Type.Object({ price: Decimal }))),
  financial_status: Optional(Nullable(Type.String({ maxLength: 50 }))),
  fulfillment_status: Optional(Nullable(Type.String({ maxLength: 50 }))),
  customer_locale: Optional(Nullable(Type.String({ maxLength: 35 }))),
  customer: Optional(Nullable(ShopifyCustomer)),
  billing_address: Optional(Address),
  shipping_address: Optional(Address),
  discount_codes: Optional(Type.Array(Type.Object({ code: Type.String({ maxLength: 200 }) }))),
  landing_site: Optional(Nullable(Text)),
  note_attributes: Optional(Type.Array(Type.Object({ name: Type.String(), value: Type.Unknown() }))),
  line_items: Type.Array(
    Type.Object({
      id: ExternalId,
      product_id: Optional(Nullable(ExternalId)),
      variant_id: Optional(Nullable(ExternalId)),
      sku: Optional(Nullable(Type.String({ maxLength: 200 }))),
      title: Type.String({ minLength: 1, maxLength: 500 }),
      quantity: Type.Integer({ minimum: 1 }),
      price: Decimal,
      discount_allocations: Optional(Type.Array(Type.Object({ amount: Decimal }))),
    }),
  ),
  fulfillments: Optional(Type.Array(Type.Omit(ShopifyFulfillment, ['order_id']))),
  refunds: Optional(Type.Array(ShopifyRefund)),
});

export const ShopifyRedact = Type.Object({
  customer: Type.Object({ id: Optional(ExternalId), email: Optional(Nullable(Text)) }),
  orders_to_redact: Optional(Type.Array(ExternalId)),
});

export const ShopifyDataRequest = Type.Object({
  customer: Type.Object({ id: Optional(ExternalId), email: Optional(Nullable(Text)) }),
  data_request: Optional(Type.Object({ id: ExternalId })),
});

export type ShopifyOrder = Static<typeof ShopifyOrder>;
export type ShopifyRefund = Static<typeof ShopifyRefund>;
export type ShopifyFulfillment = Static<typeof ShopifyFulfillment>;
export type ShopifyCustomer = Static<typeof ShopifyCustomer>;
export type ShopifyRedact = Static<typeof ShopifyRedact>;
export type ShopifyDataRequest = Static<typeof ShopifyDataRequest>;

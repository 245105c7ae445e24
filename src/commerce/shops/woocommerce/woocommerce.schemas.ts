import { type Static, Type } from 'typebox';
import { Decimal, ExternalId, Nullable } from '../../webhooks/webhook-intake.js';

/**
 * The parts of WooCommerce's REST v3 resources (the webhook body) that Trustloop reads
 * (woocommerce-rest-api-docs `_orders.md`, `_customers.md`). Other fields pass through.
 */
const Optional = Type.Optional;
const Text = Type.String({ maxLength: 2000 });
/** GMT without an offset suffix, e.g. `2025-03-02T09:15:00`. */
const GmtTime = Type.String({ minLength: 10, maxLength: 40 });

const Person = Type.Object({
  first_name: Optional(Nullable(Text)),
  last_name: Optional(Nullable(Text)),
  email: Optional(Nullable(Text)),
  phone: Optional(Nullable(Text)),
  address_1: Optional(Nullable(Text)),
  address_2: Optional(Nullable(Text)),
  postcode: Optional(Nullable(Text)),
  city: Optional(Nullable(Text)),
  country: Optional(Nullable(Text)),
});

export const WooOrder = Type.Object({
  id: ExternalId,
  number: Optional(Nullable(Type.String({ maxLength: 100 }))),
  status: Type.String({ minLength: 1, maxLength: 50 }),
  currency: Type.String({ minLength: 3, maxLength: 3 }),
  date_created_gmt: GmtTime,
  date_modified_gmt: GmtTime,
  date_paid_gmt: Optional(Nullable(GmtTime)),
  date_completed_gmt: Optional(Nullable(GmtTime)),
  total: Decimal,
  total_tax: Optional(Nullable(Decimal)),
  shipping_total: Optional(Nullable(Decimal)),
  discount_total: Optional(Nullable(Decimal)),
  customer_id: Optional(Nullable(Type.Integer({ minimum: 0 }))),
  billing: Optional(Nullable(Person)),
  shipping: Optional(Nullable(Person)),
  line_items: Type.Array(
    Type.Object({
      id: ExternalId,
      name: Type.String({ minLength: 1, maxLength: 500 }),
      product_id: Optional(Nullable(ExternalId)),
      variation_id: Optional(Nullable(ExternalId)),
      quantity: Type.Integer({ minimum: 1 }),
      sku: Optional(Nullable(Type.String({ maxLength: 200 }))),
      subtotal: Optional(Nullable(Decimal)),
      total: Decimal,
    }),
  ),
  refunds: Optional(Type.Array(Type.Object({ id: ExternalId, total: Decimal }))),
  coupon_lines: Optional(Type.Array(Type.Object({ code: Type.String({ maxLength: 200 }) }))),
  meta_data: Optional(Type.Array(Type.Object({ key: Type.String(), value: Type.Unknown() }))),
});

export const WooDeleted = Type.Object({ id: ExternalId });

export const WooCustomer = Type.Object({
  id: ExternalId,
  email: Optional(Nullable(Text)),
  first_name: Optional(Nullable(Text)),
  last_name: Optional(Nullable(Text)),
  billing: Optional(Nullable(Person)),
  date_created_gmt: Optional(Nullable(GmtTime)),
});

export type WooOrder = Static<typeof WooOrder>;
export type WooCustomer = Static<typeof WooCustomer>;

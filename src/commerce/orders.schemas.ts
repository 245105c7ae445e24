import { Type } from 'typebox';
import { StrictObject, StringEnum } from '../platform/http/schemas.js';
import { SHOP_PLATFORMS } from './commerce.types.js';
import { shopDescriptors } from './shops/shop-registry.js';
import { connectionBodySchema } from './shops/shop-settings.js';

const Optional = Type.Optional;
const Nullable = <T extends import('typebox').TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const Timestamp = Type.String({ format: 'date-time' });
const Minor = (description: string) =>
  Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER, description });
const Text = (maxLength: number) => Type.String({ minLength: 1, maxLength });

export const ChannelParams = StrictObject({ channelId: Type.String({ minLength: 1, maxLength: 64 }) });
export const OrderExternalParams = StrictObject({
  channelId: Type.String({ minLength: 1, maxLength: 64 }),
  externalId: Type.String({ minLength: 1, maxLength: 200 }),
});
export const OrderIdParams = StrictObject({
  channelId: Type.String({ minLength: 1, maxLength: 64 }),
  orderId: Type.String({ minLength: 1, maxLength: 64 }),
});
export const ConnectionParams = StrictObject({
  channelId: Type.String({ minLength: 1, maxLength: 64 }),
  platform: StringEnum(SHOP_PLATFORMS),
});
export const DataRequestParams = StrictObject({
  channelId: Type.String({ minLength: 1, maxLength: 64 }),
  requestId: Type.String({ minLength: 1, maxLength: 64 }),
});
export const PageQuery = StrictObject({
  limit: Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  cursor: Optional(Type.String({ minLength: 1, maxLength: 64 })),
});
export const OrdersQuery = StrictObject({
  limit: Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  cursor: Optional(Type.String({ minLength: 1, maxLength: 64 })),
  email: Optional(Type.String({ minLength: 3, maxLength: 254 })),
});
export const IdempotencyHeaders = Type.Object({
  'idempotency-key': Optional(Type.String({ minLength: 1, maxLength: 255 })),
});

/** `PUT /orders/:externalId`: the order as the caller's system has it; money in minor units. */
export const OrderBody = StrictObject({
  number: Text(100),
  updatedAt: Optional(Timestamp),
  customer: StrictObject({
    email: Nullable(Type.String({ format: 'email', maxLength: 254 })),
    firstName: Optional(Nullable(Type.String({ maxLength: 200 }))),
    lastName: Optional(Nullable(Type.String({ maxLength: 200 }))),
    phone: Optional(Nullable(Type.String({ maxLength: 50 }))),
    locale: Optional(Nullable(Type.String({ maxLength: 35 }))),
    externalId: Optional(Nullable(Type.String({ maxLength: 200 }))),
    acceptsMarketing: Optional(Nullable(Type.Boolean())),
  }),
  currency: Type.String({ pattern: '^[A-Za-z]{3}$' }),
  subtotal: Optional(Minor('Defaults to the sum of the lines')),
  discountTotal: Optional(Minor('Defaults to 0')),
  shippingTotal: Optional(Minor('Defaults to 0')),
  taxTotal: Optional(Minor('Defaults to 0')),
  total: Minor('What the customer paid, in minor units (1999 = 19.99)'),
  lineItems: Type.Array(
    StrictObject({
      lineId: Optional(Text(200)),
      productId: Optional(Nullable(Type.String({ maxLength: 200 }))),
      variantId: Optional(Nullable(Type.String({ maxLength: 200 }))),
      sku: Optional(Nullable(Type.String({ maxLength: 200 }))),
      gtin: Optional(Nullable(Type.String({ maxLength: 50 }))),
      title: Text(500),
      quantity: Type.Integer({ minimum: 1, maximum: 1_000_000 }),
      unitPrice: Minor('Per unit after line discounts'),
      imageUrl: Optional(Nullable(Type.String({ format: 'uri', maxLength: 2000 }))),
      productUrl: Optional(Nullable(Type.String({ format: 'uri', maxLength: 2000 }))),
    }),
    { maxItems: 1000 },
  ),
  discountCodes: Optional(Type.Array(Text(200), { maxItems: 100 })),
  referralCode: Optional(Nullable(Type.String({ maxLength: 200 }))),
  shippingAddress: Optional(
    Nullable(
      StrictObject({
        line1: Optional(Nullable(Type.String({ maxLength: 500 }))),
        line2: Optional(Nullable(Type.String({ maxLength: 500 }))),
        postcode: Optional(Nullable(Type.String({ maxLength: 50 }))),
        city: Optional(Nullable(Type.String({ maxLength: 200 }))),
        country: Optional(Nullable(Type.String({ maxLength: 2 }))),
      }),
    ),
  ),
  locale: Optional(Nullable(Type.String({ maxLength: 35 }))),
  placedAt: Timestamp,
  paidAt: Optional(Nullable(Timestamp)),
  fulfilledAt: Optional(Nullable(Timestamp)),
  deliveredAt: Optional(Nullable(Timestamp)),
  cancelledAt: Optional(Nullable(Timestamp)),
});

export const RefundBody = StrictObject({
  externalId: Text(200),
  amount: Optional(Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER })),
  lineItems: Optional(
    Type.Array(
      StrictObject({
        lineId: Text(200),
        quantity: Type.Integer({ minimum: 0, maximum: 1_000_000 }),
        amount: Optional(Minor('Defaults to the line unit price × quantity')),
      }),
      { maxItems: 1000 },
    ),
  ),
  createdAt: Optional(Timestamp),
});

export const FulfillmentBody = StrictObject({ fulfilledAt: Optional(Timestamp) });
export const DeliveryBody = StrictObject({ deliveredAt: Optional(Timestamp) });

/** Every platform's fields, from the shop connectors' descriptors (shops/shop-settings.ts checks them per platform). */
export const ConnectionBody = connectionBodySchema(shopDescriptors());

const LineItemSchema = Type.Object({
  lineId: Type.String(),
  productId: Nullable(Type.String()),
  variantId: Nullable(Type.String()),
  sku: Nullable(Type.String()),
  gtin: Nullable(Type.String()),
  title: Type.String(),
  quantity: Type.Integer(),
  unitPrice: Type.Integer(),
  imageUrl: Nullable(Type.String()),
  productUrl: Nullable(Type.String()),
});

export const RefundSchema = Type.Object(
  {
    refundId: Type.String(),
    externalId: Type.String(),
    amount: Type.Integer(),
    lineItems: Type.Array(
      Type.Object({ lineId: Type.String(), quantity: Type.Integer(), amount: Type.Integer() }),
    ),
    fullyRefunded: Type.Boolean(),
    createdAt: Timestamp,
  },
  { $id: 'Refund' },
);

const orderProperties = {
  orderId: Type.String(),
  channelId: Type.String(),
  source: Type.String(),
  externalId: Type.String(),
  number: Type.String(),
  customer: Type.Object({
    customerId: Nullable(Type.String()),
    email: Nullable(Type.String()),
    firstName: Nullable(Type.String()),
    lastName: Nullable(Type.String()),
    phone: Nullable(Type.String()),
    locale: Nullable(Type.String()),
  }),
  currency: Type.String(),
  subtotal: Type.Integer(),
  discountTotal: Type.Integer(),
  shippingTotal: Type.Integer(),
  taxTotal: Type.Integer(),
  total: Type.Integer(),
  refundedTotal: Type.Integer(),
  lineItems: Type.Array(LineItemSchema),
  discountCodes: Type.Array(Type.String()),
  referralCode: Nullable(Type.String()),
  shippingAddressHash: Nullable(Type.String()),
  locale: Nullable(Type.String()),
  placedAt: Timestamp,
  paidAt: Nullable(Timestamp),
  fulfilledAt: Nullable(Timestamp),
  deliveredAt: Nullable(Timestamp),
  cancelledAt: Nullable(Timestamp),
};

export const OrderSchema = Type.Object(orderProperties, { $id: 'Order' });
export const OrderRecordSchema = Type.Object(
  {
    ...orderProperties,
    refunds: Type.Array(Type.Ref('Refund')),
    sourceUpdatedAt: Timestamp,
    createdAt: Timestamp,
    updatedAt: Timestamp,
  },
  { $id: 'OrderRecord' },
);

export const RecordOrderResponse = Type.Object({
  order: Type.Ref('Order'),
  created: Type.Boolean(),
  changed: Type.Boolean(),
  events: Type.Array(Type.String()),
});

export const RecordRefundResponse = Type.Object({
  order: Type.Ref('Order'),
  refund: Type.Ref('Refund'),
  created: Type.Boolean(),
});

export const ConnectionSchema = Type.Object({
  channelId: Type.String(),
  platform: StringEnum(SHOP_PLATFORMS),
  shopDomain: Nullable(Type.String()),
  fulfilledOn: Type.String(),
  deliveredOn: Type.String(),
  settings: Type.Record(Type.String(), Type.Unknown(), {
    description: "The platform's other settings (secrets are never returned)",
  }),
  discountsEnabled: Type.Boolean({ description: 'Redeemed rewards become codes in the shop' }),
  webhookUrl: Type.String({ description: 'Paste this into the shop as the webhook delivery URL' }),
  health: Type.Object(
    {
      lastSyncAt: Nullable(Timestamp),
      lastError: Nullable(Type.String()),
      lastErrorAt: Nullable(Timestamp),
    },
    { description: 'How pulling from the shop goes: the last finished pull, the last failure' },
  ),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});

export const DataRequestSchema = Type.Object({
  id: Type.String(),
  channelId: Type.String(),
  platform: StringEnum(SHOP_PLATFORMS),
  externalId: Nullable(Type.String()),
  email: Type.String(),
  export: Type.Unknown(),
  createdAt: Timestamp,
});

import type { OrderInput, RefundInput } from '../commerce.inputs.js';
import {
  parseAmount,
  parseBoolean,
  parseCurrency,
  parseDate,
  parseEmail,
  parseQuantity,
  RowError,
} from './csv-values.js';
import {
  atLine,
  type FormatDefinition,
  latest,
  optional,
  required,
  type SourceRow,
  splitName,
} from './import-format.js';

/** One order of the file: what commerce records, and its refunded total if any. */
export interface OrderUnit {
  order: OrderInput;
  refund: RefundInput | null;
}

type Line = OrderInput['lineItems'][number];

/** The row that carries an order-level column: the first row of the order where it is filled. */
function carrier(rows: readonly SourceRow[], column: string): SourceRow {
  return rows.find((row) => row.get(column) !== '') ?? rows[0]!;
}

/** Reads an order-level column from the row that carries it, pinning errors to that row. */
function orderValue<T>(rows: readonly SourceRow[], column: string, parse: (value: string) => T): T | null {
  const row = carrier(rows, column);
  return atLine(row, () => optional(row, column, parse));
}

function requiredOrderValue<T>(rows: readonly SourceRow[], column: string, parse: (value: string) => T): T {
  const row = carrier(rows, column);
  return atLine(row, () => parse(required(row, column)));
}

function unitPrice(column: string, price: number, lineDiscount: number, quantity: number): number {
  const value = price - Math.round(lineDiscount / quantity);
  if (value < 0) throw new RowError('invalid_money', `${column} is smaller than the line discount`);
  return value;
}

function refundOf(order: OrderInput, refunded: number | null, at: string): RefundInput | null {
  if (!refunded) return null;
  return {
    accountId: order.accountId,
    channelId: order.channelId,
    source: 'import',
    orderExternalId: order.externalId,
    // One refund per order and file: the exported refunded total, recorded once.
    externalId: `${order.externalId}:refunded`,
    amount: refunded,
    createdAt: at,
  };
}

/**
 * Shopify's order export (Admin › Orders › Export): one row per line item; the order's own
 * fields are filled on its first row and repeated or blank on the rows that follow.
 */
export const shopifyOrders: FormatDefinition<OrderUnit> = {
  type: 'orders',
  format: 'shopify',
  requiredColumns: [
    'Name',
    'Email',
    'Currency',
    'Total',
    'Created at',
    'Lineitem quantity',
    'Lineitem name',
    'Lineitem price',
  ],
  recognises: (columns) => columns.has('lineitem name') && columns.has('name'),
  groupKey: (row) => row.get('Name'),
  label: (rows) => `order ${rows[0]?.get('Name') ?? ''}`,
  map(rows, context) {
    const { decimalComma: comma, timeZone } = context;
    const name = requiredOrderValue(rows, 'Name', (value) => value);
    const currency = requiredOrderValue(rows, 'Currency', (value) => parseCurrency('Currency', value));
    const money = (column: string) => (value: string) => parseAmount(column, value, currency, comma);
    const date = (column: string) => (value: string) => parseDate(column, value, timeZone);
    const placedAt = requiredOrderValue(rows, 'Created at', date('Created at'));
    const paidAt = orderValue(rows, 'Paid at', date('Paid at'));
    const fulfilledAt = orderValue(rows, 'Fulfilled at', date('Fulfilled at'));
    const cancelledAt = orderValue(rows, 'Cancelled at', date('Cancelled at'));
    const marketing =
      orderValue(rows, 'Accepts Marketing', (v) => parseBoolean('Accepts Marketing', v)) ??
      orderValue(rows, 'Accepts Email Marketing', (v) => parseBoolean('Accepts Email Marketing', v));
    const lineItems = rows.map(
      (row, index): Line =>
        atLine(row, () => {
          const quantity = parseQuantity('Lineitem quantity', required(row, 'Lineitem quantity'));
          const price = parseAmount('Lineitem price', required(row, 'Lineitem price'), currency, comma);
          const discount = optional(row, 'Lineitem discount', money('Lineitem discount')) ?? 0;
          return {
            lineId: String(index + 1),
            sku: row.get('Lineitem sku') || null,
            title: required(row, 'Lineitem name'),
            quantity,
            unitPrice: unitPrice('Lineitem price', price, discount, quantity),
          };
        }),
    );
    const billing = splitName(carrier(rows, 'Billing Name').get('Billing Name'));
    const shipping = carrier(rows, 'Shipping Address1');
    const discountCodes = carrier(rows, 'Discount Code')
      .get('Discount Code')
      .split(',')
      .map((code) => code.trim())
      .filter(Boolean);
    const order: OrderInput = {
      accountId: context.accountId,
      channelId: context.channelId,
      source: 'import',
      externalId: carrier(rows, 'Id').get('Id') || name,
      number: name,
      sourceUpdatedAt: latest(placedAt, paidAt, fulfilledAt, cancelledAt),
      customer: {
        email: orderValue(rows, 'Email', (value) => parseEmail('Email', value)),
        firstName: billing.firstName,
        lastName: billing.lastName,
        phone:
          carrier(rows, 'Phone').get('Phone') || carrier(rows, 'Billing Phone').get('Billing Phone') || null,
        acceptsMarketing: marketing,
      },
      currency,
      subtotal:
        orderValue(rows, 'Subtotal', money('Subtotal')) ??
        lineItems.reduce((sum, line) => sum + line.unitPrice * line.quantity, 0),
      discountTotal: orderValue(rows, 'Discount Amount', money('Discount Amount')) ?? 0,
      shippingTotal: orderValue(rows, 'Shipping', money('Shipping')) ?? 0,
      taxTotal: orderValue(rows, 'Taxes', money('Taxes')) ?? 0,
      total: requiredOrderValue(rows, 'Total', money('Total')),
      lineItems,
      discountCodes,
      shippingAddress: shipping.get('Shipping Address1')
        ? {
            line1: shipping.get('Shipping Address1'),
            line2: shipping.get('Shipping Address2') || null,
            postcode: shipping.get('Shipping Zip') || null,
            city: shipping.get('Shipping City') || null,
            country: shipping.get('Shipping Country') || null,
          }
        : null,
      placedAt,
      paidAt,
      fulfilledAt,
      cancelledAt,
    };
    const refunded = orderValue(rows, 'Refunded Amount', money('Refunded Amount'));
    return { order, refund: refundOf(order, refunded, latest(order.sourceUpdatedAt)) };
  },
};

/** The documented generic format (docs/csv-import.md): one row per line item. */
export const genericOrders: FormatDefinition<OrderUnit> = {
  type: 'orders',
  format: 'generic',
  requiredColumns: [
    'external_id',
    'number',
    'email',
    'first_name',
    'last_name',
    'currency',
    'total',
    'placed_at',
    'sku',
    'title',
    'quantity',
    'unit_price',
  ],
  recognises: (columns) => columns.has('external_id') && columns.has('unit_price'),
  groupKey: (row) => row.get('external_id'),
  label: (rows) => `order ${rows[0]?.get('external_id') ?? ''}`,
  map(rows, context) {
    const { decimalComma: comma, timeZone } = context;
    const externalId = requiredOrderValue(rows, 'external_id', (value) => value);
    const currency = requiredOrderValue(rows, 'currency', (value) => parseCurrency('currency', value));
    const money = (column: string) => (value: string) => parseAmount(column, value, currency, comma);
    const date = (column: string) => (value: string) => parseDate(column, value, timeZone);
    const placedAt = requiredOrderValue(rows, 'placed_at', date('placed_at'));
    const times = {
      paidAt: orderValue(rows, 'paid_at', date('paid_at')),
      fulfilledAt: orderValue(rows, 'fulfilled_at', date('fulfilled_at')),
      deliveredAt: orderValue(rows, 'delivered_at', date('delivered_at')),
      cancelledAt: orderValue(rows, 'cancelled_at', date('cancelled_at')),
    };
    const lineItems = rows.map(
      (row, index): Line =>
        atLine(row, () => ({
          lineId: String(index + 1),
          sku: row.get('sku') || null,
          productId: row.get('product_id') || null,
          gtin: row.get('gtin') || null,
          title: required(row, 'title'),
          quantity: parseQuantity('quantity', required(row, 'quantity')),
          unitPrice: parseAmount('unit_price', required(row, 'unit_price'), currency, comma),
        })),
    );
    const locale = carrier(rows, 'locale').get('locale') || null;
    const order: OrderInput = {
      accountId: context.accountId,
      channelId: context.channelId,
      source: 'import',
      externalId,
      number: carrier(rows, 'number').get('number') || externalId,
      sourceUpdatedAt: latest(placedAt, ...Object.values(times)),
      customer: {
        email: orderValue(rows, 'email', (value) => parseEmail('email', value)),
        firstName: carrier(rows, 'first_name').get('first_name') || null,
        lastName: carrier(rows, 'last_name').get('last_name') || null,
        locale,
      },
      currency,
      subtotal:
        orderValue(rows, 'subtotal', money('subtotal')) ??
        lineItems.reduce((sum, line) => sum + line.unitPrice * line.quantity, 0),
      discountTotal: orderValue(rows, 'discount', money('discount')) ?? 0,
      shippingTotal: orderValue(rows, 'shipping', money('shipping')) ?? 0,
      taxTotal: orderValue(rows, 'tax', money('tax')) ?? 0,
      total: requiredOrderValue(rows, 'total', money('total')),
      lineItems,
      locale,
      placedAt,
      ...times,
    };
    const refunded = orderValue(rows, 'refunded_amount', money('refunded_amount'));
    return { order, refund: refundOf(order, refunded, order.sourceUpdatedAt) };
  },
};

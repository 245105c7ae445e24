/**
 * Magento 2 REST entities as Trustloop inputs (reference/shops.md §3.3). Times are UTC without a
 * zone ("2025-03-02 09:15:00"). An order's `status` (merchants add their own) is read through
 * the connection's status map, falling back to its `state` (new, pending_payment, processing,
 * complete, closed, canceled, holded). Configurable products send a parent line and a child
 * line; the child (with `parent_item_id`) is skipped. Refunds are credit memos, shipments set
 * "fulfilled".
 */
import type { CustomerInput } from '../../../contacts/index.js';
import type { OrderInput, RefundInput } from '../../commerce.inputs.js';
import { parseMoney } from '../../money.js';
import { toInstant } from '../../order-rows.js';
import type { OrderMilestoneName, ShopTarget } from '../shop-connector.js';

export interface MagentoOrder {
  entity_id: number;
  increment_id: string;
  created_at: string;
  updated_at: string;
  state: string;
  status: string;
  customer_email?: string | null;
  customer_firstname?: string | null;
  customer_lastname?: string | null;
  customer_id?: number | null;
  customer_is_guest?: number;
  order_currency_code: string;
  subtotal?: number;
  discount_amount?: number;
  shipping_amount?: number;
  tax_amount?: number;
  grand_total: number;
  total_paid?: number | null;
  coupon_code?: string | null;
  items: Array<{
    item_id: number;
    product_id?: number | null;
    sku?: string | null;
    name: string;
    qty_ordered: number;
    price: number;
    parent_item_id?: number | null;
  }>;
}

export interface MagentoCreditMemo {
  entity_id: number;
  order_id: number;
  order_currency_code?: string;
  grand_total: number;
  created_at: string;
  updated_at: string;
}

export interface MagentoShipment {
  entity_id: number;
  order_id: number;
  created_at: string;
  updated_at: string;
}

export interface MagentoCustomer {
  id: number;
  email: string;
  firstname?: string | null;
  lastname?: string | null;
  created_at: string;
  updated_at: string;
  extension_attributes?: { is_subscribed?: boolean };
}

/** Magento's order states (and its default statuses of the same names) as milestones. */
export const MAGENTO_STATUS_DEFAULTS: Readonly<Record<string, OrderMilestoneName>> = {
  new: 'placed',
  pending: 'placed',
  pending_payment: 'placed',
  holded: 'placed',
  processing: 'paid',
  complete: 'fulfilled',
  closed: 'refunded',
  canceled: 'cancelled',
};

const PAID_OR_LATER = new Set<OrderMilestoneName>(['paid', 'fulfilled', 'delivered', 'refunded']);
const blankToNull = (value: string | null | undefined) =>
  value && value.trim() !== '' ? value.trim() : null;

export const magentoTime = (value: string, field: string) =>
  toInstant(/(Z|[+-]\d{2}:?\d{2})$/i.test(value) ? value : `${value.replace(' ', 'T')}Z`, field);

export function milestoneOf(
  order: Pick<MagentoOrder, 'status' | 'state'>,
  map: Readonly<Record<string, OrderMilestoneName>>,
): OrderMilestoneName {
  return map[order.status] ?? map[order.state] ?? MAGENTO_STATUS_DEFAULTS[order.state] ?? 'placed';
}

export function magentoOrderInput(
  order: MagentoOrder,
  target: ShopTarget,
  statusMap: Readonly<Record<string, OrderMilestoneName>>,
): OrderInput {
  const currency = order.order_currency_code.toUpperCase();
  const money = (value: number | undefined | null, field: string) =>
    value === undefined || value === null ? 0 : Math.abs(parseMoney(value, currency, `/order/${field}`));
  const updated = magentoTime(order.updated_at, '/order/updated_at');
  const milestone = milestoneOf(order, statusMap);
  const lines = order.items.filter((item) => !item.parent_item_id);
  return {
    accountId: target.accountId,
    channelId: target.channelId,
    source: 'magento',
    externalId: String(order.entity_id),
    number: order.increment_id,
    sourceUpdatedAt: updated,
    customer: {
      email: blankToNull(order.customer_email)?.toLowerCase() ?? null,
      firstName: order.customer_firstname ?? null,
      lastName: order.customer_lastname ?? null,
      externalId: order.customer_is_guest || !order.customer_id ? null : String(order.customer_id),
    },
    currency,
    subtotal: money(order.subtotal, 'subtotal'),
    discountTotal: money(order.discount_amount, 'discount_amount'),
    shippingTotal: money(order.shipping_amount, 'shipping_amount'),
    taxTotal: money(order.tax_amount, 'tax_amount'),
    total: money(order.grand_total, 'grand_total'),
    lineItems: lines.map((item, i) => ({
      lineId: String(item.item_id),
      productId: item.product_id ? String(item.product_id) : null,
      sku: blankToNull(item.sku),
      title: item.name,
      quantity: item.qty_ordered,
      unitPrice: money(item.price, `items/${i}/price`),
    })),
    discountCodes: blankToNull(order.coupon_code) ? [String(order.coupon_code).trim()] : [],
    placedAt: magentoTime(order.created_at, '/order/created_at'),
    paidAt: PAID_OR_LATER.has(milestone) || (order.total_paid ?? 0) > 0 ? updated : null,
    fulfilledAt: milestone === 'fulfilled' || milestone === 'delivered' ? updated : null,
    deliveredAt: milestone === 'delivered' ? updated : null,
    cancelledAt: milestone === 'cancelled' ? updated : null,
  };
}

export function magentoRefundInput(memo: MagentoCreditMemo, target: ShopTarget): RefundInput {
  const currency = (memo.order_currency_code ?? target.currency).toUpperCase();
  return {
    accountId: target.accountId,
    channelId: target.channelId,
    source: 'magento',
    orderExternalId: String(memo.order_id),
    externalId: String(memo.entity_id),
    amount: Math.abs(parseMoney(memo.grand_total, currency, '/creditmemo/grand_total')),
    createdAt: magentoTime(memo.created_at, '/creditmemo/created_at'),
  };
}

export function magentoCustomerInput(customer: MagentoCustomer, target: ShopTarget): CustomerInput | null {
  const email = blankToNull(customer.email);
  if (!email) return null;
  const subscribed = customer.extension_attributes?.is_subscribed;
  const updated = magentoTime(customer.updated_at, '/customer/updated_at');
  return {
    accountId: target.accountId,
    channelId: target.channelId,
    email: email.toLowerCase(),
    firstName: customer.firstname ?? null,
    lastName: customer.lastname ?? null,
    externalId: { platform: 'magento', id: String(customer.id) },
    registeredAt: magentoTime(customer.created_at, '/customer/created_at'),
    ...(subscribed === undefined
      ? {}
      : {
          consent: { status: subscribed ? 'subscribed' : 'unsubscribed', source: 'shop', changedAt: updated },
        }),
  };
}

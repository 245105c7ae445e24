/**
 * Shoper orders, their products and clients as Trustloop inputs. The field names are Shoper's as
 * we know them but are NOT confirmed by the stored documentation (shops.md §5 "Order payload
 * field names: not found"): `order_id`, `user_id`, `email`, `date`, `edition_date`, `status_id`,
 * `sum`, `paid`, `currency_name`, `promo_code`, `billing_address`; products `product_id`,
 * `stock_id`, `name`, `code`, `price`, `quantity`; clients `user_id`, `email`, `firstname`,
 * `lastname`, `newsletter`, `date_add`. Times are zone-less shop-local text (§5; read in the
 * connection's time zone, Europe/Warsaw by default). A status means what its type says (SDK
 * `Resource\Status`: 1 new, 2 opened, 3 closed, 4 not completed) unless the merchant maps the
 * status id; an order counts as paid once `paid` covers `sum`.
 */
import type { CustomerInput } from '../../../contacts/index.js';
import type { OrderInput } from '../../commerce.inputs.js';
import { parseMoney } from '../../money.js';
import { localToInstant } from '../local-time.js';
import type { ShoperRow } from './shoper-rest.js';

export type ShoperMilestone = 'placed' | 'paid' | 'fulfilled' | 'delivered' | 'cancelled' | 'refunded';

/** By status type (SDK `Status::TYPE_*`). */
export const SHOPER_STATUS_TYPES: Readonly<Record<string, ShoperMilestone>> = {
  '1': 'placed',
  '2': 'placed',
  '3': 'fulfilled',
  '4': 'cancelled',
};

export interface ShoperTarget {
  accountId: string;
  channelId: string;
  timeZone: string;
  /** Status id → milestone, the merchant's own; others go by their type. */
  statusMap: Readonly<Record<string, ShoperMilestone>>;
}

export class UnreadableShoperRow extends Error {}

const str = (row: ShoperRow | undefined, field: string) => {
  const value = row?.[field];
  return value === null || value === undefined ? '' : String(value);
};

export function shoperInstant(row: ShoperRow, field: string, timeZone: string): string {
  const value = localToInstant(str(row, field), timeZone);
  if (!value)
    throw new UnreadableShoperRow(`${field} "${str(row, field)}" is not a time "YYYY-MM-DD HH:MM:SS"`);
  return value;
}

const money = (value: string, currency: string, field: string) => {
  try {
    return parseMoney(Number(value || '0').toFixed(2), currency, field);
  } catch {
    throw new UnreadableShoperRow(`${field} "${value}" is not an amount`);
  }
};

export function shoperMilestone(
  order: ShoperRow,
  statusTypes: ReadonlyMap<string, string>,
  target: ShoperTarget,
) {
  const statusId = str(order, 'status_id');
  return target.statusMap[statusId] ?? SHOPER_STATUS_TYPES[statusTypes.get(statusId) ?? ''] ?? 'placed';
}

export function shoperOrderInput(
  order: ShoperRow,
  products: ShoperRow[],
  milestone: ShoperMilestone,
  target: ShoperTarget,
): OrderInput {
  const currency = (str(order, 'currency_name') || 'PLN').toUpperCase();
  const updated = shoperInstant(order, 'edition_date', target.timeZone);
  const total = money(str(order, 'sum'), currency, 'sum');
  const paid = money(str(order, 'paid'), currency, 'paid');
  const billing = (order['billing_address'] ?? undefined) as ShoperRow | undefined;
  const lineItems = products.map((line, i) => ({
    lineId: str(line, 'id') || String(i + 1),
    productId: str(line, 'product_id') || null,
    variantId: str(line, 'stock_id') || null,
    sku: str(line, 'code') || null,
    title: str(line, 'name') || `#${str(line, 'product_id')}`,
    quantity: Number(str(line, 'quantity')) || 1,
    unitPrice: money(str(line, 'price'), currency, `products/${i}/price`),
  }));
  const reached = (m: ShoperMilestone) => milestone === m;
  return {
    accountId: target.accountId,
    channelId: target.channelId,
    source: 'shoper',
    externalId: str(order, 'order_id'),
    number: str(order, 'order_id'),
    sourceUpdatedAt: updated,
    customer: {
      email: str(order, 'email').trim().toLowerCase() || null,
      firstName: str(billing, 'firstname') || null,
      lastName: str(billing, 'lastname') || null,
      phone: str(billing, 'phone') || null,
      externalId: str(order, 'user_id') && str(order, 'user_id') !== '0' ? str(order, 'user_id') : null,
    },
    currency,
    subtotal: lineItems.reduce((sum, line) => sum + line.unitPrice * line.quantity, 0),
    discountTotal: 0,
    shippingTotal: 0,
    taxTotal: 0,
    total,
    lineItems,
    discountCodes: str(order, 'promo_code').trim() ? [str(order, 'promo_code').trim()] : [],
    placedAt: shoperInstant(order, 'date', target.timeZone),
    paidAt: (total > 0 && paid >= total) || reached('paid') ? updated : null,
    fulfilledAt: reached('fulfilled') || reached('delivered') ? updated : null,
    deliveredAt: reached('delivered') ? updated : null,
    cancelledAt: reached('cancelled') ? updated : null,
  };
}

export function shoperClientInput(client: ShoperRow, target: ShoperTarget): CustomerInput | null {
  const email = str(client, 'email').trim().toLowerCase();
  if (!email) return null;
  const registered = localToInstant(str(client, 'date_add'), target.timeZone);
  return {
    accountId: target.accountId,
    channelId: target.channelId,
    email,
    firstName: str(client, 'firstname') || null,
    lastName: str(client, 'lastname') || null,
    externalId: { platform: 'shoper', id: str(client, 'user_id') },
    ...(registered ? { registeredAt: registered } : {}),
    ...(str(client, 'newsletter') === '1' && registered
      ? { consent: { status: 'subscribed' as const, source: 'shop' as const, changedAt: registered } }
      : {}),
  };
}

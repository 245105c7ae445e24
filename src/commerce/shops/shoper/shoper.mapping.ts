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
import type { OrderMilestoneName } from '../shop-connector.js';
import { rowInstant, type ShopRow, text, UnreadableRow, type ZonelessTarget } from '../zoneless-shops.js';

type ShoperMilestone = OrderMilestoneName;

/** By status type (SDK `Status::TYPE_*`). */
export const SHOPER_STATUS_TYPES: Readonly<Record<string, ShoperMilestone>> = {
  '1': 'placed',
  '2': 'placed',
  '3': 'fulfilled',
  '4': 'cancelled',
};

/** The channel and the connection's zone and status map; a status not in the map goes by its type. */
export type ShoperTarget = ZonelessTarget;

const money = (value: string, currency: string, field: string) => {
  try {
    return parseMoney(Number(value || '0').toFixed(2), currency, field);
  } catch {
    throw new UnreadableRow(`${field} "${value}" is not an amount`);
  }
};

export function shoperMilestone(
  order: ShopRow,
  statusTypes: ReadonlyMap<string, string>,
  target: ShoperTarget,
) {
  const statusId = text(order, 'status_id');
  return target.statusMap[statusId] ?? SHOPER_STATUS_TYPES[statusTypes.get(statusId) ?? ''] ?? 'placed';
}

export function shoperOrderInput(
  order: ShopRow,
  products: ShopRow[],
  milestone: ShoperMilestone,
  target: ShoperTarget,
): OrderInput {
  const currency = (text(order, 'currency_name') || 'PLN').toUpperCase();
  const updated = rowInstant(order, 'edition_date', target.timeZone);
  const total = money(text(order, 'sum'), currency, 'sum');
  const paid = money(text(order, 'paid'), currency, 'paid');
  const billing = (order['billing_address'] ?? undefined) as ShopRow | undefined;
  const lineItems = products.map((line, i) => ({
    lineId: text(line, 'id') || String(i + 1),
    productId: text(line, 'product_id') || null,
    variantId: text(line, 'stock_id') || null,
    sku: text(line, 'code') || null,
    title: text(line, 'name') || `#${text(line, 'product_id')}`,
    quantity: Number(text(line, 'quantity')) || 1,
    unitPrice: money(text(line, 'price'), currency, `products/${i}/price`),
  }));
  const reached = (m: ShoperMilestone) => milestone === m;
  return {
    accountId: target.accountId,
    channelId: target.channelId,
    source: 'shoper',
    externalId: text(order, 'order_id'),
    number: text(order, 'order_id'),
    sourceUpdatedAt: updated,
    customer: {
      email: text(order, 'email').trim().toLowerCase() || null,
      firstName: text(billing, 'firstname') || null,
      lastName: text(billing, 'lastname') || null,
      phone: text(billing, 'phone') || null,
      externalId: text(order, 'user_id') && text(order, 'user_id') !== '0' ? text(order, 'user_id') : null,
    },
    currency,
    subtotal: lineItems.reduce((sum, line) => sum + line.unitPrice * line.quantity, 0),
    discountTotal: 0,
    shippingTotal: 0,
    taxTotal: 0,
    total,
    lineItems,
    discountCodes: text(order, 'promo_code').trim() ? [text(order, 'promo_code').trim()] : [],
    placedAt: rowInstant(order, 'date', target.timeZone),
    paidAt: (total > 0 && paid >= total) || reached('paid') ? updated : null,
    fulfilledAt: reached('fulfilled') || reached('delivered') ? updated : null,
    deliveredAt: reached('delivered') ? updated : null,
    cancelledAt: reached('cancelled') ? updated : null,
  };
}

export function shoperClientInput(client: ShopRow, target: ShoperTarget): CustomerInput | null {
  const email = text(client, 'email').trim().toLowerCase();
  if (!email) return null;
  const registered = localToInstant(text(client, 'date_add'), target.timeZone);
  return {
    accountId: target.accountId,
    channelId: target.channelId,
    email,
    firstName: text(client, 'firstname') || null,
    lastName: text(client, 'lastname') || null,
    externalId: { platform: 'shoper', id: text(client, 'user_id') },
    ...(registered ? { registeredAt: registered } : {}),
    ...(text(client, 'newsletter') === '1' && registered
      ? { consent: { status: 'subscribed' as const, source: 'shop' as const, changedAt: registered } }
      : {}),
  };
}

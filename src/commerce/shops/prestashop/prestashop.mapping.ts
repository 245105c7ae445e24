/**
 * PrestaShop Webservice rows (shops.md §4.2) as Trustloop's order, refund and customer inputs.
 * Order states are ids the merchant may add to; which one means paid, fulfilled, delivered,
 * cancelled or refunded is a per-connection map whose defaults are the states a PrestaShop 8
 * install creates (1 awaiting check, 2 payment accepted, 3 processing, 4 shipped, 5 delivered,
 * 6 cancelled, 7 refunded, 8 payment error, 9 backorder paid, 10 awaiting bank wire, 11 remote
 * payment accepted, 12 backorder unpaid, 13 awaiting cash on delivery). Times carry no zone: the
 * connection's time zone places them.
 */
import type { CustomerInput } from '../../../contacts/index.js';
import type { OrderInput, RefundInput } from '../../commerce.inputs.js';
import { parseMoney } from '../../money.js';
import { localToInstant } from '../local-time.js';
import type { OrderMilestoneName } from '../shop-connector.js';
import { rowInstant, text, UnreadableRow, type ZonelessTarget } from '../zoneless-shops.js';
import type { PrestaRow } from './prestashop-webservice.js';

type Milestone = OrderMilestoneName;

export const PRESTASHOP_DEFAULT_STATUS_MAP: Readonly<Record<string, Milestone>> = {
  '1': 'placed',
  '2': 'paid',
  '3': 'paid',
  '4': 'fulfilled',
  '5': 'delivered',
  '6': 'cancelled',
  '7': 'refunded',
  '8': 'placed',
  '9': 'paid',
  '10': 'placed',
  '11': 'paid',
  '12': 'placed',
  '13': 'placed',
};

/** The channel and the connection's zone and state map; a state not in the map means placed. */
export type PrestaTarget = ZonelessTarget;

const money = (row: PrestaRow, field: string, currency: string) => {
  try {
    return parseMoney(text(row, field) || '0', currency, field);
  } catch {
    throw new UnreadableRow(`${field} "${text(row, field)}" is not an amount`);
  }
};

const RANK: Record<Milestone, number> = {
  placed: 0,
  paid: 1,
  fulfilled: 2,
  delivered: 3,
  cancelled: 4,
  refunded: 5,
};

/** When each milestone was first reached, from the order's state history (oldest first). */
export function milestoneTimes(histories: PrestaRow[], target: PrestaTarget) {
  const times: Partial<Record<Milestone, string>> = {};
  const sorted = [...histories].sort(
    (a, b) => text(a, 'date_add').localeCompare(text(b, 'date_add')) || a.id - b.id,
  );
  for (const history of sorted) {
    const milestone = target.statusMap[text(history, 'id_order_state')] ?? 'placed';
    times[milestone] ??= rowInstant(history, 'date_add', target.timeZone);
  }
  return times;
}

/**
 * An order with its state history and applied cart rules (`order_discounts`, whose `name` is
 * the code Trustloop gave the cart rule) as an order input.
 */
export function prestaOrderInput(
  order: PrestaRow,
  context: {
    histories: PrestaRow[];
    discounts: PrestaRow[];
    currency: string;
    customer: PrestaRow | undefined;
  },
  target: PrestaTarget,
): OrderInput {
  const { currency, customer } = context;
  const rows = ((order['associations'] as { order_rows?: PrestaRow[] } | undefined)?.order_rows ??
    []) as PrestaRow[];
  const lineItems = rows.map((line, i) => {
    const quantity = Number(text(line, 'product_quantity')) || 1;
    return {
      lineId: text(line, 'id') || String(i + 1),
      productId: text(line, 'product_id') || null,
      variantId:
        text(line, 'product_attribute_id') && text(line, 'product_attribute_id') !== '0'
          ? text(line, 'product_attribute_id')
          : null,
      sku: text(line, 'product_reference') || null,
      title: text(line, 'product_name') || `#${text(line, 'product_id')}`,
      quantity,
      unitPrice: money(line, 'unit_price_tax_incl', currency),
    };
  });
  const times = milestoneTimes(context.histories, target);
  const current = target.statusMap[text(order, 'current_state')] ?? 'placed';
  const updated = rowInstant(order, 'date_upd', target.timeZone);
  if (RANK[current] >= 1 && current !== 'cancelled' && current !== 'refunded') times[current] ??= updated;
  const fulfilledAt = times.fulfilled ?? times.delivered ?? null;
  const total = money(order, 'total_paid_tax_incl', currency);
  const shipping = money(order, 'total_shipping_tax_incl', currency);
  const discounts = money(order, 'total_discounts_tax_incl', currency);
  return {
    accountId: target.accountId,
    channelId: target.channelId,
    source: 'prestashop',
    externalId: String(order.id),
    number: text(order, 'reference') || String(order.id),
    sourceUpdatedAt: updated,
    customer: {
      email: customer ? text(customer, 'email').trim().toLowerCase() || null : null,
      firstName: customer ? text(customer, 'firstname') || null : null,
      lastName: customer ? text(customer, 'lastname') || null : null,
      externalId: text(order, 'id_customer') || null,
    },
    currency,
    subtotal: lineItems.reduce((sum, line) => sum + line.unitPrice * line.quantity, 0),
    discountTotal: discounts,
    shippingTotal: shipping,
    taxTotal: 0,
    total,
    lineItems,
    discountCodes: context.discounts.map((d) => text(d, 'name').trim()).filter((code) => code !== ''),
    placedAt: rowInstant(order, 'date_add', target.timeZone),
    paidAt: times.paid ?? null,
    fulfilledAt,
    deliveredAt: times.delivered ?? null,
    cancelledAt: current === 'cancelled' ? (times.cancelled ?? updated) : null,
  };
}

/** A credit slip (`order_slip`, a partial or full refund) as a refund input. */
export function prestaSlipRefund(slip: PrestaRow, currency: string, target: PrestaTarget): RefundInput {
  const amount =
    money(slip, 'total_products_tax_incl', currency) + money(slip, 'total_shipping_tax_incl', currency) ||
    money(slip, 'amount', currency);
  return {
    accountId: target.accountId,
    channelId: target.channelId,
    source: 'prestashop',
    orderExternalId: text(slip, 'id_order'),
    externalId: `slip-${slip.id}`,
    amount,
    createdAt: rowInstant(slip, 'date_add', target.timeZone),
  };
}

/** A customer row as a contacts input: newsletter consent with its own time (§4.2). */
export function prestaCustomerInput(customer: PrestaRow, target: PrestaTarget): CustomerInput | null {
  const email = text(customer, 'email').trim().toLowerCase();
  if (!email) return null;
  const subscribed = text(customer, 'newsletter') === '1';
  const consentAt = localToInstant(text(customer, 'newsletter_date_add'), target.timeZone);
  return {
    accountId: target.accountId,
    channelId: target.channelId,
    email,
    firstName: text(customer, 'firstname') || null,
    lastName: text(customer, 'lastname') || null,
    externalId: { platform: 'prestashop', id: String(customer.id) },
    registeredAt: rowInstant(customer, 'date_add', target.timeZone),
    // Only a subscription is news: a customer who never subscribed has no consent to record.
    ...(subscribed && consentAt
      ? { consent: { status: 'subscribed' as const, source: 'shop' as const, changedAt: consentAt } }
      : {}),
  };
}

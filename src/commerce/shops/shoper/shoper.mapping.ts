/**
 * Shoper orders, their products and users (customers) as Trustloop inputs, with the field names
 * of Shoper's REST API as its OpenAPI-generated PHP SDK documents them (`shoper/sdk`,
 * `src/Rest/Types/{Order,OrderProduct,User,Status,Currency}.php`; see test/fakes/shoper):
 * orders `order_id`, `user_id`, `email`, `date`, `status_id`, `status_date` ("date of the
 * latest order status change"), `sum`, `paid`, `is_paid`, `currency_id`, `promo_code`,
 * `billing_address`; products `id`, `product_id`, `stock_id`, `name`, `code`, `price`,
 * `quantity`; users `user_id`, `email`, `firstname`, `lastname`, `newsletter`, `date_add`. An
 * order names its currency by id; the `currencies` resource gives its ISO 4217 `name`. Times
 * are zone-less shop-local text ("for example 2024-01-15 12:34:56"; read in the connection's
 * time zone, Europe/Warsaw by default). An order documents no time of its last edit: its
 * `status_date` stands for it (its `date` while it has none), so a change that moves neither
 * reaches Trustloop by webhook only. A status means what its type says (`Status.type`: 1 new,
 * 2 opened, 3 closed, 4 not completed) unless the merchant maps the status id; an order counts
 * as paid once `is_paid` is true or `paid` covers `sum`, and as shipped at the first `send_date`
 * of its parcels that were `sent` (`Parcel`), whatever its status says since.
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

/** When an order last changed, as far as Shoper documents it (see above). */
export const shoperOrderUpdated = (order: ShopRow, timeZone: string) =>
  rowInstant(order, text(order, 'status_date') ? 'status_date' : 'date', timeZone);

/** The first time one of the order's parcels was sent, if one was. */
function shippedAt(parcels: ShopRow[], timeZone: string): string | null {
  const sent = parcels
    .filter((parcel) => parcel['sent'] === true || String(parcel['sent']) === '1')
    .map((parcel) => localToInstant(text(parcel, 'send_date'), timeZone))
    .filter((at): at is string => at !== null)
    .sort();
  return sent[0] ?? null;
}

/** Currency ids → ISO codes, and the shop's default for an order that names none. */
export interface ShoperCurrencies {
  byId: ReadonlyMap<string, string>;
  fallback: string;
}

function currencyOf(order: ShopRow, currencies: ShoperCurrencies): string {
  const id = text(order, 'currency_id');
  if (!id) return currencies.fallback;
  const code = currencies.byId.get(id);
  if (!code) throw new UnreadableRow(`currency_id ${id} is not one of the shop's currencies`);
  return code;
}

export function shoperOrderInput(
  order: ShopRow,
  products: ShopRow[],
  milestone: ShoperMilestone,
  target: ShoperTarget,
  currencies: ShoperCurrencies,
  parcels: ShopRow[] = [],
): OrderInput {
  const currency = currencyOf(order, currencies);
  const updated = shoperOrderUpdated(order, target.timeZone);
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
    paidAt: order['is_paid'] === true || (total > 0 && paid >= total) || reached('paid') ? updated : null,
    fulfilledAt:
      shippedAt(parcels, target.timeZone) ?? (reached('fulfilled') || reached('delivered') ? updated : null),
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

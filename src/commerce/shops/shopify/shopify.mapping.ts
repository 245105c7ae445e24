import type { CustomerInput } from '../../../contacts/index.js';
import { type OrderInput, type RefundInput, shopCustomerBasics } from '../../commerce.inputs.js';
import { parseMoney } from '../../money.js';
import { toInstant } from '../../order-rows.js';
import type { ShopifyCustomer, ShopifyOrder, ShopifyRefund } from './shopify.schemas.js';

export interface ShopifyTarget {
  accountId: string;
  channelId: string;
  fulfilledOn: string;
  deliveredOn: string;
}

const PAID = new Set(['paid', 'partially_refunded', 'refunded']);
const id = (value: string | number) => String(value);
const optionalId = (value: string | number | null | undefined) =>
  value === null || value === undefined ? null : String(value);
const blankToNull = (value: string | null | undefined) => (value && value.trim() !== '' ? value : null);

/**
 * The order's referral code: a `ref` note attribute (a cart attribute the shop's theme copied
 * from the referral link, so it survives later visits), else `?ref=` of the landing page. The
 * attribute goes first because `?ref=` is also used by other tools (`?ref=producthunt`): a
 * later landing through one of them must not hide the member's code the cart already holds.
 */
export function referralCodeOf(order: Pick<ShopifyOrder, 'landing_site' | 'note_attributes'>): string | null {
  const attribute = order.note_attributes?.find((note) => note.name.trim().toLowerCase() === 'ref');
  if (typeof attribute?.value === 'string' && attribute.value.trim() !== '') return attribute.value.trim();
  if (!order.landing_site) return null;
  try {
    const ref = new URL(order.landing_site, 'https://shop.invalid').searchParams.get('ref');
    return ref?.trim() ? ref.trim() : null;
  } catch {
    return null; // an unparseable landing site carries no referral
  }
}

function consentOf(customer: ShopifyCustomer | null | undefined): boolean | null {
  const state = customer?.email_marketing_consent?.state;
  if (state === 'subscribed') return true;
  if (state === 'unsubscribed') return false;
  return null;
}

function earliest(times: string[]): string | null {
  return times.length === 0 ? null : times.reduce((a, b) => (Date.parse(a) <= Date.parse(b) ? a : b));
}

/** An `orders/*` payload as an order input; amounts are in the order's (shop) currency. */
export function shopifyOrderInput(order: ShopifyOrder, target: ShopifyTarget): OrderInput {
  const currency = order.currency.toUpperCase();
  const money = (value: string | number, field: string) => parseMoney(value, currency, `/body/${field}`);
  const total = money(order.total_price, 'total_price');
  const shipping =
    order.total_shipping_price_set?.shop_money.amount !== undefined
      ? money(order.total_shipping_price_set.shop_money.amount, 'total_shipping_price_set/shop_money/amount')
      : (order.shipping_lines ?? []).reduce(
          (sum, line, i) => sum + money(line.price, `shipping_lines/${i}/price`),
          0,
        );
  const fulfillments = (order.fulfillments ?? []).filter(
    (f) => f.status !== 'cancelled' && f.status !== 'failure',
  );
  let fulfilledAt: string | null = null;
  if (target.fulfilledOn === 'order_fulfilled') {
    if (order.fulfillment_status === 'fulfilled') {
      fulfilledAt =
        fulfillments
          .map((f) => f.created_at)
          .sort()
          .at(-1) ?? order.updated_at;
    }
  } else if (
    fulfillments.length > 0 ||
    order.fulfillment_status === 'partial' ||
    order.fulfillment_status === 'fulfilled'
  ) {
    fulfilledAt = earliest(fulfillments.map((f) => f.created_at)) ?? order.updated_at;
  }
  const delivered =
    target.deliveredOn === 'shipment_delivered'
      ? fulfillments.find((f) => f.shipment_status === 'delivered')
      : undefined;
  const customer = order.customer;
  const billing = order.billing_address;
  return {
    accountId: target.accountId,
    channelId: target.channelId,
    source: 'shopify',
    externalId: id(order.id),
    number: order.name ?? (order.order_number ? `#${order.order_number}` : id(order.id)),
    sourceUpdatedAt: order.updated_at,
    customer: {
      email: blankToNull(order.email) ?? blankToNull(order.contact_email) ?? blankToNull(customer?.email),
      firstName: customer?.first_name ?? billing?.first_name ?? null,
      lastName: customer?.last_name ?? billing?.last_name ?? null,
      phone: customer?.phone ?? null,
      locale: order.customer_locale ?? null,
      externalId: optionalId(customer?.id),
      acceptsMarketing: consentOf(customer),
      consentChangedAt: customer?.email_marketing_consent?.consent_updated_at ?? null,
      registeredAt: customer?.created_at ?? null,
    },
    currency,
    subtotal: order.subtotal_price ? money(order.subtotal_price, 'subtotal_price') : total,
    discountTotal: order.total_discounts ? money(order.total_discounts, 'total_discounts') : 0,
    shippingTotal: shipping,
    taxTotal: order.total_tax ? money(order.total_tax, 'total_tax') : 0,
    total,
    lineItems: order.line_items.map((line, i) => {
      const price = money(line.price, `line_items/${i}/price`);
      const discount = (line.discount_allocations ?? []).reduce(
        (sum, allocation, j) =>
          sum + money(allocation.amount, `line_items/${i}/discount_allocations/${j}/amount`),
        0,
      );
      return {
        lineId: id(line.id),
        productId: optionalId(line.product_id),
        variantId: optionalId(line.variant_id),
        sku: blankToNull(line.sku),
        title: line.title,
        quantity: line.quantity,
        // Per unit after the line's discounts; a discount that does not split evenly rounds.
        unitPrice: Math.max(0, Math.round((price * line.quantity - discount) / line.quantity)),
      };
    }),
    discountCodes: (order.discount_codes ?? []).map((code) => code.code).filter((code) => code.trim() !== ''),
    referralCode: referralCodeOf(order),
    shippingAddress: order.shipping_address
      ? {
          line1: order.shipping_address.address1 ?? null,
          line2: order.shipping_address.address2 ?? null,
          postcode: order.shipping_address.zip ?? null,
          city: order.shipping_address.city ?? null,
          country: order.shipping_address.country_code ?? null,
        }
      : null,
    locale: order.customer_locale ?? null,
    placedAt: order.created_at,
    // Shopify has no "paid at": the update that first reports it paid is when we learnt it.
    paidAt: order.financial_status && PAID.has(order.financial_status) ? order.updated_at : null,
    fulfilledAt,
    deliveredAt: delivered ? (delivered.updated_at ?? delivered.created_at) : null,
    cancelledAt: order.cancelled_at ?? null,
  };
}

/**
 * A `refunds/create` payload (or one of an order's `refunds`) as a refund input, or null when it
 * returned no money (a restock-only refund). The amount is what the successful refund
 * transactions paid back, in `currency`.
 */
export function shopifyRefundInput(
  refund: ShopifyRefund,
  target: ShopifyTarget,
  currency: string,
  path = '',
): RefundInput | null {
  const amount = (refund.transactions ?? [])
    .filter((tx) => tx.kind === 'refund' && (tx.status ?? 'success') === 'success')
    .reduce(
      (sum, tx, i) => sum + parseMoney(tx.amount, currency, `/body${path}/transactions/${i}/amount`),
      0,
    );
  if (amount <= 0) return null;
  return {
    accountId: target.accountId,
    channelId: target.channelId,
    source: 'shopify',
    orderExternalId: id(refund.order_id),
    externalId: id(refund.id),
    amount,
    lineItems: (refund.refund_line_items ?? [])
      .filter((line) => line.quantity > 0)
      .map((line, i) => ({
        lineId: id(line.line_item_id),
        quantity: line.quantity,
        ...(line.subtotal === null || line.subtotal === undefined
          ? {}
          : { amount: parseMoney(line.subtotal, currency, `/body${path}/refund_line_items/${i}/subtotal`) }),
      })),
    createdAt: refund.created_at,
  };
}

/** A `customers/create|update` payload as a contacts input (null without an email). */
export function shopifyCustomerInput(customer: ShopifyCustomer, target: ShopifyTarget): CustomerInput | null {
  const email = blankToNull(customer.email);
  if (!email) return null;
  const consent = customer.email_marketing_consent;
  const status =
    consent?.state === 'subscribed' || consent?.state === 'unsubscribed' || consent?.state === 'pending'
      ? consent.state
      : null;
  return {
    ...shopCustomerBasics(target, email, customer),
    phone: customer.phone ?? null,
    ...(customer.locale ? { locale: customer.locale } : {}),
    externalId: { platform: 'shopify', id: id(customer.id) },
    ...(customer.created_at ? { registeredAt: toInstant(customer.created_at, '/body/created_at') } : {}),
    ...(status
      ? {
          consent: {
            status,
            source: 'shop' as const,
            changedAt: toInstant(
              consent?.consent_updated_at ?? customer.updated_at ?? customer.created_at ?? '',
              '/body/email_marketing_consent/consent_updated_at',
            ),
            doubleOptIn: consent?.opt_in_level === 'confirmed_opt_in',
          },
        }
      : {}),
  };
}

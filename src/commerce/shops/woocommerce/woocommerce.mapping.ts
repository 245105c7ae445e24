import type { CustomerInput } from '../../../contacts/index.js';
import { type OrderInput, type RefundInput, shopCustomerBasics } from '../../commerce.inputs.js';
import { parseMoney } from '../../money.js';
import { toInstant } from '../../order-rows.js';
import type { WooCustomer, WooOrder } from './woocommerce.schemas.js';

export interface WooTarget {
  accountId: string;
  channelId: string;
  fulfilledOn: string;
  deliveredOn: string;
}

const PAID = new Set(['processing', 'completed', 'refunded']);
const CANCELLED = new Set(['cancelled', 'trash']);
const REFERRAL_KEYS = new Set(['ref', 'referral_code', '_trustloop_ref']);
const blankToNull = (value: string | null | undefined) => (value && value.trim() !== '' ? value : null);
const optionalId = (value: string | number | null | undefined) =>
  value === null || value === undefined || value === 0 || value === '0' ? null : String(value);

/** WooCommerce's `*_gmt` times carry no offset: they are UTC. */
export function gmt(value: string, field: string): string {
  return toInstant(/(Z|[+-]\d{2}:?\d{2})$/i.test(value) ? value : `${value}Z`, field);
}

const optionalGmt = (value: string | null | undefined, field: string) =>
  value ? gmt(value, `/body/${field}`) : null;

/**
 * An `order.created|updated` payload as an order input. WooCommerce sends the order as it is
 * when the delivery runs, so the status is read as state: processing/completed mean paid,
 * completed (or the configured status) fulfilled, cancelled cancelled.
 */
export function wooOrderInput(order: WooOrder, target: WooTarget): OrderInput {
  const currency = order.currency.toUpperCase();
  const money = (value: string, field: string) => parseMoney(value, currency, `/body/${field}`);
  const modified = gmt(order.date_modified_gmt, '/body/date_modified_gmt');
  const lineItems = order.line_items.map((line, i) => ({
    lineId: String(line.id),
    productId: optionalId(line.product_id),
    variantId: optionalId(line.variation_id),
    sku: blankToNull(line.sku),
    title: line.name,
    quantity: line.quantity,
    unitPrice: Math.max(0, Math.round(money(line.total, `line_items/${i}/total`) / line.quantity)),
    subtotal: line.subtotal
      ? money(line.subtotal, `line_items/${i}/subtotal`)
      : money(line.total, `line_items/${i}/total`),
  }));
  const status = order.status;
  const fulfilled = status === 'completed' || status === target.fulfilledOn;
  const delivered = target.deliveredOn !== 'never' && status === target.deliveredOn;
  const billing = order.billing;
  const shipping = order.shipping;
  const referral = order.meta_data?.find(
    (meta) => REFERRAL_KEYS.has(meta.key) && typeof meta.value === 'string',
  );
  return {
    accountId: target.accountId,
    channelId: target.channelId,
    source: 'woocommerce',
    externalId: String(order.id),
    number: blankToNull(order.number) ?? String(order.id),
    sourceUpdatedAt: modified,
    customer: {
      email: blankToNull(billing?.email),
      firstName: billing?.first_name ?? null,
      lastName: billing?.last_name ?? null,
      phone: blankToNull(billing?.phone),
      externalId: optionalId(order.customer_id),
    },
    currency,
    subtotal: lineItems.reduce((sum, line) => sum + line.subtotal, 0),
    discountTotal: order.discount_total ? money(order.discount_total, 'discount_total') : 0,
    shippingTotal: order.shipping_total ? money(order.shipping_total, 'shipping_total') : 0,
    taxTotal: order.total_tax ? money(order.total_tax, 'total_tax') : 0,
    total: money(order.total, 'total'),
    lineItems: lineItems.map(({ subtotal: _subtotal, ...line }) => line),
    discountCodes: (order.coupon_lines ?? [])
      .map((coupon) => coupon.code)
      .filter((code) => code.trim() !== ''),
    referralCode: typeof referral?.value === 'string' ? blankToNull(referral.value.trim()) : null,
    shippingAddress: shipping
      ? {
          line1: shipping.address_1 ?? null,
          line2: shipping.address_2 ?? null,
          postcode: shipping.postcode ?? null,
          city: shipping.city ?? null,
          country: shipping.country ?? null,
        }
      : null,
    placedAt: gmt(order.date_created_gmt, '/body/date_created_gmt'),
    paidAt: optionalGmt(order.date_paid_gmt, 'date_paid_gmt') ?? (PAID.has(status) ? modified : null),
    fulfilledAt: fulfilled ? (optionalGmt(order.date_completed_gmt, 'date_completed_gmt') ?? modified) : null,
    deliveredAt: delivered ? modified : null,
    cancelledAt: CANCELLED.has(status) ? modified : null,
  };
}

/** The order's `refunds` summaries (`total` is negative) as refund inputs. */
export function wooRefundInputs(order: WooOrder, target: WooTarget): RefundInput[] {
  const currency = order.currency.toUpperCase();
  return (order.refunds ?? []).flatMap((refund, i) => {
    const amount = Math.abs(parseMoney(refund.total, currency, `/body/refunds/${i}/total`));
    if (amount === 0) return [];
    return [
      {
        accountId: target.accountId,
        channelId: target.channelId,
        source: 'woocommerce' as const,
        orderExternalId: String(order.id),
        externalId: String(refund.id),
        amount,
        createdAt: gmt(order.date_modified_gmt, '/body/date_modified_gmt'),
      },
    ];
  });
}

/** A `customer.created|updated` payload as a contacts input (null without an email). */
export function wooCustomerInput(customer: WooCustomer, target: WooTarget): CustomerInput | null {
  const email = blankToNull(customer.email) ?? blankToNull(customer.billing?.email);
  if (!email) return null;
  return {
    ...shopCustomerBasics(target, email, customer),
    ...(blankToNull(customer.billing?.phone) ? { phone: customer.billing?.phone ?? null } : {}),
    externalId: { platform: 'woocommerce', id: String(customer.id) },
    ...(customer.date_created_gmt
      ? { registeredAt: gmt(customer.date_created_gmt, '/body/date_created_gmt') }
      : {}),
  };
}

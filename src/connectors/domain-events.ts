import { LOYALTY_EVENTS, type MemberSnapshot } from '../loyalty/index.js';
import { currencyDigits } from '../platform/i18n/index.js';
import type { DomainEvent } from '../platform/jobs/index.js';
import type { ConsentUpdate, OutboundEvent, ProfileUpdate, PropertyValue } from './connector.js';

/** What one domain event means for a marketing platform. */
export interface Delivery {
  profile?: ProfileUpdate;
  event: OutboundEvent;
  consent?: ConsentUpdate;
}

/** The tracked-event names a merchant sees in the platform (Klaviyo metrics, SALESmanago descriptions). */
export const TRACKED_EVENT_NAMES: Readonly<Record<string, string>> = {
  'points.credited': 'Points Credited',
  'points.debited': 'Points Debited',
  'points.expiring': 'Points Expiring',
  'points.expired': 'Points Expired',
  'member.tier_changed': 'Tier Changed',
  'member.pin_changed': 'PIN Changed',
  'reward.redeemed': 'Reward Redeemed',
  'coupon.issued': 'Coupon Issued',
  'coupon.used': 'Coupon Used',
  'review.submitted': 'Review Submitted',
  'invitation.created': 'Invitation Created',
  'order.paid': 'Order Paid',
};

/** The domain events a profile-syncing connection subscribes to by default. */
export const PROFILE_EVENT_TYPES: readonly string[] = [
  'customer.upserted',
  'consent.changed',
  ...Object.keys(TRACKED_EVENT_NAMES).filter((type) => type !== 'order.paid'),
];

function memberProfile(member: MemberSnapshot): ProfileUpdate {
  return {
    email: member.email,
    properties: {
      points: member.balance,
      tier: member.tier?.name ?? null,
      referral_link: member.referralUrl,
      next_expiry_points: member.nextExpiry?.points ?? null,
      next_expiry_date: member.nextExpiry?.date ?? null,
      pin: member.pin,
    },
  };
}

/** The loyalty events, each with its own payload. */
type LoyaltyEvent = DomainEvent<(typeof LOYALTY_EVENTS)[keyof typeof LOYALTY_EVENTS]>;

function isLoyaltyEvent(event: DomainEvent): event is LoyaltyEvent {
  return (Object.values(LOYALTY_EVENTS) as string[]).includes(event.type);
}

/** What a loyalty event tells about points, as tracked-event properties. */
function loyaltyProperties(event: LoyaltyEvent): Record<string, PropertyValue> {
  const properties: Record<string, PropertyValue> = {};
  const payload = event.payload;
  switch (event.type) {
    case 'points.credited':
    case 'points.debited':
      properties['points'] = event.payload.entry.points;
      properties['reason'] = event.payload.entry.reason ?? event.payload.entry.cause;
      break;
    case 'points.expiring':
      properties['points'] = event.payload.points;
      properties['expiry_date'] = event.payload.date;
      break;
    case 'points.expired':
      properties['points'] = event.payload.points;
      break;
    case 'member.tier_changed':
      properties['tier'] = event.payload.current?.name ?? null;
      properties['previous_tier'] = event.payload.previous?.name ?? null;
      break;
    case 'reward.redeemed':
      properties['points_spent'] = event.payload.pointsSpent;
      break;
  }
  if ('member' in payload) properties['balance'] = payload.member.balance;
  if ('coupon' in payload) {
    properties['coupon_code'] = payload.coupon.code;
    properties['reward'] = payload.coupon.name;
  }
  return properties;
}

/** Loyalty events: the member snapshot becomes profile properties, the change a tracked event. */
function loyaltyDelivery(event: LoyaltyEvent, outbound: OutboundEvent): Delivery {
  const payload = event.payload;
  const member = 'member' in payload ? payload.member : undefined;
  const coupon = 'coupon' in payload ? payload.coupon : undefined;
  outbound.properties = loyaltyProperties(event);
  outbound.email = member?.email ?? coupon?.email ?? null;
  if (member) {
    const profile = memberProfile(member);
    if (coupon && coupon.state === 'issued') profile.properties['last_coupon_code'] = coupon.code;
    return { event: outbound, profile };
  }
  if (coupon) {
    const profile: ProfileUpdate = {
      email: coupon.email,
      properties: { last_coupon_code: coupon.state === 'issued' ? coupon.code : null },
    };
    return { event: outbound, profile };
  }
  return { event: outbound };
}

/** Maps a domain event to what connectors push; every event maps (raw delivery needs them all). */
export function toDelivery(event: DomainEvent): Delivery {
  const outbound: OutboundEvent = {
    id: event.id,
    type: event.type,
    name: TRACKED_EVENT_NAMES[event.type] ?? null,
    occurredAt: event.occurredAt,
    email: null,
    properties: {},
    payload: event.payload,
    accountId: event.accountId,
    channelId: event.channelId,
  };
  if (event.type === 'customer.upserted') {
    const { customer } = event.payload;
    outbound.email = customer.email;
    const shopId = Object.values(customer.externalIds ?? {})[0];
    return {
      event: outbound,
      profile: {
        email: customer.email,
        firstName: customer.firstName,
        lastName: customer.lastName,
        phone: customer.phone,
        locale: customer.locale,
        ...(shopId === undefined ? {} : { externalId: shopId }),
        properties: {},
      },
    };
  }
  if (event.type === 'consent.changed') {
    const consent = event.payload;
    outbound.email = consent.email;
    if (consent.status !== 'subscribed' && consent.status !== 'unsubscribed') return { event: outbound };
    return {
      event: outbound,
      consent: {
        email: consent.email,
        subscribed: consent.status === 'subscribed',
        changedAt: consent.changedAt,
      },
    };
  }
  if (event.type === 'invitation.created' || event.type === 'invitation.sent') {
    const { invitation } = event.payload;
    outbound.email = invitation.email;
    outbound.properties = {
      questionnaire_link: invitation.link,
      link_expires_at: invitation.linkExpiresAt,
      order_number: invitation.orderNumber,
      review_type: invitation.type,
    };
    return {
      event: outbound,
      profile: {
        email: invitation.email,
        properties: {
          questionnaire_link: invitation.link,
          questionnaire_link_expires_at: invitation.linkExpiresAt,
        },
      },
    };
  }
  if (event.type === 'review.submitted' || event.type === 'review.published') {
    const { review } = event.payload;
    outbound.email = review.email;
    outbound.properties = {
      rating: review.rating,
      review_type: review.type,
      title: review.title,
      product_sku: review.product?.sku ?? null,
    };
    return { event: outbound };
  }
  if (event.type === 'order.paid') {
    const { order } = event.payload;
    outbound.email = order.customer.email;
    outbound.value = { amount: order.total / 10 ** currencyDigits(order.currency), currency: order.currency };
    outbound.properties = {
      order_id: order.orderId,
      order_number: order.number,
      products: order.lineItems.map((line) => line.sku ?? line.productId ?? line.title),
      quantities: order.lineItems.map((line) => String(line.quantity)),
    };
    if (!order.customer.email) return { event: outbound };
    return {
      event: outbound,
      profile: {
        email: order.customer.email,
        firstName: order.customer.firstName,
        lastName: order.customer.lastName,
        phone: order.customer.phone,
        properties: {},
      },
    };
  }
  if (isLoyaltyEvent(event)) return loyaltyDelivery(event, outbound);
  return { event: outbound };
}

import type { OrderEvent } from '../commerce/index.js';
import type { ConsentChanged, CustomerUpserted } from '../contacts/index.js';
import {
  type CouponEvent,
  LOYALTY_EVENTS,
  type MemberSnapshot,
  type PointsChanged,
  type PointsExpired,
  type PointsExpiring,
  type RewardRedeemed,
  type TierChanged,
} from '../loyalty/index.js';
import { currencyDigits } from '../platform/i18n/index.js';
import type { DomainEvent } from '../platform/jobs/index.js';
import type { InvitationEvent, ReviewEvent } from '../reviews/index.js';
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

/** Loyalty events: the member snapshot becomes profile properties, the change a tracked event. */
function loyaltyDelivery(event: DomainEvent, outbound: OutboundEvent): Delivery {
  const payload = event.payload as Partial<
    PointsChanged & PointsExpiring & PointsExpired & TierChanged & RewardRedeemed & CouponEvent
  >;
  const properties: Record<string, PropertyValue> = {};
  if (payload.entry) {
    properties['points'] = payload.entry.points;
    properties['reason'] = payload.entry.reason ?? payload.entry.cause;
  }
  if (typeof payload.points === 'number') properties['points'] = payload.points;
  if (payload.date) properties['expiry_date'] = payload.date;
  if (payload.member) properties['balance'] = payload.member.balance;
  if (event.type === 'member.tier_changed') {
    properties['tier'] = payload.current?.name ?? null;
    properties['previous_tier'] = payload.previous?.name ?? null;
  }
  if (payload.coupon) {
    properties['coupon_code'] = payload.coupon.code;
    properties['reward'] = payload.coupon.name;
  }
  if (typeof payload.pointsSpent === 'number') properties['points_spent'] = payload.pointsSpent;
  outbound.properties = properties;
  outbound.email = payload.member?.email ?? payload.coupon?.email ?? null;
  if (payload.member) {
    const profile = memberProfile(payload.member);
    if (payload.coupon && payload.coupon.state === 'issued')
      profile.properties['last_coupon_code'] = payload.coupon.code;
    return { event: outbound, profile };
  }
  if (payload.coupon) {
    const coupon = payload.coupon;
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
  const payload = (event.payload ?? {}) as Record<string, unknown>;
  if (event.type === 'customer.upserted') {
    const { customer } = payload as unknown as CustomerUpserted;
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
    const consent = payload as unknown as ConsentChanged;
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
    const { invitation } = payload as unknown as InvitationEvent;
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
    const { review } = payload as unknown as ReviewEvent;
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
    const { order } = payload as unknown as OrderEvent;
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
  if (Object.values(LOYALTY_EVENTS).includes(event.type as never)) return loyaltyDelivery(event, outbound);
  return { event: outbound };
}

import { describe, expect, it } from 'vitest';
import type { MemberSnapshot } from '../loyalty/index.js';
import type { DomainEvent, EventType } from '../platform/jobs/index.js';
import { PROFILE_EVENT_TYPES, toDelivery } from './domain-events.js';

const member: MemberSnapshot = {
  memberId: 'mem_1',
  channelId: 'ch_1',
  email: 'jana@example.com',
  customerId: null,
  state: 'member',
  balance: 170,
  pin: '4711',
  referralCode: 'JANA',
  referralUrl: 'https://shop.example.com/?ref=JANA',
  tier: { tierId: 't1', name: 'Gold', iconUrl: null },
  nextExpiry: { points: 40, date: '2027-01-31', expiresAt: '2027-01-31T22:59:59.000Z' },
  lastActivityAt: null,
};

/** A stored event with only the payload fields a case is about (hence the cast). */
const event = (type: EventType, payload: object): DomainEvent =>
  ({
    id: 'evt_1',
    type,
    accountId: 'acc_1',
    channelId: 'ch_1',
    occurredAt: '2026-11-23T10:00:00.000Z',
    payload,
  }) as DomainEvent;

describe('what a domain event means for a marketing platform', () => {
  it('turns points.expiring into the member profile plus a "Points Expiring" event carrying amount and date', () => {
    const delivery = toDelivery(
      event('points.expiring', {
        member,
        points: 40,
        date: '2027-01-31',
        expiresAt: '2027-01-31T22:59:59.000Z',
      }),
    );
    expect(delivery.profile?.properties).toMatchObject({
      points: 170,
      tier: 'Gold',
      next_expiry_points: 40,
      next_expiry_date: '2027-01-31',
      referral_link: 'https://shop.example.com/?ref=JANA',
    });
    expect(delivery.event).toMatchObject({
      id: 'evt_1',
      name: 'Points Expiring',
      email: 'jana@example.com',
      properties: { points: 40, expiry_date: '2027-01-31' },
    });
  });

  it('names the tier change with the previous and current tier', () => {
    const delivery = toDelivery(
      event('member.tier_changed', {
        member,
        previous: { tierId: 't0', name: 'Silver', iconUrl: null },
        current: member.tier,
        direction: 'up',
      }),
    );
    expect(delivery.event).toMatchObject({
      name: 'Tier Changed',
      properties: { tier: 'Gold', previous_tier: 'Silver' },
    });
  });

  it('maps consent to subscribe or unsubscribe, and leaves pending consent alone', () => {
    const consent = (status: string) =>
      toDelivery(
        event('consent.changed', { email: 'a@example.com', status, changedAt: '2026-11-23T10:00:00.000Z' }),
      );
    expect(consent('subscribed').consent).toEqual({
      email: 'a@example.com',
      subscribed: true,
      changedAt: '2026-11-23T10:00:00.000Z',
    });
    expect(consent('unsubscribed').consent?.subscribed).toBe(false);
    expect(consent('pending').consent).toBeUndefined();
  });

  it('writes the questionnaire link of a new invitation to the profile', () => {
    const delivery = toDelivery(
      event('invitation.created', {
        invitation: {
          email: 'a@example.com',
          link: 'https://t.example/r/x',
          linkExpiresAt: '2027-05-22T00:00:00.000Z',
          orderNumber: '#1',
          type: 'service',
        },
      }),
    );
    expect(delivery.profile?.properties['questionnaire_link']).toBe('https://t.example/r/x');
    expect(delivery.event.name).toBe('Invitation Created');
  });

  it('sends events it does not track only raw (name null), and subscribes profile connections to no order events', () => {
    expect(toDelivery(event('order.placed', { order: {} })).event.name).toBeNull();
    expect(PROFILE_EVENT_TYPES).not.toContain('order.paid');
    expect(PROFILE_EVENT_TYPES).toContain('points.credited');
  });

  it('gives order.paid its value in whole currency units, whatever the currency’s minor unit', () => {
    const paid = (currency: string, total: number) =>
      toDelivery(
        event('order.paid', {
          order: {
            orderId: 'ord_1',
            number: '1001',
            currency,
            total,
            customer: { email: 'jana@example.com' },
            lineItems: [],
          },
        }),
      ).event.value;
    expect(paid('PLN', 12_950)).toEqual({ amount: 129.5, currency: 'PLN' });
    expect(paid('JPY', 12_950)).toEqual({ amount: 12_950, currency: 'JPY' });
    expect(paid('KWD', 12_950)).toEqual({ amount: 12.95, currency: 'KWD' });
  });
});

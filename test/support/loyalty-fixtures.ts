/**
 * Builders for the loyalty suites: contract-shaped events from the domains loyalty listens to,
 * delivered through the real outbox, and shopper tokens signed like a shop signs them.
 */

import type { OrderSnapshot, RefundSnapshot } from '../../src/commerce/index.js';
import type { ConsentStatus, CustomerSnapshot } from '../../src/contacts/index.js';
import { type DeepPartial, type LoyaltySettings, signShopperToken } from '../../src/loyalty/index.js';
import type { NewEvent } from '../../src/platform/jobs/index.js';
import type { ReviewSnapshot } from '../../src/reviews/index.js';
import type { Tenant, TestApp } from './app.js';
import { seededToken } from './seeded-random.js';

/** A distinct id part from the seeded fixture stream (TEST_SEED, printed when a test fails). */
export const uid = () => seededToken(10);

export function anOrder(
  tenant: Tenant,
  overrides: Partial<OrderSnapshot> & { email?: string | null } = {},
): OrderSnapshot {
  const { email = `buyer-${uid()}@example.com`, ...rest } = overrides;
  const orderId = `ord_${uid()}`;
  return {
    orderId,
    channelId: tenant.channelId,
    source: 'api',
    externalId: orderId,
    number: `#${orderId.slice(-4)}`,
    customer: { customerId: null, email, firstName: 'Ann', lastName: 'Buyer', phone: null, locale: 'pl' },
    currency: 'PLN',
    subtotal: 10_000,
    discountTotal: 0,
    shippingTotal: 1_500,
    taxTotal: 0,
    total: 11_500,
    refundedTotal: 0,
    lineItems: [],
    discountCodes: [],
    referralCode: null,
    shippingAddressHash: null,
    locale: 'pl',
    placedAt: '2026-01-01T10:00:00.000Z',
    paidAt: null,
    fulfilledAt: null,
    deliveredAt: null,
    cancelledAt: null,
    ...rest,
  };
}

/** Appends events as their owning domain would and lets the job system deliver them. */
export async function deliver(
  app: TestApp,
  tenant: Tenant,
  events: Array<{ type: string; payload: unknown }>,
) {
  await app.trustloop.jobs.appendEvents(
    app.trustloop.database.db,
    // Forged as another domain would append them; the payloads are the tests' to get right.
    events.map(
      (event) => ({ ...event, accountId: tenant.accountId, channelId: tenant.channelId }) as NewEvent,
    ),
  );
  return app.trustloop.jobs.runDueJobs();
}

export const orderEvent = (type: string, order: OrderSnapshot) => ({
  type: `order.${type}`,
  payload: { order },
});

export function refundEvent(order: OrderSnapshot, amount: number, fullyRefunded = false) {
  const refund: RefundSnapshot = {
    refundId: `rf_${uid()}`,
    externalId: uid(),
    amount,
    lineItems: [],
    fullyRefunded,
    createdAt: '2026-01-02T10:00:00.000Z',
  };
  return {
    type: 'order.refunded',
    payload: { order: { ...order, refundedTotal: order.refundedTotal + amount }, refund },
  };
}

export function customerEvent(tenant: Tenant, email: string, overrides: Partial<CustomerSnapshot> = {}) {
  const customer: CustomerSnapshot = {
    customerId: `cus_${uid()}`,
    channelId: tenant.channelId,
    email,
    firstName: 'Ann',
    lastName: null,
    phone: null,
    locale: 'pl',
    birthday: null,
    tags: [],
    externalIds: {},
    consent: 'unknown',
    registeredAt: '2026-01-01T09:00:00.000Z',
    createdAt: '2026-01-01T09:00:00.000Z',
    updatedAt: '2026-01-01T09:00:00.000Z',
    ...overrides,
  };
  return { type: 'customer.upserted', payload: { customer, created: true } };
}

export function consentEvent(tenant: Tenant, email: string, status: ConsentStatus, previous: ConsentStatus) {
  return {
    type: 'consent.changed',
    payload: {
      customerId: `cus_${uid()}`,
      channelId: tenant.channelId,
      email,
      status,
      previous,
      source: 'esp',
      changedAt: '2026-01-01T09:00:00.000Z',
      doubleOptIn: false,
    },
  };
}

export function reviewEvent(tenant: Tenant, email: string, overrides: Partial<ReviewSnapshot> = {}) {
  const review: ReviewSnapshot = {
    reviewId: `rev_${uid()}`,
    channelId: tenant.channelId,
    type: 'service',
    product: null,
    rating: 5,
    title: null,
    text: 'Fine',
    displayName: null,
    email,
    locale: 'pl',
    verifiedBuyer: true,
    invitationId: null,
    orderId: null,
    status: 'published',
    createdAt: '2026-01-01T09:00:00.000Z',
    ...overrides,
  };
  return { type: 'review.submitted', payload: { review } };
}

const base = (tenant: Tenant) => `/api/v1/channels/${tenant.channelId}/loyalty`;

/** Saves settings through the admin API and fails loudly when they are refused. */
export async function setUpProgram(
  app: TestApp,
  tenant: Tenant,
  settings: DeepPartial<LoyaltySettings> = {},
) {
  const response = await app.inject({
    method: 'PATCH',
    url: `${base(tenant)}/settings`,
    headers: tenant.auth,
    payload: settings,
  });
  if (response.statusCode !== 200) throw new Error(`settings refused: ${response.body}`);
  return response.json() as LoyaltySettings;
}

export async function memberOf(app: TestApp, tenant: Tenant, email: string) {
  const response = await app.inject({
    method: 'GET',
    url: `${base(tenant)}/members?email=${encodeURIComponent(email)}`,
    headers: tenant.auth,
  });
  const [member] = response.json().data as Array<{
    memberId: string;
    balance: number;
    state: string;
    [key: string]: unknown;
  }>;
  return { status: member ? 200 : 404, body: member ?? { memberId: '', balance: 0, state: 'none' } };
}

export async function ledgerOf(app: TestApp, tenant: Tenant, memberId: string) {
  const response = await app.inject({
    method: 'GET',
    url: `${base(tenant)}/members/${memberId}/ledger?limit=200`,
    headers: tenant.auth,
  });
  return (
    response.json() as {
      items: Array<{
        points: number;
        kind: string;
        cause: string;
        idempotencyKey: string;
        balanceAfter: number;
        uncollected: number;
        reason: string | null;
        actor: string | null;
      }>;
    }
  ).items;
}

export async function createReward(app: TestApp, tenant: Tenant, body: Record<string, unknown>) {
  const response = await app.inject({
    method: 'POST',
    url: `${base(tenant)}/rewards`,
    headers: tenant.auth,
    payload: body,
  });
  if (response.statusCode !== 201) throw new Error(`reward refused: ${response.body}`);
  return response.json() as { rewardId: string };
}

export async function adjust(
  app: TestApp,
  tenant: Tenant,
  memberId: string,
  points: number,
  reason = 'goodwill',
) {
  return app.inject({
    method: 'POST',
    url: `${base(tenant)}/members/${memberId}/adjustments`,
    headers: tenant.auth,
    payload: { points, reason },
  });
}

export async function shopperToken(
  app: TestApp,
  tenant: Tenant,
  email: string,
  expiresInSeconds = 3600,
): Promise<string> {
  const secret = await app.trustloop.accounts.channels.signingSecret(tenant.accountId, tenant.channelId);
  const exp = Math.floor(app.clock.now().getTime() / 1000) + expiresInSeconds;
  return signShopperToken(secret, { email, exp });
}

export { base as loyaltyBase };

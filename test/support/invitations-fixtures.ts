import type { OrderSnapshot } from '../../src/commerce/index.js';
import type { NewEvent } from '../../src/platform/jobs/index.js';
import type { Invitation } from '../../src/reviews/invitations/index.js';
import type { Tenant, TestApp } from './app.js';

export const DAY_MS = 86_400_000;

let orderSeq = 1000;

/** An order as commerce snapshots it, for `order.*` events. */
export function orderSnapshot(tenant: Tenant, overrides: Partial<OrderSnapshot> = {}): OrderSnapshot {
  orderSeq++;
  return {
    orderId: `ord_${orderSeq}_${tenant.channelId.slice(-6)}`,
    channelId: tenant.channelId,
    source: 'api',
    externalId: String(orderSeq),
    number: `#${orderSeq}`,
    customer: {
      customerId: null,
      email: `buyer${orderSeq}@example.com`,
      firstName: 'Anna',
      lastName: 'Kowalska',
      phone: null,
      locale: 'pl',
    },
    currency: 'PLN',
    subtotal: 10000,
    discountTotal: 0,
    shippingTotal: 0,
    taxTotal: 0,
    total: 10000,
    refundedTotal: 0,
    lineItems: [
      {
        lineId: '1',
        productId: 'p1',
        variantId: null,
        sku: 'MUG-1',
        gtin: '5901234123457',
        title: 'Kubek ceramiczny',
        quantity: 1,
        unitPrice: 10000,
        imageUrl: null,
        productUrl: 'https://shop.example/p/mug',
      },
    ],
    discountCodes: [],
    referralCode: null,
    shippingAddressHash: null,
    locale: 'pl',
    placedAt: '2026-03-01T10:00:00.000Z',
    paidAt: null,
    fulfilledAt: null,
    deliveredAt: null,
    cancelledAt: null,
    ...overrides,
  };
}

/** Appends an order event as commerce would, then lets the worker deliver it. */
export async function emitOrderEvent(
  app: TestApp,
  tenant: Tenant,
  type: string,
  order: OrderSnapshot,
  extra: Record<string, unknown> = {},
): Promise<void> {
  const { jobs, database } = app.trustloop;
  await jobs.appendEvents(database.db, [
    {
      type,
      accountId: tenant.accountId,
      channelId: tenant.channelId,
      payload: { order, ...extra },
    } as NewEvent,
  ]);
  await jobs.runDueJobs();
}

export async function configureInvitations(
  app: TestApp,
  tenant: Tenant,
  patch: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const response = await app.inject({
    method: 'PATCH',
    url: `/api/v1/channels/${tenant.channelId}/invitation-settings`,
    headers: tenant.auth,
    payload: patch,
  });
  if (response.statusCode !== 200) throw new Error(`settings: ${response.statusCode} ${response.body}`);
  return response.json();
}

/** POST /api/v1/channels/:id/invitations; returns status and body. */
export async function postInvitation(app: TestApp, tenant: Tenant, body: Record<string, unknown>) {
  const response = await app.inject({
    method: 'POST',
    url: `/api/v1/channels/${tenant.channelId}/invitations`,
    headers: tenant.auth,
    payload: body,
  });
  return {
    status: response.statusCode,
    body: response.json() as { invitation: Invitation; created: boolean },
  };
}

export async function listInvitations(app: TestApp, tenant: Tenant, query = ''): Promise<Invitation[]> {
  const response = await app.inject({
    method: 'GET',
    url: `/api/v1/invitations?channelId=${tenant.channelId}${query}`,
    headers: tenant.auth,
  });
  if (response.statusCode !== 200) throw new Error(`list: ${response.statusCode} ${response.body}`);
  return (response.json() as { data: Invitation[] }).data;
}

/** The path of an invitation's questionnaire link (`/r/<token>`). */
export function linkPath(invitation: Invitation): string {
  return new URL(invitation.link).pathname;
}

/** Events of `type` in the outbox, oldest first. */
export async function eventsOf<P>(app: TestApp, tenant: Tenant, type: string): Promise<P[]> {
  const page = await app.trustloop.jobs.listEvents({ accountId: tenant.accountId, type, limit: 200 });
  return page.items.reverse().map((event) => event.payload as P);
}

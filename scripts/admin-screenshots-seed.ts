/**
 * The history scripts/admin-screenshots-2.ts shows, seeded through the real interfaces: reviews
 * imported with their dates, invitations (one opened, one answered), a loyalty program with a tier
 * and a reward, two paid orders and a redemption, an address suppressed. Nothing here imports the
 * test runner (the test fixtures' seeded ids do), so `tsx` runs it as a plain script.
 */
import type { OrderSnapshot } from '../src/commerce/index.js';
import { signShopperToken } from '../src/loyalty/index.js';
import type { NewEvent } from '../src/platform/jobs/index.js';
import type { Invitation } from '../src/reviews/invitations/index.js';
import type { Tenant, TestApp } from '../test/support/app.js';

const DAY_MS = 86_400_000;

export const loyaltyBase = (tenant: Tenant) => `/api/v1/channels/${tenant.channelId}/loyalty`;

async function call(app: TestApp, tenant: Tenant, method: 'POST' | 'PATCH', url: string, payload: unknown) {
  const response = await app.inject({ method, url, headers: tenant.auth, payload: payload as object });
  if (response.statusCode >= 300)
    throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
  return response.json() as unknown;
}

async function postInvitation(app: TestApp, tenant: Tenant, body: Record<string, unknown>) {
  return (await call(app, tenant, 'POST', `/api/v1/channels/${tenant.channelId}/invitations`, body)) as {
    invitation: Invitation;
  };
}

const linkPath = (invitation: Invitation) => new URL(invitation.link).pathname;

/** An order paid today, as the commerce domain announces it. */
function paidOrder(app: TestApp, tenant: Tenant, email: string, total: number): NewEvent {
  const orderId = `ord_${email.split('@')[0]}`;
  const now = app.clock.now().toISOString();
  const order: OrderSnapshot = {
    orderId,
    channelId: tenant.channelId,
    source: 'api',
    externalId: orderId,
    number: `#${orderId.length}42`,
    customer: { customerId: null, email, firstName: null, lastName: null, phone: null, locale: 'pl' },
    currency: 'PLN',
    subtotal: total,
    discountTotal: 0,
    shippingTotal: 0,
    taxTotal: 0,
    total,
    refundedTotal: 0,
    lineItems: [],
    discountCodes: [],
    referralCode: null,
    shippingAddressHash: null,
    locale: 'pl',
    placedAt: now,
    paidAt: now,
    fulfilledAt: null,
    deliveredAt: null,
    cancelledAt: null,
  };
  return {
    type: 'order.paid',
    accountId: tenant.accountId,
    channelId: tenant.channelId,
    payload: { order },
  } as NewEvent;
}

async function shopperToken(app: TestApp, tenant: Tenant, email: string): Promise<string> {
  const secret = await app.trustloop.accounts.channels.signingSecret(tenant.accountId, tenant.channelId);
  return signShopperToken(secret, { email, exp: Math.floor(app.clock.now().getTime() / 1000) + 3600 });
}

export async function seedHistory(app: TestApp, tenant: Tenant, locale: 'en' | 'pl'): Promise<void> {
  const daysAgo = (days: number) =>
    new Date(app.clock.now().getTime() - days * DAY_MS).toISOString().slice(0, 10);
  const texts =
    locale === 'pl'
      ? ['Szybka dostawa i dobrze zapakowane', 'Sadzonki przyszły zdrowe', 'Obsługa odpisała w godzinę']
      : ['Fast delivery and well packed', 'The seedlings arrived healthy', 'Support answered within an hour'];
  const rows = [5, 4, 5, 3, 5, 4, 2, 5, 4, 5, 5, 1].map(
    (rating, index) =>
      `${rating},${daysAgo(1 + index * 6)},${texts[index % 3]} (${index + 1}),Klient ${index + 1}`,
  );
  const imported = await app.inject({
    method: 'POST',
    url: `/api/v1/channels/${tenant.channelId}/reviews/import`,
    headers: { ...tenant.auth, 'content-type': 'text/csv' },
    payload: ['rating,date,text,name', ...rows].join('\n'),
  });
  if (imported.statusCode !== 200) throw new Error(imported.body);
  const sent = [];
  for (const email of ['anna@example.org', 'piotr@example.org', 'ewa@example.org'])
    sent.push((await postInvitation(app, tenant, { email, orderNumber: `#${email.length}01` })).invitation);
  await postInvitation(app, tenant, { email: 'jan@example.org', send: 'link', method: 'manual' });
  await app.trustloop.jobs.runDueJobs();
  await app.inject({ method: 'GET', url: linkPath(sent[0]!) });
  await app.inject({
    method: 'POST',
    url: linkPath(sent[1]!),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: `service_rating=5&service_text=${encodeURIComponent(texts[1]!)}`,
  });
  await call(app, tenant, 'PATCH', `${loyaltyBase(tenant)}/settings`, {});
  await app.inject({
    method: 'POST',
    url: `${loyaltyBase(tenant)}/tiers`,
    headers: tenant.auth,
    payload: { name: locale === 'pl' ? 'Srebrny' : 'Silver', threshold: 150, multiplier: 1.5 },
  });
  const reward = (await call(app, tenant, 'POST', `${loyaltyBase(tenant)}/rewards`, {
    name: locale === 'pl' ? 'Darmowa dostawa' : 'Free shipping',
    kind: 'free_shipping',
    pointsCost: 100,
  })) as { rewardId: string };
  await app.trustloop.jobs.appendEvents(app.trustloop.database.db, [
    paidOrder(app, tenant, 'anna@example.org', 30_000),
    paidOrder(app, tenant, 'piotr@example.org', 8_000),
  ]);
  await app.trustloop.jobs.runDueJobs();
  await app.inject({
    method: 'POST',
    url: `/public/v1/channels/${tenant.publicId}/hub/redeem`,
    headers: { authorization: `Shopper ${await shopperToken(app, tenant, 'anna@example.org')}` },
    payload: { rewardId: reward.rewardId },
  });
  await app.inject({
    method: 'POST',
    url: `/api/v1/channels/${tenant.channelId}/invitation-suppressions`,
    headers: tenant.auth,
    payload: { email: 'no-more@example.org' },
  });
}

import type { LightMyRequestResponse } from 'fastify';
import type { ReviewSubmission } from '../../src/reviews/index.js';
import type { ReviewSnapshot } from '../../src/reviews/reviews.events.js';
import type { Tenant, TestApp } from './app.js';
import { seededToken } from './seeded-random.js';

/** A valid submission from an order-tied invitation; override what the test is about. */
export function invitedReview(
  tenant: Pick<Tenant, 'accountId' | 'channelId'>,
  overrides: Partial<ReviewSubmission> = {},
): ReviewSubmission {
  return {
    accountId: tenant.accountId,
    channelId: tenant.channelId,
    type: 'service',
    rating: 5,
    title: 'Great shop',
    text: 'Fast delivery and friendly support.',
    displayName: 'Ana N.',
    email: 'ana@example.org',
    locale: 'en',
    verifiedBuyer: true,
    invitationId: `inv_${seededToken()}`,
    orderId: `ord_${seededToken()}`,
    source: 'invitation',
    ...overrides,
  };
}

/** Calls the core's `submit` the way the questionnaire does: inside its own transaction. */
export function submitReviews(app: TestApp, submissions: ReviewSubmission[]): Promise<ReviewSnapshot[]> {
  return app.trustloop.database.db
    .transaction()
    .execute((trx) => app.trustloop.reviews.submit(trx, submissions));
}

export async function submitOne(app: TestApp, submission: ReviewSubmission): Promise<ReviewSnapshot> {
  const [snapshot] = await submitReviews(app, [submission]);
  return snapshot!;
}

export function adminRequest(
  app: TestApp,
  tenant: Tenant,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  url: string,
  payload?: unknown,
): Promise<LightMyRequestResponse> {
  return app.inject({
    method,
    url,
    headers: tenant.auth,
    ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
  });
}

export async function setModeration(
  app: TestApp,
  tenant: Tenant,
  settings: Record<string, unknown>,
): Promise<void> {
  const response = await adminRequest(
    app,
    tenant,
    'PUT',
    `/api/v1/channels/${tenant.channelId}/review-settings`,
    settings,
  );
  if (response.statusCode !== 200) throw new Error(`settings: ${response.statusCode} ${response.body}`);
}

export async function moderate(
  app: TestApp,
  tenant: Tenant,
  reviewId: string,
  body: { action: 'publish' | 'reject' | 'flag'; reason?: string; note?: string },
): Promise<LightMyRequestResponse> {
  return adminRequest(app, tenant, 'POST', `/api/v1/reviews/${reviewId}/moderation`, body);
}

export function publicGet(app: TestApp, url: string): Promise<LightMyRequestResponse> {
  return app.inject({ method: 'GET', url });
}

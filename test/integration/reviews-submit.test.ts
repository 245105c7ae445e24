import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src/platform/errors.js';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';
import { dialects } from '../support/databases.js';
import { adminRequest, invitedReview, submitOne, submitReviews } from '../support/reviews-fixtures.js';

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe.each(dialects)('submitting reviews on %s', (kind) => {
  let app: TestApp;
  let tenant: Tenant;

  beforeAll(async () => {
    app = await createTestApp(kind);
    tenant = await createTenant(app);
  });
  afterAll(() => app.close());

  const count = async () =>
    (await adminRequest(app, tenant, 'GET', '/api/v1/reviews?limit=100')).json<{ items: unknown[] }>().items
      .length;

  it('stores a verified invitation review, publishes it under the default rule and returns its snapshot', async () => {
    const review = await submitOne(app, invitedReview(tenant, { email: 'Ana@Example.org', locale: 'pl-PL' }));
    expect(review).toMatchObject({
      channelId: tenant.channelId,
      type: 'service',
      rating: 5,
      email: 'ana@example.org',
      locale: 'pl',
      verifiedBuyer: true,
      status: 'published',
    });
    const events = await app.trustloop.jobs.listEvents({ accountId: tenant.accountId, limit: 50 });
    const types = events.items.filter((event) => JSON.stringify(event.payload).includes(review.reviewId));
    expect(types.map((event) => event.type).sort()).toEqual(['review.published', 'review.submitted']);
  });

  it.each([
    [{ rating: 0 }, '/submissions/0/rating'],
    [{ rating: 6 }, '/submissions/0/rating'],
    [{ rating: 4.5 }, '/submissions/0/rating'],
    [{ text: 'x'.repeat(5001) }, '/submissions/0/text'],
    [{ title: 't'.repeat(151) }, '/submissions/0/title'],
    [{ email: 'not-an-email' }, '/submissions/0/email'],
    [{ locale: 'polish!' }, '/submissions/0/locale'],
    [{ type: 'product' as const }, '/submissions/0/product'],
    [{ product: { sku: 'SKU-1' } }, '/submissions/0/product'],
    [{ type: 'product' as const, product: { gtin: '12ab' } }, '/submissions/0/product/gtin'],
  ])('refuses %j naming the field %s', async (overrides, field) => {
    const error = await rejection(submitReviews(app, [invitedReview(tenant, overrides)]));
    expect(error.code).toBe('validation_failed');
    expect(error.details?.map((detail) => detail.field)).toContain(field);
  });

  it('marks a review verified only when it comes from an invitation tied to an order', async () => {
    for (const overrides of [{ source: 'api' as const }, { orderId: null }, { invitationId: null }]) {
      const error = await rejection(submitReviews(app, [invitedReview(tenant, overrides)]));
      expect(error.details?.[0]?.field).toBe('/submissions/0/verifiedBuyer');
    }
  });

  it('stores nothing when one submission of a batch is invalid', async () => {
    const before = await count();
    const error = await rejection(
      submitReviews(app, [invitedReview(tenant), invitedReview(tenant, { rating: 9 })]),
    );
    expect(error.details?.[0]?.field).toBe('/submissions/1/rating');
    expect(await count()).toBe(before);
  });

  it('takes one review per invitation, type and product: a resubmission is a conflict and stores nothing', async () => {
    const first = invitedReview(tenant, { type: 'product', product: { sku: 'SKU-DUP', title: 'Mug' } });
    await submitOne(app, first);
    const before = await count();
    const error = await rejection(submitReviews(app, [{ ...first, rating: 1 }]));
    expect(error.code).toBe('conflict');
    expect(await count()).toBe(before);
    // The same invitation may still carry its service review and another product.
    await submitReviews(app, [
      { ...first, type: 'service', product: null },
      { ...first, product: { sku: 'SKU-OTHER' } },
    ]);
    expect(await count()).toBe(before + 2);
  });

  it('refuses a channel of another account as not found', async () => {
    const other = await createTenant(app, 'Other');
    const error = await rejection(
      submitReviews(app, [invitedReview(tenant, { channelId: other.channelId })]),
    );
    expect(error.code).toBe('not_found');
  });

  it('keeps HTML and script as plain text, exactly as written', async () => {
    const text = '<script>alert("x")</script> <b>bold</b> & more';
    const review = await submitOne(app, invitedReview(tenant, { text }));
    const stored = await adminRequest(app, tenant, 'GET', `/api/v1/reviews/${review.reviewId}`);
    expect(stored.json<{ text: string }>().text).toBe(text);
  });

  it('never lets the admin API mark a review verified, and names a too-long text', async () => {
    const created = await adminRequest(app, tenant, 'POST', '/api/v1/reviews', {
      channelId: tenant.channelId,
      type: 'service',
      rating: 4,
      text: 'Added by the shop from a phone call',
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ source: 'api', verifiedBuyer: false });

    const smuggled = await adminRequest(app, tenant, 'POST', '/api/v1/reviews', {
      channelId: tenant.channelId,
      type: 'service',
      rating: 5,
      verifiedBuyer: true,
    });
    expect(smuggled.statusCode).toBe(400);
    expect(smuggled.json().error.details[0].field).toBe('/body/verifiedBuyer');

    const huge = await adminRequest(app, tenant, 'POST', '/api/v1/reviews', {
      channelId: tenant.channelId,
      type: 'service',
      rating: 5,
      text: 'y'.repeat(5001),
    });
    expect(huge.statusCode).toBe(400);
    expect(huge.json().error.details[0].field).toBe('/body/text');

    const enormous = await adminRequest(app, tenant, 'POST', '/api/v1/reviews', {
      channelId: tenant.channelId,
      type: 'service',
      rating: 5,
      text: 'z'.repeat(2 * 1024 * 1024),
    });
    expect(enormous.statusCode).toBe(413);
  });
});

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ManualClock } from '../../src/platform/clock.js';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';
import { dialects } from '../support/databases.js';
import {
  adminRequest,
  invitedReview,
  moderate,
  setModeration,
  submitOne,
} from '../support/reviews-fixtures.js';

const HOUR = 3_600_000;

describe.each(dialects)('moderating reviews on %s', (kind) => {
  let app: TestApp;
  let tenant: Tenant;
  let clock: ManualClock;

  beforeAll(async () => {
    app = await createTestApp(kind);
    clock = app.clock as ManualClock;
  });
  beforeEach(async () => {
    tenant = await createTenant(app);
  });
  afterAll(() => app.close());

  const get = async (id: string) => (await adminRequest(app, tenant, 'GET', `/api/v1/reviews/${id}`)).json();
  const audit = async (id: string) =>
    (await adminRequest(app, tenant, 'GET', `/api/v1/reviews/${id}/audit`)).json().items;

  it('publishes every review at once by default', async () => {
    const review = await submitOne(app, invitedReview(tenant, { rating: 1 }));
    expect(review.status).toBe('published');
  });

  it('under the threshold rule publishes high ratings at once and lower ones automatically after the delay', async () => {
    await setModeration(app, tenant, { publishMode: 'threshold', minRating: 4, delayHours: 24 });
    const high = await submitOne(app, invitedReview(tenant, { rating: 4 }));
    const low = await submitOne(app, invitedReview(tenant, { rating: 2 }));
    expect(high.status).toBe('published');
    expect(low.status).toBe('pending');
    const due = new Date(clock.now().getTime() + 24 * HOUR).toISOString();
    expect((await get(low.reviewId)).moderation.publishAt).toBe(due);

    clock.advance(23 * HOUR);
    await app.trustloop.jobs.runDueJobs();
    expect((await get(low.reviewId)).status).toBe('pending');

    clock.advance(HOUR);
    await app.trustloop.jobs.runDueJobs();
    expect((await get(low.reviewId)).status).toBe('published');
    expect((await audit(low.reviewId)).at(-1)).toMatchObject({
      action: 'status',
      actor: { kind: 'system', id: null },
      from: 'pending',
      to: 'published',
    });
  });

  it('does not publish a delayed review a moderator rejected in the meantime', async () => {
    await setModeration(app, tenant, { publishMode: 'threshold', minRating: 5, delayHours: 2 });
    const low = await submitOne(app, invitedReview(tenant, { rating: 3, text: 'Buy cheap watches here' }));
    expect((await moderate(app, tenant, low.reviewId, { action: 'reject', reason: 'spam' })).statusCode).toBe(
      200,
    );
    clock.advance(3 * HOUR);
    await app.trustloop.jobs.runDueJobs();
    expect((await get(low.reviewId)).status).toBe('rejected');
  });

  it('in manual mode holds every review until a moderator publishes it, and records who did', async () => {
    await setModeration(app, tenant, { publishMode: 'manual' });
    const review = await submitOne(app, invitedReview(tenant, { rating: 5 }));
    expect(review.status).toBe('pending');
    clock.advance(1000 * HOUR);
    await app.trustloop.jobs.runDueJobs();
    expect((await get(review.reviewId)).status).toBe('pending');

    const published = await moderate(app, tenant, review.reviewId, { action: 'publish' });
    expect(published.json().status).toBe('published');
    const keys = await app.trustloop.accounts.apiKeys.list(tenant.accountId);
    expect((await audit(review.reviewId)).map((entry: { action: string }) => entry.action)).toEqual([
      'submitted',
      'status',
    ]);
    expect((await audit(review.reviewId))[1]).toMatchObject({
      actor: { kind: 'api_key', id: keys[0]!.id },
      from: 'pending',
      to: 'published',
    });
  });

  it.each([
    ['an email address', 'Write to me at jan.kowalski@example.pl', 'email'],
    ['a phone number', 'Call me: +48 601 234 567', 'phone'],
    ['a link', 'Cheaper at https://other-shop.example/deal', 'url'],
    ['an English swear word', 'Total bullshit service', 'profanity'],
    ['a Polish swear word', 'Kurwa, paczka znowu spóźniona', 'profanity'],
    ['a German swear word', 'So eine Scheiße', 'profanity'],
  ])('flags a review containing %s for moderation, with the reason', async (_label, text, finding) => {
    const review = await submitOne(app, invitedReview(tenant, { text }));
    expect(review.status).toBe('flagged');
    expect((await get(review.reviewId)).moderation).toMatchObject({
      reason: 'content_filter',
      note: finding,
    });
  });

  it('publishes the same text at once when the channel turned the filter off', async () => {
    await setModeration(app, tenant, { publishMode: 'immediate', filterEnabled: false });
    const review = await submitOne(app, invitedReview(tenant, { text: 'Call me: +48 601 234 567' }));
    expect(review.status).toBe('published');
  });

  it('lets the merchant flag a published review, and needs a content-rule reason to reject or flag', async () => {
    const review = await submitOne(app, invitedReview(tenant));
    const noReason = await moderate(app, tenant, review.reviewId, { action: 'reject' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.details[0].field).toBe('/body/reason');
    const sentiment = await moderate(app, tenant, review.reviewId, { action: 'reject', reason: 'negative' });
    expect(sentiment.statusCode).toBe(400);
    const vagueOther = await moderate(app, tenant, review.reviewId, { action: 'flag', reason: 'other' });
    expect(vagueOther.json().error.details[0].field).toBe('/body/note');

    const flagged = await moderate(app, tenant, review.reviewId, {
      action: 'flag',
      reason: 'reported',
      note: 'A customer says this is a competitor',
    });
    expect(flagged.json()).toMatchObject({
      status: 'flagged',
      moderation: { reason: 'reported', note: 'A customer says this is a competitor' },
    });
  });

  it('keeps one editable merchant reply per review, with its times', async () => {
    const review = await submitOne(app, invitedReview(tenant));
    const first = await adminRequest(app, tenant, 'PUT', `/api/v1/reviews/${review.reviewId}/reply`, {
      text: 'Thank you!',
    });
    expect(first.json().reply.text).toBe('Thank you!');
    clock.advance(HOUR);
    const edited = await adminRequest(app, tenant, 'PUT', `/api/v1/reviews/${review.reviewId}/reply`, {
      text: 'Thank you, Ana!',
    });
    expect(edited.json().reply).toEqual({
      text: 'Thank you, Ana!',
      createdAt: first.json().reply.createdAt,
      updatedAt: clock.now().toISOString(),
    });
    const removed = await adminRequest(app, tenant, 'DELETE', `/api/v1/reviews/${review.reviewId}/reply`);
    expect(removed.json().reply).toBeNull();
    expect(
      (await adminRequest(app, tenant, 'DELETE', `/api/v1/reviews/${review.reviewId}/reply`)).statusCode,
    ).toBe(404);
  });

  it('refuses a delay longer than a week, naming the field', async () => {
    const response = await adminRequest(
      app,
      tenant,
      'PUT',
      `/api/v1/channels/${tenant.channelId}/review-settings`,
      {
        publishMode: 'threshold',
        delayHours: 24 * 30,
      },
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0].field).toBe('/body/delayHours');
  });

  it('erases a reviewer’s name and email, removing or keeping the text as asked', async () => {
    const kept = await submitOne(
      app,
      invitedReview(tenant, { email: 'eva@example.org', text: 'Lovely mugs' }),
    );
    const erase = (keepText: boolean, email: string) =>
      adminRequest(app, tenant, 'POST', `/api/v1/channels/${tenant.channelId}/reviews/erasure`, {
        email,
        keepText,
      });
    expect((await erase(true, 'EVA@example.org')).json()).toEqual({ erased: 1 });
    expect(await get(kept.reviewId)).toMatchObject({
      email: null,
      displayName: null,
      text: 'Lovely mugs',
      rating: 5,
      erasedAt: clock.now().toISOString(),
    });

    const removed = await submitOne(
      app,
      invitedReview(tenant, { email: 'olle@example.se', displayName: 'Olle Svensson', text: 'Bra' }),
    );
    const publicList = `/public/v1/channels/${tenant.publicId}/reviews`;
    expect((await app.inject({ method: 'GET', url: publicList })).body).toContain('Olle Svensson');
    await erase(false, 'olle@example.se');
    expect((await app.inject({ method: 'GET', url: publicList })).body).not.toContain('Olle Svensson');
    expect(await get(removed.reviewId)).toMatchObject({
      email: null,
      displayName: null,
      title: null,
      text: null,
    });
    expect((await audit(removed.reviewId)).at(-1)).toMatchObject({
      action: 'erased',
      reason: 'reviewer_request',
    });
  });

  it('erases a reviewer when the contacts domain announces customer.erased', async () => {
    const review = await submitOne(app, invitedReview(tenant, { email: 'gone@example.org' }));
    await app.trustloop.jobs.appendEvents(app.trustloop.database.db, [
      {
        type: 'customer.erased',
        accountId: tenant.accountId,
        channelId: tenant.channelId,
        payload: {
          channelId: tenant.channelId,
          email: 'gone@example.org',
          customerId: null,
          reason: 'gdpr_request',
        },
      },
    ]);
    await app.trustloop.jobs.runDueJobs();
    expect(await get(review.reviewId)).toMatchObject({
      email: null,
      displayName: null,
      text: null,
      rating: 5,
    });
  });
});

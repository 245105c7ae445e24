import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ManualClock } from '../../src/platform/clock.js';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';
import { dialects } from '../support/databases.js';
import { invitedReview, moderate, publicGet, setModeration, submitOne } from '../support/reviews-fixtures.js';

interface Page {
  items: Array<{
    id: string;
    rating: number;
    title: string | null;
    text: string | null;
    locale: string | null;
  }>;
  nextCursor: string | null;
}

describe.each(dialects)('the public reviews API on %s', (kind) => {
  let app: TestApp;
  let tenant: Tenant;
  let clock: ManualClock;
  const ids: Record<string, string> = {};

  const list = async (query = '') =>
    (await publicGet(app, `/public/v1/channels/${tenant.publicId}/reviews${query}`)).json<Page>();

  beforeAll(async () => {
    app = await createTestApp(kind);
    clock = app.clock as ManualClock;
    tenant = await createTenant(app);
    const seed: Array<[string, Parameters<typeof invitedReview>[1]]> = [
      ['oldest', { rating: 3, title: 'Okay', text: 'Żółta łódź arrived late', locale: 'pl' }],
      [
        'mug',
        {
          rating: 5,
          type: 'product',
          product: { sku: 'MUG-1', gtin: '4006381333931', productId: 'gid-7', title: 'Blue mug' },
        },
      ],
      ['short', { rating: 4, title: null, text: null, locale: 'sv' }],
      ['sad', { rating: 1, title: 'Broken', text: 'The handle broke 100% on day one', locale: 'de' }],
      ['newest', { rating: 5, title: 'Superb', text: 'Will order again', locale: 'en' }],
    ];
    for (const [name, overrides] of seed) {
      clock.advance(60_000);
      ids[name] = (await submitOne(app, invitedReview(tenant, overrides))).reviewId;
    }
  });
  afterAll(() => app.close());

  it('lists published reviews newest first, without emails or internal ids of reviewers', async () => {
    const response = await publicGet(app, `/public/v1/channels/${tenant.publicId}/reviews`);
    expect(response.statusCode).toBe(200);
    expect(response.json<Page>().items.map((item) => item.id)).toEqual(
      ['newest', 'sad', 'short', 'mug', 'oldest'].map((name) => ids[name]),
    );
    expect(response.body).not.toContain('@example.org');
    expect(response.body).not.toMatch(/"(email|invitationId|orderId|accountId)"/);
    expect(response.headers['access-control-allow-origin']).toBe('*');
  });

  it('marks every public answer, errors and the feed included, as not to be sniffed', async () => {
    const base = `/public/v1/channels/${tenant.publicId}`;
    for (const path of [
      `${base}/summary`,
      `${base}/reviews`,
      `${base}/products/MUG-1/summary`,
      `${base}/feeds/google-product-reviews.xml`,
      `${base}/reviews?rating=9`,
      '/public/v1/channels/pub_nope/summary',
      '/public/v1/no-such-route',
    ]) {
      const response = await publicGet(app, path);
      expect(response.headers['x-content-type-options'], path).toBe('nosniff');
    }
  });

  it('answers a widget’s CORS preflight on every public reviews route', async () => {
    for (const path of ['summary', 'reviews', 'products/MUG-1/summary', 'disclosure']) {
      const preflight = await app.inject({
        method: 'OPTIONS',
        url: `/public/v1/channels/${tenant.publicId}/${path}`,
        headers: { origin: 'https://shop.example', 'access-control-request-method': 'GET' },
      });
      expect(preflight.statusCode, path).toBe(204);
      expect(preflight.headers['access-control-allow-origin']).toBe('*');
    }
  });

  it('sorts by rating, highest first, newest first within a rating', async () => {
    expect((await list('?sort=rating')).items.map((item) => item.id)).toEqual(
      ['newest', 'mug', 'short', 'oldest', 'sad'].map((name) => ids[name]),
    );
  });

  it('pages with an opaque cursor that refuses to be forged or reused with another order', async () => {
    const first = await list('?limit=2');
    expect(first.items).toHaveLength(2);
    const second = await list(`?limit=2&cursor=${first.nextCursor}`);
    const third = await list(`?limit=2&cursor=${second.nextCursor}`);
    expect(third.nextCursor).toBeNull();
    expect([...first.items, ...second.items, ...third.items].map((item) => item.id)).toEqual(
      (await list()).items.map((item) => item.id),
    );
    for (const cursor of ['bm9wZQ', first.nextCursor]) {
      const bad = await publicGet(
        app,
        `/public/v1/channels/${tenant.publicId}/reviews?sort=rating&cursor=${cursor}`,
      );
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.details[0].field).toBe('/querystring/cursor');
    }
  });

  it('filters by rating, locale, product (SKU, GTIN, product id) and whether there is text', async () => {
    expect((await list('?rating=5')).items.map((item) => item.id)).toEqual([ids['newest'], ids['mug']]);
    expect((await list('?locale=de')).items.map((item) => item.id)).toEqual([ids['sad']]);
    expect((await list('?locale=de-DE')).items.map((item) => item.id)).toEqual([ids['sad']]);
    expect((await list('?product=MUG-1')).items.map((item) => item.id)).toEqual([ids['mug']]);
    expect((await list('?product=4006381333931')).items.map((item) => item.id)).toEqual([ids['mug']]);
    expect((await list('?product=gid-7')).items.map((item) => item.id)).toEqual([ids['mug']]);
    expect((await list('?hasText=false')).items.map((item) => item.id)).toEqual([ids['short']]);
    const badRating = await publicGet(app, `/public/v1/channels/${tenant.publicId}/reviews?rating=7`);
    expect(badRating.json().error.details[0].field).toBe('/querystring/rating');
  });

  it('searches title, text and product title without regard to case or diacritics', async () => {
    expect((await list('?q=ZOLTA%20lodz')).items.map((item) => item.id)).toEqual([ids['oldest']]);
    expect((await list('?q=blue')).items.map((item) => item.id)).toEqual([ids['mug']]);
    expect((await list('?q=100%25')).items.map((item) => item.id)).toEqual([ids['sad']]);
    expect((await list('?q=%25')).items.map((item) => item.id)).toEqual([ids['sad']]);
    expect((await list('?q=nothing-like-this')).items).toEqual([]);
  });

  it('serves a product’s summary and reviews under any of its keys', async () => {
    const reviews = await publicGet(
      app,
      `/public/v1/channels/${tenant.publicId}/products/4006381333931/reviews`,
    );
    expect(reviews.json<Page>().items.map((item) => item.id)).toEqual([ids['mug']]);
    const unknown = await publicGet(app, `/public/v1/channels/${tenant.publicId}/products/NOPE/summary`);
    expect(unknown.statusCode).toBe(404);
  });

  it('answers an unknown channel with 404', async () => {
    expect((await publicGet(app, '/public/v1/channels/pub_nope/summary')).statusCode).toBe(404);
    expect((await publicGet(app, '/public/v1/channels/pub_nope/reviews')).statusCode).toBe(404);
  });

  it('drops cached answers when a moderator changes what is public', async () => {
    const other = await createTenant(app);
    const review = await submitOne(app, invitedReview(other, { rating: 2, text: 'Meh' }));
    const summaryUrl = `/public/v1/channels/${other.publicId}/summary`;
    const listUrl = `/public/v1/channels/${other.publicId}/reviews`;
    expect((await publicGet(app, summaryUrl)).json().count).toBe(1);
    expect((await publicGet(app, listUrl)).json().items).toHaveLength(1);

    await moderate(app, other, review.reviewId, { action: 'reject', reason: 'off_topic' });
    expect((await publicGet(app, summaryUrl)).json().count).toBe(0);
    expect((await publicGet(app, listUrl)).json().items).toHaveLength(0);

    await moderate(app, other, review.reviewId, { action: 'publish' });
    expect((await publicGet(app, summaryUrl)).json().count).toBe(1);
  });

  it('answers a request naming the current ETag with 304, and a changed list with a new ETag', async () => {
    const other = await createTenant(app);
    const review = await submitOne(app, invitedReview(other, { rating: 4, text: 'Fine' }));
    const listUrl = `/public/v1/channels/${other.publicId}/reviews`;
    const first = await publicGet(app, listUrl);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect((await publicGet(app, listUrl)).headers.etag).toBe(etag);

    const revalidate = (ifNoneMatch: string) =>
      app.inject({ method: 'GET', url: listUrl, headers: { 'if-none-match': ifNoneMatch } });
    const notModified = await revalidate(etag);
    expect(notModified.statusCode).toBe(304);
    expect(notModified.body).toBe('');
    expect(notModified.headers.etag).toBe(etag);
    expect(notModified.headers['access-control-allow-origin']).toBe('*');
    expect((await revalidate(`"other", W/${etag}`)).statusCode).toBe(304);
    expect((await revalidate('"other"')).statusCode).toBe(200);

    await moderate(app, other, review.reviewId, { action: 'reject', reason: 'off_topic' });
    const changed = await revalidate(etag);
    expect(changed.statusCode).toBe(200);
    expect(changed.json().items).toHaveLength(0);
    expect(changed.headers.etag).not.toBe(etag);
  });

  it('lets widgets on other origins read errors too (CORS on 400 and 404)', async () => {
    const unknown = await publicGet(app, '/public/v1/channels/pub_nope/summary');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers['access-control-allow-origin']).toBe('*');
    const invalid = await publicGet(app, `/public/v1/channels/${tenant.publicId}/reviews?rating=9`);
    expect(invalid.statusCode).toBe(400);
    expect(invalid.headers['access-control-allow-origin']).toBe('*');
  });

  it('drops cached answers when a delayed review publishes itself', async () => {
    const other = await createTenant(app);
    await setModeration(app, other, { publishMode: 'threshold', minRating: 4, delayHours: 1 });
    await submitOne(app, invitedReview(other, { rating: 2 }));
    const summaryUrl = `/public/v1/channels/${other.publicId}/summary`;
    expect((await publicGet(app, summaryUrl)).json().count).toBe(0);
    clock.advance(3_600_000);
    await app.trustloop.jobs.runDueJobs();
    expect((await publicGet(app, summaryUrl)).json().count).toBe(1);
  });
});

describe('the public reviews API rate limit', () => {
  it('answers 429 with Retry-After once a client exceeds the public limit', async () => {
    const app = await createTestApp('sqlite', { env: { PUBLIC_RATE_LIMIT_PER_MINUTE: '3' } });
    try {
      const tenant = await createTenant(app);
      const url = `/public/v1/channels/${tenant.publicId}/summary`;
      const responses = [];
      for (let i = 0; i < 4; i++) responses.push(await publicGet(app, url));
      expect(responses.map((response) => response.statusCode)).toEqual([200, 200, 200, 429]);
      expect(Number(responses[3]!.headers['retry-after'])).toBeGreaterThan(0);
      expect(responses[3]!.json().error).toEqual({
        code: 'rate_limited',
        message: expect.stringMatching(/^too many requests; try again in \d+ s$/),
      });
    } finally {
      await app.close();
    }
  });
});

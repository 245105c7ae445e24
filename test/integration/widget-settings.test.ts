import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';
import { dialects } from '../support/databases.js';
import { invitedReview, moderate, submitReviews } from '../support/reviews-fixtures.js';

describe.each(dialects)('the widgets’ stored theme and carousel on %s', (kind) => {
  let app: TestApp;
  let shop: Tenant;
  let reviewIds: string[];

  beforeAll(async () => {
    app = await createTestApp(kind);
    shop = await createTenant(app, 'Motyw');
    const snapshots = await submitReviews(app, [
      invitedReview(shop, { rating: 5, text: 'Świetny sklep' }),
      invitedReview(shop, { rating: 3, text: 'W porządku' }),
      invitedReview(shop, { rating: 4, text: 'Dobrze' }),
      invitedReview(shop, { rating: 5, text: 'Odrzucona' }),
    ]);
    reviewIds = snapshots.map((review) => review.reviewId);
  });
  afterAll(() => app.close());

  const settingsUrl = () => `/api/v1/channels/${shop.channelId}/widget-settings`;
  const patch = (payload: Record<string, unknown>, tenant = shop) =>
    app.inject({ method: 'PATCH', url: settingsUrl(), headers: tenant.auth, payload });
  const config = async () =>
    (await app.inject({ method: 'GET', url: `/public/v1/channels/${shop.publicId}/widget-config` })).json();
  const carousel = (query = '') =>
    app.inject({
      method: 'GET',
      url: `/public/v1/channels/${shop.publicId}/carousel${query}`,
      headers: { origin: 'https://any-shop.example' },
    });

  it('stores the colours and radius and serves them to every element through widget-config at once', async () => {
    expect((await config()).theme).toEqual({
      accent: null,
      star: null,
      text: null,
      background: null,
      radius: null,
    });
    const response = await patch({ theme: { accent: '#7C3AED', star: '#f59e0b', radius: 4 } });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      theme: { accent: '#7C3AED', star: '#f59e0b', text: null, background: null, radius: 4 },
      warnings: [],
    });
    expect((await config()).theme).toEqual({
      accent: '#7C3AED',
      star: '#f59e0b',
      text: null,
      background: null,
      radius: 4,
    });
    // A later change of one colour keeps the others; null puts a colour back to the default.
    await patch({ theme: { star: null } });
    expect((await config()).theme).toMatchObject({ accent: '#7C3AED', star: null, radius: 4 });
  });

  it('refuses a colour that is not hex and a radius out of range, naming the field, and stores nothing', async () => {
    const colour = await patch({ theme: { accent: 'red' } });
    expect(colour.statusCode).toBe(400);
    expect(colour.json().error.details).toEqual([
      { field: '/body/theme/accent', message: 'must be a hex colour like #1a7f37 or #17a, or null' },
    ]);
    const radius = await patch({ theme: { radius: 99 } });
    expect(radius.statusCode).toBe(400);
    expect(radius.json().error.details[0].field).toMatch(/radius/);
    expect((await config()).theme.accent).toBe('#7C3AED');
  });

  it('warns, without refusing, when text or accent is hard to read on the background', async () => {
    const response = await patch({ theme: { text: '#bbbbbb', background: '#ffffff' } });
    expect(response.statusCode).toBe(200);
    const { warnings } = response.json();
    expect(warnings).toHaveLength(1);
    expect(warnings[0].field).toBe('/body/theme/text');
    expect(warnings[0].message).toMatch(/contrast of 1\.\d\d:1; text needs at least 4\.5:1/);
    await patch({ theme: { text: null, background: null } });
  });

  it('the carousel shows the best recent reviews until the merchant picks some, then exactly those in order', async () => {
    const before = await carousel();
    expect(before.statusCode).toBe(200);
    expect(before.headers['access-control-allow-origin']).toBe('*');
    expect(before.json().picked).toBe(false);
    expect(before.json().items.map((r: { rating: number }) => r.rating)).toEqual([5, 5, 4, 3]);

    const [best, middling, good] = reviewIds as [string, string, string];
    expect((await patch({ carouselReviewIds: [middling, best] })).statusCode).toBe(200);
    const after = (await carousel()).json();
    expect(after.picked).toBe(true);
    expect(after.items.map((r: { id: string }) => r.id)).toEqual([middling, best]);
    expect(after.items[0]).not.toHaveProperty('email');
    expect((await carousel('?limit=1')).json().items.map((r: { id: string }) => r.id)).toEqual([middling]);
    await patch({ carouselReviewIds: [good] });
    expect((await carousel()).json().items.map((r: { id: string }) => r.id)).toEqual([good]);
  });

  it('refuses unknown, unpublished and repeated picks by position; a review unpublished later drops out', async () => {
    const [best, , good, rejected] = reviewIds as [string, string, string, string];
    expect((await moderate(app, shop, rejected, { action: 'reject', reason: 'spam' })).statusCode).toBe(200);
    const response = await patch({ carouselReviewIds: [best, 'rev_nope', rejected, best] });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.map((d: { field: string }) => d.field)).toEqual([
      '/body/carouselReviewIds/1',
      '/body/carouselReviewIds/2',
      '/body/carouselReviewIds/3',
    ]);
    expect((await carousel()).json().items.map((r: { id: string }) => r.id)).toEqual([good]);

    await patch({ carouselReviewIds: [good, best] });
    expect((await moderate(app, shop, good, { action: 'reject', reason: 'spam' })).statusCode).toBe(200);
    expect((await carousel()).json().items.map((r: { id: string }) => r.id)).toEqual([best]);
  });

  it('another account cannot read or change this channel’s widget settings', async () => {
    const other = await createTenant(app, 'Obcy');
    const read = await app.inject({ method: 'GET', url: settingsUrl(), headers: other.auth });
    expect(read.statusCode).toBe(404);
    expect((await patch({ theme: { accent: '#000000' } }, other)).statusCode).toBe(404);
    expect((await config()).theme.accent).toBe('#7C3AED');
  });
});

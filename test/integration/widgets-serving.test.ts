import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';
import { dialects } from '../support/databases.js';
import { invitedReview, submitReviews } from '../support/reviews-fixtures.js';

describe.each(dialects)('the storefront widgets are served on %s', (kind) => {
  let app: TestApp;
  let shop: Tenant;

  beforeAll(async () => {
    app = await createTestApp(kind);
    shop = await createTenant(app, 'Sklep');
    await submitReviews(app, [
      invitedReview(shop, { rating: 5, text: 'Świetny sklep' }),
      invitedReview(shop, { rating: 4, text: 'Dobrze' }),
      invitedReview(shop, {
        type: 'product',
        rating: 4,
        text: 'Ładny kubek </script><script>alert(1)</script>',
        product: { productId: null, sku: 'MUG-1', gtin: null, title: 'Kubek' },
      }),
      invitedReview(shop, {
        type: 'product',
        rating: 5,
        text: 'Bardzo ładny',
        product: { productId: null, sku: 'MUG-1', gtin: null, title: 'Kubek' },
      }),
    ]);
  });
  afterAll(() => app.close());

  const get = (url: string, headers: Record<string, string> = {}) =>
    app.inject({ method: 'GET', url, headers });

  it('serves the loader gzipped, open to every origin, cached for minutes', async () => {
    const response = await get('/widgets/v1/loader.js', { 'accept-encoding': 'gzip, br' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers['cache-control']).toMatch(/^public, max-age=300\b/);
    expect(response.headers['access-control-allow-origin']).toBe('*');
    expect(response.headers['vary']).toBe('accept-encoding');
    const code = gunzipSync(response.rawPayload).toString();
    expect(code).toContain('trustloop-stars');
    expect(code).not.toMatch(/^\s*import\s/m);
  });

  it('serves each element chunk the loader names with a year-long immutable cache', async () => {
    const loader = (await get('/widgets/v1/loader.js')).body;
    const chunks = [...loader.matchAll(/"(c\/[\w-]+\.js)"/g)].map((match) => match[1]!);
    expect(chunks.length).toBeGreaterThanOrEqual(4);
    for (const chunk of chunks) {
      const response = await get(`/widgets/v1/${chunk}`);
      expect(response.statusCode, chunk).toBe(200);
      expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(response.headers['content-encoding']).toBeUndefined();
    }
  });

  it('answers 404 for anything outside the built widget files', async () => {
    for (const path of ['nope.js', '..%2F..%2Fpackage.json', '.built', 'c/../../../package.json']) {
      const response = await get(`/widgets/v1/${path}`);
      expect(response.statusCode, path).toBe(404);
      expect(response.json().error.code).toBe('not_found');
    }
  });

  it('tells the elements the channel’s name, language, review page and sign-in page', async () => {
    const response = await get(`/public/v1/channels/${shop.publicId}/widget-config`, {
      origin: 'https://elsewhere.example',
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['access-control-allow-origin']).toBe('*');
    expect(response.json()).toEqual({
      name: 'Sklep PL',
      locale: 'pl',
      logoUrl: null,
      certified: false,
      reviewPageUrl: expect.stringMatching(new RegExp(`/reviews/${shop.publicId}$`)),
      loginUrl: expect.stringMatching(/^https:\/\/[0-9a-z]+\.example\.com\/account\/login$/),
      theme: { accent: null, star: null, text: null, background: null, radius: null },
    });
    expect((await get('/public/v1/channels/pub_nope/widget-config')).statusCode).toBe(404);
  });

  it('shows the certified mark flag only once Trustloop granted it', async () => {
    // Only the instance operator grants the mark (trustloop trust-mark grant); merchants cannot.
    await app.trustloop.reviews.embeds.trustMarks.grant(shop.channelId, {
      actor: 'ops:test',
      reference: 'TS-1',
    });
    await app.trustloop.cache.deletePrefix(`channel:${shop.publicId}:`);
    const response = await get(`/public/v1/channels/${shop.publicId}/widget-config`);
    expect(response.json().certified).toBe(true);
  });

  it('renders the stars fallback with the product’s numbers in the asked language', async () => {
    const pl = await get(`/public/v1/channels/${shop.publicId}/widgets/stars.html?sku=MUG-1`);
    expect(pl.statusCode).toBe(200);
    expect(pl.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(pl.body).toContain('4,5 na 5 · 2 opinie');
    const sv = await get(`/public/v1/channels/${shop.publicId}/widgets/stars.html?sku=MUG-1&lang=sv`);
    expect(sv.body).toContain('4,5 av 5 · 2 omdömen');
    const none = await get(`/public/v1/channels/${shop.publicId}/widgets/stars.html?sku=NEW-1&lang=en`);
    expect(none.statusCode).toBe(200);
    expect(none.body).toContain('No reviews have been published yet.');
  });

  it('renders the review list fallback with its JSON-LD, every review text escaped', async () => {
    const response = await get(`/public/v1/channels/${shop.publicId}/widgets/reviews.html?sku=MUG-1&lang=en`);
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('4.5 out of 5 · 2 reviews');
    expect(response.body).toContain('Ładny kubek &lt;/script&gt;');
    const [, json] = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(response.body) ?? [];
    const ld = JSON.parse(json!);
    expect(ld).toMatchObject({ '@type': 'Product', aggregateRating: { ratingValue: 4.5, reviewCount: 2 } });
    expect(response.body.match(/<script/g)).toHaveLength(1);
    expect(response.body).toMatch(/href="[^"]+\/reviews\/pub_[^"]+\?lang=en#disclosure"/);
  });

  it('renders the channel-wide list fallback without product markup', async () => {
    const response = await get(`/public/v1/channels/${shop.publicId}/widgets/reviews.html`);
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('4,5 na 5 · 4 opinie');
    expect(response.body).toContain('Świetny sklep');
    expect(response.body).not.toContain('application/ld+json');
  });

  it('a fragment answered from memory changes once another review is published', async () => {
    const other = await createTenant(app, 'Drugi sklep');
    await submitReviews(app, [invitedReview(other, { rating: 5, text: 'Super' })]);
    const stars = () => get(`/public/v1/channels/${other.publicId}/widgets/stars.html?lang=en`);
    expect((await stars()).body).toContain('5.0 out of 5 · 1 review');
    const again = await stars(); // the kept fragment
    expect(again.body).toContain('5.0 out of 5 · 1 review');
    expect(again.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(again.headers['x-content-type-options']).toBe('nosniff');

    await submitReviews(app, [invitedReview(other, { rating: 3, text: 'Może być' })]);
    expect((await stars()).body).toContain('4.0 out of 5 · 2 reviews');
  });

  it('a fragment opened on its own runs nothing and may not be framed: one strict policy, whether rendered or kept', async () => {
    for (const path of ['stars.html?lang=en', 'reviews.html?lang=en', 'stars.html?lang=en']) {
      const response = await get(`/public/v1/channels/${shop.publicId}/widgets/${path}`);
      expect(response.statusCode).toBe(200);
      const policy = response.headers['content-security-policy'];
      expect(policy).toContain("default-src 'none'");
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).not.toContain('script-src');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['access-control-allow-origin']).toBe('*');
    }
  });
});

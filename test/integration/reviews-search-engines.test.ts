import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ManualClock } from '../../src/platform/clock.js';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';
import { dialects } from '../support/databases.js';
import { invitedReview, publicGet, setModeration, submitOne } from '../support/reviews-fixtures.js';

const NASTY = '<script>alert("x")</script> & <b>bold</b> \'quoted\'';

/**
 * A strict well-formedness check of the XML we emit: one root, every tag closed in order, no
 * raw `<` or stray `&` in text or attribute values.
 */
function assertWellFormedXml(xml: string): string[] {
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: string[] = [];
  const names: string[] = [];
  const token = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  let consumed = 0;
  for (const match of body.matchAll(token)) {
    consumed += match[0].length;
    const [, closing, name, attributes, selfClosing, text] = match;
    const checked = text ?? attributes ?? '';
    expect(checked, 'stray & in text').not.toMatch(/&(?!(amp|lt|gt|quot|apos|#\d+);)/);
    if (text !== undefined) continue;
    if (closing) expect(stack.pop(), `closing </${name}>`).toBe(name);
    else if (!selfClosing) {
      stack.push(name!);
      names.push(name!);
    }
  }
  expect(consumed, 'everything parsed as tags or text').toBe(body.length);
  expect(stack).toEqual([]);
  return names;
}

describe.each(dialects)('reviews for search engines and shoppers on %s', (kind) => {
  let app: TestApp;
  let tenant: Tenant;
  let mugReview: string;
  let clock: ManualClock;

  beforeAll(async () => {
    app = await createTestApp(kind);
    clock = app.clock as ManualClock;
    tenant = await createTenant(app);
    await setModeration(app, tenant, { publishMode: 'immediate', filterEnabled: false });
    mugReview = (
      await submitOne(
        app,
        invitedReview(tenant, {
          type: 'product',
          product: { sku: 'MUG-1', gtin: '4006381333931', title: 'Blue & white mug' },
          rating: 4,
          title: 'Nice <mug>',
          text: NASTY,
          displayName: 'Ana <N.>',
        }),
      )
    ).reviewId;
    clock.advance(60_000);
    await submitOne(
      app,
      invitedReview(tenant, {
        type: 'product',
        product: { sku: 'MUG-1' },
        rating: 2,
        title: null,
        text: null,
        displayName: null,
        verifiedBuyer: false,
        source: 'import',
        invitationId: null,
        orderId: null,
      }),
    );
    clock.advance(60_000);
    await submitOne(
      app,
      invitedReview(tenant, { rating: 5, text: 'Service review, not in the product feed' }),
    );
  });
  afterAll(() => app.close());

  it('describes a product as schema.org Product with AggregateRating and Review items', async () => {
    const response = await publicGet(app, `/public/v1/channels/${tenant.publicId}/products/MUG-1/jsonld`);
    expect(response.headers['content-type']).toMatch(/^application\/ld\+json/);
    const markup = response.json();
    expect(markup).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Product',
      name: 'Blue & white mug',
      sku: 'MUG-1',
      gtin13: '4006381333931',
      aggregateRating: {
        '@type': 'AggregateRating',
        ratingValue: 3,
        reviewCount: 2,
        bestRating: 5,
        worstRating: 1,
      },
    });
    expect(markup.review).toHaveLength(2);
    expect(markup.review[1]).toMatchObject({
      '@type': 'Review',
      author: { '@type': 'Person', name: 'Ana <N.>' },
      reviewRating: { '@type': 'Rating', ratingValue: 4 },
      reviewBody: NASTY,
    });
    expect(markup.review[1].datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(JSON.stringify(markup)).not.toContain('Organization');
  });

  it('publishes the full Google product review feed as well-formed XML with schema 2.4 elements', async () => {
    const response = await publicGet(
      app,
      `/public/v1/channels/${tenant.publicId}/feeds/google-product-reviews.xml`,
    );
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/xml/);
    const xml = response.body;
    const names = assertWellFormedXml(xml);
    expect(names[0]).toBe('feed');
    expect(xml).toContain('<version>2.4</version>');
    expect(xml).toContain('product_reviews.xsd');
    for (const element of [
      'publisher',
      'reviews',
      'review_id',
      'reviewer',
      'review_timestamp',
      'content',
      'ratings',
      'overall',
      'products',
      'product_ids',
      'gtins',
      'skus',
      'is_verified_purchase',
    ]) {
      expect(names, element).toContain(element);
    }
    // Only the product review with text: the rating-only one has no content; the service review is no product review.
    expect(names.filter((name) => name === 'review')).toHaveLength(1);
    expect(xml).toContain(`<review_id>${mugReview}</review_id>`);
    expect(xml).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;');
    expect(xml).toContain('<overall min="1" max="5">4</overall>');
    expect(xml).toContain('<is_verified_purchase>true</is_verified_purchase>');
    expect(xml).not.toContain('@example.org');
  });

  it('renders the public review page with every text HTML-escaped, in the channel’s language or ?lang', async () => {
    const page = await publicGet(app, `/reviews/${tenant.publicId}`);
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['content-security-policy']).toBeDefined();
    const html = page.body;
    expect(html).toContain('<html lang="pl">');
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<mug>');
    expect(html).toContain(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt; &#39;quoted&#39;',
    );
    expect(html).toContain('Ana &lt;N.&gt;');
    expect(html).toContain('Zweryfikowany kupujący');
    expect(html).toContain('Jak zbieramy i sprawdzamy opinie');
    expect(html).not.toContain('@example.org');

    const english = (await publicGet(app, `/reviews/${tenant.publicId}?lang=en`)).body;
    expect(english).toContain('<html lang="en">');
    expect(english).toContain('Verified buyer');
    expect(english).toContain('How reviews are collected and checked');
  });

  it('answers an unknown channel’s page and feed with 404', async () => {
    expect((await publicGet(app, '/reviews/pub_nope')).statusCode).toBe(404);
    expect(
      (await publicGet(app, '/public/v1/channels/pub_nope/feeds/google-product-reviews.xml')).statusCode,
    ).toBe(404);
  });

  it('writes the Omnibus disclosure from the channel’s actual settings, in five languages', async () => {
    const other = await createTenant(app);
    const disclosure = async (lang: string) =>
      (await publicGet(app, `/public/v1/channels/${other.publicId}/disclosure?lang=${lang}`)).json();

    const initial = await disclosure('en');
    expect(initial.sections.moderation).toBe(
      'Every review is published as soon as it is submitted, whatever its rating.',
    );
    expect(initial.sections.filter).toMatch(/automatic filter holds reviews/);
    expect(initial.sections.verification).toMatch(/Verified buyer.*personal link sent after an order/);
    expect(initial.sections.ordering).toMatch(/newest first/);
    expect(initial.sections.scoring).toMatch(/average of the star ratings of all published reviews/);

    await setModeration(app, other, {
      publishMode: 'threshold',
      minRating: 4,
      delayHours: 48,
      filterEnabled: false,
    });
    const changed = await disclosure('en');
    expect(changed.sections.moderation).toContain('Reviews with 4 or more stars are published at once');
    expect(changed.sections.moderation).toContain('published automatically 48 hours after');
    expect(changed.sections.moderation).toContain('no review is held back because of its rating');
    expect(changed.sections.filter).toBe('No automatic content filter is used.');
    expect(changed.settings).toEqual({
      publishMode: 'threshold',
      minRating: 4,
      delayHours: 48,
      filterEnabled: false,
    });

    expect((await disclosure('pl')).sections.moderation).toContain('48 godzin');
    expect((await disclosure('cs')).sections.moderation).toContain('48 hodin');
    expect((await disclosure('sv')).sections.moderation).toContain('48 timmar');
    expect((await disclosure('de')).sections.moderation).toContain('48 Stunden');

    await setModeration(app, other, { publishMode: 'manual' });
    expect((await disclosure('de')).sections.moderation).toMatch(/vor der Veröffentlichung gelesen/);
    const page = (await publicGet(app, `/reviews/${other.publicId}?lang=de`)).body;
    expect(page).toMatch(/vor der Veröffentlichung gelesen/);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';
import { dialects } from '../support/databases.js';

describe.each(dialects)('email embeds (R8) on %s', (kind) => {
  let app: TestApp;
  let tenant: Tenant;
  let reviewIds: string[];

  beforeAll(async () => {
    app = await createTestApp(kind);
    tenant = await createTenant(app, 'Sklep Jana');
    const submitted = await app.trustloop.reviews.submit(
      app.trustloop.database.db,
      [5, 4, 5].map((rating, i) => ({
        accountId: tenant.accountId,
        channelId: tenant.channelId,
        type: 'service' as const,
        rating,
        title: `Title ${i}`,
        text: `Great service number ${i}`,
        displayName: `Buyer ${i}`,
        email: `buyer${i}@example.com`,
        verifiedBuyer: false,
        source: 'api' as const,
      })),
    );
    reviewIds = submitted.map((review) => review.reviewId);
    await app.trustloop.jobs.runDueJobs();
  });
  afterAll(() => app.close());

  const describeEmbeds = async () =>
    (
      await app.inject({
        method: 'GET',
        url: `/api/v1/channels/${tenant.channelId}/email-embeds`,
        headers: tenant.auth,
      })
    ).json() as {
      feed: { name: string; url: string };
      snippets: { badge: string | null; stars: string; reviews: string };
    };

  it('gives a feed name and URL, and snippets in the channel language that read the feed', async () => {
    const embeds = await describeEmbeds();
    expect(embeds.feed.name).toBe('Trustloop_Sklep_Jana_PL');
    expect(embeds.feed.url).toMatch(/\/public\/v1\/email-feeds\/[\w-]{16,}$/);
    expect(embeds.snippets.stars).toContain(`{{ feeds.${embeds.feed.name}.rating.average }}`);
    expect(embeds.snippets.stars).toContain('na 5');
  });

  it('offers the trust badge only to a certified channel', async () => {
    expect((await describeEmbeds()).snippets.badge).toBeNull();
    await app.inject({
      method: 'PATCH',
      url: `/api/v1/channels/${tenant.channelId}/email-embeds`,
      headers: tenant.auth,
      payload: { certified: true },
    });
    expect((await describeEmbeds()).snippets.badge).toContain('Certyfikowany sklep');
  });

  it('keeps every snippet email-safe: tables and inline styles, no scripts, no stylesheets', async () => {
    const { snippets } = await describeEmbeds();
    for (const html of [snippets.badge!, snippets.stars, snippets.reviews]) {
      expect(html).toMatch(/^<table role="presentation"/);
      expect(html).not.toMatch(/<script|<style|<link|class=|javascript:/i);
    }
  });

  it('serves the rating, count, distribution and the selected published reviews in the feed', async () => {
    await app.inject({
      method: 'PATCH',
      url: `/api/v1/channels/${tenant.channelId}/email-embeds`,
      headers: tenant.auth,
      payload: { selectedReviewIds: [reviewIds[2]!, reviewIds[0]!] },
    });
    const { feed } = await describeEmbeds();
    const response = await app.inject({ method: 'GET', url: new URL(feed.url).pathname });
    expect(response.statusCode).toBe(200);
    const body = response.json() as {
      rating: { count: number; distribution: Record<string, number> };
      reviews: Array<{ id: string; stars: string }>;
    };
    expect(body.rating).toMatchObject({ count: 3, distribution: { '5': 2, '4': 1 } });
    expect(body.reviews.map((r) => r.id)).toEqual([reviewIds[2], reviewIds[0]]);
    expect(body.reviews[0]!.stars).toBe('★★★★★');
    expect(
      (await app.inject({ method: 'GET', url: '/public/v1/email-feeds/not-a-real-token-123' })).statusCode,
    ).toBe(404);
  });
});

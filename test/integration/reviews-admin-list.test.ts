import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';
import { dialects } from '../support/databases.js';
import { adminRequest, invitedReview, submitOne } from '../support/reviews-fixtures.js';
import { seededInt } from '../support/seeded-random.js';

interface Item {
  id: string;
  rating: number;
  status: string;
  source: string;
  verifiedBuyer: boolean;
  reply: unknown;
  createdAt: string;
}
interface AdminPage {
  items: Item[];
  nextCursor: string | null;
}

describe.each(dialects)('the admin review list: filters, sorts and keyset pages (A3) on %s', (kind) => {
  let app: TestApp;
  let tenant: Tenant;

  const list = async (query: string) => {
    const response = await adminRequest(
      app,
      tenant,
      'GET',
      `/api/v1/reviews?channelId=${tenant.channelId}${query}`,
    );
    expect(response.statusCode, response.body).toBe(200);
    return response.json<AdminPage>();
  };

  /** Follows nextCursor to the end; every review must come exactly once. */
  const everyPage = async (query: string) => {
    const seen: Item[] = [];
    let cursor: string | null = null;
    do {
      const page: AdminPage = await list(`${query}&limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return seen;
  };

  beforeAll(async () => {
    app = await createTestApp(kind);
    tenant = await createTenant(app);
    // Eleven reviews with random ratings (TEST_SEED), two of them from the API (never verified).
    for (let index = 0; index < 9; index++) {
      await submitOne(app, invitedReview(tenant, { rating: 1 + seededInt(5), text: `Invited ${index}` }));
    }
    for (const text of ['By phone', 'At the fair']) {
      const created = await adminRequest(app, tenant, 'POST', '/api/v1/reviews', {
        channelId: tenant.channelId,
        type: 'service',
        rating: 4,
        text,
      });
      expect(created.statusCode).toBe(201);
    }
    const [first] = (await list('&q=phone')).items;
    await adminRequest(app, tenant, 'PUT', `/api/v1/reviews/${first!.id}/reply`, { text: 'Thank you!' });
  });
  afterAll(() => app.close());

  it('every sort pages through each review exactly once, in its order', async () => {
    const byTime = (a: Item, b: Item) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
    const newest = await everyPage('&sort=newest');
    expect(newest).toHaveLength(11);
    expect(newest.map((item) => item.id)).toEqual(
      [...newest]
        .sort(byTime)
        .reverse()
        .map((item) => item.id),
    );
    const oldest = await everyPage('&sort=oldest');
    expect(oldest.map((item) => item.id)).toEqual([...newest].reverse().map((item) => item.id));
    const highest = await everyPage('&sort=rating');
    expect(highest.map((item) => item.rating)).toEqual(
      newest
        .map((item) => item.rating)
        .sort()
        .reverse(),
    );
    expect(new Set(highest.map((item) => item.id)).size).toBe(11);
    const lowest = await everyPage('&sort=lowest');
    expect(lowest.map((item) => item.rating)).toEqual(newest.map((item) => item.rating).sort());
    expect(new Set(lowest.map((item) => item.id)).size).toBe(11);
  });

  it('filters by verified buyer, source and having a reply', async () => {
    expect((await list('&verified=true')).items).toHaveLength(9);
    expect((await list('&verified=false')).items.map((item) => item.source)).toEqual(['api', 'api']);
    expect((await list('&source=api')).items).toHaveLength(2);
    const replied = (await list('&hasReply=true')).items;
    expect(replied).toHaveLength(1);
    expect(replied[0]!.reply).toMatchObject({ text: 'Thank you!' });
    expect((await list('&hasReply=false')).items).toHaveLength(10);
  });

  it('filters by the day written, both ends included', async () => {
    const today = new Date().toISOString().slice(0, 10);
    expect((await list(`&from=${today}&to=${today}`)).items).toHaveLength(11);
    expect((await list('&to=2020-01-01')).items).toHaveLength(0);
    const wrong = await adminRequest(app, tenant, 'GET', '/api/v1/reviews?from=31.12.2024');
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.details[0].field).toMatch(/from/);
  });

  it('refuses a cursor of another sort order naming the field', async () => {
    const page = await list('&sort=rating&limit=2');
    const response = await adminRequest(
      app,
      tenant,
      'GET',
      `/api/v1/reviews?channelId=${tenant.channelId}&sort=oldest&cursor=${page.nextCursor}`,
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0].field).toBe('/querystring/cursor');
  });
});

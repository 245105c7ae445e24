import type { Kysely } from 'kysely';
import type { Page } from 'playwright-core';
import type { ReviewsTables } from '../../src/reviews/core/reviews.tables.js';
import type { createTrustloop } from '../../src/trustloop.js';

type Trustloop = Awaited<ReturnType<typeof createTrustloop>>;

const STATUSES = ['published', 'published', 'published', 'pending', 'flagged', 'rejected'];
const WORDS = ['delivery', 'quality', 'price', 'support', 'packaging', 'size', 'colour', 'fast', 'slow'];

/**
 * 100,000 reviews in one channel, written straight into the table (the list reads rows; how
 * they got there does not matter): a mix of statuses, ratings, sources, texts and replies,
 * spread over three years.
 */
export async function seedReviews(
  trustloop: Trustloop,
  scope: { accountId: string; channelId: string },
  count = 100_000,
): Promise<void> {
  const db = trustloop.database.db as unknown as Kysely<ReviewsTables>;
  const start = Date.parse('2023-12-01T00:00:00Z');
  const step = Math.floor((3 * 365 * 86_400_000) / count);
  for (let offset = 0; offset < count; offset += 500) {
    const rows = Array.from({ length: Math.min(500, count - offset) }, (_, k) => {
      const i = offset + k;
      const at = new Date(start + i * step).toISOString();
      const text = `${WORDS[i % WORDS.length]} ${WORDS[(i * 7) % WORDS.length]} review ${i}`;
      const sku = i % 3 === 0 ? `SKU-${i % 200}` : null;
      return {
        id: `rev_bench${String(i).padStart(7, '0')}`,
        account_id: scope.accountId,
        channel_id: scope.channelId,
        type: sku ? 'product' : 'service',
        product_key: sku,
        product_id: null,
        product_sku: sku,
        product_gtin: null,
        product_title: sku ? `Product ${i % 200}` : null,
        rating: 1 + ((i * 31) % 5),
        title: null,
        body: text,
        has_text: 1,
        search_text: text,
        display_name: `Reviewer ${i % 997}`,
        email: `r${i % 5000}@example.org`,
        locale: 'pl',
        verified_buyer: i % 4 === 0 ? 0 : 1,
        source: i % 4 === 0 ? 'import' : 'invitation',
        invitation_id: null,
        order_id: null,
        dedupe_key: null,
        status: STATUSES[i % STATUSES.length]!,
        moderation_reason: null,
        moderation_note: null,
        publish_at: null,
        published_at: null,
        reply_text: i % 10 === 0 ? 'Thank you!' : null,
        reply_created_at: i % 10 === 0 ? at : null,
        reply_updated_at: i % 10 === 0 ? at : null,
        erased_at: null,
        created_at: at,
        updated_at: at,
      };
    });
    await db.insertInto('reviews').values(rows).execute();
  }
}

const p95 = (samples: number[]) => [...samples].sort((a, b) => a - b)[Math.ceil(samples.length * 0.95) - 1]!;

/**
 * The review list's API answers at 100k reviews: p95 of 50 requests per query through HTTP
 * (in-process inject, so the figure is the server's work: routing, auth, SQL, JSON), the first
 * page and one 200 pages deep by cursor, filtered and sorted as the admin page asks.
 */
export async function measureListQueries(
  trustloop: Trustloop,
  channelId: string,
  cookie: string,
): Promise<Array<{ name: string; p95: number; items: number }>> {
  const get = async (query: string) => {
    const response = await trustloop.app.inject({
      method: 'GET',
      url: `/api/v1/reviews?channelId=${channelId}&limit=25${query}`,
      headers: { cookie },
    });
    if (response.statusCode !== 200) throw new Error(`${query}: ${response.statusCode} ${response.body}`);
    return response.json<{ items: unknown[]; nextCursor: string | null }>();
  };
  let deep = '';
  for (let page = 0; page < 200; page++) deep = (await get(deep ? `&cursor=${deep}` : '')).nextCursor!;
  const queries: Array<[string, string]> = [
    ['newest, first page', ''],
    ['newest, page 201 (cursor)', `&cursor=${deep}`],
    ['oldest', '&sort=oldest'],
    ['highest rating', '&sort=rating'],
    ['5 stars', '&rating=5'],
    ['pending', '&status=pending'],
    ['verified, has reply', '&verified=true&hasReply=true'],
    ['imported, one month', '&source=import&from=2025-03-01&to=2025-03-31'],
    ['product SKU-7', '&product=SKU-7'],
    ['search "packaging"', '&q=packaging'],
    ['search + 5 stars + published', '&q=delivery&rating=5&status=published'],
  ];
  const out: Array<{ name: string; p95: number; items: number }> = [];
  for (const [name, query] of queries) {
    const samples: number[] = [];
    let items = 0;
    for (let round = 0; round < 50; round++) {
      const started = performance.now();
      items = (await get(query)).items.length;
      samples.push(performance.now() - started);
    }
    out.push({ name, p95: p95(samples), items });
  }
  return out;
}

/** The reviews page in Chromium on a cold cache: navigation until the first page's rows show. */
export async function measureListPage(newTab: () => Promise<Page>, origin: string): Promise<number[]> {
  const samples: number[] = [];
  for (let round = 0; round < 5; round++) {
    const tab = await newTab();
    const started = performance.now();
    await tab.goto(`${origin}/admin/reviews`);
    await tab.locator('table.reviews-table tbody tr').nth(24).waitFor();
    samples.push(performance.now() - started);
    await tab.close();
  }
  return samples.sort((a, b) => a - b);
}

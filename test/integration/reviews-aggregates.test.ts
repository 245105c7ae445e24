import fc from 'fast-check';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReviewsTables } from '../../src/reviews/core/reviews.tables.js';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';
import { dialects } from '../support/databases.js';
import {
  adminRequest,
  invitedReview,
  moderate,
  publicGet,
  setModeration,
  submitOne,
} from '../support/reviews-fixtures.js';

type Step =
  | { kind: 'submit'; rating: number; product: string | null; email: string }
  | { kind: 'publish' | 'reject' | 'flag'; target: number }
  | { kind: 'erase'; email: string };

const EMAILS = ['a@example.org', 'b@example.org', 'c@example.org'];

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('submit' as const),
    rating: fc.integer({ min: 1, max: 5 }),
    product: fc.constantFrom(null, 'SKU-A', 'SKU-B'),
    email: fc.constantFrom(...EMAILS),
  }),
  fc.record({
    kind: fc.constantFrom('publish' as const, 'reject' as const, 'flag' as const),
    target: fc.nat(),
  }),
  fc.record({ kind: fc.constant('erase' as const), email: fc.constantFrom(...EMAILS) }),
);

interface Row {
  scope: string;
  count: number;
  sum: number;
  distribution: number[];
}

/** What the aggregates must be: recomputed by scanning every published review of the channel. */
async function recomputed(db: Kysely<ReviewsTables>, channelId: string): Promise<Row[]> {
  const published = await db
    .selectFrom('reviews')
    .select(['type', 'product_key', 'rating'])
    .where('channel_id', '=', channelId)
    .where('status', '=', 'published')
    .execute();
  const rows = new Map<string, Row>();
  for (const review of published) {
    const scopes = ['all', review.type, ...(review.product_key ? [`p:${review.product_key}`] : [])];
    for (const scope of scopes) {
      const row = rows.get(scope) ?? { scope, count: 0, sum: 0, distribution: [0, 0, 0, 0, 0] };
      row.count += 1;
      row.sum += review.rating;
      row.distribution[review.rating - 1]! += 1;
      rows.set(scope, row);
    }
  }
  return [...rows.values()].sort((a, b) => a.scope.localeCompare(b.scope));
}

/** The incrementally kept aggregates, leaving out scopes that went back to zero. */
async function incremental(db: Kysely<ReviewsTables>, channelId: string): Promise<Row[]> {
  const rows = await db
    .selectFrom('review_aggregates')
    .selectAll()
    .where('channel_id', '=', channelId)
    .execute();
  return rows
    .filter((row) => row.review_count !== 0 || [row.r1, row.r2, row.r3, row.r4, row.r5].some((n) => n !== 0))
    .map((row) => ({
      scope: row.scope,
      count: row.review_count,
      sum: row.rating_sum,
      distribution: [row.r1, row.r2, row.r3, row.r4, row.r5],
    }))
    .sort((a, b) => a.scope.localeCompare(b.scope));
}

describe.each(dialects)('review aggregates on %s', (kind) => {
  let app: TestApp;
  let db: Kysely<ReviewsTables>;

  beforeAll(async () => {
    app = await createTestApp(kind);
    db = app.trustloop.database.db as Kysely<ReviewsTables>;
  });
  afterAll(() => app.close());

  it('equal a recomputation after any sequence of submit, publish, reject, flag and erase', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('immediate', 'manual'),
        fc.array(step, { maxLength: 14 }),
        async (mode, steps) => {
          const tenant = await createTenant(app);
          await setModeration(app, tenant, { publishMode: mode });
          const ids: string[] = [];
          for (const next of steps) {
            if (next.kind === 'submit') {
              const review = await submitOne(
                app,
                invitedReview(tenant, {
                  rating: next.rating,
                  email: next.email,
                  ...(next.product ? { type: 'product', product: { sku: next.product } } : {}),
                }),
              );
              ids.push(review.reviewId);
            } else if (next.kind === 'erase') {
              await adminRequest(
                app,
                tenant,
                'POST',
                `/api/v1/channels/${tenant.channelId}/reviews/erasure`,
                {
                  email: next.email,
                },
              );
            } else if (ids.length > 0) {
              const target = ids[next.target % ids.length]!;
              const response = await moderate(app, tenant, target, {
                action: next.kind,
                ...(next.kind === 'publish' ? {} : { reason: 'spam' }),
              });
              expect(response.statusCode).toBe(200);
            }
            expect(await incremental(db, tenant.channelId)).toEqual(await recomputed(db, tenant.channelId));
          }
        },
      ),
      { numRuns: 12 },
    );
  });

  it('counts a review once however many moderators publish it at the same time', async () => {
    const tenant: Tenant = await createTenant(app);
    await setModeration(app, tenant, { publishMode: 'manual' });
    const review = await submitOne(app, invitedReview(tenant, { rating: 3 }));
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => moderate(app, tenant, review.reviewId, { action: 'publish' })),
    );
    for (const answer of answers) expect([200, 409]).toContain(answer.statusCode);
    const summary = await publicGet(app, `/public/v1/channels/${tenant.publicId}/summary`);
    expect(summary.json()).toEqual({
      average: 3,
      count: 1,
      distribution: { '1': 0, '2': 0, '3': 1, '4': 0, '5': 0 },
    });
    expect(await incremental(db, tenant.channelId)).toEqual(await recomputed(db, tenant.channelId));
  });

  it('gives the channel, each review type and each product its own average, count and distribution', async () => {
    const tenant = await createTenant(app);
    await submitOne(app, invitedReview(tenant, { rating: 5 }));
    await submitOne(
      app,
      invitedReview(tenant, { rating: 4, type: 'product', product: { sku: 'MUG', gtin: '4006381333931' } }),
    );
    await submitOne(app, invitedReview(tenant, { rating: 1, type: 'product', product: { sku: 'MUG' } }));
    const channel = (await publicGet(app, `/public/v1/channels/${tenant.publicId}/summary`)).json();
    expect(channel).toEqual({
      average: 3.33,
      count: 3,
      distribution: { '1': 1, '2': 0, '3': 0, '4': 1, '5': 1 },
    });
    const service = (
      await publicGet(app, `/public/v1/channels/${tenant.publicId}/summary?type=service`)
    ).json();
    expect(service).toMatchObject({ average: 5, count: 1 });
    const byGtin = await publicGet(
      app,
      `/public/v1/channels/${tenant.publicId}/products/4006381333931/summary`,
    );
    expect(byGtin.json()).toEqual({
      average: 2.5,
      count: 2,
      distribution: { '1': 1, '2': 0, '3': 0, '4': 1, '5': 0 },
    });
  });
});

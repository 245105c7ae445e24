import type { Kysely } from 'kysely';
import type { Executor } from '../../platform/jobs/index.js';
import type { ReviewAggregatesTable, ReviewsTables } from './reviews.tables.js';

/** Average, count and 1–5 distribution of published reviews (R6). */
export interface RatingSummary {
  /** Rounded to two decimals; 0 when there are no reviews. */
  average: number;
  count: number;
  distribution: { '1': number; '2': number; '3': number; '4': number; '5': number };
}

export type SummaryScope = 'all' | 'service' | 'product';

export const productScope = (productKey: string) => `p:${productKey}`;

/** The aggregate rows a published review counts in. */
export function scopesOf(review: { type: string; product_key: string | null }): string[] {
  const scopes = ['all', review.type];
  if (review.product_key !== null) scopes.push(productScope(review.product_key));
  return scopes;
}

/**
 * Adds (`delta` = +1) or removes (-1) one published review from its channel's aggregates, by
 * upsert, inside the caller's transaction: nothing is recomputed by scanning.
 */
export async function applyAggregateDelta(
  executor: Executor,
  review: { channel_id: string; type: string; product_key: string | null; rating: number },
  delta: 1 | -1,
): Promise<void> {
  const db = executor as Kysely<ReviewsTables>;
  const bucket = `r${review.rating}` as 'r1' | 'r2' | 'r3' | 'r4' | 'r5';
  for (const scope of scopesOf(review)) {
    const row: ReviewAggregatesTable = {
      channel_id: review.channel_id,
      scope,
      review_count: delta,
      rating_sum: delta * review.rating,
      r1: 0,
      r2: 0,
      r3: 0,
      r4: 0,
      r5: 0,
    };
    row[bucket] = delta;
    await db
      .insertInto('review_aggregates')
      .values(row)
      .onConflict((oc) =>
        oc.columns(['channel_id', 'scope']).doUpdateSet((eb) => ({
          review_count: eb('review_aggregates.review_count', '+', delta),
          rating_sum: eb('review_aggregates.rating_sum', '+', delta * review.rating),
          [bucket]: eb(`review_aggregates.${bucket}`, '+', delta),
        })),
      )
      .execute();
  }
}

export function toSummary(row: ReviewAggregatesTable | undefined): RatingSummary {
  if (!row || row.review_count <= 0) {
    return { average: 0, count: 0, distribution: { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 } };
  }
  return {
    average: Math.round((row.rating_sum / row.review_count) * 100) / 100,
    count: row.review_count,
    distribution: { '1': row.r1, '2': row.r2, '3': row.r3, '4': row.r4, '5': row.r5 },
  };
}

export async function readSummary(
  db: Kysely<ReviewsTables>,
  channelId: string,
  scope: string,
): Promise<RatingSummary> {
  const row = await db
    .selectFrom('review_aggregates')
    .selectAll()
    .where('channel_id', '=', channelId)
    .where('scope', '=', scope)
    .executeTakeFirst();
  return toSummary(row);
}

import { sql } from 'kysely';
import type { Channel, ModuleContext } from '../../accounts/index.js';
import { AppError } from '../../platform/errors.js';
import type { ReviewType } from '../reviews.events.js';
import { type AdminReview, type PublicReview, toAdminReview, toPublicReview } from './admin-review.js';
import { productScope, type RatingSummary, readSummary, type SummaryScope } from './aggregates.js';
import { type ReviewRow, tables } from './review-store.js';
import type { ReviewStatus } from './reviews.tables.js';
import { foldText, likePattern } from './text-fold.js';

/** Public lists sort newest first or by rating; the admin also oldest first and lowest rating first. */
export const REVIEW_SORTS = ['newest', 'rating'] as const;
export const ADMIN_REVIEW_SORTS = ['newest', 'oldest', 'rating', 'lowest'] as const;
export type ReviewSort = (typeof ADMIN_REVIEW_SORTS)[number];

/** Each sort is a keyset: (rating?, created_at, id), every column in one direction per sort. */
const ORDER: Record<ReviewSort, { rating: 'asc' | 'desc' | null; time: 'asc' | 'desc' }> = {
  newest: { rating: null, time: 'desc' },
  oldest: { rating: null, time: 'asc' },
  rating: { rating: 'desc', time: 'desc' },
  lowest: { rating: 'asc', time: 'desc' },
};

export interface ReviewFilter {
  statuses?: readonly ReviewStatus[];
  type?: ReviewType;
  rating?: number;
  locale?: string;
  /** Matches the product's canonical key, SKU, GTIN or id. */
  product?: string;
  hasText?: boolean;
  /** Searched in title, text and product title, case- and diacritics-insensitively. */
  q?: string;
  email?: string;
  verified?: boolean;
  source?: 'invitation' | 'api' | 'import';
  hasReply?: boolean;
  /** Written on or after this instant (ISO). */
  createdFrom?: string;
  /** Written before this instant (ISO). */
  createdBefore?: string;
}

export interface PageRequest {
  sort: ReviewSort;
  limit: number;
  cursor?: string;
}

export interface ReviewPage<T> {
  items: T[];
  nextCursor: string | null;
}

export interface ProductInfo {
  key: string;
  productId: string | null;
  sku: string | null;
  gtin: string | null;
  title: string | null;
}

type CursorValue = { s: ReviewSort; c: string; i: string; r: number };

function encodeCursor(sort: ReviewSort, row: ReviewRow): string {
  const value: CursorValue = { s: sort, c: row.created_at, i: row.id, r: row.rating };
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function decodeCursor(cursor: string, sort: ReviewSort): CursorValue {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as CursorValue;
    if (
      value.s === sort &&
      typeof value.c === 'string' &&
      !Number.isNaN(Date.parse(value.c)) &&
      typeof value.i === 'string' &&
      Number.isInteger(value.r)
    ) {
      return value;
    }
  } catch {
    // fall through to the error below
  }
  throw AppError.invalid('/querystring/cursor', 'is not a cursor of this list (with this sort order)');
}

/** Reads of the reviews core: admin lists and single reviews, the public lists and summaries. */
export function createReviewQueries(ctx: ModuleContext) {
  const db = tables(ctx.database.db);

  function select(scope: { channelId?: string; accountId?: string }, filter: ReviewFilter) {
    let query = db.selectFrom('reviews').selectAll();
    if (scope.channelId !== undefined) query = query.where('channel_id', '=', scope.channelId);
    if (scope.accountId !== undefined) query = query.where('account_id', '=', scope.accountId);
    if (filter.statuses && filter.statuses.length > 0)
      query = query.where('status', 'in', [...filter.statuses]);
    if (filter.type !== undefined) query = query.where('type', '=', filter.type);
    if (filter.rating !== undefined) query = query.where('rating', '=', filter.rating);
    if (filter.locale !== undefined) {
      // Reviews store the language only ('pl'), so 'pl-PL' finds them too.
      query = query.where('locale', '=', filter.locale.split(/[-_]/)[0]!.toLowerCase());
    }
    if (filter.hasText !== undefined) query = query.where('has_text', '=', filter.hasText ? 1 : 0);
    if (filter.email !== undefined) query = query.where('email', '=', filter.email.trim().toLowerCase());
    if (filter.verified !== undefined) query = query.where('verified_buyer', '=', filter.verified ? 1 : 0);
    if (filter.source !== undefined) query = query.where('source', '=', filter.source);
    if (filter.hasReply !== undefined)
      query = query.where('reply_text', filter.hasReply ? 'is not' : 'is', null);
    if (filter.createdFrom !== undefined) query = query.where('created_at', '>=', filter.createdFrom);
    if (filter.createdBefore !== undefined) query = query.where('created_at', '<', filter.createdBefore);
    const product = filter.product;
    if (product !== undefined) {
      query = query.where((eb) =>
        eb.or([
          eb('product_key', '=', product),
          eb('product_sku', '=', product),
          eb('product_gtin', '=', product),
          eb('product_id', '=', product),
        ]),
      );
    }
    const q = filter.q === undefined ? '' : foldText(filter.q).trim();
    if (q !== '') {
      for (const term of q.split(/\s+/)) {
        query = query.where(sql<boolean>`${sql.ref('search_text')} like ${likePattern(term)} escape '!'`);
      }
    }
    return query;
  }

  async function page(
    scope: { channelId?: string; accountId?: string },
    filter: ReviewFilter,
    request: PageRequest,
  ): Promise<ReviewPage<ReviewRow>> {
    let query = select(scope, filter);
    const order = ORDER[request.sort];
    if (request.cursor !== undefined) {
      const after = decodeCursor(request.cursor, request.sort);
      const past = order.time === 'desc' ? '<' : '>';
      query = query.where((eb) => {
        const beyond = eb.or([
          eb('created_at', past, after.c),
          eb.and([eb('created_at', '=', after.c), eb('id', past, after.i)]),
        ]);
        if (order.rating === null) return beyond;
        return eb.or([
          eb('rating', order.rating === 'desc' ? '<' : '>', after.r),
          eb.and([eb('rating', '=', after.r), beyond]),
        ]);
      });
    }
    if (order.rating !== null) query = query.orderBy('rating', order.rating);
    const rows = await query
      .orderBy('created_at', order.time)
      .orderBy('id', order.time)
      .limit(request.limit + 1)
      .execute();
    const items = rows.slice(0, request.limit);
    const last = items[items.length - 1];
    return {
      items,
      nextCursor: rows.length > request.limit && last ? encodeCursor(request.sort, last) : null,
    };
  }

  return {
    /** The channel behind a public id, or `not_found`. */
    async channel(publicId: string): Promise<Channel> {
      const channel = await ctx.accounts.channels.findByPublicId(publicId);
      if (!channel) throw AppError.notFound('channel');
      return channel;
    },

    summary(channelId: string, scope: SummaryScope): Promise<RatingSummary> {
      return readSummary(db, channelId, scope);
    },

    productSummary(channelId: string, productKey: string): Promise<RatingSummary> {
      return readSummary(db, channelId, productScope(productKey));
    },

    /**
     * The product a public key (canonical key, SKU, GTIN or product id) names, from its published
     * reviews: each detail from the newest review that carries it.
     */
    async product(channelId: string, key: string): Promise<ProductInfo> {
      const rows = await select({ channelId }, { statuses: ['published'], product: key })
        .orderBy('created_at', 'desc')
        .limit(20)
        .execute();
      const first = rows[0];
      if (!first || first.product_key === null) throw AppError.notFound('product');
      const newest = (pick: (row: ReviewRow) => string | null) =>
        rows.map(pick).find((value) => value !== null) ?? null;
      return {
        key: first.product_key,
        productId: newest((row) => row.product_id),
        sku: newest((row) => row.product_sku),
        gtin: newest((row) => row.product_gtin),
        title: newest((row) => row.product_title),
      };
    },

    /**
     * The channel's reviews with these ids, in any status, keyed by id (ids of other channels
     * or of no review are simply absent). For choosing reviews by id, e.g. email snippets.
     */
    async byIds(channelId: string, ids: readonly string[]): Promise<Map<string, AdminReview>> {
      if (ids.length === 0) return new Map();
      const rows = await db
        .selectFrom('reviews')
        .selectAll()
        .where('channel_id', '=', channelId)
        .where('id', 'in', [...new Set(ids)])
        .execute();
      return new Map(rows.map((row) => [row.id, toAdminReview(row)]));
    },

    async listPublic(
      channelId: string,
      filter: ReviewFilter,
      request: PageRequest,
    ): Promise<ReviewPage<PublicReview>> {
      const result = await page({ channelId }, { ...filter, statuses: ['published'] }, request);
      return { items: result.items.map(toPublicReview), nextCursor: result.nextCursor };
    },

    async listAdmin(
      accountId: string,
      channelId: string | undefined,
      filter: ReviewFilter,
      request: PageRequest,
    ): Promise<ReviewPage<AdminReview>> {
      const result = await page({ accountId, ...(channelId ? { channelId } : {}) }, filter, request);
      return { items: result.items.map(toAdminReview), nextCursor: result.nextCursor };
    },

    /** Every published product review of a channel, oldest first, in batches (for the Google feed). */
    async *publishedProductReviews(channelId: string, batchSize = 500): AsyncGenerator<ReviewRow[]> {
      let after: { c: string; i: string } | undefined;
      for (;;) {
        let query = select({ channelId }, { statuses: ['published'], type: 'product' });
        if (after) {
          const { c, i } = after;
          query = query.where((eb) =>
            eb.or([eb('created_at', '>', c), eb.and([eb('created_at', '=', c), eb('id', '>', i)])]),
          );
        }
        const rows = await query.orderBy('created_at').orderBy('id').limit(batchSize).execute();
        if (rows.length > 0) yield rows;
        const last = rows[rows.length - 1];
        if (!last || rows.length < batchSize) return;
        after = { c: last.created_at, i: last.id };
      }
    },
  };
}

export type ReviewQueries = ReturnType<typeof createReviewQueries>;

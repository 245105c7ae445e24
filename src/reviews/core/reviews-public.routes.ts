import { Readable } from 'node:stream';
import cors from '@fastify/cors';
import { Type } from 'typebox';
import type { ModuleContext } from '../../accounts/index.js';
import { openRouteConfig } from '../../platform/http/open-cors.js';
import { IdParam, StrictObject, StringEnum } from '../../platform/http/schemas.js';
import type { HttpServer } from '../../platform/http/server.js';
import { resolveLocale, SUPPORTED_LOCALES, t } from '../../platform/i18n/index.js';
import { buildDisclosure } from './disclosure.js';
import { googleProductReviewFeed } from './google-feed.js';
import { productJsonLd } from './product-json-ld.js';
import { publicResponses } from './public-responses.js';
import type { PageRequest, ReviewFilter, ReviewQueries } from './review-queries.js';
import { readSettings } from './review-settings.js';
import {
  ProductListQuery,
  PublicListQuery,
  PublicReviewSchema,
  reviewPage,
  SummarySchema,
} from './reviews.schemas.js';

/** Public responses live this long in the cache; every change to a channel's reviews drops them sooner. */
export const PUBLIC_TTL_MS = 60_000;
const tags = ['public'];
const notFound = { 404: Type.Ref('ErrorResponse') };

/** Every cache key of a channel starts `channel:<publicId>:`, so one deletePrefix drops them all. */
export function publicCacheKey(publicId: string, ...parts: string[]): string {
  // Built on every public request: appended in a loop rather than mapped and joined.
  let key = `channel:${publicId}:reviews`;
  for (const part of parts) key += `:${encodeURIComponent(part)}`;
  return key;
}

function stableQuery(query: object): string {
  return JSON.stringify(Object.entries(query).sort(([a], [b]) => a.localeCompare(b)));
}

type ListQuery = ReviewFilter & { sort?: PageRequest['sort']; limit?: number; cursor?: string };

function pageRequest(query: ListQuery): { filter: ReviewFilter; request: PageRequest } {
  const { sort, limit, cursor, ...filter } = query;
  return { filter, request: { sort: sort ?? 'newest', limit: limit ?? 20, ...(cursor ? { cursor } : {}) } };
}

/**
 * The public read API under /public/v1/channels/:publicId (R7, R9): no credentials,
 * rate-limited, CORS-open for widgets, cached and invalidated on every change.
 */
export function reviewsPublicRoutes(deps: { ctx: ModuleContext; queries: ReviewQueries }) {
  const { ctx, queries } = deps;
  // Every origin may read these (widgets); errors get the CORS header from the error handler.
  const config = openRouteConfig(ctx.config.http.publicRateLimitPerMinute);
  // Routes answering through `send`, whose `sendPublic` sets the headers a data response needs.
  const prepared = { ...config, ownSecurityHeaders: true };
  const { send } = publicResponses(ctx.cache, PUBLIC_TTL_MS);
  /** The channel a public id names and one of its products by key (each a 404 when unknown). */
  const productOf = async (publicId: string, productKey: string) => {
    const channel = await queries.channel(publicId);
    return { channel, product: await queries.product(channel.id, productKey) };
  };

  return async function register(app: HttpServer) {
    // One scope per first path segment. Its CORS preflight route is then `…/:publicId/<segment>*`,
    // which cannot collide with another module's public routes. The CORS plugin sits in a
    // sibling scope with that route alone: for the GETs (errors included) one constant header
    // is all CORS asks, and the plugin's per-request origin logic would cost a tenth of a
    // cached route's throughput.
    const sections = new Map<string, Array<(scope: HttpServer) => void>>();
    const section = (segment: string, define: (scope: HttpServer) => void) => {
      sections.set(segment, [...(sections.get(segment) ?? []), define]);
    };
    const Params = IdParam('publicId');
    const ProductParams = StrictObject({
      publicId: Type.String({ minLength: 1, maxLength: 64 }),
      productKey: Type.String({ minLength: 1, maxLength: 200 }),
    });

    section('summary', (scope) =>
      scope.get(
        '/',
        {
          config: prepared,
          schema: {
            tags,
            summary: 'Average, count and 1–5 distribution of the channel’s published reviews',
            params: Params,
            querystring: StrictObject({
              type: Type.Optional(StringEnum(['all', 'service', 'product'] as const)),
            }),
            response: { 200: SummarySchema, ...notFound },
          },
        },
        (request, reply) => {
          const { publicId } = request.params;
          const scope = request.query.type ?? 'all';
          return send(request, reply, publicCacheKey(publicId, 'summary', scope), async () => {
            const channel = await queries.channel(publicId);
            return queries.summary(channel.id, scope);
          });
        },
      ),
    );

    section('reviews', (scope) =>
      scope.get(
        '/',
        {
          config: prepared,
          schema: {
            tags,
            summary: 'Published reviews, newest first (or by rating), with filters, search and a cursor',
            params: Params,
            querystring: PublicListQuery,
            response: { 200: reviewPage(PublicReviewSchema), ...notFound },
          },
        },
        (request, reply) => {
          const { publicId } = request.params;
          return send(
            request,
            reply,
            publicCacheKey(publicId, 'list', stableQuery(request.query)),
            async () => {
              const channel = await queries.channel(publicId);
              const { filter, request: page } = pageRequest(request.query);
              return queries.listPublic(channel.id, filter, page);
            },
          );
        },
      ),
    );

    section('products', (scope) =>
      scope.get(
        '/:productKey/summary',
        {
          config: prepared,
          schema: {
            tags,
            summary: 'Rating summary of one product (by SKU, GTIN or product id)',
            params: ProductParams,
            response: { 200: SummarySchema, ...notFound },
          },
        },
        (request, reply) => {
          const { publicId, productKey } = request.params;
          return send(
            request,
            reply,
            publicCacheKey(publicId, 'product', productKey, 'summary'),
            async () => {
              const { channel, product } = await productOf(publicId, productKey);
              return queries.productSummary(channel.id, product.key);
            },
          );
        },
      ),
    );

    section('products', (scope) =>
      scope.get(
        '/:productKey/reviews',
        {
          config: prepared,
          schema: {
            tags,
            summary: 'Published reviews of one product',
            params: ProductParams,
            querystring: ProductListQuery,
            response: { 200: reviewPage(PublicReviewSchema), ...notFound },
          },
        },
        (request, reply) => {
          const { publicId, productKey } = request.params;
          const key = publicCacheKey(publicId, 'product', productKey, 'list', stableQuery(request.query));
          return send(request, reply, key, async () => {
            const { channel, product } = await productOf(publicId, productKey);
            const { filter, request: page } = pageRequest({ ...request.query, product: product.key });
            return queries.listPublic(channel.id, filter, page);
          });
        },
      ),
    );

    section('products', (scope) =>
      scope.get(
        '/:productKey/jsonld',
        {
          config: prepared,
          schema: {
            tags,
            summary: 'schema.org Product markup with AggregateRating and Review items, for the product page',
            params: ProductParams,
            response: { 200: Type.Object({}, { additionalProperties: true }), ...notFound },
          },
        },
        (request, reply) => {
          const { publicId, productKey } = request.params;
          const key = publicCacheKey(publicId, 'product', productKey, 'jsonld');
          const jsonLd = async () => {
            const { channel, product } = await productOf(publicId, productKey);
            const summary = await queries.productSummary(channel.id, product.key);
            const recent = await queries.listPublic(
              channel.id,
              { product: product.key },
              { sort: 'newest', limit: 10 },
            );
            const anonymous = t(resolveLocale(channel.defaultLocale), 'reviews.page.anonymous');
            return productJsonLd(product, summary, recent.items, anonymous);
          };
          return send(request, reply, key, jsonLd, 'application/ld+json; charset=utf-8');
        },
      ),
    );

    section('disclosure', (scope) =>
      scope.get(
        '/',
        {
          config: prepared,
          schema: {
            tags,
            summary:
              'How reviews are verified, moderated, ordered and scored (EU Omnibus), from the actual settings',
            params: Params,
            querystring: StrictObject({ lang: Type.Optional(StringEnum(SUPPORTED_LOCALES)) }),
            response: { 200: Type.Object({}, { additionalProperties: true }), ...notFound },
          },
        },
        (request, reply) => {
          const { publicId } = request.params;
          const lang = request.query.lang ?? 'default';
          return send(request, reply, publicCacheKey(publicId, 'disclosure', lang), async () => {
            const channel = await queries.channel(publicId);
            const locale = resolveLocale(request.query.lang, channel.defaultLocale);
            return buildDisclosure(await readSettings(ctx.database.db, channel.id), channel.name, locale);
          });
        },
      ),
    );

    section('feeds', (scope) =>
      scope.get(
        '/google-product-reviews.xml',
        {
          config,
          schema: {
            tags,
            summary:
              'Google Product Review Feed (schema 2.4): always the full set of published product reviews',
            params: Params,
          },
        },
        async (request, reply) => {
          const channel = await queries.channel(request.params.publicId);
          const locale = resolveLocale(channel.defaultLocale);
          const chunks = googleProductReviewFeed(queries.publishedProductReviews(channel.id), {
            publisherName: channel.name,
            reviewPageUrl: `${ctx.config.http.publicUrl}/reviews/${channel.publicId}`,
            anonymousName: t(locale, 'reviews.page.anonymous'),
          });
          reply.header('cache-control', 'public, max-age=300');
          reply.header('access-control-allow-origin', '*');
          return reply.type('application/xml; charset=utf-8').send(Readable.from(chunks));
        },
      ),
    );

    for (const [segment, defines] of sections) {
      const prefix = `/public/v1/channels/:publicId/${segment}`;
      await app.register(
        async (scope) => {
          for (const define of defines) define(scope);
        },
        { prefix },
      );
      await app.register(
        async (scope) => {
          await scope.register(cors, { origin: '*', methods: ['GET', 'HEAD'] });
        },
        { prefix },
      );
    }
  };
}

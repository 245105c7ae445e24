import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';
import type { Channel, ModuleContext } from '../../accounts/index.js';
import { AppError } from '../../platform/errors.js';
import { StrictObject, StringEnum } from '../../platform/http/schemas.js';
import type { HttpServer } from '../../platform/http/server.js';
import { resolveLocale, SUPPORTED_LOCALES, t } from '../../platform/i18n/index.js';
import { buildDisclosure } from './disclosure.js';
import { productJsonLd } from './product-json-ld.js';
import type { ReviewQueries } from './review-queries.js';
import { readSettings } from './review-settings.js';
import { PUBLIC_TTL_MS, publicCacheKey } from './reviews-public.routes.js';
import { reviewsFragment, starsFragment } from './widget-html.js';

const PAGE_SIZE = 10;
const MEMO_SIZE = 1_000;
const EMPTY = { average: 0, count: 0, distribution: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } };

/**
 * A fragment is printed by the shop's server inside its own page; opened by a browser on its
 * own it must run nothing, load nothing and never be framed. One strict policy says all of that
 * (`default-src 'none'`: no script, frame, font or fetch; the JSON-LD is data, not a script that
 * runs), so the document set the other pages get (twelve headers, a sixth of a fragment's cost
 * per request in the widgets bench) is not needed here.
 */
const FRAGMENT_HEADERS = {
  'content-security-policy':
    "default-src 'none'; style-src 'unsafe-inline'; img-src https: data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-resource-policy': 'cross-origin',
  'cache-control': 'public, max-age=60',
  'access-control-allow-origin': '*',
};

/**
 * The widgets' HTML fragments (no JavaScript needed), under
 * /public/v1/channels/:publicId/widgets/{stars,reviews}.html?sku=&lang=: a shop's server prints
 * them inside the elements. Rate-limited and cached like every public read.
 */
export function widgetHtmlRoutes(deps: { ctx: ModuleContext; queries: ReviewQueries }) {
  const { ctx, queries } = deps;
  // The fragments set their own headers (FRAGMENT_HEADERS), not a document's whole set.
  const config = {
    rateLimit: { max: ctx.config.http.publicRateLimitPerMinute, timeWindow: '1 minute' },
    ownSecurityHeaders: true,
  };
  const Params = StrictObject({ publicId: Type.String({ minLength: 1, maxLength: 64 }) });
  const base = {
    sku: Type.Optional(
      Type.String({ minLength: 1, maxLength: 200, description: 'a product (SKU, GTIN or id)' }),
    ),
    lang: Type.Optional(StringEnum(SUPPORTED_LOCALES)),
  };

  /** The product's key, or null when it has no published review yet (an empty widget, not a 404). */
  async function productKey(channel: Channel, sku: string): Promise<string | null> {
    try {
      return (await queries.product(channel.id, sku)).key;
    } catch (error) {
      // Only "no such product" is an empty widget; a failing database must not be cached as one.
      if (error instanceof AppError && error.code === 'not_found') return null;
      throw error;
    }
  }

  /** What a fragment is about: the channel, its language, and the product (or the shop) with its summary. */
  async function subjectOf(publicId: string, lang: string | undefined, sku: string | undefined) {
    const channel = await queries.channel(publicId);
    const locale = resolveLocale(lang, channel.defaultLocale);
    const product = sku ? await productKey(channel, sku) : null;
    const summary = sku
      ? product
        ? await queries.productSummary(channel.id, product)
        : EMPTY
      : await queries.summary(channel.id, 'all');
    return { channel, locale, product, summary };
  }

  // Each fragment's UTF-8 bytes, reused while the cache still holds the very text they were
  // encoded from (the cache, shared when it is Redis, stays the one source of truth).
  const encoded = new Map<string, { html: string; body: Buffer }>();
  function bytesOf(key: string, html: string): Buffer {
    const known = encoded.get(key);
    if (known?.html === html) return known.body;
    const body = Buffer.from(html);
    encoded.delete(key);
    if (encoded.size >= MEMO_SIZE) encoded.delete(encoded.keys().next().value as string);
    encoded.set(key, { html, body });
    return body;
  }

  async function cached(key: string, render: () => Promise<string>): Promise<Buffer> {
    const hit = await ctx.cache.get(key);
    if (hit !== undefined) return bytesOf(key, hit);
    const html = await render();
    await ctx.cache.set(key, html, PUBLIC_TTL_MS);
    return bytesOf(key, html);
  }

  function send(reply: FastifyReply, body: Buffer): void {
    reply.headers(FRAGMENT_HEADERS).type('text/html; charset=utf-8').send(body);
  }

  /**
   * The fragment under `key`: sent before the handler returns when this process's cache holds
   * it (`Cache.peek`), with no promise for Fastify to wait on, as the public JSON reads do
   * (public-responses.ts); otherwise read or rendered, then sent.
   */
  function answer(
    reply: FastifyReply,
    key: string,
    render: () => Promise<string>,
  ): Promise<void> | undefined {
    const held = ctx.cache.peek(key);
    if (held !== undefined) return void send(reply, bytesOf(key, held));
    return cached(key, render).then((body) => send(reply, body));
  }

  return async function register(app: HttpServer) {
    app.get(
      '/public/v1/channels/:publicId/widgets/stars.html',
      {
        config,
        schema: {
          tags: ['public'],
          summary: 'The stars and review count as an HTML fragment (the <trustloop-stars> fallback)',
          params: Params,
          querystring: StrictObject({ ...base, href: Type.Optional(Type.String({ maxLength: 500 })) }),
        },
      },
      (request, reply) => {
        const { publicId } = request.params;
        const { sku, lang, href } = request.query;
        const key = publicCacheKey(publicId, 'widget-stars', sku ?? '', lang ?? '', href ?? '');
        return answer(reply, key, async () => {
          const { locale, summary } = await subjectOf(publicId, lang, sku);
          const target = href ?? (sku ? '#reviews' : `${ctx.config.http.publicUrl}/reviews/${publicId}`);
          return starsFragment(locale, summary, target);
        });
      },
    );

    app.get(
      '/public/v1/channels/:publicId/widgets/reviews.html',
      {
        config,
        schema: {
          tags: ['public'],
          summary:
            'The review list as an HTML fragment with its JSON-LD (the <trustloop-reviews> fallback and what search engines read)',
          params: Params,
          querystring: StrictObject({
            ...base,
            cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })),
          }),
        },
      },
      (request, reply) => {
        const { publicId } = request.params;
        const { sku, lang, cursor } = request.query;
        const key = publicCacheKey(publicId, 'widget-reviews', sku ?? '', lang ?? '', cursor ?? '');
        return answer(reply, key, async () => {
          const { channel, locale, product, summary } = await subjectOf(publicId, lang, sku);
          const page =
            sku && !product
              ? { items: [], nextCursor: null }
              : await queries.listPublic(channel.id, product ? { product } : {}, {
                  sort: 'newest',
                  limit: PAGE_SIZE,
                  ...(cursor ? { cursor } : {}),
                });
          const next = new URLSearchParams({
            ...(sku ? { sku } : {}),
            ...(lang ? { lang } : {}),
            ...(page.nextCursor ? { cursor: page.nextCursor } : {}),
          });
          const disclosure = buildDisclosure(
            await readSettings(ctx.database.db, channel.id),
            channel.name,
            locale,
          );
          const info = product ? await queries.product(channel.id, product) : null;
          return reviewsFragment({
            locale,
            shop: channel.name,
            timeZone: channel.timeZone,
            summary,
            reviews: page.items,
            nextUrl: page.nextCursor
              ? `${ctx.config.http.publicUrl}/public/v1/channels/${encodeURIComponent(publicId)}/widgets/reviews.html?${next}`
              : null,
            disclosureUrl: `${ctx.config.http.publicUrl}/reviews/${encodeURIComponent(publicId)}${lang ? `?lang=${lang}` : ''}#disclosure`,
            disclosureTitle: disclosure.title,
            jsonLd: info
              ? productJsonLd(info, summary, page.items.slice(0, 10), t(locale, 'reviews.page.anonymous'))
              : null,
          });
        });
      },
    );
  };
}

import { Type } from 'typebox';
import type { ModuleContext } from '../../accounts/index.js';
import { StrictObject, StringEnum } from '../../platform/http/schemas.js';
import type { HttpServer } from '../../platform/http/server.js';
import { resolveLocale, SUPPORTED_LOCALES } from '../../platform/i18n/index.js';
import { buildDisclosure } from './disclosure.js';
import { renderReviewPage } from './review-page.js';
import type { ReviewQueries } from './review-queries.js';
import { readSettings } from './review-settings.js';
import { PUBLIC_TTL_MS, publicCacheKey } from './reviews-public.routes.js';

const PAGE_SIZE = 20;

/** The public, indexable review page of a channel: `GET /reviews/:publicId` (R9, Omnibus). */
export function reviewPageRoutes(deps: { ctx: ModuleContext; queries: ReviewQueries }) {
  const { ctx, queries } = deps;

  return async function register(app: HttpServer) {
    app.get(
      '/reviews/:publicId',
      {
        config: { rateLimit: { max: ctx.config.http.publicRateLimitPerMinute, timeWindow: '1 minute' } },
        schema: {
          tags: ['public'],
          summary: 'The channel’s public review page (HTML), in the channel’s language or ?lang',
          params: StrictObject({ publicId: Type.String({ minLength: 1, maxLength: 64 }) }),
          querystring: StrictObject({
            lang: Type.Optional(StringEnum(SUPPORTED_LOCALES)),
            cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })),
          }),
        },
      },
      async (request, reply) => {
        const { publicId } = request.params;
        const { lang, cursor } = request.query;
        const key = publicCacheKey(publicId, 'page', lang ?? 'default', cursor ?? '');
        let html = await ctx.cache.get(key);
        if (html === undefined) {
          const channel = await queries.channel(publicId);
          const locale = resolveLocale(lang, channel.defaultLocale);
          const page = await queries.listPublic(
            channel.id,
            {},
            { sort: 'newest', limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) },
          );
          const next = new URLSearchParams({
            ...(lang ? { lang } : {}),
            ...(page.nextCursor ? { cursor: page.nextCursor } : {}),
          });
          html = renderReviewPage({
            locale,
            shop: channel.name,
            timeZone: channel.timeZone,
            summary: await queries.summary(channel.id, 'all'),
            reviews: page.items,
            disclosure: buildDisclosure(
              await readSettings(ctx.database.db, channel.id),
              channel.name,
              locale,
            ),
            nextUrl: page.nextCursor ? `/reviews/${encodeURIComponent(publicId)}?${next.toString()}` : null,
          });
          await ctx.cache.set(key, html, PUBLIC_TTL_MS);
        }
        reply.header('cache-control', 'public, max-age=60');
        return reply.type('text/html; charset=utf-8').send(html);
      },
    );
  };
}

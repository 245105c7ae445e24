/**
 * The channel's widget settings (admin API, W4) and the carousel's reviews (public): the theme
 * and the picked reviews are set at /api/v1/channels/:id/widget-settings; every element reads the
 * theme through widget-config, <trustloop-carousel> reads /public/v1/channels/:publicId/carousel.
 */
import { type Static, Type } from 'typebox';
import { type Auth, type ModuleContext, principalOf } from '../accounts/index.js';
import { AppError } from '../platform/errors.js';
import { openCorsScope, openRouteConfig } from '../platform/http/open-cors.js';
import { errorResponses, IdParam, StrictObject } from '../platform/http/schemas.js';
import type { HttpServer } from '../platform/http/server.js';
import type { ReviewsService } from '../reviews/index.js';
import { MAX_CAROUSEL, type WidgetSettingsService } from './widget-settings.js';

const security: Array<Record<string, string[]>> = [{ apiKey: [] }, { session: [] }];
const tags = ['channels'];
const Colour = Type.Union([Type.String({ maxLength: 7, description: 'hex, #rgb or #rrggbb' }), Type.Null()]);
const Theme = Type.Object({
  accent: Colour,
  star: Colour,
  text: Colour,
  background: Colour,
  radius: Type.Union([Type.Integer({ minimum: 0, maximum: 24, description: 'px' }), Type.Null()]),
});
const SettingsSchema = Type.Object({
  theme: Theme,
  carouselReviewIds: Type.Array(Type.String()),
  newsletter: Type.Object({
    doubleOptIn: Type.Boolean({
      description:
        'true: <trustloop-newsletter> sends a confirmation email; the opt-in counts once confirmed',
    }),
  }),
  warnings: Type.Array(Type.Object({ field: Type.String(), message: Type.String() })),
  embed: Type.Object(
    {
      publicId: Type.String(),
      scriptTag: Type.String({ description: 'the lines for the <head> of every shop page' }),
      elements: Type.Array(Type.Object({ tag: Type.String(), snippet: Type.String() })),
    },
    { description: 'what the merchant pastes into the shop (docs/widgets.md)' },
  ),
});
const CarouselReview = Type.Object({
  id: Type.String(),
  type: Type.String(),
  rating: Type.Integer(),
  title: Type.Union([Type.String(), Type.Null()]),
  text: Type.Union([Type.String(), Type.Null()]),
  displayName: Type.Union([Type.String(), Type.Null()]),
  verifiedBuyer: Type.Boolean(),
  createdAt: Type.String(),
  product: Type.Union([Type.Object({ title: Type.Union([Type.String(), Type.Null()]) }), Type.Null()]),
});

type ShownReview = Static<typeof CarouselReview>;
/** Only what a shopper may see (an admin review also holds the email and moderation notes). */
const carouselReview = (review: ShownReview & { product: { title: string | null } | null }): ShownReview => ({
  id: review.id,
  type: review.type,
  rating: review.rating,
  title: review.title,
  text: review.text,
  displayName: review.displayName,
  verifiedBuyer: review.verifiedBuyer,
  createdAt: review.createdAt,
  product: review.product ? { title: review.product.title } : null,
});

/** Each element as a shop places it; `MUG-1` stands for the product's SKU, the token for the shopper's. */
const ELEMENTS = [
  ['trustloop-stars', '<trustloop-stars sku="MUG-1"></trustloop-stars>'],
  ['trustloop-reviews', '<trustloop-reviews sku="MUG-1"></trustloop-reviews>'],
  ['trustloop-badge', '<trustloop-badge></trustloop-badge>'],
  ['trustloop-carousel', '<trustloop-carousel limit="10"></trustloop-carousel>'],
  ['trustloop-newsletter', '<trustloop-newsletter></trustloop-newsletter>'],
  ['trustloop-loyalty', '<trustloop-loyalty token="{{ shopper token }}"></trustloop-loyalty>'],
] as const;

export function widgetSettingsRoutes(deps: {
  ctx: ModuleContext;
  auth: Auth;
  settings: WidgetSettingsService;
  reviews: ReviewsService;
}) {
  const { ctx, auth, settings, reviews } = deps;
  const perMinute = ctx.config.http.publicRateLimitPerMinute;
  const publicUrl = ctx.config.http.publicUrl;

  /** The settings with the script tag and element snippets for this channel. */
  async function withEmbed<T>(accountId: string, channelId: string, answer: T) {
    const { publicId } = await ctx.accounts.channels.get(accountId, channelId);
    const scriptTag =
      `<link rel="stylesheet" href="${publicUrl}/widgets/v1/widgets.css">\n` +
      `<script src="${publicUrl}/widgets/v1/loader.js" data-channel="${publicId}" async></script>`;
    const elements = ELEMENTS.map(([tag, snippet]) => ({ tag, snippet }));
    return { ...answer, embed: { publicId, scriptTag, elements } };
  }

  return async function register(app: HttpServer) {
    app.get(
      '/api/v1/channels/:id/widget-settings',
      {
        onRequest: auth.require('channels:read'),
        schema: {
          tags,
          security,
          summary: 'The storefront widgets’ theme and the reviews picked for the carousel',
          params: IdParam(),
          response: { 200: SettingsSchema, ...errorResponses },
        },
      },
      async (request) => {
        const { accountId } = principalOf(request);
        return withEmbed(accountId, request.params.id, await settings.get(accountId, request.params.id));
      },
    );

    app.patch(
      '/api/v1/channels/:id/widget-settings',
      {
        onRequest: auth.require('channels:write'),
        schema: {
          tags,
          security,
          summary:
            'Set the widgets’ colours and radius (null = default), the carousel’s reviews and the newsletter’s double opt-in; hard-to-read colour pairs come back as warnings',
          params: IdParam(),
          body: StrictObject({
            theme: Type.Optional(
              Type.Partial(Type.Object(Theme.properties, { additionalProperties: false })),
            ),
            carouselReviewIds: Type.Optional(
              Type.Array(Type.String({ minLength: 1, maxLength: 64 }), { maxItems: 100 }),
            ),
            newsletter: Type.Optional(StrictObject({ doubleOptIn: Type.Boolean() })),
          }),
          response: { 200: SettingsSchema, ...errorResponses },
        },
      },
      async (request) => {
        const { accountId } = principalOf(request);
        const updated = await settings.update(accountId, request.params.id, request.body);
        return withEmbed(accountId, request.params.id, updated);
      },
    );

    await openCorsScope(app, '/public/v1/channels/:publicId/carousel', (scope) => {
      scope.get(
        '/',
        {
          config: openRouteConfig(perMinute),
          schema: {
            tags: ['public'],
            summary:
              'The carousel’s reviews: those the merchant picked, in order, still published; else the best recent ones with text',
            params: IdParam('publicId'),
            querystring: StrictObject({
              limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_CAROUSEL })),
            }),
            response: {
              200: Type.Object({ picked: Type.Boolean(), items: Type.Array(CarouselReview) }),
              ...errorResponses,
            },
          },
        },
        async (request, reply) => {
          const channel = await ctx.accounts.channels.findByPublicId(request.params.publicId);
          if (!channel) throw AppError.notFound('channel');
          const limit = request.query.limit ?? 10;
          const { carouselReviewIds } = await settings.read(channel.id);
          reply.header('cache-control', 'public, max-age=60');
          if (carouselReviewIds.length > 0) {
            const found = await reviews.queries.byIds(channel.id, carouselReviewIds);
            const items = carouselReviewIds
              .flatMap((id) => {
                const review = found.get(id);
                return review?.status === 'published' ? [carouselReview(review)] : [];
              })
              .slice(0, limit);
            return { picked: true, items };
          }
          const page = await reviews.queries.listPublic(
            channel.id,
            { hasText: true },
            { sort: 'rating', limit },
          );
          return { picked: false, items: page.items.map(carouselReview) };
        },
      );
    });
  };
}

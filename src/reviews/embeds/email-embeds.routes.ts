import { Type } from 'typebox';
import { type Auth, principalOf } from '../../accounts/index.js';
import { errorResponses, IdParam, StrictObject, StringEnum } from '../../platform/http/schemas.js';
import type { HttpServer } from '../../platform/http/server.js';
import { SUPPORTED_LOCALES } from '../../platform/i18n/index.js';
import { type EmailEmbeds, MAX_SELECTED } from './email-embeds.service.js';

const security: Array<Record<string, string[]>> = [{ apiKey: [] }, { session: [] }];
const tags = ['connectors'];

const EmbedsSchema = Type.Object({
  feed: Type.Object({
    name: Type.String(),
    url: Type.String(),
    requestMethod: Type.String(),
    contentType: Type.String(),
  }),
  certified: Type.Boolean({ description: 'Set only by the instance operator (trustloop trust-mark grant)' }),
  certification: Type.Union([
    Type.Object({
      grantedAt: Type.String(),
      grantedBy: Type.String(),
      reference: Type.Union([Type.String(), Type.Null()]),
    }),
    Type.Null(),
  ]),
  locale: StringEnum(SUPPORTED_LOCALES),
  selectedReviewIds: Type.Array(Type.String()),
  snippets: Type.Object({
    badge: Type.Union([Type.String(), Type.Null()]),
    stars: Type.String(),
    reviews: Type.String(),
  }),
});

const LocaleQuery = StrictObject({
  locale: Type.Optional(
    StringEnum(SUPPORTED_LOCALES, { description: 'Language of the snippets (default: the channel’s)' }),
  ),
});

/** R8: the channel's email feed and snippets (admin), and the feed itself (public, token in the URL). */
export function emailEmbedsRoutes(deps: { auth: Auth; embeds: EmailEmbeds }) {
  const { auth, embeds } = deps;
  return async function register(app: HttpServer) {
    app.get(
      '/api/v1/channels/:id/email-embeds',
      {
        onRequest: auth.require('connectors:read'),
        schema: {
          tags,
          security,
          summary: 'The web feed (name + URL) and email snippets to paste into Klaviyo',
          params: IdParam(),
          querystring: LocaleQuery,
          response: { 200: EmbedsSchema, ...errorResponses },
        },
      },
      async (request) =>
        embeds.describe(principalOf(request).accountId, request.params.id, request.query.locale),
    );

    app.patch(
      '/api/v1/channels/:id/email-embeds',
      {
        onRequest: auth.require('connectors:write'),
        schema: {
          tags,
          security,
          summary: 'Choose the published reviews shown in emails (the trust mark is the operator’s to grant)',
          params: IdParam(),
          querystring: LocaleQuery,
          body: StrictObject({
            certified: Type.Optional(
              Type.Boolean({
                description: 'Always refused (403): only the instance operator grants the trust mark',
              }),
            ),
            selectedReviewIds: Type.Optional(
              Type.Array(Type.String({ minLength: 1, maxLength: 64 }), { maxItems: 1000 }),
            ),
          }),
          response: { 200: EmbedsSchema, ...errorResponses },
        },
      },
      async (request) =>
        embeds.update(principalOf(request).accountId, request.params.id, request.body, request.query.locale),
    );

    app.post(
      '/api/v1/channels/:id/email-embeds/preview',
      {
        onRequest: auth.require('connectors:read'),
        schema: {
          tags,
          security,
          summary:
            'The reviews snippet rendered as the email shows it, for a selection of published reviews (nothing is saved)',
          params: IdParam(),
          querystring: LocaleQuery,
          body: StrictObject({
            selectedReviewIds: Type.Array(Type.String({ minLength: 1, maxLength: 64 }), { maxItems: 1000 }),
          }),
          response: {
            200: Type.Object({
              locale: StringEnum(SUPPORTED_LOCALES),
              html: Type.String({ description: 'The reviews snippet, rendered' }),
              starsHtml: Type.String({ description: 'The stars snippet, rendered' }),
              badgeHtml: Type.Union([Type.String(), Type.Null()], {
                description:
                  'The trust mark and rating snippet, rendered; null unless the channel is certified',
              }),
            }),
            ...errorResponses,
          },
        },
      },
      async (request) =>
        embeds.preview(
          principalOf(request).accountId,
          request.params.id,
          request.body.selectedReviewIds,
          request.query.locale,
        ),
    );

    app.get(
      '/public/v1/email-feeds/:token',
      {
        schema: {
          tags,
          summary: `The channel’s rating (with localized texts) and up to ${MAX_SELECTED} selected reviews, for ESP web feeds`,
          params: StrictObject({ token: Type.String({ minLength: 10, maxLength: 64 }) }),
          response: { 200: Type.Record(Type.String(), Type.Unknown()), 404: Type.Ref('ErrorResponse') },
        },
        config: { rateLimit: { max: 120, timeWindow: '1 minute' } },
      },
      async (request, reply) => {
        reply.header('cache-control', 'public, max-age=300');
        return embeds.feed(request.params.token);
      },
    );
  };
}

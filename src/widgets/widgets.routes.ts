import { Type } from 'typebox';
import type { ModuleContext } from '../accounts/index.js';
import { AppError } from '../platform/errors.js';
import { openCorsScope, openRouteConfig } from '../platform/http/open-cors.js';
import { IdParam } from '../platform/http/schemas.js';
import type { HttpServer } from '../platform/http/server.js';
import type { widgetAssets } from './assets.js';
import { type WidgetConfigDeps, widgetConfig } from './widget-config.js';

const CONFIG_TTL_MS = 60_000;

const ConfigSchema = Type.Object({
  name: Type.String(),
  locale: Type.String(),
  logoUrl: Type.Union([Type.String(), Type.Null()]),
  certified: Type.Boolean(),
  reviewPageUrl: Type.String(),
  loginUrl: Type.Union([Type.String(), Type.Null()]),
  theme: Type.Object({
    accent: Type.Union([Type.String(), Type.Null()]),
    star: Type.Union([Type.String(), Type.Null()]),
    text: Type.Union([Type.String(), Type.Null()]),
    background: Type.Union([Type.String(), Type.Null()]),
    radius: Type.Union([Type.Integer(), Type.Null()]),
  }),
});

/**
 * The widget files at /widgets/v1/* (any origin may load them: the chunks are ES modules, which
 * a browser fetches with CORS) and the channel's widget settings at
 * /public/v1/channels/:publicId/widget-config.
 */
export function widgetsRoutes(deps: {
  ctx: ModuleContext;
  assets: ReturnType<typeof widgetAssets>;
  config: WidgetConfigDeps;
}) {
  const { ctx, assets } = deps;
  const perMinute = ctx.config.http.publicRateLimitPerMinute;
  return async function register(app: HttpServer) {
    app.get(
      '/widgets/v1/*',
      {
        // Static and browser-cached: a page view costs a handful of requests, hence the wider limit.
        config: { rateLimit: { max: perMinute * 10, timeWindow: '1 minute' } },
        schema: { tags: ['public'], summary: 'The storefront widget files (docs/widgets.md)' },
      },
      async (request, reply) => {
        const path = (request.params as { '*': string })['*'];
        const asset = await assets.get(path);
        if (!asset) throw AppError.notFound('widget file');
        const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
        reply.header('cache-control', asset.cacheControl);
        reply.header('access-control-allow-origin', '*');
        reply.header('vary', 'accept-encoding');
        if (gzip) reply.header('content-encoding', 'gzip');
        return reply.type(asset.type).send(gzip ? asset.gzip : asset.plain);
      },
    );

    await openCorsScope(app, '/public/v1/channels/:publicId/widget-config', (scope) => {
      scope.get(
        '/',
        {
          config: openRouteConfig(perMinute),
          schema: {
            tags: ['public'],
            summary:
              'The channel’s widget settings: name, language, logo, certified mark, sign-in page, colours',
            params: IdParam('publicId'),
            response: { 200: ConfigSchema, 404: Type.Ref('ErrorResponse') },
          },
        },
        async (request, reply) => {
          const { publicId } = request.params;
          const key = `channel:${publicId}:widget-config`;
          let body = await ctx.cache.get(key);
          if (body === undefined) {
            const channel = await ctx.accounts.channels.findByPublicId(publicId);
            if (!channel) throw AppError.notFound('channel');
            body = JSON.stringify(await widgetConfig(deps.config, channel));
            await ctx.cache.set(key, body, CONFIG_TTL_MS);
          }
          reply.header('cache-control', 'public, max-age=60');
          return reply.type('application/json; charset=utf-8').send(body);
        },
      );
    });
  };
}

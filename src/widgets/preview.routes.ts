/**
 * GET /widgets/v1/preview.html: every storefront element on one page, loaded from this server
 * exactly as a shop loads them, for the admin's live preview (web/admin, Widgets). The colours
 * and radius in the query are applied as the shop's own CSS would (custom properties), so the
 * merchant sees a theme before saving it. Framable by Trustloop's own pages only.
 */
import { Type } from 'typebox';
import type { ModuleContext } from '../accounts/index.js';
import { AppError } from '../platform/errors.js';
import { StrictObject, StringEnum } from '../platform/http/schemas.js';
import type { HttpServer } from '../platform/http/server.js';
import { SUPPORTED_LOCALES } from '../platform/i18n/index.js';

const HexColour = Type.String({ pattern: '^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$' });
const PROPERTIES = {
  accent: '--tl-accent',
  star: '--tl-star',
  text: '--tl-text',
  background: '--tl-bg',
} as const;

/** The admin's own CSP, except that Trustloop's pages may frame this one. */
const HEADERS = {
  'content-security-policy':
    "default-src 'self'; img-src 'self' data: https:; style-src 'self' 'unsafe-inline'; script-src 'self'; form-action 'self'; frame-ancestors 'self'; base-uri 'self'; object-src 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

export function previewRoutes(deps: { ctx: ModuleContext }) {
  const { ctx } = deps;
  return async function register(app: HttpServer) {
    app.get(
      '/widgets/v1/preview.html',
      {
        config: {
          rateLimit: { max: ctx.config.http.publicRateLimitPerMinute, timeWindow: '1 minute' },
          ownSecurityHeaders: true,
        },
        schema: {
          tags: ['public'],
          summary: 'Every widget on one page, with an optional theme: the admin’s live preview',
          querystring: StrictObject({
            channel: Type.String({ minLength: 1, maxLength: 64, description: 'the channel’s public id' }),
            lang: Type.Optional(StringEnum(SUPPORTED_LOCALES)),
            accent: Type.Optional(HexColour),
            star: Type.Optional(HexColour),
            text: Type.Optional(HexColour),
            background: Type.Optional(HexColour),
            radius: Type.Optional(Type.Integer({ minimum: 0, maximum: 24 })),
          }),
        },
      },
      async (request, reply) => {
        const { channel: publicId, lang, radius, ...colours } = request.query;
        const channel = await ctx.accounts.channels.findByPublicId(publicId);
        if (!channel) throw AppError.notFound('channel');
        // Values are schema-checked hex colours and an integer: nothing here can break out of CSS.
        const declarations = [
          ...Object.entries(colours).map(
            ([key, value]) => `${PROPERTIES[key as keyof typeof PROPERTIES]}:${value}`,
          ),
          ...(radius === undefined ? [] : [`--tl-radius:${radius}px`]),
        ];
        const theme = declarations.length
          ? `trustloop-stars,trustloop-reviews,trustloop-badge,trustloop-carousel,trustloop-newsletter,trustloop-loyalty{${declarations.join(';')}}`
          : '';
        const html = `<!doctype html><html lang="${lang ?? channel.defaultLocale}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>Widgets</title>
<link rel="stylesheet" href="/widgets/v1/widgets.css">
<script src="/widgets/v1/loader.js" data-channel="${channel.publicId}" async></script>
<style>body{font:15px/1.5 system-ui,sans-serif;margin:0;padding:16px;color:#1c1917;background:#fafaf9}section{margin:0 0 20px}h2{font-size:12px;font-weight:600;text-transform:uppercase;letter-spacing:.05em;color:#57534e;margin:0 0 6px}${theme}</style></head>
<body><main>
<section><h2>trustloop-stars</h2><trustloop-stars></trustloop-stars></section>
<section><h2>trustloop-badge</h2><trustloop-badge></trustloop-badge></section>
<section><h2>trustloop-reviews</h2><trustloop-reviews page-size="2"></trustloop-reviews></section>
<section><h2>trustloop-carousel</h2><trustloop-carousel></trustloop-carousel></section>
<section><h2>trustloop-newsletter</h2><trustloop-newsletter></trustloop-newsletter></section>
<section><h2>trustloop-loyalty</h2><trustloop-loyalty></trustloop-loyalty></section>
</main></body></html>`;
        return reply.headers(HEADERS).type('text/html; charset=utf-8').send(html);
      },
    );
  };
}

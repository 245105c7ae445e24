/**
 * <trustloop-newsletter>'s sign-up (W3), under /public/v1/channels/:publicId/newsletter:
 * - POST / (JSON, from the element): the shop's own origin only (CORS), rate-limited;
 * - POST /form (urlencoded, the no-JavaScript form of widgets/newsletter.html): a signed form
 *   token plus an Origin check (the shop's origin or Trustloop's own), 2 KB at most;
 * - GET /confirm?token= shows the double opt-in confirmation button, POST /confirm confirms.
 * The opt-in goes through the contacts door (C2, source `widget`); loyalty awards the newsletter
 * points for the consent change, once per member.
 */
import cors from '@fastify/cors';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Channel, ModuleContext } from '../../accounts/index.js';
import { isShopOrigin } from '../../loyalty/index.js';
import { AppError } from '../../platform/errors.js';
import { acceptFormBodies } from '../../platform/http/form-bodies.js';
import { errorResponses, IdParam, StrictObject, StringEnum } from '../../platform/http/schemas.js';
import type { HttpServer } from '../../platform/http/server.js';
import { type Locale, resolveLocale, SUPPORTED_LOCALES } from '../../platform/i18n/index.js';
import { confirmPage, messagePage, newsletterFormFragment, newsletterPage } from './newsletter-pages.js';
import type { NewsletterSignup } from './newsletter-signup.js';
import { formTokenValid, signFormToken } from './newsletter-tokens.js';
import { fill, NEWSLETTER_WORDS } from './newsletter-words.js';

const FORM_BODY_LIMIT = 2048;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function newsletterRoutes(deps: { ctx: ModuleContext; signup: NewsletterSignup }) {
  const { ctx, signup } = deps;
  const rateLimit = { max: ctx.config.http.publicRateLimitPerMinute, timeWindow: '1 minute' };
  const publicUrl = ctx.config.http.publicUrl;
  const secretOf = async (channel: Channel) =>
    (await ctx.accounts.channels.signingSecretOf(channel.id)) ?? '';

  async function channelOf(publicId: string): Promise<Channel> {
    const channel = await ctx.accounts.channels.findByPublicId(publicId);
    if (!channel) throw AppError.notFound('channel');
    return channel;
  }

  const shopUrl = (channel: Channel) => `https://${channel.domain}/`;
  const send = (reply: FastifyReply, status: number, html: string) =>
    reply.code(status).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(html);

  /** Where a browser says the POST came from: Origin, or the Referer's origin when Origin is missing. */
  function postedFrom(request: FastifyRequest): string | null {
    const origin = request.headers.origin;
    if (origin) return origin;
    const referer = request.headers.referer;
    try {
      return referer ? new URL(referer).origin : null;
    } catch {
      return null;
    }
  }

  /**
   * Posted from Trustloop's own pages (the confirmation page, a form re-shown after a refusal).
   * Those pages are sent with `Referrer-Policy: no-referrer`, under which a browser posts
   * `Origin: null`; then the browser's own Sec-Fetch-Site (no page can set it) must say same-origin.
   */
  function isOwnOrigin(origin: string, request: FastifyRequest): boolean {
    const site = request.headers['sec-fetch-site'];
    if (site === 'cross-site' || site === 'same-site') return false;
    if (origin === 'null') return site === 'same-origin';
    try {
      const from = new URL(origin);
      return from.host === request.host || from.origin === new URL(publicUrl).origin;
    } catch {
      return false;
    }
  }

  async function formHtml(channel: Channel, locale: Locale, extra: { email?: string; error?: string } = {}) {
    return newsletterFormFragment({
      locale,
      shop: channel.name,
      action: `${publicUrl}/public/v1/channels/${channel.publicId}/newsletter/form`,
      token: signFormToken(await secretOf(channel), channel.id, ctx.clock.now()),
      ...extra,
    });
  }

  return async function register(root: HttpServer) {
    root.get(
      '/public/v1/channels/:publicId/widgets/newsletter.html',
      {
        config: { rateLimit },
        schema: {
          tags: ['public'],
          summary: 'The newsletter sign-up form as an HTML fragment that works without JavaScript',
          params: IdParam('publicId'),
          querystring: StrictObject({ lang: Type.Optional(StringEnum(SUPPORTED_LOCALES)) }),
        },
      },
      async (request, reply) => {
        const channel = await channelOf(request.params.publicId);
        const html = await formHtml(channel, resolveLocale(request.query.lang, channel.defaultLocale));
        // The form token inside is valid for 7 days: a shop may cache the fragment for a day.
        reply.header('cache-control', 'public, max-age=3600');
        reply.header('access-control-allow-origin', '*');
        return reply.type('text/html; charset=utf-8').send(html);
      },
    );

    // The element's JSON sign-up: CORS for the shop's own origin only.
    await root.register(
      async (app: HttpServer) => {
        await app.register(cors, {
          delegator: (request: FastifyRequest, done: (error: Error | null, options: object) => void) => {
            const origin = request.headers.origin;
            const { publicId } = request.params as { publicId?: string };
            const refuse = { origin: false };
            if (!origin || !publicId) return done(null, refuse);
            ctx.accounts.channels.findByPublicId(publicId).then(
              (channel) =>
                done(
                  null,
                  channel && isShopOrigin(channel.domain, origin) ? { origin, methods: ['POST'] } : refuse,
                ),
              (error: Error) => done(error, refuse),
            );
          },
        });
        app.post(
          '/',
          {
            config: { rateLimit },
            schema: {
              tags: ['public'],
              summary:
                'Subscribe an email to the shop’s newsletter (the shopper ticked the consent); `pending` = a confirmation email was sent (double opt-in)',
              params: IdParam('publicId'),
              body: StrictObject({
                email: Type.String({ minLength: 3, maxLength: 254, format: 'email' }),
                consent: Type.Boolean({ description: 'true: the shopper ticked the consent text' }),
                lang: Type.Optional(
                  StringEnum(SUPPORTED_LOCALES, { description: 'the confirmation email’s language' }),
                ),
              }),
              response: {
                200: Type.Object({ status: StringEnum(['subscribed', 'pending'] as const) }),
                ...errorResponses,
              },
            },
          },
          async (request) => {
            const { email, consent, lang } = request.body;
            if (!consent)
              throw AppError.invalid('/body/consent', 'the shopper must tick the consent to subscribe');
            const channel = await channelOf(request.params.publicId);
            const status = await signup.signUp(channel, email, resolveLocale(lang, channel.defaultLocale));
            return { status };
          },
        );
      },
      { prefix: '/public/v1/channels/:publicId/newsletter' },
    );

    // The HTML side: the no-JS form's POST and the confirmation link.
    await root.register(
      async (app: HttpServer) => {
        acceptFormBodies(app, FORM_BODY_LIMIT);
        const FormFields = Type.Record(Type.String(), Type.String({ maxLength: 1000 }));

        app.post(
          '/form',
          {
            bodyLimit: FORM_BODY_LIMIT,
            config: { rateLimit },
            schema: { hide: true, params: IdParam('publicId'), body: FormFields },
          },
          async (request, reply) => {
            const channel = await channelOf(request.params.publicId);
            const fields = request.body;
            const locale = resolveLocale(fields['lang'], channel.defaultLocale);
            const w = NEWSLETTER_WORDS[locale];
            const from = postedFrom(request);
            if (!from || !(isShopOrigin(channel.domain, from) || isOwnOrigin(from, request)))
              return send(
                reply,
                403,
                messagePage({
                  locale,
                  shop: channel.name,
                  shopUrl: shopUrl(channel),
                  message: w.formExpired,
                }),
              );
            const email = (fields['email'] ?? '').trim();
            const refuse = async (error: string) =>
              send(
                reply,
                400,
                newsletterPage({
                  locale,
                  shop: channel.name,
                  shopUrl: shopUrl(channel),
                  body: await formHtml(channel, locale, { email, error }),
                }),
              );
            if (!formTokenValid(await secretOf(channel), channel.id, fields['token'] ?? '', ctx.clock.now()))
              return refuse(w.formExpired);
            if (email.length > 254 || !EMAIL.test(email)) return refuse(w.badEmail);
            if (fields['consent'] !== 'yes') return refuse(w.noConsent);
            const status = await signup.signUp(channel, email, locale);
            const message = status === 'pending' ? fill(w.checkInbox, { email }) : w.subscribed;
            const back = isShopOrigin(channel.domain, from) ? `${from}/` : shopUrl(channel);
            return send(reply, 200, messagePage({ locale, shop: channel.name, shopUrl: back, message }));
          },
        );

        app.get(
          '/confirm',
          {
            config: { rateLimit },
            schema: {
              hide: true,
              params: IdParam('publicId'),
              querystring: Type.Object({ token: Type.String({ maxLength: 2000 }) }),
            },
          },
          async (request, reply) => {
            const channel = await channelOf(request.params.publicId);
            const claims = await signup.readConfirmToken(channel, request.query.token);
            const page = { shop: channel.name, shopUrl: shopUrl(channel) };
            if (!claims) {
              const locale = resolveLocale(channel.defaultLocale);
              return send(
                reply,
                410,
                messagePage({ ...page, locale, message: NEWSLETTER_WORDS[locale].linkInvalid }),
              );
            }
            return send(
              reply,
              200,
              confirmPage({
                ...page,
                locale: claims.locale,
                email: claims.email,
                token: request.query.token,
              }),
            );
          },
        );

        app.post(
          '/confirm',
          {
            bodyLimit: FORM_BODY_LIMIT,
            config: { rateLimit },
            schema: { hide: true, params: IdParam('publicId'), body: FormFields },
          },
          async (request, reply) => {
            const channel = await channelOf(request.params.publicId);
            const page = { shop: channel.name, shopUrl: shopUrl(channel) };
            const from = postedFrom(request);
            const outcome =
              from && isOwnOrigin(from, request)
                ? await signup.confirm(channel, request.body['token'] ?? '')
                : { confirmed: false as const };
            if (!outcome.confirmed) {
              const locale = resolveLocale(channel.defaultLocale);
              return send(
                reply,
                410,
                messagePage({ ...page, locale, message: NEWSLETTER_WORDS[locale].linkInvalid }),
              );
            }
            const message = fill(NEWSLETTER_WORDS[outcome.locale].confirmed, { shop: channel.name });
            return send(reply, 200, messagePage({ ...page, locale: outcome.locale, message }));
          },
        );
      },
      { prefix: '/public/v1/channels/:publicId/newsletter' },
    );
  };
}

/**
 * <trustloop-newsletter>'s sign-up (W3): POST /public/v1/channels/:publicId/newsletter records
 * the shopper's newsletter opt-in through the contacts door (C2, source `widget`); the consent
 * change is what loyalty awards the newsletter points for, once per member (its ledger key).
 * Only the shop's own origin may call it from a browser; rate-limited like every public route.
 */
import cors from '@fastify/cors';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { ModuleContext } from '../accounts/index.js';
import type { ContactsService } from '../contacts/index.js';
import { isShopOrigin } from '../loyalty/index.js';
import { AppError } from '../platform/errors.js';
import { errorResponses, IdParam, StrictObject } from '../platform/http/schemas.js';
import type { HttpServer } from '../platform/http/server.js';

export function newsletterRoutes(deps: { ctx: ModuleContext; contacts: ContactsService }) {
  const { ctx, contacts } = deps;
  const perMinute = ctx.config.http.publicRateLimitPerMinute;
  return async function register(root: HttpServer) {
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
            config: { rateLimit: { max: perMinute, timeWindow: '1 minute' } },
            schema: {
              tags: ['public'],
              summary: 'Subscribe an email to the shop’s newsletter (the shopper ticked the consent)',
              params: IdParam('publicId'),
              body: StrictObject({
                email: Type.String({ minLength: 3, maxLength: 254, format: 'email' }),
                consent: Type.Boolean({ description: 'true: the shopper ticked the consent text' }),
              }),
              response: { 200: Type.Object({ status: Type.String() }), ...errorResponses },
            },
          },
          async (request) => {
            const { email, consent } = request.body;
            if (!consent)
              throw AppError.invalid('/body/consent', 'the shopper must tick the consent to subscribe');
            const channel = await ctx.accounts.channels.findByPublicId(request.params.publicId);
            if (!channel) throw AppError.notFound('channel');
            // A repeat (double click, second page) changes nothing: the consent is already subscribed.
            const result = await ctx.database.db.transaction().execute((trx) =>
              contacts.changeConsent(trx, {
                accountId: channel.accountId,
                channelId: channel.id,
                email,
                status: 'subscribed',
                source: 'widget',
                changedAt: ctx.clock.now().toISOString(),
              }),
            );
            return { status: result.status };
          },
        );
      },
      { prefix: '/public/v1/channels/:publicId/newsletter' },
    );
  };
}

import { Type } from 'typebox';
import { AppError } from '../platform/errors.js';
import { errorResponses, IdParam, NoContent } from '../platform/http/schemas.js';
import type { HttpServer } from '../platform/http/server.js';
import type { AccountsRoutesDeps } from './accounts.routes.js';
import { ChannelPatch, ChannelSchema, NewChannelBody, PublicChannelSchema } from './accounts.schemas.js';
import { principalOf } from './auth.js';

const security: Array<Record<string, string[]>> = [{ apiKey: [] }, { session: [] }];
const PUBLIC_CHANNEL_TTL_MS = 60_000;
export const publicChannelCacheKey = (publicId: string) => `channel:${publicId}:summary`;

/** Channels and their signing secrets under /api/v1; the public channel card under /public/v1. */
export function channelsRoutes(deps: AccountsRoutesDeps) {
  const { channels, auth, cache } = deps;

  return async function register(app: HttpServer) {
    app.get(
      '/api/v1/channels',
      {
        onRequest: auth.require('channels:read'),
        schema: {
          tags: ['channels'],
          summary: 'Channels of the account',
          security,
          response: { 200: Type.Object({ data: Type.Array(ChannelSchema) }), ...errorResponses },
        },
      },
      async (request) => ({
        data: await channels.list(principalOf(request).accountId),
      }),
    );
    app.post(
      '/api/v1/channels',
      {
        onRequest: auth.require('channels:write'),
        schema: {
          tags: ['channels'],
          summary: 'Add a channel (one shop or storefront)',
          security,
          body: NewChannelBody,
          response: { 201: ChannelSchema, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await channels.create(principalOf(request).accountId, request.body)),
    );
    app.get(
      '/api/v1/channels/:id',
      {
        onRequest: auth.require('channels:read'),
        schema: {
          tags: ['channels'],
          summary: 'One channel',
          security,
          params: IdParam(),
          response: { 200: ChannelSchema, ...errorResponses },
        },
      },
      async (request) => channels.get(principalOf(request).accountId, request.params.id),
    );
    app.patch(
      '/api/v1/channels/:id',
      {
        onRequest: auth.require('channels:write'),
        schema: {
          tags: ['channels'],
          summary: 'Change a channel (name, domain, locale, currency, time zone)',
          security,
          params: IdParam(),
          body: ChannelPatch,
          response: { 200: ChannelSchema, ...errorResponses },
        },
      },
      async (request) => {
        const channel = await channels.update(
          principalOf(request).accountId,
          request.params.id,
          request.body,
        );
        await cache.deletePrefix(`channel:${channel.publicId}:`);
        return channel;
      },
    );
    app.delete(
      '/api/v1/channels/:id',
      {
        onRequest: auth.require('channels:write'),
        schema: {
          tags: ['channels'],
          summary: 'Delete a channel and everything that belongs to it',
          security,
          params: IdParam(),
          response: { 204: NoContent, ...errorResponses },
        },
      },
      async (request, reply) => {
        const accountId = principalOf(request).accountId;
        const channel = await channels.get(accountId, request.params.id);
        await channels.remove(accountId, channel.id);
        await cache.deletePrefix(`channel:${channel.publicId}:`);
        return reply.status(204).send(null);
      },
    );
    app.get(
      '/api/v1/channels/:id/signing-secret',
      {
        onRequest: auth.require('channels:write'),
        schema: {
          tags: ['channels'],
          summary: 'The secret the shop signs customer tokens with',
          security,
          params: IdParam(),
          response: { 200: Type.Object({ signingSecret: Type.String() }), ...errorResponses },
        },
      },
      async (request) => ({
        signingSecret: await channels.signingSecret(principalOf(request).accountId, request.params.id),
      }),
    );
    app.post(
      '/api/v1/channels/:id/signing-secret/rotate',
      {
        onRequest: auth.require('channels:write'),
        schema: {
          tags: ['channels'],
          summary: 'Replace the signing secret; tokens signed with the old one stop working',
          security,
          params: IdParam(),
          response: { 200: Type.Object({ signingSecret: Type.String() }), ...errorResponses },
        },
      },
      async (request) => {
        const accountId = principalOf(request).accountId;
        const signingSecret = await channels.rotateSigningSecret(accountId, request.params.id);
        // Public caches of the channel (the customer hub's) hold the old secret.
        const { publicId } = await channels.get(accountId, request.params.id);
        await cache.deletePrefix(`channel:${publicId}:`);
        return { signingSecret };
      },
    );

    app.get(
      '/public/v1/channels/:publicId',
      {
        schema: {
          tags: ['public'],
          summary: 'What a widget needs to know about a channel',
          params: IdParam('publicId'),
          response: { 200: PublicChannelSchema, 404: Type.Ref('ErrorResponse') },
        },
        config: { rateLimit: { max: deps.publicRateLimitPerMinute, timeWindow: '1 minute' } },
      },
      async (request, reply) => {
        const key = publicChannelCacheKey(request.params.publicId);
        let body = await cache.get(key);
        if (body === undefined) {
          const channel = await channels.findByPublicId(request.params.publicId);
          if (!channel) throw AppError.notFound('channel');
          const { publicId, name, domain, defaultLocale, currency } = channel;
          body = JSON.stringify({ publicId, name, domain, defaultLocale, currency });
          await cache.set(key, body, PUBLIC_CHANNEL_TTL_MS);
        }
        reply.header('cache-control', 'public, max-age=60');
        return reply
          .type('application/json; charset=utf-8')
          .serializer((payload) => payload as string)
          .send(body);
      },
    );
  };
}

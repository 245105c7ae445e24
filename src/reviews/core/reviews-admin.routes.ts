import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { type ModuleContext, principalOf } from '../../accounts/index.js';
import { createIdempotency, IDEMPOTENCY_HEADER } from '../../platform/http/idempotency.js';
import { errorResponses, IdParam } from '../../platform/http/schemas.js';
import type { HttpServer } from '../../platform/http/server.js';
import type { ReviewQueries } from './review-queries.js';
import type { Actor } from './review-store.js';
import {
  AdminListQuery,
  AdminReviewSchema,
  AuditSchema,
  BulkModerationBody,
  ErasureBody,
  ModerationBody,
  NewReviewBody,
  ReplyBody,
  reviewPage,
  SettingsBody,
  SettingsSchema,
} from './reviews.schemas.js';
import type { ReviewsCommands } from './reviews.service.js';

const security: Array<Record<string, string[]>> = [{ apiKey: [] }, { session: [] }];
const tags = ['reviews'];

function actorOf(request: FastifyRequest): Actor {
  const principal = principalOf(request);
  return principal.kind === 'user'
    ? { kind: 'user', id: principal.userId }
    : { kind: 'api_key', id: principal.apiKeyId };
}

/** The instant a `to` day (inclusive, UTC) ends. */
function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString();
}

/** The merchant's reviews API under /api/v1: list, create, moderate, reply, erase, settings, audit. */
export function reviewsAdminRoutes(deps: {
  ctx: ModuleContext;
  commands: ReviewsCommands;
  queries: ReviewQueries;
}) {
  const { ctx, commands, queries } = deps;
  const { auth, channels } = ctx.accounts;
  const read = auth.require('reviews:read');
  const write = auth.require('reviews:write');
  const idempotency = createIdempotency({ db: ctx.database.db, clock: ctx.clock });

  return async function register(app: HttpServer) {
    app.get(
      '/api/v1/reviews',
      {
        onRequest: read,
        schema: {
          tags,
          security,
          summary: 'Search and filter reviews of every status (pending and flagged included)',
          querystring: AdminListQuery,
          response: { 200: reviewPage(AdminReviewSchema), ...errorResponses },
        },
      },
      async (request) => {
        const { channelId, status, sort, limit, cursor, from, to, ...filter } = request.query;
        const { accountId } = principalOf(request);
        // Another account's channel is not found, rather than a list that looks empty.
        if (channelId !== undefined) await channels.get(accountId, channelId);
        return queries.listAdmin(
          accountId,
          channelId,
          {
            ...filter,
            ...(status ? { statuses: status } : {}),
            ...(from ? { createdFrom: `${from}T00:00:00.000Z` } : {}),
            ...(to ? { createdBefore: nextDay(to) } : {}),
          },
          { sort: sort ?? 'newest', limit: limit ?? 20, ...(cursor ? { cursor } : {}) },
        );
      },
    );

    app.post(
      '/api/v1/reviews',
      {
        onRequest: write,
        schema: {
          tags,
          security,
          summary:
            'Create a review (source "api"; never marked verified); the channel’s moderation rules apply',
          body: NewReviewBody,
          response: { 201: AdminReviewSchema, ...errorResponses, 409: Type.Ref('ErrorResponse') },
        },
      },
      async (request, reply) => {
        const accountId = principalOf(request).accountId;
        const key = request.headers[IDEMPOTENCY_HEADER];
        const result = await idempotency.run(
          {
            accountId,
            key: typeof key === 'string' ? key : undefined,
            method: 'POST',
            url: request.url,
            body: request.body,
          },
          async (trx) => {
            const [snapshot] = await commands.submit(
              trx,
              [{ ...request.body, accountId, verifiedBuyer: false, source: 'api' }],
              { actor: actorOf(request), fieldPrefix: () => '/body' },
            );
            return { status: 201, body: await commands.get(accountId, snapshot!.reviewId, trx) };
          },
        );
        if (result.replayed) reply.header('idempotent-replayed', 'true');
        return reply.status(result.status as 201).send(result.body);
      },
    );

    app.get(
      '/api/v1/reviews/:id',
      {
        onRequest: read,
        schema: {
          tags,
          security,
          summary: 'One review, with its moderation state and reply',
          params: IdParam(),
          response: { 200: AdminReviewSchema, ...errorResponses },
        },
      },
      async (request) => commands.get(principalOf(request).accountId, request.params.id),
    );

    app.post(
      '/api/v1/reviews/:id/moderation',
      {
        onRequest: write,
        schema: {
          tags,
          security,
          summary: 'Publish, reject or flag a review; reject and flag need a content-rule reason',
          params: IdParam(),
          body: ModerationBody,
          response: { 200: AdminReviewSchema, ...errorResponses, 409: Type.Ref('ErrorResponse') },
        },
      },
      async (request) =>
        commands.moderate(principalOf(request).accountId, request.params.id, request.body, actorOf(request)),
    );

    app.post(
      '/api/v1/reviews/moderation',
      {
        onRequest: write,
        schema: {
          tags,
          security,
          summary:
            'Publish, reject or flag several reviews at once (all or none; a review already in that status stays as it is)',
          body: BulkModerationBody,
          response: {
            200: Type.Object({ items: Type.Array(AdminReviewSchema) }),
            ...errorResponses,
            409: Type.Ref('ErrorResponse'),
          },
        },
      },
      async (request) => {
        const { ids, ...input } = request.body;
        return {
          items: await commands.moderateMany(principalOf(request).accountId, ids, input, actorOf(request)),
        };
      },
    );

    app.put(
      '/api/v1/reviews/:id/reply',
      {
        onRequest: write,
        schema: {
          tags,
          security,
          summary: 'Set or edit the merchant’s public reply (one per review)',
          params: IdParam(),
          body: ReplyBody,
          response: { 200: AdminReviewSchema, ...errorResponses },
        },
      },
      async (request) =>
        commands.setReply(
          principalOf(request).accountId,
          request.params.id,
          request.body.text,
          actorOf(request),
        ),
    );

    app.delete(
      '/api/v1/reviews/:id/reply',
      {
        onRequest: write,
        schema: {
          tags,
          security,
          summary: 'Remove the merchant’s reply',
          params: IdParam(),
          response: { 200: AdminReviewSchema, ...errorResponses },
        },
      },
      async (request) =>
        commands.deleteReply(principalOf(request).accountId, request.params.id, actorOf(request)),
    );

    app.get(
      '/api/v1/reviews/:id/audit',
      {
        onRequest: read,
        schema: {
          tags,
          security,
          summary: 'Who changed what on a review, oldest first',
          params: IdParam(),
          response: { 200: Type.Object({ items: Type.Array(AuditSchema) }), ...errorResponses },
        },
      },
      async (request) => ({
        items: await commands.auditLog(principalOf(request).accountId, request.params.id),
      }),
    );

    app.post(
      '/api/v1/channels/:id/reviews/erasure',
      {
        onRequest: write,
        schema: {
          tags,
          security,
          summary: 'Erase a reviewer’s personal data (by email) from the channel’s reviews; ratings stay',
          params: IdParam(),
          body: ErasureBody,
          response: { 200: Type.Object({ erased: Type.Integer() }), ...errorResponses },
        },
      },
      async (request) => {
        const channel = await channels.get(principalOf(request).accountId, request.params.id);
        const erased = await commands.eraseReviewer(
          channel.id,
          { email: request.body.email, keepText: request.body.keepText ?? false },
          actorOf(request),
          'reviewer_request',
        );
        return { erased };
      },
    );

    app.get(
      '/api/v1/channels/:id/review-settings',
      {
        onRequest: read,
        schema: {
          tags,
          security,
          summary: 'The channel’s auto-publish rule and content filter',
          params: IdParam(),
          response: { 200: SettingsSchema, ...errorResponses },
        },
      },
      async (request) => {
        const channel = await channels.get(principalOf(request).accountId, request.params.id);
        return commands.settings(channel.id);
      },
    );

    app.put(
      '/api/v1/channels/:id/review-settings',
      {
        onRequest: write,
        schema: {
          tags,
          security,
          summary: 'Change the auto-publish rule and content filter (the public disclosure follows)',
          params: IdParam(),
          body: SettingsBody,
          response: { 200: SettingsSchema, ...errorResponses },
        },
      },
      async (request) => {
        const channel = await channels.get(principalOf(request).accountId, request.params.id);
        const current = await commands.settings(channel.id);
        return commands.updateSettings(channel, {
          publishMode: request.body.publishMode,
          minRating: request.body.minRating ?? current.minRating,
          delayHours: request.body.delayHours ?? current.delayHours,
          filterEnabled: request.body.filterEnabled ?? current.filterEnabled,
        });
      },
    );
  };
}

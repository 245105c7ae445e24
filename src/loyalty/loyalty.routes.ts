/** Admin routes of the loyalty domain under /api/v1/channels/:channelId/loyalty (scoped). */
import { Type } from 'typebox';
import { type Auth, principalOf } from '../accounts/index.js';
import { NoContent, StrictObject } from '../platform/http/schemas.js';
import type { HttpServer } from '../platform/http/server.js';
import { BASE, ChannelParams, adminDoc as doc, Id, responses } from './admin-routes.shared.js';
import { HubSchema } from './hub.routes.js';
import {
  CodesBody,
  LocaleQuery,
  RewardBody,
  RewardPatch,
  RewardSchema,
  SettingsPatch,
  SettingsSchema,
  TierBody,
  TierPatch,
  TierSchema,
  WayToEarnSchema,
} from './loyalty.schemas.js';
import type { DeepPartial, LoyaltySettings } from './loyalty-settings.js';
import { memberAdminRoutes } from './members.routes.js';
import type { MembersAdmin } from './members.service.js';
import type { Program } from './program.service.js';
import type { PreviewQuery } from './program-preview.js';

const TierParams = StrictObject({ channelId: Id('channel'), tierId: Id('tier') });
const RewardParams = StrictObject({ channelId: Id('channel'), rewardId: Id('reward') });

export function loyaltyAdminRoutes(deps: {
  auth: Auth;
  program: Program;
  members: MembersAdmin;
  preview: (accountId: string, channelId: string, query: PreviewQuery) => Promise<unknown>;
}) {
  const { auth, program, members, preview } = deps;
  const read = { onRequest: auth.require('loyalty:read') };
  const write = { onRequest: auth.require('loyalty:write') };

  return async function register(app: HttpServer) {
    app.get(
      `${BASE}/settings`,
      {
        ...read,
        schema: {
          ...doc('The channel’s loyalty program settings'),
          params: ChannelParams,
          response: { 200: SettingsSchema, ...responses },
        },
      },
      async (request) => program.getSettings(principalOf(request).accountId, request.params.channelId),
    );
    app.patch(
      `${BASE}/settings`,
      {
        ...write,
        schema: {
          ...doc('Change settings (partial; the program runs from the first save)'),
          params: ChannelParams,
          body: SettingsPatch,
          response: { 200: SettingsSchema, ...responses },
        },
      },
      async (request) =>
        program.updateSettings(
          principalOf(request).accountId,
          request.params.channelId,
          request.body as DeepPartial<LoyaltySettings>,
        ),
    );
    app.get(
      `${BASE}/ways-to-earn`,
      {
        ...read,
        schema: {
          ...doc('The configured ways to earn, described in a locale'),
          params: ChannelParams,
          querystring: LocaleQuery,
          response: { 200: Type.Array(WayToEarnSchema), ...responses },
        },
      },
      async (request) =>
        program.waysToEarn(principalOf(request).accountId, request.params.channelId, request.query.locale),
    );
    app.get(
      `${BASE}/preview`,
      {
        ...read,
        schema: {
          ...doc('What a member’s hub shows under the saved program, for a pictured balance and tier'),
          params: ChannelParams,
          querystring: StrictObject({
            balance: Type.Integer({ minimum: 0, maximum: 100_000_000, default: 0 }),
            tierId: Type.Optional(Type.String({ maxLength: 64 })),
            locale: Type.Optional(Type.String({ maxLength: 10 })),
          }),
          response: { 200: HubSchema, ...responses },
        },
      },
      async (request) =>
        preview(principalOf(request).accountId, request.params.channelId, {
          balance: request.query.balance,
          ...(request.query.tierId ? { tierId: request.query.tierId } : {}),
          ...(request.query.locale ? { locale: request.query.locale } : {}),
        }),
    );

    app.get(
      `${BASE}/tiers`,
      {
        ...read,
        schema: {
          ...doc('VIP tiers'),
          params: ChannelParams,
          response: { 200: Type.Array(TierSchema), ...responses },
        },
      },
      async (request) => program.listTiers(principalOf(request).accountId, request.params.channelId),
    );
    app.post(
      `${BASE}/tiers`,
      {
        ...write,
        schema: {
          ...doc('Add a tier'),
          params: ChannelParams,
          body: TierBody,
          response: { 201: TierSchema, ...responses },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await program.createTier(principalOf(request).accountId, request.params.channelId, request.body),
          ),
    );
    app.patch(
      `${BASE}/tiers/:tierId`,
      {
        ...write,
        schema: {
          ...doc('Change a tier'),
          params: TierParams,
          body: TierPatch,
          response: { 200: TierSchema, ...responses },
        },
      },
      async (request) =>
        program.updateTier(
          principalOf(request).accountId,
          request.params.channelId,
          request.params.tierId,
          request.body,
        ),
    );
    app.delete(
      `${BASE}/tiers/:tierId`,
      {
        ...write,
        schema: { ...doc('Remove a tier'), params: TierParams, response: { 204: NoContent, ...responses } },
      },
      async (request, reply) => {
        await program.deleteTier(
          principalOf(request).accountId,
          request.params.channelId,
          request.params.tierId,
        );
        return reply.status(204).send(null);
      },
    );

    app.get(
      `${BASE}/rewards`,
      {
        ...read,
        schema: {
          ...doc('The rewards catalogue'),
          params: ChannelParams,
          response: { 200: Type.Array(RewardSchema), ...responses },
        },
      },
      async (request) => program.listRewards(principalOf(request).accountId, request.params.channelId),
    );
    app.post(
      `${BASE}/rewards`,
      {
        ...write,
        schema: {
          ...doc('Add a reward'),
          params: ChannelParams,
          body: RewardBody,
          response: { 201: RewardSchema, ...responses },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await program.createReward(
              principalOf(request).accountId,
              request.params.channelId,
              request.body,
            ),
          ),
    );
    app.patch(
      `${BASE}/rewards/:rewardId`,
      {
        ...write,
        schema: {
          ...doc('Change a reward'),
          params: RewardParams,
          body: RewardPatch,
          response: { 200: RewardSchema, ...responses },
        },
      },
      async (request) =>
        program.updateReward(
          principalOf(request).accountId,
          request.params.channelId,
          request.params.rewardId,
          request.body,
        ),
    );
    app.delete(
      `${BASE}/rewards/:rewardId`,
      {
        ...write,
        schema: {
          ...doc('Retire a reward (issued coupons stay usable)'),
          params: RewardParams,
          response: { 204: NoContent, ...responses },
        },
      },
      async (request, reply) => {
        await program.deleteReward(
          principalOf(request).accountId,
          request.params.channelId,
          request.params.rewardId,
        );
        return reply.status(204).send(null);
      },
    );
    app.post(
      `${BASE}/rewards/:rewardId/codes`,
      {
        ...write,
        schema: {
          ...doc('Pre-load coupon codes for a pool reward'),
          params: RewardParams,
          body: CodesBody,
          response: { 200: Type.Object({ added: Type.Integer(), skipped: Type.Integer() }), ...responses },
        },
      },
      async (request) =>
        program.uploadCodes(
          principalOf(request).accountId,
          request.params.channelId,
          request.params.rewardId,
          request.body.codes,
        ),
    );

    await app.register(memberAdminRoutes({ auth, members }));
  };
}

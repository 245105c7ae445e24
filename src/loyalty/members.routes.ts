/** The loyalty admin's member routes (A5): find, enrol, read, adjust, exclude (every call scoped). */
import { Type } from 'typebox';
import { type Auth, principalOf } from '../accounts/index.js';
import { StrictObject } from '../platform/http/schemas.js';
import type { HttpServer } from '../platform/http/server.js';
import { BASE, ChannelParams, adminDoc as doc, MemberParams, responses } from './admin-routes.shared.js';
import {
  AdjustmentBody,
  CouponSchema,
  EnrolBody,
  LedgerEntrySchema,
  MemberSchema,
} from './loyalty.schemas.js';
import type { MembersAdmin } from './members.service.js';

export function memberAdminRoutes(deps: { auth: Auth; members: MembersAdmin }) {
  const { auth, members } = deps;
  const read = { onRequest: auth.require('loyalty:read') };
  const write = { onRequest: auth.require('loyalty:write') };

  return async function register(app: HttpServer) {
    app.get(
      `${BASE}/members`,
      {
        ...read,
        schema: {
          ...doc(
            'Members, newest first, a page at a time (`cursor` = the previous page’s `nextCursor`); `email` looks one up; `q` finds up to 20 by referral code, email prefix or customer name',
          ),
          params: ChannelParams,
          querystring: StrictObject({
            email: Type.Optional(Type.String({ minLength: 3, maxLength: 254 })),
            q: Type.Optional(Type.String({ minLength: 2, maxLength: 200 })),
            limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
            cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
          }),
          response: {
            200: Type.Object({ data: Type.Array(MemberSchema), nextCursor: Type.Optional(Type.String()) }),
            ...responses,
          },
        },
      },
      async (request) =>
        members.list(principalOf(request).accountId, request.params.channelId, {
          limit: request.query.limit,
          ...(request.query.cursor ? { cursor: request.query.cursor } : {}),
          ...(request.query.email ? { email: request.query.email } : {}),
          ...(request.query.q ? { q: request.query.q } : {}),
        }),
    );
    app.post(
      `${BASE}/members`,
      {
        ...write,
        schema: {
          ...doc('Enrol a customer by email'),
          params: ChannelParams,
          body: EnrolBody,
          response: { 200: MemberSchema, ...responses },
        },
      },
      async (request) =>
        members.enrolByEmail(
          principalOf(request).accountId,
          request.params.channelId,
          request.body.email,
          request.body.customerId,
        ),
    );
    app.get(
      `${BASE}/members/:memberId`,
      {
        ...read,
        schema: { ...doc('One member'), params: MemberParams, response: { 200: MemberSchema, ...responses } },
      },
      async (request) =>
        members.get(principalOf(request).accountId, request.params.channelId, request.params.memberId),
    );
    app.get(
      `${BASE}/members/:memberId/ledger`,
      {
        ...read,
        schema: {
          ...doc('The member’s ledger, newest first'),
          params: MemberParams,
          querystring: StrictObject({
            limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
            before: Type.Optional(Type.String({ maxLength: 64 })),
          }),
          response: {
            200: Type.Object({
              items: Type.Array(LedgerEntrySchema),
              nextCursor: Type.Optional(Type.String()),
            }),
            ...responses,
          },
        },
      },
      async (request) =>
        members.ledger(principalOf(request).accountId, request.params.channelId, request.params.memberId, {
          limit: request.query.limit,
          ...(request.query.before ? { before: request.query.before } : {}),
        }),
    );
    app.get(
      `${BASE}/members/:memberId/coupons`,
      {
        ...read,
        schema: {
          ...doc('The member’s coupons'),
          params: MemberParams,
          response: { 200: Type.Array(CouponSchema), ...responses },
        },
      },
      async (request) =>
        members.coupons(principalOf(request).accountId, request.params.channelId, request.params.memberId),
    );
    app.post(
      `${BASE}/members/:memberId/adjustments`,
      {
        ...write,
        schema: {
          ...doc('Credit or debit points by hand (reason required; the acting user is recorded)'),
          params: MemberParams,
          body: AdjustmentBody,
          response: {
            201: Type.Object({ entry: LedgerEntrySchema, replayed: Type.Boolean() }),
            ...responses,
          },
        },
      },
      async (request, reply) => {
        const principal = principalOf(request);
        const actor =
          principal.kind === 'user' ? `user:${principal.userId}` : `api_key:${principal.apiKeyId}`;
        const result = await members.adjust(
          principal.accountId,
          request.params.channelId,
          request.params.memberId,
          {
            points: request.body.points,
            reason: request.body.reason,
            actor,
            ...(request.body.idempotencyKey ? { idempotencyKey: request.body.idempotencyKey } : {}),
          },
        );
        return reply.status(result.replayed ? 200 : 201).send(result);
      },
    );
    for (const [action, run, summary] of [
      ['enrol', members.enrol, 'Enrol the member'],
      ['exclude', members.exclude, 'Exclude the member (earns nothing, sees no loyalty data)'],
      ['pin', members.regeneratePin, 'Regenerate the member’s PIN (member.pin_changed)'],
    ] as const) {
      app.post(
        `${BASE}/members/:memberId/${action}`,
        {
          ...write,
          schema: { ...doc(summary), params: MemberParams, response: { 200: MemberSchema, ...responses } },
        },
        async (request) =>
          run(principalOf(request).accountId, request.params.channelId, request.params.memberId),
      );
    }
  };
}

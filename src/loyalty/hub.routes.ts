/**
 * The public customer hub under /public/v1/channels/:publicId/hub: CORS for storefront
 * widgets (scoped to this plugin), rate-limited, the shopper identified by a signed token sent
 * as `Authorization: Shopper <token>` or `?token=`.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { AppError } from '../platform/errors.js';
import { StrictObject } from '../platform/http/schemas.js';
import type { HttpServer } from '../platform/http/server.js';
import type { Hub, HubView } from './hub.service.js';
import { hubCors } from './hub-cors.js';
import type { RedeemRefusal } from './redemption.js';

const Params = StrictObject({ publicId: Type.String({ minLength: 1, maxLength: 64 }) });
const Token = Type.String({ maxLength: 2048, description: 'the shopper token (see docs/loyalty-hub.md)' });
const Failure = Type.Ref('ErrorResponse');
const failures = {
  400: Failure,
  401: Failure,
  403: Failure,
  404: Failure,
  409: Failure,
  422: Failure,
  429: Failure,
};
const HubCoupon = Type.Object({
  code: Type.Union([Type.String(), Type.Null()], {
    description: 'Null while the shop is creating the code (`issuing`) and after a refund (`refunded`)',
  }),
  name: Type.String(),
  kind: Type.String(),
  value: Type.Integer(),
  state: Type.String(),
  expiresAt: Type.Union([Type.String(), Type.Null()]),
  applyUrl: Type.Union([Type.String(), Type.Null()]),
});
const HubReward = Type.Object({
  rewardId: Type.String(),
  name: Type.String(),
  kind: Type.String(),
  value: Type.Integer(),
  pointsCost: Type.Integer(),
  locked: Type.Boolean(),
});
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);
export const HubSchema = Type.Object({
  state: Type.String({ description: 'anonymous | not_member | no_points | member | excluded' }),
  locale: Type.String(),
  texts: Type.Record(Type.String(), Nullable(Type.String())),
  member: Nullable(
    Type.Object({
      points: Type.Integer(),
      pendingPoints: Type.Integer(),
      tier: Nullable(Type.Object({ name: Type.String(), iconUrl: Nullable(Type.String()) })),
      nextExpiry: Nullable(Type.Object({ points: Type.Integer(), date: Type.String() })),
    }),
  ),
  progress: Nullable(
    Type.Object({
      fraction: Type.Number(),
      bestReward: Nullable(Type.Object({ ...HubReward.properties, text: Type.String() })),
      nextReward: Nullable(
        Type.Object({ ...HubReward.properties, pointsMissing: Type.Integer(), text: Type.String() }),
      ),
    }),
  ),
  rewards: Type.Array(Type.Object({ ...HubReward.properties, affordable: Type.Boolean() })),
  coupons: Type.Array(HubCoupon),
  referralUrl: Nullable(Type.String()),
  waysToEarn: Type.Array(
    Type.Object({ id: Type.String(), points: Type.Integer(), description: Type.String() }),
  ),
  tierProgress: Nullable(
    Type.Object({
      tier: Type.Object({ name: Type.String(), iconUrl: Nullable(Type.String()) }),
      basis: Type.String({ description: 'points | spend' }),
      missing: Type.Integer({ description: 'points, or money in minor units, still missing' }),
      text: Type.String({ description: 'e.g. "120 points to Silver"' }),
    }),
  ),
});

const REFUSALS: Record<
  RedeemRefusal,
  { code: 'not_found' | 'conflict' | 'unprocessable' | 'forbidden'; message: string }
> = {
  unknown_member: { code: 'not_found', message: 'you are not a member of this program' },
  not_a_member: { code: 'forbidden', message: 'join the program before redeeming rewards' },
  excluded: { code: 'forbidden', message: 'this account cannot redeem rewards' },
  unknown_reward: { code: 'not_found', message: 'rewardId: no such reward is available' },
  tier_too_low: { code: 'forbidden', message: 'rewardId: this reward needs a higher tier' },
  insufficient_points: {
    code: 'unprocessable',
    message: 'rewardId: you do not have enough points for this reward',
  },
  out_of_codes: { code: 'conflict', message: 'rewardId: this reward has run out of codes; try again later' },
};

function tokenOf(request: FastifyRequest, query: { token?: string }): string | undefined {
  const header = request.headers.authorization;
  const match = header ? /^Shopper\s+(\S+)$/i.exec(header) : null;
  return match?.[1] ?? query.token;
}

export function hubRoutes(deps: { hub: Hub; rateLimitPerMinute: number }) {
  const { hub } = deps;
  // A member's view is kept between requests (see hub-view-cache.ts): so is its JSON, as UTF-8
  // bytes, so that a hit neither serializes nor measures and encodes the text.
  const serialized = new WeakMap<object, Buffer>();
  function send(reply: FastifyReply, view: HubView): FastifyReply {
    let body = serialized.get(view);
    if (body === undefined) {
      body = Buffer.from(reply.serialize(view) as string);
      serialized.set(view, body);
    }
    return reply.type('application/json; charset=utf-8').send(body);
  }
  const rateLimit = { max: deps.rateLimitPerMinute, timeWindow: '1 minute' };
  return async function register(root: HttpServer) {
    // A prefixed child scope: CORS (and its OPTIONS catch-all) applies to the hub routes only.
    await root.register(
      async (app: HttpServer) => {
        // Widgets run on the shop's own domain, and only the shop's pages may send a shopper's
        // token from a browser: any other origin gets no CORS headers, so the browser refuses.
        hubCors(app, { allowsOrigin: (publicId, origin) => hub.allowsOrigin(publicId, origin), rateLimit });

        app.get(
          '/',
          {
            schema: {
              tags: ['public'],
              summary: 'What the shopper’s loyalty panel shows (by state)',
              params: Params,
              querystring: StrictObject({
                token: Type.Optional(Token),
                locale: Type.Optional(Type.String({ maxLength: 10 })),
              }),
              response: { 200: HubSchema, ...failures },
            },
            config: { rateLimit },
          },
          (request, reply) => {
            reply.header('cache-control', 'private, no-store');
            const found = hub.view(
              request.params.publicId,
              tokenOf(request, request.query),
              request.query.locale,
            );
            // A kept view comes at once (see Hub.view): answered without a promise.
            if (!(found instanceof Promise)) return void send(reply, found);
            return found.then((view) => send(reply, view));
          },
        );

        app.post(
          '/redeem',
          {
            schema: {
              tags: ['public'],
              summary: 'Redeem a reward for the signed-in shopper; the coupon goes to the cart',
              params: Params,
              body: StrictObject({
                rewardId: Type.String({ minLength: 1, maxLength: 64 }),
                token: Type.Optional(Token),
                requestId: Type.Optional(
                  Type.String({
                    minLength: 1,
                    maxLength: 64,
                    description: 'retries with the same id redeem once',
                  }),
                ),
              }),
              response: {
                201: Type.Object({ coupon: HubCoupon, replayed: Type.Boolean() }),
                200: Type.Object({ coupon: HubCoupon, replayed: Type.Boolean() }),
                ...failures,
              },
            },
            config: { rateLimit },
          },
          async (request, reply) => {
            const { rewardId, requestId, token } = request.body;
            const result = await hub.redeem(
              request.params.publicId,
              tokenOf(request, { ...(token ? { token } : {}) }),
              {
                rewardId,
                ...(requestId ? { requestId } : {}),
              },
            );
            if (!result.ok) {
              const refusal = REFUSALS[result.reason];
              throw new AppError(refusal.code, refusal.message, {
                details: [{ field: '/body/rewardId', message: result.reason }],
              });
            }
            return reply
              .status(result.replayed ? 200 : 201)
              .send({ coupon: result.coupon, replayed: result.replayed });
          },
        );

        app.post(
          '/join',
          {
            schema: {
              tags: ['public'],
              summary: 'Join the program as the signed-in shopper',
              params: Params,
              body: Type.Union([StrictObject({ token: Type.Optional(Token) }), Type.Null()]),
              response: { 200: Type.Object({ state: Type.String() }), ...failures },
            },
            config: { rateLimit },
          },
          async (request) => hub.join(request.params.publicId, tokenOf(request, request.body ?? {})),
        );
      },
      { prefix: '/public/v1/channels/:publicId/hub' },
    );
  };
}

import { Type } from 'typebox';
import { type Auth, principalOf } from '../accounts/index.js';
import { errorResponses, IdParam, StrictObject } from '../platform/http/schemas.js';
import type { HttpServer } from '../platform/http/server.js';
import type { DashboardReader } from './dashboard.js';

const security: Array<Record<string, string[]>> = [{ apiKey: [] }, { session: [] }];
const Count = Type.Integer({ minimum: 0 });
const Week = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'Monday of the ISO week (UTC)' });
const Nullable = <T extends import('typebox').TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const Funnel = { invited: Count, sent: Count, opened: Count, completed: Count };
const Points = {
  credited: Type.Integer(),
  redeemed: Type.Integer(),
  expired: Type.Integer(),
  redemptions: Count,
};

const DashboardSchema = Type.Object(
  {
    channelId: Type.String(),
    weeks: Type.Array(Week),
    reviews: Type.Object({
      weeks: Type.Array(Type.Object({ week: Week, reviews: Count, averageRating: Nullable(Type.Number()) })),
      received: Count,
      averageRating: Nullable(Type.Number()),
      distribution: Type.Object({ '1': Count, '2': Count, '3': Count, '4': Count, '5': Count }),
    }),
    invitations: Type.Object({
      methods: Type.Array(Type.Object({ method: Type.String(), ...Funnel })),
      total: Type.Object(Funnel),
    }),
    points: Type.Object({
      weeks: Type.Array(Type.Object({ week: Week, ...Points })),
      total: Type.Object(Points),
    }),
    members: Type.Object({
      tiers: Type.Array(
        Type.Object({ tierId: Nullable(Type.String()), name: Nullable(Type.String()), members: Count }),
      ),
      total: Count,
    }),
    syncs: Type.Array(
      Type.Object({
        connectionId: Type.String(),
        connectorId: Type.String(),
        status: Type.String(),
        lastSyncAt: Nullable(Type.String({ format: 'date-time' })),
        lastError: Nullable(Type.String()),
        lastErrorAt: Nullable(Type.String({ format: 'date-time' })),
        sent: Count,
        failed: Count,
        pending: Count,
        deadLetters: Count,
      }),
    ),
  },
  { $id: 'Dashboard' },
);

/** `GET /api/v1/channels/{id}/dashboard` (A7): a channel's numbers by week, from rollups. */
export function dashboardRoutes({ auth, dashboard }: { auth: Auth; dashboard: DashboardReader }) {
  return async function register(app: HttpServer) {
    app.get(
      '/api/v1/channels/:id/dashboard',
      {
        // It shows reviews, loyalty and sync numbers: the caller must be allowed to read each.
        onRequest: [
          auth.require('reviews:read'),
          auth.require('loyalty:read'),
          auth.require('connectors:read'),
        ],
        schema: {
          tags: ['dashboard'],
          summary:
            'The channel’s dashboard: reviews per week, rating distribution, invitation funnel, points, members by tier, sync health',
          description:
            'Weekly series cover the last `weeks` ISO weeks (Mondays, UTC) up to the current one, with zeros for quiet weeks. Read from rollups kept in the writing transaction, never by scanning reviews, invitations or the ledger.',
          security,
          params: IdParam(),
          querystring: StrictObject({
            weeks: Type.Optional(Type.Integer({ minimum: 4, maximum: 52, default: 12 })),
          }),
          response: { 200: DashboardSchema, ...errorResponses },
        },
      },
      async (request) =>
        dashboard(principalOf(request).accountId, request.params.id, request.query.weeks ?? 12),
    );
  };
}

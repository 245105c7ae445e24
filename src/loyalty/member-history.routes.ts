/**
 * What the admin's member page shows beside the ledger: the open lots with the day each
 * expires (the channel's calendar) and the friends the member referred.
 */
import { Type } from 'typebox';
import { type Auth, principalOf } from '../accounts/index.js';
import { AppError } from '../platform/errors.js';
import { errorResponses } from '../platform/http/schemas.js';
import type { HttpServer } from '../platform/http/server.js';
import { BASE, adminDoc as doc, MemberParams } from './admin-routes.shared.js';
import { expiresOn } from './expiry-dates.js';
import { channelOf, type LoyaltyDeps } from './loyalty.context.js';
import { openLots } from './points-store.js';

const MEMBER = `${BASE}/members/:memberId`;

const LotSchema = Type.Object({
  lotId: Type.String(),
  remaining: Type.Integer(),
  expiresAt: Type.Union([Type.String(), Type.Null()]),
  /** The last day (channel's time zone) the points can be spent. */
  expiresOn: Type.Union([Type.String(), Type.Null()]),
});
const ReferralSchema = Type.Object({
  referralId: Type.String(),
  friendEmail: Type.String(),
  orderId: Type.String(),
  status: Type.String({ description: 'rewarded | refused' }),
  reason: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String(),
});

export function memberHistoryRoutes(deps: { auth: Auth; loyalty: LoyaltyDeps }) {
  const { auth, loyalty } = deps;
  const { db } = loyalty;
  const read = { onRequest: auth.require('loyalty:read') };

  async function owned(accountId: string, channelId: string, memberId: string) {
    const channel = await channelOf(loyalty, accountId, channelId);
    const member = await db
      .selectFrom('loyalty_members')
      .select('id')
      .where('id', '=', memberId)
      .where('channel_id', '=', channel.id)
      .where('account_id', '=', accountId)
      .executeTakeFirst();
    if (!member) throw AppError.notFound('member');
    return channel;
  }

  return async function register(app: HttpServer) {
    app.get(
      `${MEMBER}/lots`,
      {
        ...read,
        schema: {
          ...doc('The member’s points lots with points left, oldest first (spent first)'),
          params: MemberParams,
          response: { 200: Type.Array(LotSchema), ...errorResponses },
        },
      },
      async (request) => {
        const { channelId, memberId } = request.params;
        const channel = await owned(principalOf(request).accountId, channelId, memberId);
        return (await openLots(db, memberId)).map((lot) => ({
          lotId: lot.id,
          remaining: lot.remaining,
          expiresAt: lot.expiresAt,
          expiresOn: lot.expiresAt ? expiresOn(new Date(lot.expiresAt), channel.timeZone) : null,
        }));
      },
    );
    app.get(
      `${MEMBER}/referrals`,
      {
        ...read,
        schema: {
          ...doc('Friends the member referred, newest first (at most 200)'),
          params: MemberParams,
          response: { 200: Type.Array(ReferralSchema), ...errorResponses },
        },
      },
      async (request) => {
        const { channelId, memberId } = request.params;
        await owned(principalOf(request).accountId, channelId, memberId);
        const rows = await db
          .selectFrom('loyalty_referrals')
          .selectAll()
          .where('referrer_id', '=', memberId)
          .orderBy('created_at', 'desc')
          .limit(200)
          .execute();
        return rows.map((row) => ({
          referralId: row.id,
          friendEmail: row.friend_email,
          orderId: row.order_id,
          status: row.status,
          reason: row.reason,
          createdAt: row.created_at,
        }));
      },
    );
  };
}

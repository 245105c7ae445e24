/**
 * The customer hub's per-request reads, built and compiled once: on this hot path, building
 * and compiling a Kysely query took two to four times what the database took to answer it.
 * Constants are written into the SQL (`sql.lit`) rather than bound: on SQLite, a bound limit
 * or threshold made these lookups two to three times slower than the same literal.
 */
import { sql } from 'kysely';
import { preparedQuery } from '../platform/db/index.js';
import type { Lot } from './ledger.js';
import type { Db, MemberRow } from './points-store.js';
import type { CouponRow } from './redemption.js';

export type HubMemberRow = MemberRow & { hub_pending_points: number | string };

const member = preparedQuery(['channelId', 'email'] as const, (db: Db, param) =>
  db
    .selectFrom('loyalty_members as m')
    .selectAll('m')
    .select((eb) =>
      eb
        .selectFrom('loyalty_orders as o')
        .select(sql<number>`coalesce(sum(o.pending_points), 0)`.as('points'))
        .whereRef('o.member_id', '=', 'm.id')
        .where('o.state', '=', sql.lit('pending'))
        .as('hub_pending_points'),
    )
    .where('m.channel_id', '=', param('channelId'))
    .where('m.email', '=', param('email')),
);
const coupons = preparedQuery(['memberId'] as const, (db: Db, param) =>
  db
    .selectFrom('loyalty_coupons')
    .selectAll()
    .where('member_id', '=', param('memberId'))
    .where('state', 'in', [sql.lit('issued'), sql.lit('applied')])
    .orderBy('created_at', 'desc')
    .limit(sql.lit(200)),
);
const lots = preparedQuery(['memberId'] as const, (db: Db, param) =>
  db
    .selectFrom('loyalty_lots')
    .select(['id', 'remaining', 'expires_at'])
    .where('member_id', '=', param('memberId'))
    .where('remaining', '>', sql.lit(0))
    .orderBy('created_at')
    .orderBy('id'),
);

// Tier progress (as `progressOf` in points.service.ts): points earned, or money spent, in the window.
const earned = preparedQuery(['memberId', 'from', 'until'] as const, (db: Db, param) =>
  db
    .selectFrom('loyalty_ledger')
    .select(sql<number>`coalesce(sum(points), 0)`.as('total'))
    .where('member_id', '=', param('memberId'))
    .where('kind', 'in', [sql.lit('credit'), sql.lit('reversal')])
    .where('created_at', '>=', param('from'))
    .where('created_at', '<=', param('until')),
);
const spent = preparedQuery(['memberId', 'from', 'until'] as const, (db: Db, param) =>
  db
    .selectFrom('loyalty_orders')
    .select(sql<number>`coalesce(sum(spend), 0)`.as('total'))
    .where('member_id', '=', param('memberId'))
    .where('state', '=', sql.lit('awarded'))
    .where('placed_at', '>=', param('from'))
    .where('placed_at', '<', param('until')),
);

/** The hub's reads on one database. */
export function createHubQueries(db: Db) {
  return {
    /** The member with this (normalised) email and the points pending on their orders. */
    async member(channelId: string, email: string): Promise<HubMemberRow | undefined> {
      const [row] = await member(db, { channelId, email: email.trim().toLowerCase() });
      return row as HubMemberRow | undefined;
    },
    /** Coupons still usable (issued or applied), newest first, as `couponsOf(…, true)`. */
    availableCoupons(memberId: string): Promise<CouponRow[]> {
      return coupons(db, { memberId }) as Promise<CouponRow[]>;
    },
    /** Progress toward the next tier since `from`: the same figure `progressOf` computes. */
    async tierProgress(
      memberId: string,
      basis: 'points' | 'spend',
      from: Date,
      until: Date,
    ): Promise<number> {
      const values = { memberId, from: from.toISOString(), until: until.toISOString() };
      const [row] = await (basis === 'spend' ? spent : earned)(db, values);
      return Number(row?.total ?? 0);
    },
    /** Lots with points left, oldest first, as `openLots`. */
    async openLots(memberId: string): Promise<Lot[]> {
      const rows = await lots(db, { memberId });
      return rows.map((row) => ({ id: row.id, remaining: Number(row.remaining), expiresAt: row.expires_at }));
    },
  };
}

export type HubQueries = ReturnType<typeof createHubQueries>;

/**
 * The customer hub's own read: the member with the points pending on their orders, in one
 * statement compiled once (on this hot path, building and compiling a Kysely query took two to
 * four times what the database took to answer it). Lots, coupons and tier progress come from
 * the same compiled queries the rest of loyalty uses (`openLots`, `couponsOf`, `progressOf`).
 */
import { sql } from 'kysely';
import { commitMark, type Param, preparedQuery } from '../platform/db/index.js';
import type { Db, MemberRow } from './points-store.js';

export type HubMemberRow = MemberRow & { hub_pending_points: number | string };

const memberWithPending = preparedQuery((db: Db, param: Param<{ channelId: string; email: string }>) =>
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

const memberVersion = preparedQuery((db: Db, param: Param<{ channelId: string; email: string }>) =>
  db
    .selectFrom('loyalty_members')
    .select(['id', 'hub_version'])
    .where('channel_id', '=', param('channelId'))
    .where('email', '=', param('email')),
);

/** The member's id and hub version (migration 0024): all a kept hub view needs to read. */
export async function hubMemberVersion(
  db: Db,
  channelId: string,
  email: string,
): Promise<{ id: string; version: number } | undefined> {
  const [row] = await memberVersion(db, { channelId, email: email.trim().toLowerCase() });
  return row ? { id: row.id, version: Number(row.hub_version) } : undefined;
}

/**
 * `hubMemberVersion` at once, where SQLite can answer without a promise (`PreparedQuery.now`):
 * the member's id and version, null for no such member, undefined when it cannot be read now.
 */
export function hubMemberVersionNow(
  db: Db,
  channelId: string,
  email: string,
): { id: string; version: number } | null | undefined {
  const rows = memberVersion.now(db, { channelId, email: email.trim().toLowerCase() });
  if (rows === undefined) return undefined;
  const [row] = rows;
  return row ? { id: row.id, version: Number(row.hub_version) } : null;
}

/**
 * `hubMemberVersionNow` read again only when something was committed to the database since the
 * last read for the same key (`commitMark`: any process's commit, this one's included), so that
 * a member's repeated page views read no table while nothing was written. The key is the
 * verified shopper (its identity object); PostgreSQL has no mark and reads every time.
 */
export function createKeptMemberVersions() {
  const kept = new WeakMap<object, { mark: number; id: string; version: number }>();
  return function memberVersionNow(
    db: Db,
    key: object,
    channelId: string,
    email: string,
  ): { id: string; version: number } | null | undefined {
    // Marked before the read: should a commit land between the two, the next mark differs.
    const mark = commitMark(db);
    if (mark !== undefined) {
      const known = kept.get(key);
      if (known?.mark === mark) return known;
    }
    const read = hubMemberVersionNow(db, channelId, email);
    if (read && mark !== undefined) kept.set(key, { mark, id: read.id, version: read.version });
    return read;
  };
}

/** The member with this (normalised) email, as `memberByEmail`, and the points pending on their orders. */
export async function hubMember(db: Db, channelId: string, email: string): Promise<HubMemberRow | undefined> {
  const [row] = await memberWithPending(db, { channelId, email: email.trim().toLowerCase() });
  return row as HubMemberRow | undefined;
}

/**
 * The nightly expiry run, set-based. Tonight's lots are read in batches along
 * `loyalty_lots_due_idx` (channel, expiry, member, lot) with an index-only range scan, and one
 * transaction books each batch with a handful of statements — one ledger entry
 * `expire:<lotId>` per lot, the cached balances, the lots — plus one points.expired event per
 * member. Never a per-member loop. Notices (points.expiring) are written in one
 * INSERT … SELECT and announced in pages.
 */
import { sql } from 'kysely';
import type { NewEvent } from '../platform/jobs/index.js';
import { referralUrl } from './coupon-codes.js';
import { expiresOn } from './expiry-dates.js';
import type { ChannelInfo, LoyaltyDeps } from './loyalty.context.js';
import {
  LOYALTY_EVENTS,
  type MemberSnapshot,
  type MemberState,
  type TierSnapshot,
} from './loyalty.events.js';
import type { LoyaltySettings } from './loyalty-settings.js';
import type { Db } from './points-store.js';

/**
 * Lots per expiry transaction, and notices per announcing transaction. A batch names up to this
 * many lots and members as bound parameters: keep it under SQLite's 32,766.
 */
export const EXPIRY_BATCH = 10_000;

/** The member columns an event's snapshot is built from. */
const MEMBER_COLUMNS = [
  'id',
  'channel_id',
  'email',
  'customer_id',
  'state',
  'balance',
  'pin',
  'referral_code',
  'last_activity_at',
  'tier_id',
] as const;

interface MemberColumns {
  id: string;
  channel_id: string;
  email: string;
  customer_id: string | null;
  state: string;
  balance: number;
  pin: string;
  referral_code: string;
  last_activity_at: string | null;
  tier_id: string | null;
}

/** A lot's position in `loyalty_lots_due_idx` within its channel. */
interface DueKey {
  expires_at: string;
  member_id: string;
  id: string;
}

/** The earliest open expiry of each member: when, and how many points go then. */
async function nextExpiries(
  db: Db,
  memberIds: readonly string[],
): Promise<Map<string, { points: number; expiresAt: string }>> {
  const next = new Map<string, { points: number; expiresAt: string }>();
  if (memberIds.length === 0) return next;
  // Literal `remaining > 0`: SQLite only picks an index whose WHERE the query visibly implies.
  const { rows } = await sql<{ member_id: string; expires_at: string; points: number }>`
    select member_id, expires_at, sum(remaining) as points from loyalty_lots
    where member_id in (${sql.join(memberIds)}) and remaining > 0 and expires_at is not null
    group by member_id, expires_at`.execute(db);
  for (const row of rows) {
    const seen = next.get(row.member_id);
    if (!seen || row.expires_at < seen.expiresAt) {
      next.set(row.member_id, { points: Number(row.points), expiresAt: row.expires_at });
    }
  }
  return next;
}

/** Builds the snapshots of members read (or updated) in this transaction. */
async function snapshotsOf(
  db: Db,
  members: readonly MemberColumns[],
  channel: ChannelInfo,
  settings: LoyaltySettings,
): Promise<Map<string, MemberSnapshot>> {
  const out = new Map<string, MemberSnapshot>();
  if (members.length === 0) return out;
  const tiers = new Map<string, TierSnapshot>();
  const tierIds = [...new Set(members.flatMap((m) => (m.tier_id === null ? [] : [m.tier_id])))];
  if (tierIds.length > 0) {
    const rows = await db
      .selectFrom('loyalty_tiers')
      .select(['id', 'name', 'icon_url'])
      .where('id', 'in', tierIds)
      .execute();
    for (const t of rows) tiers.set(t.id, { tierId: t.id, name: t.name, iconUrl: t.icon_url ?? null });
  }
  const next = await nextExpiries(
    db,
    members.map((m) => m.id),
  );
  // Many members share expiry instants: format each instant's local date once.
  const dates = new Map<string, string>();
  const dateOf = (expiresAt: string) => {
    let date = dates.get(expiresAt);
    if (date === undefined) {
      date = expiresOn(new Date(expiresAt), channel.timeZone);
      dates.set(expiresAt, date);
    }
    return date;
  };
  for (const m of members) {
    const expiry = next.get(m.id);
    out.set(m.id, {
      memberId: m.id,
      channelId: m.channel_id,
      email: m.email,
      customerId: m.customer_id,
      state: m.state as MemberState,
      balance: Number(m.balance),
      pin: m.pin,
      referralCode: m.referral_code,
      referralUrl: referralUrl(settings.referral.urlTemplate, channel.domain, m.referral_code),
      tier: (m.tier_id && tiers.get(m.tier_id)) || null,
      nextExpiry: expiry ? { ...expiry, date: dateOf(expiry.expiresAt) } : null,
      lastActivityAt: m.last_activity_at,
    });
  }
  return out;
}

/** Snapshots of many members at once (tier and next expiry included) for batch events. */
export async function memberSnapshots(
  db: Db,
  memberIds: readonly string[],
  channel: ChannelInfo,
  settings: LoyaltySettings,
): Promise<Map<string, MemberSnapshot>> {
  if (memberIds.length === 0) return new Map();
  const members = await db
    .selectFrom('loyalty_members')
    .select([...MEMBER_COLUMNS])
    .where('id', 'in', memberIds)
    .execute();
  return snapshotsOf(db, members, channel, settings);
}

/** Expires every lot of the channel due at `now`; returns how many points and lots went. */
export async function expireDueLots(
  deps: LoyaltyDeps,
  channel: ChannelInfo,
  settings: LoyaltySettings,
  now: Date,
): Promise<{ lots: number; points: number; members: number }> {
  const at = now.toISOString();
  const totals = { lots: 0, points: 0, members: 0 };
  let after: DueKey | null = null;
  for (;;) {
    // The next batch of tonight's lots, in due-index order after the previous batch: an
    // index-only range scan. (Lists of ids, not key ranges, in the statements below: they give
    // PostgreSQL's planner exact row counts, where a row-value range is guessed ten times off.)
    const { rows: batch }: { rows: DueKey[] } = await sql<DueKey>`
      select expires_at, member_id, id from loyalty_lots
      where channel_id = ${channel.id} and remaining > 0 and expires_at <= ${at}
        ${after ? sql`and (expires_at, member_id, id) > (${after.expires_at}, ${after.member_id}, ${after.id})` : sql``}
      order by expires_at, member_id, id limit ${EXPIRY_BATCH}`.execute(deps.db);
    const last: DueKey | undefined = batch[batch.length - 1];
    if (!last) return totals;
    const lotIds = sql.join(batch.map((lot) => lot.id));
    const memberIds = [...new Set(batch.map((lot) => lot.member_id))].sort();
    // Naming the members too keeps PostgreSQL off a scan of the whole members table.
    const members = sql.join(memberIds);
    await deps.db.transaction().execute(async (trx) => {
      if (deps.kind === 'postgres') {
        // Short statements over indexed rows: compiling them with LLVM costs more than it saves.
        await sql`set local jit = off`.execute(trx);
        // Same lock as a redemption takes, in id order so concurrent batches cannot deadlock.
        await sql`select id from loyalty_members where id in (${members}) order by id for update`.execute(
          trx,
        );
      }
      // `remaining > 0` is re-checked under the lock: a lot spent meanwhile has less (or nothing) left.
      const booked = await sql<{ member_id: string; points: number }>`
        insert into loyalty_ledger
          (id, account_id, channel_id, member_id, kind, points, balance_after, idempotency_key, cause,
           reference, reason, actor, uncollected, created_at)
        select 'le_x' || l.id, l.account_id, l.channel_id, l.member_id, 'expiry', -l.remaining,
          m.balance - sum(l.remaining) over (partition by l.member_id order by l.id rows unbounded preceding),
          'expire:' || l.id, 'expiry', l.id, null, null, 0, ${at}
        from loyalty_lots l join loyalty_members m on m.id = l.member_id
        where l.id in (${lotIds}) and l.remaining > 0 and m.id in (${members})
        on conflict do nothing
        returning member_id, points`.execute(trx);
      const expired = new Map<string, number>();
      for (const row of booked.rows) {
        expired.set(row.member_id, (expired.get(row.member_id) ?? 0) - Number(row.points));
      }
      // The members as they are after the batch, for the events.
      const updated = await sql<MemberColumns>`
        update loyalty_members set balance = loyalty_members.balance - e.points, updated_at = ${at}
        from (select member_id, sum(remaining) as points from loyalty_lots
              where id in (${lotIds}) and remaining > 0 group by member_id) as e
        where loyalty_members.id = e.member_id and loyalty_members.id in (${members})
        returning ${sql.join(MEMBER_COLUMNS.map((c) => sql.ref(c)))}`.execute(trx);
      await sql`update loyalty_lots set remaining = 0 where id in (${lotIds}) and remaining > 0`.execute(trx);
      const snapshots = await snapshotsOf(trx, updated.rows, channel, settings);
      const events: NewEvent<'points.expired'>[] = [];
      for (const [memberId, points] of expired) {
        const member = snapshots.get(memberId);
        if (!member || points <= 0) continue;
        events.push({
          type: LOYALTY_EVENTS.pointsExpired,
          accountId: channel.accountId,
          channelId: channel.id,
          payload: { member, points, expiredAt: at },
          occurredAt: now,
        });
        totals.points += points;
      }
      await deps.jobs.appendEvents(trx, events);
      totals.members += events.length;
      totals.lots += booked.rows.length;
    });
    after = last;
  }
}

/**
 * Writes the notices for points that expire on `date` (one per member, only when more than
 * zero points go) and announces each one once as points.expiring.
 */
export async function sendExpiryNotices(
  deps: LoyaltyDeps,
  channel: ChannelInfo,
  settings: LoyaltySettings,
  window: { date: string; from: Date; until: Date },
  now: Date,
): Promise<number> {
  const at = now.toISOString();
  await sql`
    insert into loyalty_notices (member_id, expires_on, channel_id, points, expires_at, announced, created_at)
    select l.member_id, ${window.date}, l.channel_id, sum(l.remaining), max(l.expires_at), 0, ${at}
    from loyalty_lots l join loyalty_members m on m.id = l.member_id
    where l.channel_id = ${channel.id} and l.remaining > 0 and m.state <> 'excluded'
      and l.expires_at > ${window.from.toISOString()} and l.expires_at <= ${window.until.toISOString()}
    group by l.member_id, l.channel_id
    having sum(l.remaining) > 0
    on conflict do nothing`.execute(deps.db);
  let announced = 0;
  for (;;) {
    const announcedInPage = await deps.db.transaction().execute(async (trx) => {
      // Literal `announced = 0`: the pending-notices index is partial on it.
      const { rows: page } = await sql<{
        member_id: string;
        expires_on: string;
        points: number;
        expires_at: string;
      }>`select member_id, expires_on, points, expires_at from loyalty_notices
        where channel_id = ${channel.id} and announced = 0
        order by member_id, expires_on limit ${EXPIRY_BATCH}`.execute(trx);
      const last = page[page.length - 1];
      if (!last) return 0;
      const snapshots = await memberSnapshots(
        trx,
        [...new Set(page.map((n) => n.member_id))],
        channel,
        settings,
      );
      const events: NewEvent<'points.expiring'>[] = [];
      for (const notice of page) {
        const member = snapshots.get(notice.member_id);
        if (!member) continue;
        events.push({
          type: LOYALTY_EVENTS.pointsExpiring,
          accountId: channel.accountId,
          channelId: channel.id,
          payload: {
            member,
            points: Number(notice.points),
            date: notice.expires_on,
            expiresAt: notice.expires_at,
          },
          occurredAt: now,
        });
      }
      await deps.jobs.appendEvents(trx, events);
      // Exactly this page: the pending notices up to its last (member, day), in the index order.
      await sql`update loyalty_notices set announced = 1
        where channel_id = ${channel.id} and announced = 0
          and (member_id, expires_on) <= (${last.member_id}, ${last.expires_on})`.execute(trx);
      return page.length;
    });
    if (announcedInPage === 0) return announced;
    announced += announcedInPage;
  }
}

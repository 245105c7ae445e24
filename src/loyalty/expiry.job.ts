/**
 * The nightly expiry run, set-based: lots that reached their expiry instant are expired in
 * batches with a handful of SQL statements each (one ledger entry `expire:<lotId>` per lot, the
 * cached balances, the lots), never a per-member loop; then one points.expired event per member
 * and batch. Notices (points.expiring) are written in one INSERT … SELECT and announced in pages.
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
  type PointsExpired,
  type PointsExpiring,
} from './loyalty.events.js';
import type { LoyaltySettings } from './loyalty-settings.js';
import type { Db } from './points-store.js';

export const EXPIRY_BATCH = 5000;

/** Snapshots of many members at once (tier and next expiry included) for batch events. */
export async function memberSnapshots(
  db: Db,
  memberIds: readonly string[],
  channel: ChannelInfo,
  settings: LoyaltySettings,
): Promise<Map<string, MemberSnapshot>> {
  const out = new Map<string, MemberSnapshot>();
  if (memberIds.length === 0) return out;
  const members = await db
    .selectFrom('loyalty_members as m')
    .leftJoin('loyalty_tiers as t', 't.id', 'm.tier_id')
    .select([
      'm.id',
      'm.channel_id',
      'm.email',
      'm.customer_id',
      'm.state',
      'm.balance',
      'm.pin',
      'm.referral_code',
      'm.last_activity_at',
      't.id as tier_id',
      't.name as tier_name',
      't.icon_url as tier_icon',
    ])
    .where('m.id', 'in', memberIds)
    .execute();
  const expiries = await db
    .selectFrom('loyalty_lots')
    .select(['member_id', 'expires_at', sql<number>`sum(remaining)`.as('points')])
    .where('member_id', 'in', memberIds)
    .where('remaining', '>', 0)
    .where('expires_at', 'is not', null)
    .groupBy(['member_id', 'expires_at'])
    .execute();
  const next = new Map<string, { points: number; expiresAt: string }>();
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
  for (const row of expiries) {
    const seen = next.get(row.member_id);
    if (row.expires_at !== null && (!seen || row.expires_at < seen.expiresAt)) {
      next.set(row.member_id, { points: Number(row.points), expiresAt: row.expires_at });
    }
  }
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
      tier:
        m.tier_id && m.tier_name
          ? { tierId: m.tier_id, name: m.tier_name, iconUrl: m.tier_icon ?? null }
          : null,
      nextExpiry: expiry ? { ...expiry, date: dateOf(expiry.expiresAt) } : null,
      lastActivityAt: m.last_activity_at,
    });
  }
  return out;
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
  for (;;) {
    const batch = await deps.db
      .selectFrom('loyalty_lots')
      .select(['id', 'member_id'])
      .where('expires_at', '<=', at)
      .where('remaining', '>', 0)
      .where('channel_id', '=', channel.id)
      .orderBy('expires_at')
      .limit(EXPIRY_BATCH)
      .execute();
    if (batch.length === 0) return totals;
    const lotIds = batch.map((lot) => lot.id);
    const memberIds = [...new Set(batch.map((lot) => lot.member_id))].sort();
    await deps.db.transaction().execute(async (trx) => {
      if (deps.kind === 'postgres') {
        // Same lock as a redemption takes, in id order so concurrent batches cannot deadlock.
        await trx
          .selectFrom('loyalty_members')
          .select('id')
          .where('id', 'in', memberIds)
          .orderBy('id')
          .forUpdate()
          .execute();
      }
      const expiring = await trx
        .selectFrom('loyalty_lots')
        .select(['member_id', sql<number>`sum(remaining)`.as('points')])
        .where('id', 'in', lotIds)
        .where('remaining', '>', 0)
        .groupBy('member_id')
        .execute();
      await sql`
        insert into loyalty_ledger
          (id, account_id, channel_id, member_id, kind, points, balance_after, idempotency_key, cause,
           reference, reason, actor, uncollected, created_at)
        select 'le_x' || l.id, l.account_id, l.channel_id, l.member_id, 'expiry', -l.remaining,
          m.balance - sum(l.remaining) over (partition by l.member_id order by l.id rows unbounded preceding),
          'expire:' || l.id, 'expiry', l.id, null, null, 0, ${at}
        from loyalty_lots l join loyalty_members m on m.id = l.member_id
        where l.id in (${sql.join(lotIds)}) and l.remaining > 0
        on conflict do nothing`.execute(trx);
      // A join, not a correlated subquery: one pass over this batch's lots, then members by key.
      await sql`
        update loyalty_members set balance = loyalty_members.balance - e.points, updated_at = ${at}
        from (select member_id, sum(remaining) as points from loyalty_lots
              where id in (${sql.join(lotIds)}) and remaining > 0 group by member_id) as e
        where loyalty_members.id = e.member_id`.execute(trx);
      await trx
        .updateTable('loyalty_lots')
        .set({ remaining: 0 })
        .where('id', 'in', lotIds)
        .where('remaining', '>', 0)
        .execute();
      const snapshots = await memberSnapshots(trx, memberIds, channel, settings);
      const events: NewEvent<PointsExpired>[] = [];
      for (const row of expiring) {
        const member = snapshots.get(row.member_id);
        if (!member || Number(row.points) <= 0) continue;
        events.push({
          type: LOYALTY_EVENTS.pointsExpired,
          accountId: channel.accountId,
          channelId: channel.id,
          payload: { member, points: Number(row.points), expiredAt: at },
          occurredAt: now,
        });
        totals.points += Number(row.points);
      }
      await deps.jobs.appendEvents(trx, events);
      totals.members += events.length;
    });
    totals.lots += batch.length;
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
    const page = await deps.db
      .selectFrom('loyalty_notices')
      .selectAll()
      .where('channel_id', '=', channel.id)
      .where('announced', '=', 0)
      .orderBy('member_id')
      .limit(EXPIRY_BATCH)
      .execute();
    if (page.length === 0) return announced;
    await deps.db.transaction().execute(async (trx) => {
      const snapshots = await memberSnapshots(
        trx,
        page.map((notice) => notice.member_id),
        channel,
        settings,
      );
      const events: NewEvent<PointsExpiring>[] = [];
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
      await trx
        .updateTable('loyalty_notices')
        .set({ announced: 1 })
        .where(
          'member_id',
          'in',
          page.map((notice) => notice.member_id),
        )
        .where('expires_on', 'in', [...new Set(page.map((notice) => notice.expires_on))])
        .where('announced', '=', 0)
        .execute();
    });
    announced += page.length;
  }
}

/**
 * Booking with its consequences, in the caller's transaction: the ledger entry, the
 * points.credited / points.debited event, and an immediate tier upgrade when earning reaches one.
 */
import { sql } from 'kysely';
import { type Param, preparedQuery } from '../platform/db/index.js';
import type { ChannelInfo, LoyaltyDeps } from './loyalty.context.js';
import { LOYALTY_EVENTS, type PointsChanged, type TierChanged } from './loyalty.events.js';
import type { LoyaltySettings } from './loyalty-settings.js';
import { memberSnapshot, tierSnapshot } from './members.js';
import {
  type BookOutcome,
  type BookRequest,
  bookEntry,
  type Db,
  lockMember,
  type MemberRow,
} from './points-store.js';
import { decideAtPeriodEnd, decideOnActivity, progressWindow, type TierRule } from './tiers.js';

export type BookSpec = Omit<BookRequest, 'member' | 'settings' | 'timeZone' | 'now'>;

/** Locks the member, books, announces; throws `DuplicateBooking` for a key already booked. */
export async function bookAndAnnounce(
  trx: Db,
  deps: LoyaltyDeps,
  channel: ChannelInfo,
  settings: LoyaltySettings,
  memberId: string,
  spec: BookSpec,
): Promise<BookOutcome> {
  const member = await lockMember(trx, memberId);
  if (!member) throw new Error(`member ${memberId} vanished`);
  const now = deps.clock.now();
  const outcome = await bookEntry(trx, { ...spec, member, settings, timeZone: channel.timeZone, now });
  if (!outcome.ok) return outcome;
  let current = outcome.member;
  if (outcome.entry.points > 0 && spec.kind !== 'adjustment') {
    current = await reviewTierOnActivity(trx, deps, channel, settings, current);
  }
  if (outcome.entry.points !== 0) {
    const payload: PointsChanged = {
      member: await memberSnapshot(trx, current, channel, settings),
      entry: outcome.entry,
    };
    await deps.jobs.appendEvents(trx, [
      {
        type: outcome.entry.points > 0 ? LOYALTY_EVENTS.pointsCredited : LOYALTY_EVENTS.pointsDebited,
        accountId: channel.accountId,
        channelId: channel.id,
        payload,
        occurredAt: now,
      },
    ]);
  }
  return { ...outcome, member: current };
}

export async function tiersOf(
  db: Db,
  channelId: string,
): Promise<Array<TierRule & { multiplierPct: number }>> {
  const rows = await db
    .selectFrom('loyalty_tiers')
    .select(['id', 'threshold', 'multiplier_pct'])
    .where('channel_id', '=', channelId)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    threshold: Number(row.threshold),
    multiplierPct: row.multiplier_pct,
  }));
}

// Constants are written into the SQL (`sql.lit`): on SQLite a bound threshold made these
// lookups two to three times slower than the same literal.
const earnedIn = preparedQuery((db: Db, param: Param<{ memberId: string; from: string; until: string }>) =>
  db
    .selectFrom('loyalty_ledger')
    .select(sql<number>`coalesce(sum(points), 0)`.as('total'))
    .where('member_id', '=', param('memberId'))
    .where('kind', 'in', [sql.lit('credit'), sql.lit('reversal')])
    .where('created_at', '>=', param('from'))
    .where('created_at', '<=', param('until')),
);
const spentIn = preparedQuery((db: Db, param: Param<{ memberId: string; from: string; until: string }>) =>
  db
    .selectFrom('loyalty_orders')
    .select(sql<number>`coalesce(sum(spend), 0)`.as('total'))
    .where('member_id', '=', param('memberId'))
    .where('state', '=', sql.lit('awarded'))
    .where('placed_at', '>=', param('from'))
    .where('placed_at', '<', param('until')),
);

/** Points earned (credits less reversals) or money spent (kept order totals) since `from`. */
export async function progressOf(
  db: Db,
  memberId: string,
  basis: LoyaltySettings['tiers']['basis'],
  from: Date,
  until: Date,
): Promise<number> {
  const values = { memberId, from: from.toISOString(), until: until.toISOString() };
  const [row] = await (basis === 'spend' ? spentIn : earnedIn)(db, values);
  return Number(row?.total ?? 0);
}

async function changeTier(
  trx: Db,
  deps: LoyaltyDeps,
  channel: ChannelInfo,
  settings: LoyaltySettings,
  member: MemberRow,
  next: { tierId: string | null; holdUntil: Date | null; direction: 'up' | 'down' },
): Promise<MemberRow> {
  const at = deps.clock.now().toISOString();
  const updated: MemberRow = {
    ...member,
    tier_id: next.tierId,
    tier_held_until: next.holdUntil?.toISOString() ?? null,
    updated_at: at,
  };
  await trx
    .updateTable('loyalty_members')
    .set({ tier_id: updated.tier_id, tier_held_until: updated.tier_held_until, updated_at: at })
    .where('id', '=', member.id)
    .execute();
  const payload: TierChanged = {
    member: await memberSnapshot(trx, updated, channel, settings),
    previous: await tierSnapshot(trx, member.tier_id),
    current: await tierSnapshot(trx, next.tierId),
    direction: next.direction,
  };
  await deps.jobs.appendEvents(trx, [
    { type: LOYALTY_EVENTS.tierChanged, accountId: channel.accountId, channelId: channel.id, payload },
  ]);
  return updated;
}

/** What every tier review starts from: the channel's tiers, now, and the current progress window. */
async function tierReview(trx: Db, deps: LoyaltyDeps, channel: ChannelInfo, settings: LoyaltySettings) {
  const tiers = await tiersOf(trx, channel.id);
  const now = deps.clock.now();
  return { tiers, now, window: progressWindow(settings.tiers, now, channel.timeZone) };
}

/** A review of a member's tier: the member as it stands after it. */
type TierReview = (
  trx: Db,
  deps: LoyaltyDeps,
  channel: ChannelInfo,
  settings: LoyaltySettings,
  member: MemberRow,
) => Promise<MemberRow>;

/** Upgrades at once when the current period's progress reaches a higher tier. */
export const reviewTierOnActivity: TierReview = async (trx, deps, channel, settings, member) => {
  if (member.state !== 'member') return member;
  const { tiers, now, window } = await tierReview(trx, deps, channel, settings);
  if (tiers.length === 0) return member;
  const progress = await progressOf(trx, member.id, settings.tiers.basis, window.from, now);
  const decision = decideOnActivity(tiers, member.tier_id, progress, window.holdUntil);
  if (!decision.change) return member;
  return changeTier(trx, deps, channel, settings, member, decision);
};

/** At the end of the period a tier was held for: keep what the closed period earned (may be lower). */
export const reviewTierAtPeriodEnd: TierReview = async (trx, deps, channel, settings, member) => {
  const { tiers, now, window } = await tierReview(trx, deps, channel, settings);
  const heldUntil = new Date(member.tier_held_until ?? now.toISOString());
  const closedFrom =
    settings.tiers.period === 'calendar'
      ? progressWindow(settings.tiers, new Date(heldUntil.getTime() - 1), channel.timeZone).from
      : window.from;
  const progress = await progressOf(trx, member.id, settings.tiers.basis, closedFrom, heldUntil);
  const decision = decideAtPeriodEnd(tiers, member.tier_id, progress, window.holdUntil);
  if (!decision.change) {
    const at = now.toISOString();
    const holdUntil = member.tier_id === null ? null : window.holdUntil.toISOString();
    await trx
      .updateTable('loyalty_members')
      .set({ tier_held_until: holdUntil, updated_at: at })
      .where('id', '=', member.id)
      .execute();
    return { ...member, tier_held_until: holdUntil, updated_at: at };
  }
  return changeTier(trx, deps, channel, settings, member, {
    tierId: decision.tierId,
    holdUntil: decision.holdUntil,
    direction: decision.direction,
  });
};

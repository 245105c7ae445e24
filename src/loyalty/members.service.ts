/**
 * Members as the merchant manages them: lookup by email, ledger, manual adjustments (reason
 * and acting user recorded), explicit enrolment, exclusion, PIN regeneration.
 */

import { sql } from 'kysely';
import type { ContactsService } from '../contacts/index.js';
import { AppError } from '../platform/errors.js';
import { newId } from '../platform/ids.js';
import { keysetPage } from '../platform/pages.js';
import { type ChannelInfo, channelOf, type LoyaltyDeps, loadSettings } from './loyalty.context.js';
import type { CouponSnapshot } from './loyalty.events.js';
import {
  type LedgerEntrySnapshot,
  LOYALTY_EVENTS,
  type MemberSnapshot,
  type PinChanged,
} from './loyalty.events.js';
import { DEFAULT_SETTINGS, MAX_RULE_POINTS } from './loyalty-settings.js';
import { findOrCreateMember, memberByEmail, memberSnapshot, newPin } from './members.js';
import { bookAndAnnounce } from './points.service.js';
import { type Db, lockMember, type MemberRow, once, toEntrySnapshot } from './points-store.js';
import { couponsOf } from './redemption.js';

export interface MemberView extends MemberSnapshot {
  pendingPoints: number;
  uncollected: number;
  enrolledAt: string | null;
  createdAt: string;
}

export async function pendingPointsOf(db: Db, memberId: string): Promise<number> {
  const row = await db
    .selectFrom('loyalty_orders')
    .select(sql<number>`coalesce(sum(pending_points), 0)`.as('points'))
    .where('member_id', '=', memberId)
    .where('state', '=', 'pending')
    .executeTakeFirst();
  return Number(row?.points ?? 0);
}

export interface AdjustmentInput {
  points: number;
  reason: string;
  actor: string;
  /** Makes a retried request book once. */
  idempotencyKey?: string;
}

/** How many members a search answers at most. */
const SEARCH_LIMIT = 20;

type MemberCursor = { c: string; i: string };

const encodeMemberCursor = (row: MemberRow): string =>
  Buffer.from(JSON.stringify({ c: row.created_at, i: row.id } satisfies MemberCursor)).toString('base64url');

function decodeMemberCursor(cursor: string): MemberCursor {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as MemberCursor;
    if (typeof value.c === 'string' && !Number.isNaN(Date.parse(value.c)) && typeof value.i === 'string')
      return value;
  } catch {
    // fall through to the error below
  }
  throw AppError.invalid('/querystring/cursor', 'is not a cursor of this list');
}

export function createMembersAdmin(deps: LoyaltyDeps, contacts: Pick<ContactsService, 'listCustomers'>) {
  const { db } = deps;

  /**
   * Members whose referral code is `q`, whose email starts with it, or whose customer name
   * (first and last, from contacts) contains it: the merchant types whatever the shopper told them.
   */
  async function search(channel: ChannelInfo, q: string, limit: number): Promise<MemberRow[]> {
    const text = q.trim().toLowerCase();
    const pattern = `${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
    const named = await contacts.listCustomers(channel.accountId, channel.id, { name: text, limit });
    const emails = named.items.map((customer) => customer.email);
    const rows = await db
      .selectFrom('loyalty_members')
      .selectAll()
      .where('channel_id', '=', channel.id)
      .where('account_id', '=', channel.accountId)
      .where((eb) =>
        eb.or([
          eb('referral_code', '=', text),
          sql<boolean>`email like ${pattern} escape '\\'`,
          ...(emails.length > 0 ? [eb('email', 'in', emails)] : []),
        ]),
      )
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
    return rows;
  }

  async function owned(channel: ChannelInfo, memberId: string): Promise<MemberRow> {
    const member = await db
      .selectFrom('loyalty_members')
      .selectAll()
      .where('id', '=', memberId)
      .where('channel_id', '=', channel.id)
      .where('account_id', '=', channel.accountId)
      .executeTakeFirst();
    if (!member) throw AppError.notFound('member');
    return member;
  }

  async function view(channel: ChannelInfo, member: MemberRow): Promise<MemberView> {
    const settings = (await loadSettings(db, channel.id)) ?? DEFAULT_SETTINGS;
    return {
      ...(await memberSnapshot(db, member, channel, settings)),
      pendingPoints: await pendingPointsOf(db, member.id),
      uncollected: Number(member.uncollected),
      enrolledAt: member.enrolled_at,
      createdAt: member.created_at,
    };
  }

  async function setState(
    accountId: string,
    channelId: string,
    memberId: string,
    state: 'member' | 'excluded',
  ) {
    const channel = await channelOf(deps, accountId, channelId);
    const member = await owned(channel, memberId);
    const at = deps.clock.now().toISOString();
    await db
      .updateTable('loyalty_members')
      .set({
        state,
        ...(state === 'member' && !member.enrolled_at ? { enrolled_at: at } : {}),
        updated_at: at,
      })
      .where('id', '=', member.id)
      .execute();
    return view(channel, await owned(channel, memberId));
  }

  return {
    async find(accountId: string, channelId: string, email: string): Promise<MemberView> {
      const channel = await channelOf(deps, accountId, channelId);
      const member = await memberByEmail(db, channel.id, email);
      if (!member) throw AppError.notFound('member');
      return view(channel, member);
    },

    /**
     * Members newest first, a page at a time (`cursor` from the previous page); or the one with
     * `email` (an empty list when there is none); or those `q` finds by referral code, email
     * prefix or name (one page). The cursor is the last row's (created_at, id): a keyset, so a
     * member enrolled while the merchant pages never shifts a row onto the next page twice.
     */
    async list(
      accountId: string,
      channelId: string,
      query: { email?: string; q?: string; limit: number; cursor?: string },
    ): Promise<{ data: MemberView[]; nextCursor?: string }> {
      const channel = await channelOf(deps, accountId, channelId);
      if (query.email !== undefined) {
        const member = await memberByEmail(db, channel.id, query.email);
        return { data: member ? [await view(channel, member)] : [] };
      }
      if (query.q !== undefined && query.q.trim() !== '') {
        const rows = await search(channel, query.q, Math.min(query.limit, SEARCH_LIMIT));
        return { data: await Promise.all(rows.map((row) => view(channel, row))) };
      }
      let select = db
        .selectFrom('loyalty_members')
        .selectAll()
        .where('channel_id', '=', channel.id)
        .where('account_id', '=', channel.accountId);
      if (query.cursor !== undefined) {
        const after = decodeMemberCursor(query.cursor);
        select = select.where((eb) =>
          eb.or([
            eb('created_at', '<', after.c),
            eb.and([eb('created_at', '=', after.c), eb('id', '<', after.i)]),
          ]),
        );
      }
      const rows = await select
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(query.limit + 1)
        .execute();
      const page = rows.slice(0, query.limit);
      const data = await Promise.all(page.map((row) => view(channel, row)));
      const last = page[page.length - 1];
      return rows.length > query.limit && last ? { data, nextCursor: encodeMemberCursor(last) } : { data };
    },

    async get(accountId: string, channelId: string, memberId: string): Promise<MemberView> {
      const channel = await channelOf(deps, accountId, channelId);
      return view(channel, await owned(channel, memberId));
    },

    /** Explicit enrolment by email: creates the member or turns a candidate into one. */
    async enrolByEmail(
      accountId: string,
      channelId: string,
      email: string,
      customerId?: string,
    ): Promise<MemberView> {
      const channel = await channelOf(deps, accountId, channelId);
      const settings = (await loadSettings(db, channel.id)) ?? DEFAULT_SETTINGS;
      const member = await db
        .transaction()
        .execute((trx) =>
          findOrCreateMember(
            trx,
            channel,
            { email, customerId: customerId ?? null },
            'explicit',
            settings,
            deps.clock.now(),
          ),
        );
      return view(channel, member);
    },

    enrol: (accountId: string, channelId: string, memberId: string) =>
      setState(accountId, channelId, memberId, 'member'),
    exclude: (accountId: string, channelId: string, memberId: string) =>
      setState(accountId, channelId, memberId, 'excluded'),

    async ledger(
      accountId: string,
      channelId: string,
      memberId: string,
      page: { limit: number; before?: string },
    ): Promise<{ items: LedgerEntrySnapshot[]; nextCursor?: string }> {
      const channel = await channelOf(deps, accountId, channelId);
      await owned(channel, memberId);
      let query = db.selectFrom('loyalty_ledger').selectAll().where('member_id', '=', memberId);
      if (page.before) query = query.where('id', '<', page.before);
      const rows = await query
        .orderBy('id', 'desc')
        .limit(page.limit + 1)
        .execute();
      return keysetPage(rows, page.limit, toEntrySnapshot, (entry) => entry.entryId);
    },

    async coupons(accountId: string, channelId: string, memberId: string): Promise<CouponSnapshot[]> {
      const channel = await channelOf(deps, accountId, channelId);
      return couponsOf(db, await owned(channel, memberId), false);
    },

    /** A manual credit (points > 0) or debit (points < 0) with a reason and the acting user. */
    async adjust(accountId: string, channelId: string, memberId: string, input: AdjustmentInput) {
      const channel = await channelOf(deps, accountId, channelId);
      const member = await owned(channel, memberId);
      if (!Number.isSafeInteger(input.points) || input.points === 0) {
        throw AppError.invalid('/body/points', 'must be a whole number of points other than 0');
      }
      if (Math.abs(input.points) > MAX_RULE_POINTS) {
        throw AppError.invalid('/body/points', `must be at most ${MAX_RULE_POINTS} either way`);
      }
      if (input.reason.trim() === '') throw AppError.invalid('/body/reason', 'is required');
      const settings = (await loadSettings(db, channel.id)) ?? DEFAULT_SETTINGS;
      const key = `manual:${member.id}:${input.idempotencyKey ?? newId('adj')}`;
      const outcome = await once(db, (trx) =>
        bookAndAnnounce(trx, deps, channel, settings, member.id, {
          kind: 'adjustment',
          cause: 'manual',
          key,
          operation:
            input.points > 0
              ? { type: 'credit', points: input.points }
              : { type: 'reversal', points: -input.points },
          reason: input.reason.trim(),
          actor: input.actor,
        }),
      );
      const entry = await db
        .selectFrom('loyalty_ledger')
        .selectAll()
        .where('channel_id', '=', channel.id)
        .where('idempotency_key', '=', key)
        .executeTakeFirst();
      if (!entry) throw new AppError('internal', 'the adjustment was not booked');
      return { entry: toEntrySnapshot(entry), replayed: outcome.duplicate };
    },

    async regeneratePin(accountId: string, channelId: string, memberId: string): Promise<MemberView> {
      const channel = await channelOf(deps, accountId, channelId);
      await owned(channel, memberId);
      const settings = (await loadSettings(db, channel.id)) ?? DEFAULT_SETTINGS;
      await db.transaction().execute(async (trx) => {
        const member = await lockMember(trx, memberId);
        if (!member) throw AppError.notFound('member');
        const at = deps.clock.now().toISOString();
        let pin = newPin();
        while (pin === member.pin) pin = newPin();
        await trx
          .updateTable('loyalty_members')
          .set({ pin, updated_at: at })
          .where('id', '=', member.id)
          .execute();
        const payload: PinChanged = {
          member: await memberSnapshot(trx, { ...member, pin, updated_at: at }, channel, settings),
        };
        await deps.jobs.appendEvents(trx, [
          { type: LOYALTY_EVENTS.pinChanged, accountId: channel.accountId, channelId: channel.id, payload },
        ]);
      });
      return view(channel, await owned(channel, memberId));
    },
  };
}

export type MembersAdmin = ReturnType<typeof createMembersAdmin>;

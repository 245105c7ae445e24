/**
 * Persists ledger operations: locks the member row, applies the pure ledger math, and writes
 * the entry, the lots and the cached balance in the caller's transaction. The ledger entry is
 * inserted first; a taken idempotency key aborts the whole transaction (`DuplicateBooking`), so
 * a redelivered cause changes nothing.
 */
import { type Kysely, type Selectable, sql } from 'kysely';
import { lockingRows, type Param, preparedQuery } from '../platform/db/index.js';
import { newId } from '../platform/ids.js';
import { expiryInstant } from './expiry-dates.js';
import { applyOperation, type Booking, type LedgerOperation, type Lot } from './ledger.js';
import type { LedgerCause, LedgerEntryKind, LedgerEntrySnapshot } from './loyalty.events.js';
import type { LoyaltyTables } from './loyalty.tables.js';
import type { LoyaltySettings } from './loyalty-settings.js';

export type Db = Kysely<LoyaltyTables>;
export type MemberRow = Selectable<LoyaltyTables['loyalty_members']>;

/** Thrown inside a transaction when an idempotency key is already booked: rolls it back. */
export class DuplicateBooking extends Error {
  constructor(readonly key: string) {
    super(`already booked: ${key}`);
  }
}

const lockedMember = preparedQuery((db: Db, param: Param<{ memberId: string }>, dialect) => {
  const query = db.selectFrom('loyalty_members').selectAll().where('id', '=', param('memberId'));
  return lockingRows(query, dialect);
});

/**
 * Reads a member and, on PostgreSQL, locks the row until the transaction ends (SQLite
 * transactions begin immediate: writers are serialised already).
 */
export async function lockMember(trx: Db, memberId: string): Promise<MemberRow | undefined> {
  const [row] = await lockedMember(trx, { memberId });
  return row;
}

const lotsOf = preparedQuery((db: Db, param: Param<{ memberId: string }>) =>
  db
    .selectFrom('loyalty_lots')
    .select(['id', 'remaining', 'expires_at'])
    .where('member_id', '=', param('memberId'))
    .where('remaining', '>', sql.lit(0))
    .orderBy('created_at')
    .orderBy('id'),
);

/** Lots with points left, oldest first (the order debits consume them in); compiled once: the hub reads them on every view. */
export async function openLots(db: Db, memberId: string): Promise<Lot[]> {
  const rows = await lotsOf(db, { memberId });
  return rows.map((row) => ({ id: row.id, remaining: Number(row.remaining), expiresAt: row.expires_at }));
}

export interface BookRequest {
  member: MemberRow;
  settings: LoyaltySettings;
  timeZone: string;
  now: Date;
  kind: LedgerEntryKind;
  cause: LedgerCause;
  key: string;
  operation: LedgerOperationInput;
  reference?: string | null;
  reason?: string | null;
  actor?: string | null;
}

/** An operation as callers state it; lot ids and expiry dates are filled in here. */
export type LedgerOperationInput =
  | { type: 'credit'; points: number }
  | { type: 'debit'; points: number }
  | { type: 'reversal'; points: number };

export type BookOutcome =
  | { ok: true; entry: LedgerEntrySnapshot; booking: Booking; member: MemberRow }
  | { ok: false; reason: 'insufficient_points' | 'invalid_points' | 'unknown_lot' };

/**
 * Books one entry for a member locked by `lockMember` in this transaction. Returns the refusal
 * of the ledger math (nothing written) or the entry; throws `DuplicateBooking` for a taken key.
 */
export async function bookEntry(trx: Db, request: BookRequest): Promise<BookOutcome> {
  const { member, settings, now } = request;
  const at = now.toISOString();
  const lots = await openLots(trx, member.id);
  const expiresAt =
    settings.expiry.mode === 'none'
      ? null
      : expiryInstant(now, settings.expiry.months, request.timeZone).toISOString();
  const entryId = newId('le');
  const operation: LedgerOperation =
    request.operation.type === 'credit'
      ? { type: 'credit', points: request.operation.points, lotId: newId('lot'), expiresAt }
      : request.operation.type === 'debit'
        ? { type: 'debit', points: request.operation.points }
        : { type: 'reversal', points: request.operation.points, policy: settings.negativeBalance };
  const result = applyOperation({ balance: Number(member.balance), lots }, operation);
  if (!result.ok) return result;

  const entry: LedgerEntrySnapshot = {
    entryId,
    kind: request.kind,
    cause: request.cause,
    points: result.delta,
    balanceAfter: result.balanceAfter,
    idempotencyKey: request.key,
    reference: request.reference ?? null,
    reason: request.reason ?? null,
    actor: request.actor ?? null,
    uncollected: result.uncollected,
    createdAt: at,
  };
  const inserted = await trx
    .insertInto('loyalty_ledger')
    .values({
      id: entryId,
      account_id: member.account_id,
      channel_id: member.channel_id,
      member_id: member.id,
      kind: entry.kind,
      points: entry.points,
      balance_after: entry.balanceAfter,
      idempotency_key: entry.idempotencyKey,
      cause: entry.cause,
      reference: entry.reference,
      reason: entry.reason,
      actor: entry.actor,
      uncollected: entry.uncollected,
      created_at: at,
    })
    .onConflict((oc) => oc.columns(['channel_id', 'idempotency_key']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) throw new DuplicateBooking(request.key);

  if (result.newLot) {
    await trx
      .insertInto('loyalty_lots')
      .values({
        id: result.newLot.id,
        account_id: member.account_id,
        channel_id: member.channel_id,
        member_id: member.id,
        entry_id: entryId,
        points: result.newLot.remaining,
        remaining: result.newLot.remaining,
        expires_at: result.newLot.expiresAt,
        created_at: at,
      })
      .execute();
  }
  for (const change of result.consumed) {
    await trx
      .updateTable('loyalty_lots')
      .set({ remaining: change.remainingAfter })
      .where('id', '=', change.lotId)
      .execute();
  }
  // Earning and spending are activity; reversals and expiry are not.
  const activity = request.operation.type !== 'reversal';
  await trx
    .updateTable('loyalty_members')
    .set({
      balance: result.balanceAfter,
      uncollected: Number(member.uncollected) + result.uncollected,
      ...(activity ? { last_activity_at: at } : {}),
      updated_at: at,
    })
    .where('id', '=', member.id)
    .execute();
  if (activity && settings.expiry.mode === 'inactivity' && expiresAt !== null) {
    // Inactivity expiry: any activity pushes every open lot's expiry out again.
    await trx
      .updateTable('loyalty_lots')
      .set({ expires_at: expiresAt })
      .where('member_id', '=', member.id)
      .where('remaining', '>', 0)
      .execute();
  }
  const updated: MemberRow = {
    ...member,
    balance: result.balanceAfter,
    uncollected: Number(member.uncollected) + result.uncollected,
    last_activity_at: activity ? at : member.last_activity_at,
    updated_at: at,
  };
  return { ok: true, entry, booking: result, member: updated };
}

export function toEntrySnapshot(row: Selectable<LoyaltyTables['loyalty_ledger']>): LedgerEntrySnapshot {
  return {
    entryId: row.id,
    kind: row.kind as LedgerEntryKind,
    cause: row.cause as LedgerCause,
    points: Number(row.points),
    balanceAfter: Number(row.balance_after),
    idempotencyKey: row.idempotency_key,
    reference: row.reference,
    reason: row.reason,
    actor: row.actor,
    uncollected: Number(row.uncollected),
    createdAt: row.created_at,
  };
}

/** Runs `work` in a transaction; a duplicate booking rolls it back and yields `{ duplicate: true }`. */
export async function once<T>(
  db: Db,
  work: (trx: Db) => Promise<T>,
): Promise<{ duplicate: true } | { duplicate: false; value: T }> {
  try {
    const value = await db.transaction().execute(work);
    return { duplicate: false, value };
  } catch (error) {
    if (error instanceof DuplicateBooking) return { duplicate: true };
    throw error;
  }
}

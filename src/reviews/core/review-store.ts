import type { Kysely, Selectable } from 'kysely';
import { AppError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import type { Executor, Jobs } from '../../platform/jobs/index.js';
import {
  REVIEWS_EVENTS,
  type ReviewContent,
  type ReviewEvent,
  type ReviewSnapshot,
  type ReviewType,
} from '../reviews.events.js';
import { applyAggregateDelta } from './aggregates.js';
import type { ReviewStatus, ReviewsTable, ReviewsTables } from './reviews.tables.js';

export type ReviewRow = Selectable<ReviewsTable>;

/**
 * Who made a change: a signed-in user, an API key, the reviewer (questionnaire, import), or
 * Trustloop itself (publishing rules, delayed publication, erasure events).
 */
export interface Actor {
  kind: 'user' | 'api_key' | 'reviewer' | 'system';
  id: string | null;
}

export const SYSTEM: Actor = Object.freeze({ kind: 'system', id: null });

export function tables(executor: Executor): Kysely<ReviewsTables> {
  return executor as Kysely<ReviewsTables>;
}

/** What the stored review says; the one mapping of its columns that every view starts from. */
export function reviewContentOf(row: ReviewRow): ReviewContent {
  return {
    type: row.type as ReviewType,
    product:
      row.type === 'product'
        ? {
            productId: row.product_id,
            sku: row.product_sku,
            gtin: row.product_gtin,
            title: row.product_title,
          }
        : null,
    rating: row.rating,
    title: row.title,
    text: row.body,
    displayName: row.display_name,
    locale: row.locale,
    verifiedBuyer: row.verified_buyer === 1,
  };
}

/** The content with where it was written, by whom, for what, and where it stands now. */
export function reviewRecordOf(row: ReviewRow): Omit<ReviewSnapshot, 'reviewId'> {
  return {
    channelId: row.channel_id,
    ...reviewContentOf(row),
    email: row.email,
    invitationId: row.invitation_id,
    orderId: row.order_id,
    status: row.status as ReviewStatus,
    createdAt: row.created_at,
  };
}

export function toSnapshot(row: ReviewRow): ReviewSnapshot {
  return { reviewId: row.id, ...reviewRecordOf(row) };
}

export interface AuditEntry {
  action: 'submitted' | 'status' | 'reply_set' | 'reply_deleted' | 'erased';
  actor: Actor;
  from?: string | null;
  to?: string | null;
  reason?: string | null;
  note?: string | null;
}

export async function writeAudit(
  executor: Executor,
  review: { id: string; account_id: string },
  entry: AuditEntry,
  now: Date,
): Promise<void> {
  await tables(executor)
    .insertInto('review_audit')
    .values({
      id: newId('rva', now.getTime()),
      account_id: review.account_id,
      review_id: review.id,
      action: entry.action,
      actor_kind: entry.actor.kind,
      actor_id: entry.actor.id,
      from_status: entry.from ?? null,
      to_status: entry.to ?? null,
      reason: entry.reason ?? null,
      note: entry.note ?? null,
      created_at: now.toISOString(),
    })
    .execute();
}

export function publishedEvent(row: ReviewRow) {
  const payload: ReviewEvent = { review: toSnapshot(row) };
  return { type: REVIEWS_EVENTS.published, accountId: row.account_id, channelId: row.channel_id, payload };
}

export interface StatusChange {
  to: ReviewStatus;
  actor: Actor;
  reason: string | null;
  note: string | null;
}

/**
 * Moves a review to another status in `executor` (one transaction): the row (only if it still
 * has the status it was read with, so two racing moderators cannot both count it), the audit
 * entry, the aggregates (+1 entering `published`, -1 leaving it) and `review.published`.
 * Returns the updated row, or the row unchanged when it already has that status.
 */
export async function changeStatus(
  executor: Executor,
  jobs: Jobs,
  row: ReviewRow,
  change: StatusChange,
  now: Date,
): Promise<ReviewRow> {
  if (row.status === change.to) return row;
  const at = now.toISOString();
  const updated = await tables(executor)
    .updateTable('reviews')
    .set({
      status: change.to,
      moderation_reason: change.reason,
      moderation_note: change.note,
      publish_at: null,
      updated_at: at,
      ...(change.to === 'published' ? { published_at: row.published_at ?? at } : {}),
    })
    .where('id', '=', row.id)
    .where('status', '=', row.status)
    .returningAll()
    .executeTakeFirst();
  if (!updated)
    throw new AppError('conflict', 'the review was changed at the same time; reload it and try again');
  await writeAudit(
    executor,
    row,
    {
      action: 'status',
      actor: change.actor,
      from: row.status,
      to: change.to,
      reason: change.reason,
      note: change.note,
    },
    now,
  );
  if (row.status === 'published') await applyAggregateDelta(executor, row, -1);
  if (change.to === 'published') {
    await applyAggregateDelta(executor, updated, 1);
    await jobs.appendEvents(executor, [publishedEvent(updated)]);
  }
  return updated;
}

import type { Accounts } from '../../accounts/index.js';
import { AppError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import type { Executor, Jobs, NewEvent } from '../../platform/jobs/index.js';
import type { ReviewSubmission } from '../reviews.contract.js';
import { REVIEWS_EVENTS, type ReviewEvent, type ReviewSnapshot } from '../reviews.events.js';
import { applyAggregateDelta } from './aggregates.js';
import { scanContent } from './content-filter.js';
import { decideInitialStatus, type ModerationSettings } from './moderation-rules.js';
import { type ValidReview, validateSubmission } from './review-input.js';
import { readSettings } from './review-settings.js';
import {
  type Actor,
  publishedEvent,
  type ReviewRow,
  tables,
  toSnapshot,
  writeAudit,
} from './review-store.js';

/** The job that publishes a review held back by the threshold rule once its delay is over. */
export const PUBLISH_DUE_JOB = 'reviews.publish-due';
export const publishDueKey = (reviewId: string) => `review-publish:${reviewId}`;

export interface SubmitOptions {
  /** Who is submitting; the reviewer (through an invitation or import) unless an admin or key is. */
  actor?: Actor;
  /** Where field names in errors point: `/submissions/<i>` by default, `/body` for the API route. */
  fieldPrefix?: (index: number) => string;
  /** Imports: a review already stored (same dedupe key) is skipped instead of refused. */
  skipDuplicates?: boolean;
}

export interface SubmitDeps {
  jobs: Jobs;
  now: () => Date;
  /** The accounts door's check that each channel is its account's, in the submitting transaction. */
  channels: Pick<Accounts['channels'], 'publicIdsIn'>;
}

export interface SubmitResult {
  snapshots: ReviewSnapshot[];
  /** Public ids of channels whose public data changed (a review was published at once). */
  changedPublicIds: string[];
}

const REVIEWER: Actor = Object.freeze({ kind: 'reviewer', id: null });

function dedupeKeyOf(review: ValidReview): string | null {
  if (review.importKey !== null) return `${review.channelId}:import:${review.importKey}`;
  if (review.invitationId === null) return null;
  return `${review.channelId}:${review.invitationId}:${review.type}:${review.product?.key ?? ''}`;
}

/**
 * Validates every submission first (nothing is written when one is wrong), then stores each in
 * `executor` with the status the channel's rules and the content filter decide, updates the
 * aggregates of those published at once, schedules the delayed publication of the others and
 * appends `review.submitted` (+ `review.published`).
 */
export async function submitReviews(
  deps: SubmitDeps,
  executor: Executor,
  submissions: readonly ReviewSubmission[],
  options: SubmitOptions = {},
): Promise<SubmitResult> {
  const prefix = options.fieldPrefix ?? ((index: number) => `/submissions/${index}`);
  if (!Array.isArray(submissions)) throw AppError.invalid('/submissions', 'must be a list of reviews');
  const valid = submissions.map((submission, index) => validateSubmission(submission, prefix(index)));
  if (valid.length === 0) return { snapshots: [], changedPublicIds: [] };
  const publicIds = await deps.channels.publicIdsIn(executor, valid);
  const settingsOf = new Map<string, ModerationSettings>();
  const now = deps.now();
  const at = now.toISOString();
  const events: NewEvent[] = [];
  const snapshots: ReviewSnapshot[] = [];
  const changed = new Set<string>();

  for (const [index, review] of valid.entries()) {
    let settings = settingsOf.get(review.channelId);
    if (!settings) {
      settings = await readSettings(executor, review.channelId);
      settingsOf.set(review.channelId, settings);
    }
    const findings = scanContent([review.title, review.text, review.displayName], review.locale);
    const decision = decideInitialStatus(settings, review.rating, findings, now);
    const row = await tables(executor)
      .insertInto('reviews')
      .values({
        id: newId('rev', now.getTime()),
        account_id: review.accountId,
        channel_id: review.channelId,
        type: review.type,
        product_key: review.product?.key ?? null,
        product_id: review.product?.productId ?? null,
        product_sku: review.product?.sku ?? null,
        product_gtin: review.product?.gtin ?? null,
        product_title: review.product?.title ?? null,
        rating: review.rating,
        title: review.title,
        body: review.text,
        has_text: review.title !== null || review.text !== null ? 1 : 0,
        search_text: review.searchText,
        display_name: review.displayName,
        email: review.email,
        locale: review.locale,
        verified_buyer: review.verifiedBuyer ? 1 : 0,
        source: review.source,
        invitation_id: review.invitationId,
        order_id: review.orderId,
        dedupe_key: dedupeKeyOf(review),
        status: decision.status,
        moderation_reason: decision.reason,
        moderation_note: decision.note,
        publish_at: decision.publishAt?.toISOString() ?? null,
        published_at: decision.status === 'published' ? at : null,
        reply_text: null,
        reply_created_at: null,
        reply_updated_at: null,
        erased_at: null,
        created_at: review.createdAt ?? at,
        updated_at: at,
      })
      .onConflict((oc) => oc.column('dedupe_key').doNothing())
      .returningAll()
      .executeTakeFirst();
    if (!row && options.skipDuplicates) continue;
    if (!row) {
      throw new AppError('conflict', `${prefix(index)}: this invitation already has this review`, {
        details: [{ field: `${prefix(index)}/invitationId`, message: 'already has a review of this kind' }],
      });
    }
    await afterInsert(deps, executor, row, decision.publishAt, options.actor ?? REVIEWER, now);
    const snapshot = toSnapshot(row);
    snapshots.push(snapshot);
    const payload: ReviewEvent = { review: snapshot };
    events.push({
      type: REVIEWS_EVENTS.submitted,
      accountId: row.account_id,
      channelId: row.channel_id,
      payload,
    });
    if (row.status === 'published') {
      events.push(publishedEvent(row));
      changed.add(publicIds.get(row.channel_id)!);
    }
  }
  await deps.jobs.appendEvents(executor, events);
  return { snapshots, changedPublicIds: [...changed] };
}

async function afterInsert(
  deps: SubmitDeps,
  executor: Executor,
  row: ReviewRow,
  publishAt: Date | null,
  actor: Actor,
  now: Date,
): Promise<void> {
  await writeAudit(
    executor,
    row,
    {
      action: 'submitted',
      actor,
      to: row.status,
      reason: row.moderation_reason,
      note: row.moderation_note,
    },
    now,
  );
  if (row.status === 'published') await applyAggregateDelta(executor, row, 1);
  if (publishAt !== null) {
    await deps.jobs.enqueue(executor, {
      kind: PUBLISH_DUE_JOB,
      payload: { reviewId: row.id },
      runAt: publishAt,
      dedupeKey: publishDueKey(row.id),
      accountId: row.account_id,
    });
  }
}

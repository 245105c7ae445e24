import type { Channel, ModuleContext } from '../../accounts/index.js';
import { AppError } from '../../platform/errors.js';
import type { Executor } from '../../platform/jobs/index.js';
import type { ReviewSubmission } from '../reviews.contract.js';
import type { ReviewSnapshot } from '../reviews.events.js';
import { type AdminReview, toAdminReview } from './admin-review.js';
import { MODERATION_REASONS, type ModerationReason, type ModerationSettings } from './moderation-rules.js';
import { cleanText, LIMITS, searchTextOf } from './review-input.js';
import { readSettings, validateSettings, writeSettings } from './review-settings.js';
import { type Actor, changeStatus, type ReviewRow, SYSTEM, tables, writeAudit } from './review-store.js';
import { type SubmitOptions, submitReviews } from './review-submit.js';

export type ModerationAction = 'publish' | 'reject' | 'flag';
export const MODERATION_ACTIONS = ['publish', 'reject', 'flag'] as const;

export interface ModerationInput {
  action: ModerationAction;
  reason?: ModerationReason | null;
  note?: string | null;
}

export interface AuditRecord {
  action: string;
  actor: { kind: string; id: string | null };
  from: string | null;
  to: string | null;
  reason: string | null;
  note: string | null;
  at: string;
}

const TARGET = { publish: 'published', reject: 'rejected', flag: 'flagged' } as const;

/** Reviews core commands: submit, moderate, reply, erase, settings. Every command is one transaction. */
export function createReviewsService(ctx: ModuleContext) {
  const db = tables(ctx.database.db);
  const { jobs, clock, cache } = ctx;

  /** Drops every cached public response of a channel (its keys all start `channel:<publicId>:`). */
  async function invalidate(publicIds: Iterable<string>): Promise<void> {
    for (const publicId of new Set(publicIds)) await cache.deletePrefix(`channel:${publicId}:`);
  }

  async function publicIdOf(channelId: string): Promise<string | undefined> {
    return (await ctx.accounts.channels.byId(channelId))?.publicId;
  }

  async function invalidateChannel(channelId: string): Promise<void> {
    const publicId = await publicIdOf(channelId);
    if (publicId) await invalidate([publicId]);
  }

  async function row(executor: Executor, accountId: string, reviewId: string): Promise<ReviewRow> {
    const found = await tables(executor)
      .selectFrom('reviews')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('id', '=', reviewId)
      .executeTakeFirst();
    if (!found) throw AppError.notFound('review');
    return found;
  }

  async function submit(
    executor: Executor,
    submissions: readonly ReviewSubmission[],
    options: SubmitOptions = {},
  ): Promise<ReviewSnapshot[]> {
    const result = await submitReviews(
      { jobs, now: () => clock.now(), channels: ctx.accounts.channels },
      executor,
      submissions,
      options,
    );
    // The caller commits later; `review.published` invalidates again once it has (see index.ts).
    await invalidate(result.changedPublicIds);
    return result.snapshots;
  }

  /** The reason and note a moderation needs, checked before anything is read or written. */
  function checkModeration(input: ModerationInput) {
    const reason = input.reason ?? null;
    const note = cleanText(input.note);
    if (reason !== null && !(MODERATION_REASONS as readonly string[]).includes(reason)) {
      throw AppError.invalid('/body/reason', `must be one of ${MODERATION_REASONS.join(', ')}`);
    }
    if (input.action !== 'publish' && reason === null) {
      throw AppError.invalid(
        '/body/reason',
        `to ${input.action} a review give the content rule it breaks (${MODERATION_REASONS.join(', ')})`,
      );
    }
    if (reason === 'other' && note === null)
      throw AppError.invalid('/body/note', 'explain the "other" reason');
    if (note !== null && note.length > 1000)
      throw AppError.invalid('/body/note', 'must be at most 1000 characters');
    return { reason, note };
  }

  async function moderate(
    accountId: string,
    reviewId: string,
    input: ModerationInput,
    actor: Actor,
  ): Promise<AdminReview> {
    const { reason, note } = checkModeration(input);
    const updated = await ctx.database.db.transaction().execute(async (trx) => {
      const current = await row(trx, accountId, reviewId);
      return changeStatus(trx, jobs, current, { to: TARGET[input.action], actor, reason, note }, clock.now());
    });
    await invalidateChannel(updated.channel_id);
    return toAdminReview(updated);
  }

  /**
   * The same moderation for several reviews in one transaction: all or none. An id that names
   * no review of the account refuses the whole request (each one listed); a review already in
   * the target status is left as it is, so a retried request changes nothing.
   */
  async function moderateMany(
    accountId: string,
    reviewIds: readonly string[],
    input: ModerationInput,
    actor: Actor,
  ): Promise<AdminReview[]> {
    const { reason, note } = checkModeration(input);
    const ids = [...new Set(reviewIds)];
    const updated = await ctx.database.db.transaction().execute(async (trx) => {
      const rows = await tables(trx)
        .selectFrom('reviews')
        .selectAll()
        .where('account_id', '=', accountId)
        .where('id', 'in', ids)
        .execute();
      const byId = new Map(rows.map((found) => [found.id, found]));
      const missing = reviewIds
        .map((id, index) => ({ id, index }))
        .filter(({ id }) => !byId.has(id))
        .map(({ id, index }) => ({ field: `/body/ids/${index}`, message: `no review ${id}` }));
      if (missing.length > 0)
        throw new AppError('not_found', `${missing.length} of the reviews were not found`, {
          details: missing,
        });
      const now = clock.now();
      const out: ReviewRow[] = [];
      for (const id of ids) {
        const change = { to: TARGET[input.action], actor, reason, note };
        out.push(await changeStatus(trx, jobs, byId.get(id)!, change, now));
      }
      return out;
    });
    for (const channelId of new Set(updated.map((found) => found.channel_id)))
      await invalidateChannel(channelId);
    return updated.map(toAdminReview);
  }

  async function setReply(
    accountId: string,
    reviewId: string,
    text: string,
    actor: Actor,
  ): Promise<AdminReview> {
    const reply = cleanText(text);
    if (reply === null) throw AppError.invalid('/body/text', 'must not be blank');
    if ([...reply].length > LIMITS.reply) {
      throw AppError.invalid('/body/text', `must be at most ${LIMITS.reply} characters`);
    }
    const updated = await ctx.database.db.transaction().execute(async (trx) => {
      const current = await row(trx, accountId, reviewId);
      const now = clock.now();
      const at = now.toISOString();
      const next = await tables(trx)
        .updateTable('reviews')
        .set({
          reply_text: reply,
          reply_created_at: current.reply_created_at ?? at,
          reply_updated_at: at,
          updated_at: at,
        })
        .where('id', '=', current.id)
        .returningAll()
        .executeTakeFirstOrThrow();
      await writeAudit(trx, current, { action: 'reply_set', actor, note: reply.slice(0, 1000) }, now);
      return next;
    });
    await invalidateChannel(updated.channel_id);
    return toAdminReview(updated);
  }

  async function deleteReply(accountId: string, reviewId: string, actor: Actor): Promise<AdminReview> {
    const updated = await ctx.database.db.transaction().execute(async (trx) => {
      const current = await row(trx, accountId, reviewId);
      if (current.reply_text === null) throw AppError.notFound('reply');
      const now = clock.now();
      const next = await tables(trx)
        .updateTable('reviews')
        .set({
          reply_text: null,
          reply_created_at: null,
          reply_updated_at: null,
          updated_at: now.toISOString(),
        })
        .where('id', '=', current.id)
        .returningAll()
        .executeTakeFirstOrThrow();
      await writeAudit(trx, current, { action: 'reply_deleted', actor }, now);
      return next;
    });
    await invalidateChannel(updated.channel_id);
    return toAdminReview(updated);
  }

  /**
   * Erases a reviewer's personal data in one channel: email and display name always, title and
   * text unless `keepText`. Ratings stay, so aggregates do not move. Returns how many reviews.
   */
  async function eraseReviewer(
    channelId: string,
    input: { email: string; keepText: boolean },
    actor: Actor,
    reason: string,
  ): Promise<number> {
    const email = input.email.trim().toLowerCase();
    const count = await ctx.database.db.transaction().execute(async (trx) => {
      const rows = await tables(trx)
        .selectFrom('reviews')
        .selectAll()
        .where('channel_id', '=', channelId)
        .where('email', '=', email)
        .execute();
      const now = clock.now();
      const at = now.toISOString();
      for (const found of rows) {
        await tables(trx)
          .updateTable('reviews')
          .set({
            email: null,
            display_name: null,
            erased_at: at,
            updated_at: at,
            ...(input.keepText
              ? {}
              : {
                  title: null,
                  body: null,
                  has_text: 0,
                  search_text: searchTextOf(null, null, found.product_title),
                }),
          })
          .where('id', '=', found.id)
          .execute();
        await writeAudit(
          trx,
          found,
          { action: 'erased', actor, reason, note: input.keepText ? 'text kept' : 'text removed' },
          now,
        );
      }
      return rows.length;
    });
    if (count > 0) await invalidateChannel(channelId);
    return count;
  }

  async function publishDue(reviewId: string): Promise<void> {
    const published = await ctx.database.db.transaction().execute(async (trx) => {
      const current = await tables(trx)
        .selectFrom('reviews')
        .selectAll()
        .where('id', '=', reviewId)
        .executeTakeFirst();
      // Moderated in the meantime (published, rejected or flagged by a person): nothing left to do.
      if (current?.status !== 'pending' || current.publish_at === null) return undefined;
      if (current.publish_at > clock.now().toISOString()) return undefined;
      return changeStatus(
        trx,
        jobs,
        current,
        { to: 'published', actor: SYSTEM, reason: null, note: 'published automatically after the delay' },
        clock.now(),
      );
    });
    if (published) await invalidateChannel(published.channel_id);
  }

  return {
    submit,
    invalidate,
    invalidateChannel,
    moderate,
    moderateMany,
    setReply,
    deleteReply,
    eraseReviewer,
    publishDue,

    /** One review of the account; pass the transaction when reading inside one. */
    async get(accountId: string, reviewId: string, executor: Executor = db): Promise<AdminReview> {
      return toAdminReview(await row(executor, accountId, reviewId));
    },

    async auditLog(accountId: string, reviewId: string): Promise<AuditRecord[]> {
      await row(db, accountId, reviewId);
      const entries = await db
        .selectFrom('review_audit')
        .selectAll()
        .where('account_id', '=', accountId)
        .where('review_id', '=', reviewId)
        .orderBy('seq')
        .execute();
      return entries.map((entry) => ({
        action: entry.action,
        actor: { kind: entry.actor_kind, id: entry.actor_id },
        from: entry.from_status,
        to: entry.to_status,
        reason: entry.reason,
        note: entry.note,
        at: entry.created_at,
      }));
    },

    settings: (channelId: string) => readSettings(db, channelId),

    async updateSettings(channel: Channel, input: ModerationSettings): Promise<ModerationSettings> {
      const valid = validateSettings(input);
      await writeSettings(db, channel, valid, clock.now());
      await invalidate([channel.publicId]);
      return valid;
    },
  };
}

export type ReviewsCommands = ReturnType<typeof createReviewsService>;

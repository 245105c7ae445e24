import type { ReviewContent, ReviewSnapshot } from '../reviews.events.js';
import { type ReviewRow, reviewContentOf, reviewRecordOf } from './review-store.js';

/** The merchant's reply under a review. */
export interface ReviewReply {
  text: string;
  createdAt: string;
  updatedAt: string;
}

/** A review as the merchant sees it in the admin API: everything, including the reviewer's email. */
export interface AdminReview extends Omit<ReviewSnapshot, 'reviewId'> {
  id: string;
  source: string;
  moderation: { reason: string | null; note: string | null; publishAt: string | null };
  reply: ReviewReply | null;
  publishedAt: string | null;
  erasedAt: string | null;
  updatedAt: string;
}

/** A review as anyone may see it: no email, no invitation or order ids, no moderation notes. */
export interface PublicReview extends ReviewContent {
  id: string;
  reply: ReviewReply | null;
  createdAt: string;
}

function replyOf(row: ReviewRow): ReviewReply | null {
  return row.reply_text !== null
    ? {
        text: row.reply_text,
        createdAt: row.reply_created_at ?? row.updated_at,
        updatedAt: row.reply_updated_at ?? row.updated_at,
      }
    : null;
}

export function toAdminReview(row: ReviewRow): AdminReview {
  return {
    id: row.id,
    ...reviewRecordOf(row),
    source: row.source,
    moderation: { reason: row.moderation_reason, note: row.moderation_note, publishAt: row.publish_at },
    reply: replyOf(row),
    publishedAt: row.published_at,
    erasedAt: row.erased_at,
    updatedAt: row.updated_at,
  };
}

export function toPublicReview(row: ReviewRow): PublicReview {
  return { id: row.id, ...reviewContentOf(row), reply: replyOf(row), createdAt: row.created_at };
}

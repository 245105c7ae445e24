import type { ReviewType } from '../reviews.events.js';
import type { ReviewRow } from './review-store.js';
import type { ReviewStatus } from './reviews.tables.js';

/** A review as the merchant sees it in the admin API: everything, including the reviewer's email. */
export interface AdminReview {
  id: string;
  channelId: string;
  type: ReviewType;
  product: { productId: string | null; sku: string | null; gtin: string | null; title: string | null } | null;
  rating: number;
  title: string | null;
  text: string | null;
  displayName: string | null;
  email: string | null;
  locale: string | null;
  verifiedBuyer: boolean;
  source: string;
  invitationId: string | null;
  orderId: string | null;
  status: ReviewStatus;
  moderation: { reason: string | null; note: string | null; publishAt: string | null };
  reply: { text: string; createdAt: string; updatedAt: string } | null;
  publishedAt: string | null;
  erasedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A review as anyone may see it: no email, no invitation or order ids, no moderation notes. */
export interface PublicReview {
  id: string;
  type: ReviewType;
  product: { productId: string | null; sku: string | null; gtin: string | null; title: string | null } | null;
  rating: number;
  title: string | null;
  text: string | null;
  displayName: string | null;
  locale: string | null;
  verifiedBuyer: boolean;
  reply: { text: string; createdAt: string; updatedAt: string } | null;
  createdAt: string;
}

function productOf(row: ReviewRow): AdminReview['product'] {
  return row.type === 'product'
    ? { productId: row.product_id, sku: row.product_sku, gtin: row.product_gtin, title: row.product_title }
    : null;
}

function replyOf(row: ReviewRow): AdminReview['reply'] {
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
    channelId: row.channel_id,
    type: row.type as ReviewType,
    product: productOf(row),
    rating: row.rating,
    title: row.title,
    text: row.body,
    displayName: row.display_name,
    email: row.email,
    locale: row.locale,
    verifiedBuyer: row.verified_buyer === 1,
    source: row.source,
    invitationId: row.invitation_id,
    orderId: row.order_id,
    status: row.status as ReviewStatus,
    moderation: { reason: row.moderation_reason, note: row.moderation_note, publishAt: row.publish_at },
    reply: replyOf(row),
    publishedAt: row.published_at,
    erasedAt: row.erased_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function toPublicReview(row: ReviewRow): PublicReview {
  return {
    id: row.id,
    type: row.type as ReviewType,
    product: productOf(row),
    rating: row.rating,
    title: row.title,
    text: row.body,
    displayName: row.display_name,
    locale: row.locale,
    verifiedBuyer: row.verified_buyer === 1,
    reply: replyOf(row),
    createdAt: row.created_at,
  };
}

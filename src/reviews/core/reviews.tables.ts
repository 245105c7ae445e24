import type { Generated } from 'kysely';

/**
 * Kysely row shapes of the reviews core's tables (migration 0005_reviews). Timestamps are
 * ISO-8601 UTC strings on both engines; flags are 0/1.
 */

export type ReviewStatus = 'pending' | 'published' | 'rejected' | 'flagged';
export const REVIEW_STATUSES = ['pending', 'published', 'rejected', 'flagged'] as const;

export interface ReviewsTable {
  id: string;
  account_id: string;
  channel_id: string;
  type: string;
  product_key: string | null;
  product_id: string | null;
  product_sku: string | null;
  product_gtin: string | null;
  product_title: string | null;
  rating: number;
  title: string | null;
  body: string | null;
  has_text: number;
  search_text: string;
  display_name: string | null;
  email: string | null;
  locale: string | null;
  verified_buyer: number;
  source: string;
  invitation_id: string | null;
  order_id: string | null;
  dedupe_key: string | null;
  status: string;
  moderation_reason: string | null;
  moderation_note: string | null;
  publish_at: string | null;
  published_at: string | null;
  reply_text: string | null;
  reply_created_at: string | null;
  reply_updated_at: string | null;
  erased_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface ReviewAuditTable {
  /** Assigned by the database: the order entries were written in. */
  seq: Generated<number>;
  id: string;
  account_id: string;
  review_id: string;
  /** 'submitted' | 'status' | 'reply_set' | 'reply_deleted' | 'erased'. */
  action: string;
  /** 'user' | 'api_key' | 'system'. */
  actor_kind: string;
  actor_id: string | null;
  from_status: string | null;
  to_status: string | null;
  reason: string | null;
  note: string | null;
  created_at: string;
}

export interface ReviewAggregatesTable {
  channel_id: string;
  scope: string;
  review_count: number;
  rating_sum: number;
  r1: number;
  r2: number;
  r3: number;
  r4: number;
  r5: number;
}

export interface ReviewSettingsTable {
  channel_id: string;
  account_id: string;
  publish_mode: string;
  min_rating: number;
  delay_hours: number;
  filter_enabled: number;
  updated_at: string;
}

export interface ReviewsTables {
  reviews: ReviewsTable;
  review_audit: ReviewAuditTable;
  review_aggregates: ReviewAggregatesTable;
  review_settings: ReviewSettingsTable;
}

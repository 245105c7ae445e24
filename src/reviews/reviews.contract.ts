import type { Executor } from '../platform/jobs/index.js';
import type { ReviewSnapshot, ReviewType } from './reviews.events.js';

/** A review as the questionnaire, the API or an import hands it to the reviews core. */
export interface ReviewSubmission {
  accountId: string;
  channelId: string;
  type: ReviewType;
  product?: {
    productId?: string | null;
    sku?: string | null;
    gtin?: string | null;
    title?: string | null;
  } | null;
  rating: number;
  title?: string | null;
  text?: string | null;
  displayName?: string | null;
  email?: string | null;
  locale?: string | null;
  /** True only when the review came from an invitation tied to an order. */
  verifiedBuyer: boolean;
  invitationId?: string | null;
  orderId?: string | null;
  source: 'invitation' | 'api' | 'import';
  /** Imports only: when the review was originally written (ISO 8601); otherwise it is now. */
  createdAt?: string | null;
  /** Imports only: what makes a row the same review when a file is uploaded again. */
  importKey?: string | null;
}

/** What the invitations part needs from the reviews core. */
export interface ReviewsCore {
  /**
   * Validates and stores reviews through `executor` (the caller's transaction), applies the
   * channel's moderation rules, updates aggregates and appends `review.submitted` (and
   * `review.published` for those published at once). Throws AppError on invalid input.
   */
  submit(executor: Executor, submissions: readonly ReviewSubmission[]): Promise<ReviewSnapshot[]>;
}

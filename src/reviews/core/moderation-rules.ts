import type { ContentFinding } from './content-filter.js';
import type { ReviewStatus } from './reviews.tables.js';

/**
 * How new reviews of a channel become public (R10):
 * - `immediate`: every review is published at once;
 * - `threshold`: reviews with at least `minRating` stars are published at once, the others are
 *   published automatically `delayHours` later (they are never withheld for their rating, which
 *   the EU Omnibus directive and the FTC rule forbid: the delay only gives the shop time to reply);
 * - `manual`: every review waits for a person, who may reject it only for a content-rule reason.
 * With `filterEnabled`, a review the content filter has findings for is held as `flagged`.
 */
export type PublishMode = 'immediate' | 'threshold' | 'manual';
export const PUBLISH_MODES = ['immediate', 'threshold', 'manual'] as const;

export interface ModerationSettings {
  publishMode: PublishMode;
  minRating: number;
  delayHours: number;
  filterEnabled: boolean;
}

/** Never longer than a week: a delay is a grace period to reply, not a way to bury a review. */
export const MAX_DELAY_HOURS = 168;

export const DEFAULT_SETTINGS: ModerationSettings = Object.freeze({
  publishMode: 'immediate',
  minRating: 4,
  delayHours: 48,
  filterEnabled: true,
});

/**
 * The closed set of reasons a review may be rejected or flagged for (reviews.md §1.3.2, §1.4):
 * content rules only, never the rating or the opinion.
 */
export const MODERATION_REASONS = [
  'content_filter',
  'personal_data',
  'offensive',
  'illegal',
  'spam',
  'off_topic',
  'conflict_of_interest',
  'fake',
  'reported',
  'reviewer_request',
  'other',
] as const;
export type ModerationReason = (typeof MODERATION_REASONS)[number];

export interface InitialDecision {
  status: ReviewStatus;
  /** When a pending review publishes itself (threshold mode, below the threshold). */
  publishAt: Date | null;
  reason: ModerationReason | null;
  note: string | null;
}

/** The status a new review starts in, from the channel's settings and the filter's findings. */
export function decideInitialStatus(
  settings: ModerationSettings,
  rating: number,
  findings: readonly ContentFinding[],
  now: Date,
): InitialDecision {
  if (settings.filterEnabled && findings.length > 0) {
    return { status: 'flagged', publishAt: null, reason: 'content_filter', note: findings.join(', ') };
  }
  switch (settings.publishMode) {
    case 'immediate':
      return { status: 'published', publishAt: null, reason: null, note: null };
    case 'manual':
      return { status: 'pending', publishAt: null, reason: null, note: null };
    case 'threshold':
      return rating >= settings.minRating
        ? { status: 'published', publishAt: null, reason: null, note: null }
        : {
            status: 'pending',
            publishAt: new Date(now.getTime() + settings.delayHours * 3_600_000),
            reason: null,
            note: null,
          };
  }
}

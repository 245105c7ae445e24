/**
 * Events of the reviews domain. Payloads are self-contained snapshots for loyalty
 * (points for a review written) and connectors (ESP profile properties and events).
 */

export type ReviewType = 'service' | 'product';
export type InvitationType = 'service' | 'product' | 'both';

/** The product a product review is about, as the shop named it. */
export interface ReviewProduct {
  productId: string | null;
  sku: string | null;
  gtin: string | null;
  title: string | null;
}

/**
 * What a review says, as every view of it carries it: the event snapshot, the admin API, the
 * public API (which add, or leave out, who wrote it and what happened to it since).
 */
export interface ReviewContent {
  type: ReviewType;
  /** For product reviews. */
  product: ReviewProduct | null;
  rating: number;
  title: string | null;
  text: string | null;
  displayName: string | null;
  locale: string | null;
  verifiedBuyer: boolean;
}

export interface ReviewSnapshot extends ReviewContent {
  reviewId: string;
  channelId: string;
  /** The reviewer's email (lower-cased) — never published. */
  email: string | null;
  invitationId: string | null;
  /** The commerce order id (or external id) the review is about, if known. */
  orderId: string | null;
  status: 'pending' | 'published' | 'rejected' | 'flagged';
  createdAt: string;
}

/** `review.submitted` (every new review) and `review.published` (when it becomes public). */
export interface ReviewEvent {
  review: ReviewSnapshot;
}

export interface InvitationSnapshot {
  invitationId: string;
  channelId: string;
  email: string;
  name: string | null;
  orderId: string | null;
  orderNumber: string | null;
  type: InvitationType;
  method: string;
  locale: string;
  /** The questionnaire URL for this invitation (what an ESP puts in its email). */
  link: string;
  linkExpiresAt: string;
  scheduledAt: string;
  state: string;
}

/** `invitation.created` and `invitation.sent`. */
export interface InvitationEvent {
  invitation: InvitationSnapshot;
}

export const REVIEWS_EVENTS = {
  submitted: 'review.submitted',
  published: 'review.published',
  invitationCreated: 'invitation.created',
  invitationSent: 'invitation.sent',
} as const;

declare module '../platform/jobs/index.js' {
  interface DomainEventMap {
    'review.submitted': ReviewEvent;
    'review.published': ReviewEvent;
    'invitation.created': InvitationEvent;
    'invitation.sent': InvitationEvent;
  }
}

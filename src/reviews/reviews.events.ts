/**
 * Events of the reviews domain. Payloads are self-contained snapshots for loyalty
 * (points for a review written) and connectors (ESP profile properties and events).
 */

export type ReviewType = 'service' | 'product';
export type InvitationType = 'service' | 'product' | 'both';

export interface ReviewSnapshot {
  reviewId: string;
  channelId: string;
  type: ReviewType;
  /** For product reviews. */
  product: { productId: string | null; sku: string | null; gtin: string | null; title: string | null } | null;
  rating: number;
  title: string | null;
  text: string | null;
  displayName: string | null;
  /** The reviewer's email (lower-cased) — never published. */
  email: string | null;
  locale: string | null;
  verifiedBuyer: boolean;
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

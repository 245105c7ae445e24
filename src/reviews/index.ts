/** The reviews domain's public door. */

export type { InvitationFunnel, ReviewsDashboard, ReviewWeek } from './dashboard-stats.js';
export type { Invitation } from './invitations/invitations.types.js';
export { invitationFromOrder } from './invitations/order-invitation.js';
export type { ReviewSubmission, ReviewsCore } from './reviews.contract.js';
export * from './reviews.events.js';
export { createReviewsModule, type ReviewsService } from './reviews.module.js';

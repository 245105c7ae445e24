/** The reviews domain's public door. */
export type { ReviewSubmission, ReviewsCore } from './reviews.contract.js';
export * from './reviews.events.js';
export { createReviewsModule, type ReviewsService } from './reviews.module.js';

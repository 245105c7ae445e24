/**
 * Reviews core: reviews, moderation, aggregates, the public read API and search-engine markup.
 *
 * @example
 * const core = createReviewsCore(ctx, { contacts });
 * await db.transaction().execute(async (trx) => {
 *   await markInvitationUsed(trx, invitation);
 *   const [review] = await core.service.submit(trx, [{ accountId, channelId, type: 'service', rating: 5,
 *     text: 'Fast delivery', verifiedBuyer: true, source: 'invitation', invitationId, orderId }]);
 * });
 */

import type { ModuleContext } from '../../accounts/index.js';
import type { ContactsService } from '../../contacts/index.js';
import { CONTACTS_EVENTS } from '../../contacts/index.js';
import type { HttpServer } from '../../platform/http/server.js';
import type { Executor } from '../../platform/jobs/index.js';
import type { ReviewSubmission, ReviewsCore } from '../reviews.contract.js';
import { REVIEWS_EVENTS, type ReviewSnapshot } from '../reviews.events.js';
import { reviewImportRoutes } from './review-import.routes.js';
import { reviewPageRoutes } from './review-page.routes.js';
import { createReviewQueries, type ReviewQueries } from './review-queries.js';
import { PUBLISH_DUE_JOB } from './review-submit.js';
import { createReviewsService, type ReviewsCommands } from './reviews.service.js';
import { reviewsAdminRoutes } from './reviews-admin.routes.js';
import { reviewsPublicRoutes } from './reviews-public.routes.js';
import { widgetHtmlRoutes } from './widget-html.routes.js';

export type { AdminReview, PublicReview } from './admin-review.js';
export type { RatingSummary } from './aggregates.js';
export type { ContentFinding } from './content-filter.js';
export {
  MODERATION_REASONS,
  type ModerationReason,
  type ModerationSettings,
  type PublishMode,
} from './moderation-rules.js';
export { PUBLISH_DUE_JOB } from './review-submit.js';

/** What the reviews core offers the rest of Trustloop: `submit` (the contract) plus admin commands and reads. */
export interface ReviewsCoreService extends ReviewsCore {
  /**
   * Stores reviews in the caller's transaction (see ReviewsCore). Errors are `validation_failed`
   * naming `/submissions/<index>/<field>`, `not_found` for a channel outside the account, and
   * `conflict` when the invitation already has that review (unique per invitation, type, product).
   */
  submit(executor: Executor, submissions: readonly ReviewSubmission[]): Promise<ReviewSnapshot[]>;
  commands: ReviewsCommands;
  queries: ReviewQueries;
}

export function createReviewsCore(
  ctx: ModuleContext,
  deps: { contacts: ContactsService },
): { service: ReviewsCoreService; routes: (app: HttpServer) => Promise<void> } {
  void deps;
  const commands = createReviewsService(ctx);
  const queries = createReviewQueries(ctx);

  ctx.jobs.registerHandler<{ reviewId: string }>(PUBLISH_DUE_JOB, async (job) => {
    await commands.publishDue(job.payload.reviewId);
  });
  // Runs after the submitting transaction committed, so no reader can re-cache the old answer.
  ctx.jobs.registerSubscriber({
    name: 'reviews.public-cache',
    eventTypes: [REVIEWS_EVENTS.published],
    handle: (event) => commands.invalidateChannel(event.payload.review.channelId),
  });
  ctx.jobs.registerSubscriber({
    name: 'reviews.erase-reviewer',
    eventTypes: [CONTACTS_EVENTS.customerErased],
    handle: async (event) => {
      await commands.eraseReviewer(
        event.payload.channelId,
        { email: event.payload.email, keepText: false },
        { kind: 'system', id: null },
        event.payload.reason,
      );
    },
  });

  return {
    service: { submit: (executor, submissions) => commands.submit(executor, submissions), commands, queries },
    routes: async (app) => {
      await app.register(reviewsAdminRoutes({ ctx, commands, queries }));
      await app.register(reviewImportRoutes({ ctx, commands }));
      await app.register(reviewsPublicRoutes({ ctx, queries }));
      await app.register(reviewPageRoutes({ ctx, queries }));
      await app.register(widgetHtmlRoutes({ ctx, queries }));
    },
  };
}

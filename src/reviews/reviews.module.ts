import type { ContactsService } from '../contacts/index.js';
import type { ModuleContext, TrustloopModule } from '../platform/module.js';
import { createReviewsCore, type ReviewsCoreService } from './core/index.js';
import { createInvitations, type InvitationsService } from './invitations/index.js';

/** The reviews domain: the core (reviews, aggregates, public API) and invitations. */
export type ReviewsService = ReviewsCoreService & { invitations: InvitationsService };

export function createReviewsModule(
  ctx: ModuleContext,
  deps: { contacts: ContactsService },
): TrustloopModule<ReviewsService> {
  const core = createReviewsCore(ctx, deps);
  const invitations = createInvitations(ctx, { contacts: deps.contacts, reviews: core.service });
  return {
    name: 'reviews',
    service: { ...core.service, invitations: invitations.service },
    async routes(app) {
      await core.routes(app);
      await invitations.routes(app);
    },
    start: invitations.start,
    // Invitation link keys live in the secret box: `trustloop secrets rotate` must reseal them too.
    resealSecrets: invitations.resealSecrets,
  };
}

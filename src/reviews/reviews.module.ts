import type { ContactsService } from '../contacts/index.js';
import type { ModuleContext, TrustloopModule } from '../platform/module.js';
import { createReviewsCore, type ReviewsCoreService } from './core/index.js';
import { createEmailEmbeds, type EmailEmbeds, emailEmbedsRoutes } from './embeds/index.js';
import { createInvitations, type InvitationsService } from './invitations/index.js';

/** The reviews domain: the core (reviews, aggregates, public API) and invitations. */
export type ReviewsService = ReviewsCoreService & { invitations: InvitationsService; embeds: EmailEmbeds };

export function createReviewsModule(
  ctx: ModuleContext,
  deps: { contacts: ContactsService },
): TrustloopModule<ReviewsService> {
  const core = createReviewsCore(ctx, deps);
  const invitations = createInvitations(ctx, { contacts: deps.contacts, reviews: core.service });
  const embeds = createEmailEmbeds({ ctx, queries: core.service.queries });
  return {
    name: 'reviews',
    service: { ...core.service, invitations: invitations.service, embeds },
    async routes(app) {
      await core.routes(app);
      await invitations.routes(app);
      await app.register(emailEmbedsRoutes({ auth: ctx.accounts.auth, embeds }));
    },
    start: invitations.start,
    // Invitation link keys live in the secret box: `trustloop secrets rotate` must reseal them too.
    resealSecrets: invitations.resealSecrets,
  };
}

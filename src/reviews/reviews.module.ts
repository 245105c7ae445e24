import type { ModuleContext } from '../accounts/index.js';
import type { CommerceService, OrderSnapshot } from '../commerce/index.js';
import type { ContactsService } from '../contacts/index.js';
import { AppError } from '../platform/errors.js';
import type { TrustloopModule } from '../platform/module.js';
import { createReviewsCore, type ReviewsCoreService } from './core/index.js';
import { createReviewsDashboard, type ReviewsDashboard } from './dashboard-stats.js';
import { createEmailEmbeds, type EmailEmbeds, emailEmbedsRoutes } from './embeds/index.js';
import {
  createInvitations,
  type HeldOrder,
  type HeldOrders,
  type InvitationsService,
} from './invitations/index.js';

/** The reviews domain: the core (reviews, aggregates, public API) and invitations. */
export type ReviewsService = ReviewsCoreService & {
  invitations: InvitationsService;
  embeds: EmailEmbeds;
  /** A channel's reviews per week, rating distribution and invitation funnel, from rollups (A7). */
  dashboard(accountId: string, channelId: string, fromWeek: string): Promise<ReviewsDashboard>;
};

const heldOrder = (order: Pick<OrderSnapshot, 'number' | 'customer' | 'lineItems'>): HeldOrder => ({
  number: order.number,
  firstName: order.customer.firstName,
  lastName: order.customer.lastName,
  lineItems: order.lineItems,
});

/** The questionnaire's view of the orders commerce holds (read only). */
function heldOrdersOf(commerce: CommerceService): HeldOrders {
  return {
    async find(accountId, channelId, ref) {
      if (ref.orderId) {
        try {
          const order = await commerce.getOrder(accountId, ref.orderId);
          if (order.channelId === channelId) return heldOrder(order);
        } catch (error) {
          if (!(error instanceof AppError && error.code === 'not_found')) throw error;
        }
      }
      for (const lookup of [
        ...(ref.orderNumber ? [{ number: ref.orderNumber }] : []),
        ...(ref.orderId ? [{ source: 'api' as const, externalId: ref.orderId }] : []),
      ]) {
        const order = await commerce.findOrder(channelId, lookup);
        if (order) return heldOrder(order);
      }
      return undefined;
    },
    async recentOf(accountId, channelId, email) {
      const page = await commerce.listOrders(accountId, channelId, { email, limit: 20 });
      return page.items.map(heldOrder);
    },
  };
}

export function createReviewsModule(
  ctx: ModuleContext,
  deps: { contacts: ContactsService; commerce: CommerceService },
): TrustloopModule<ReviewsService> {
  const core = createReviewsCore(ctx, deps);
  const invitations = createInvitations(ctx, {
    contacts: deps.contacts,
    reviews: core.service,
    orders: heldOrdersOf(deps.commerce),
  });
  const embeds = createEmailEmbeds({ ctx, queries: core.service.queries });
  return {
    name: 'reviews',
    service: {
      ...core.service,
      invitations: invitations.service,
      embeds,
      dashboard: createReviewsDashboard(ctx.database.db),
    },
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

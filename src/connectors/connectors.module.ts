import type { Kysely } from 'kysely';
import type { ModuleContext } from '../accounts/index.js';
import type { CommerceService } from '../commerce/index.js';
import type { ContactsService } from '../contacts/index.js';
import type { LoyaltyService } from '../loyalty/index.js';
import { RateLimiter } from '../platform/http/outbound-rate-limiter.js';
import type { TrustloopModule } from '../platform/module.js';
import type { ReviewsService } from '../reviews/index.js';
import { createConnectionsStore } from './connections.store.js';
import type { Connector } from './connector.js';
import { ConnectorRegistry } from './connector-registry.js';
import { registerDispatch } from './connectors.dispatch.js';
import { registerExport } from './connectors.export.js';
import { connectorsRoutes } from './connectors.routes.js';
import { type ConnectorsAdmin, createConnectorsService } from './connectors.service.js';
import type { ConnectorsTables } from './connectors.tables.js';
import { deadLettersRoutes } from './dead-letters.routes.js';
import { createEcomailConnector } from './ecomail/ecomail.connector.js';
import { flowInvitations } from './flow-invitations.js';
import { createKlaviyoConnector } from './klaviyo/klaviyo.connector.js';
import { liveRoutes } from './live.routes.js';
import { createSalesmanagoConnector } from './salesmanago/salesmanago.connector.js';
import { createWebhooksConnector } from './webhooks/webhooks.connector.js';

/** The connectors domain's service: what other domains and the composition root may call. */
export type ConnectorsService = ConnectorsAdmin;

/** Every platform this build can connect to: adding one is one line here and its folder. */
function connectorsOf(ctx: ModuleContext): Connector[] {
  return [
    createKlaviyoConnector({ clock: ctx.clock }),
    createEcomailConnector({ clock: ctx.clock }),
    createSalesmanagoConnector({ clock: ctx.clock }),
    createWebhooksConnector({ clock: ctx.clock }),
  ];
}

/**
 * The connectors domain (M0–M4): connections with sealed credentials, delivery of domain
 * events to each platform through the job system, first exports, platform callbacks.
 */
export function createConnectorsModule(
  ctx: ModuleContext,
  deps: {
    contacts: ContactsService;
    commerce: CommerceService;
    reviews: ReviewsService;
    loyalty: LoyaltyService;
  },
): TrustloopModule<ConnectorsService> {
  const db = ctx.database.db as Kysely<ConnectorsTables>;
  const registry = new ConnectorRegistry(connectorsOf(ctx));
  const store = createConnectionsStore({ db, clock: ctx.clock, secrets: ctx.secrets, registry });
  const limiter = new RateLimiter();
  registerDispatch({
    db,
    dialect: ctx.database.kind,
    jobs: ctx.jobs,
    clock: ctx.clock,
    registry,
    store,
    limiter,
    async platformOptIn({ accountId, channelId, email, changedAt }) {
      const result = await deps.contacts.changeConsent(ctx.database.db, {
        accountId,
        channelId,
        email,
        status: 'subscribed',
        source: 'esp',
        changedAt,
      });
      return result.status;
    },
  });
  registerExport({
    db,
    jobs: ctx.jobs,
    clock: ctx.clock,
    registry,
    store,
    contacts: deps.contacts,
    listOrders: deps.commerce.listOrders,
    claimMs: ctx.config.jobs.leaseMs,
  });
  const admin = createConnectorsService({
    ctx,
    db,
    registry,
    store,
    contacts: deps.contacts,
    invitations: flowInvitations({ commerce: deps.commerce, reviews: deps.reviews }),
  });
  return {
    name: 'connectors',
    service: admin,
    async routes(app) {
      await app.register(connectorsRoutes({ auth: ctx.accounts.auth, admin }));
      await app.register(deadLettersRoutes({ auth: ctx.accounts.auth, admin }));
      await app.register(liveRoutes({ auth: ctx.accounts.auth, admin }));
    },
    resealSecrets: () => store.reseal(),
  };
}

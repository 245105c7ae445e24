import type { ModuleContext } from '../accounts/index.js';
import type { ConnectorsService } from '../connectors/index.js';
import type { LoyaltyService } from '../loyalty/index.js';
import type { TrustloopModule } from '../platform/module.js';
import type { ReviewsService } from '../reviews/index.js';
import { createDashboard, type DashboardReader } from './dashboard.js';
import { dashboardRoutes } from './dashboard.routes.js';

/** The merchant's dashboard (A7): reads the other domains' rollups through their doors. */
export function createDashboardModule(
  ctx: ModuleContext,
  deps: { reviews: ReviewsService; loyalty: LoyaltyService; connectors: ConnectorsService },
): TrustloopModule<DashboardReader> {
  const dashboard = createDashboard({ accounts: ctx.accounts, clock: ctx.clock, ...deps });
  return {
    name: 'dashboard',
    service: dashboard,
    async routes(app) {
      await app.register(dashboardRoutes({ auth: ctx.accounts.auth, dashboard }));
    },
  };
}

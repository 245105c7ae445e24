/** Operations over HTTP: the account's background jobs, dead letters, replay and event log; the dashboard (A7). */
export type { Dashboard, DashboardReader } from './dashboard.js';
export { createDashboardModule } from './dashboard.module.js';
export { operationsRoutes } from './operations.routes.js';

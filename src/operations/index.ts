/** Operations over HTTP: the account's background jobs, dead letters, replay and event log. */
export { operationsRoutes } from './operations.routes.js';

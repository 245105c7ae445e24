/**
 * Accounts: the tenancy and identity domain. Accounts own channels, users and API keys;
 * every other domain asks this one who is calling (`auth.require(scope)`) and which
 * channel a public id names.
 *
 * @example
 * const accounts = createAccounts({ db, clock, secrets, passwordCost, sessionTtlHours });
 * app.get('/api/v1/things', { onRequest: accounts.auth.require('reviews:read') }, handler);
 */
import type { AccountsDeps } from './accounts.types.js';
import { createApiKeys } from './api-keys.service.js';
import { createAuth } from './auth.js';
import { createChannels } from './channels.service.js';
import { createUsers } from './users.service.js';

export { type AccountsRoutesDeps, accountsRoutes } from './accounts.routes.js';
export type { AccountsTables } from './accounts.tables.js';
export type { Account, AccountsDeps, ApiKey, Channel, Principal, User } from './accounts.types.js';
export { type Auth, principalOf, SESSION_COOKIE } from './auth.js';
export { isTimeZone } from './channels.service.js';
export { ROLES, type Role, SCOPES, type Scope, scopesOfRole } from './scopes.js';

export function createAccounts(deps: AccountsDeps) {
  const users = createUsers(deps);
  const apiKeys = createApiKeys(deps);
  const channels = createChannels(deps);
  return { users, apiKeys, channels, auth: createAuth(users, apiKeys) };
}

export type Accounts = ReturnType<typeof createAccounts>;

/**
 * Accounts: the tenancy and identity domain. Accounts own channels, users and API keys;
 * every other domain asks this one who is calling (`auth.require(scope)`) and which
 * channel a public id names.
 *
 * @example
 * const accounts = createAccounts({ db, clock, secrets, passwordCost, sessionTtlHours });
 * app.get('/api/v1/things', { onRequest: accounts.auth.require('reviews:read') }, handler);
 */
import type { PlatformContext } from '../platform/module.js';
import type { AccountsDeps } from './accounts.types.js';
import { createApiKeys } from './api-keys.service.js';
import { createAuth } from './auth.js';
import { createChannels } from './channels.service.js';
import { createCsrf } from './csrf.js';
import { createSignIn } from './sign-in.service.js';
import { createSignInThrottle, DEFAULT_SIGN_IN_LIMITS } from './sign-in-throttle.js';
import { createTwoFactor } from './two-factor.service.js';
import { createUsers } from './users.service.js';

export { isTimeZone } from '../platform/time-zones.js';
export { type AccountsRoutesDeps, accountsRoutes } from './accounts.routes.js';
export type { AccountsTables } from './accounts.tables.js';
export type { Account, AccountsDeps, ApiKey, Channel, Principal, User } from './accounts.types.js';
export { type Auth, principalOf, SESSION_COOKIE } from './auth.js';
export { ROLES, type Role, SCOPES, type Scope, scopesOfRole } from './scopes.js';
export { DEFAULT_SIGN_IN_LIMITS, type SignInLimits } from './sign-in-throttle.js';

export function createAccounts(deps: AccountsDeps) {
  const users = createUsers(deps);
  const apiKeys = createApiKeys(deps);
  const channels = createChannels(deps);
  const csrf = createCsrf(deps.csrfKey);
  const twoFactor = createTwoFactor(deps);
  const throttle = createSignInThrottle(deps.db, deps.clock, {
    ...DEFAULT_SIGN_IN_LIMITS,
    ...deps.signInLimits,
  });
  const signIn = createSignIn(deps, twoFactor, throttle);
  return {
    users,
    apiKeys,
    channels,
    csrf,
    twoFactor,
    signIn,
    throttle,
    auth: createAuth(users, apiKeys, csrf),
    /** Re-seals the domain's secrets (channel signing secrets, TOTP secrets) under the current key. */
    async resealUnderCurrentKey(): Promise<number> {
      return (await channels.resealUnderCurrentKey()) + (await twoFactor.resealUnderCurrentKey());
    },
  };
}

export type Accounts = ReturnType<typeof createAccounts>;

/** What every domain module is built from: the platform's services and the accounts door. */
export interface ModuleContext extends PlatformContext {
  accounts: Accounts;
}

import { Type } from 'typebox';
import type { Cache } from '../platform/cache.js';
import { AppError } from '../platform/errors.js';
import { errorResponses, IdParam, NoContent } from '../platform/http/schemas.js';
import type { HttpServer } from '../platform/http/server.js';
import {
  AccountPatch,
  AccountSchema,
  ApiKeySchema,
  NewApiKeyBody,
  NewUserBody,
  UserSchema,
} from './accounts.schemas.js';
import type { ApiKeys } from './api-keys.service.js';
import { type Auth, principalOf } from './auth.js';
import { authRoutes } from './auth.routes.js';
import { channelsRoutes } from './channels.routes.js';
import type { Channels } from './channels.service.js';
import type { Csrf } from './csrf.js';
import type { SignIn } from './sign-in.service.js';
import type { TwoFactor } from './two-factor.service.js';
import type { Users } from './users.service.js';

export interface AccountsRoutesDeps {
  users: Users;
  channels: Channels;
  apiKeys: ApiKeys;
  auth: Auth;
  csrf: Csrf;
  signIn: SignIn;
  twoFactor: TwoFactor;
  cache: Cache;
  secureCookies: boolean;
  sessionTtlHours: number;
  publicRateLimitPerMinute: number;
}

const security: Array<Record<string, string[]>> = [{ apiKey: [] }, { session: [] }];

/** Sign-in, account, users and API keys under /api/v1; channels come from channels.routes.ts. */
export function accountsRoutes(deps: AccountsRoutesDeps) {
  const { users, apiKeys, auth } = deps;

  return async function register(app: HttpServer) {
    await authRoutes(deps)(app);

    app.get(
      '/api/v1/account',
      {
        onRequest: auth.require('account:read'),
        schema: {
          tags: ['account'],
          summary: 'The account you are signed in to',
          security,
          response: { 200: AccountSchema, ...errorResponses },
        },
      },
      async (request) => users.getAccount(principalOf(request).accountId),
    );
    app.patch(
      '/api/v1/account',
      {
        onRequest: auth.require('account:write'),
        schema: {
          tags: ['account'],
          summary: 'Rename the account',
          security,
          body: AccountPatch,
          response: { 200: AccountSchema, ...errorResponses },
        },
      },
      async (request) => users.renameAccount(principalOf(request).accountId, request.body.name),
    );

    app.get(
      '/api/v1/users',
      {
        onRequest: auth.require('account:read'),
        schema: {
          tags: ['users'],
          summary: 'Users of the account',
          security,
          response: { 200: Type.Object({ data: Type.Array(UserSchema) }), ...errorResponses },
        },
      },
      async (request) => ({
        data: await users.list(principalOf(request).accountId),
      }),
    );
    app.post(
      '/api/v1/users',
      {
        onRequest: auth.require('account:write'),
        schema: {
          tags: ['users'],
          summary: 'Add a user; without a password a one-time password is returned once',
          security,
          body: NewUserBody,
          response: {
            201: Type.Object({ user: UserSchema, oneTimePassword: Type.Optional(Type.String()) }),
            ...errorResponses,
            409: Type.Ref('ErrorResponse'),
          },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await users.addUser(principalOf(request).accountId, request.body)),
    );
    app.delete(
      '/api/v1/users/:id',
      {
        onRequest: auth.require('account:write'),
        schema: {
          tags: ['users'],
          summary: 'Remove a user; their sessions end at once',
          security,
          params: IdParam(),
          response: { 204: NoContent, ...errorResponses, 409: Type.Ref('ErrorResponse') },
        },
      },
      async (request, reply) => {
        await users.remove(principalOf(request).accountId, request.params.id);
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/api/v1/api-keys',
      {
        onRequest: auth.require('account:read'),
        schema: {
          tags: ['api keys'],
          summary: 'API keys of the account (names, scopes, last use; never the secret)',
          security,
          response: { 200: Type.Object({ data: Type.Array(ApiKeySchema) }), ...errorResponses },
        },
      },
      async (request) => ({
        data: await apiKeys.list(principalOf(request).accountId),
      }),
    );
    app.post(
      '/api/v1/api-keys',
      {
        onRequest: auth.require('account:write'),
        schema: {
          tags: ['api keys'],
          summary: 'Create an API key; its secret is shown only in this response',
          security,
          body: NewApiKeyBody,
          response: { 201: Type.Object({ apiKey: ApiKeySchema, secret: Type.String() }), ...errorResponses },
        },
      },
      async (request, reply) => {
        const principal = principalOf(request);
        const beyond = request.body.scopes.filter((scope) => !principal.scopes.includes(scope));
        if (beyond.length > 0)
          throw new AppError('forbidden', `you cannot grant scopes you do not hold: ${beyond.join(', ')}`);
        const createdBy = principal.kind === 'user' ? principal.userId : principal.apiKeyId;
        return reply.status(201).send(await apiKeys.create(principal.accountId, request.body, createdBy));
      },
    );
    app.delete(
      '/api/v1/api-keys/:id',
      {
        onRequest: auth.require('account:write'),
        schema: {
          tags: ['api keys'],
          summary: 'Revoke an API key',
          security,
          params: IdParam(),
          response: { 204: NoContent, ...errorResponses },
        },
      },
      async (request, reply) => {
        await apiKeys.revoke(principalOf(request).accountId, request.params.id);
        return reply.status(204).send(null);
      },
    );

    // Channels, their signing secrets and the public channel card (channels.routes.ts).
    await channelsRoutes(deps)(app);
  };
}

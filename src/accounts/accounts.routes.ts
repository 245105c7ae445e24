import cookie from '@fastify/cookie';
import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';
import type { Cache } from '../platform/cache.js';
import { AppError } from '../platform/errors.js';
import { errorResponses, IdParam, NoContent } from '../platform/http/schemas.js';
import type { HttpServer } from '../platform/http/server.js';
import {
  AccountPatch,
  AccountSchema,
  ApiKeySchema,
  LoginBody,
  NewApiKeyBody,
  NewUserBody,
  PasswordChangeBody,
  UserSchema,
} from './accounts.schemas.js';
import type { ApiKeys } from './api-keys.service.js';
import { type Auth, principalOf, SESSION_COOKIE, sessionTokenOf } from './auth.js';
import { channelsRoutes } from './channels.routes.js';
import type { Channels } from './channels.service.js';
import type { Users } from './users.service.js';

export interface AccountsRoutesDeps {
  users: Users;
  channels: Channels;
  apiKeys: ApiKeys;
  auth: Auth;
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
    // Only these routes set or clear cookies, so only they carry the plugin's response hook.
    await app.register(cookie, { hook: false });
    app.post(
      '/api/v1/auth/login',
      {
        schema: {
          tags: ['auth'],
          summary: 'Sign in with email and password; sets the session cookie',
          body: LoginBody,
          response: { 200: Type.Object({ user: UserSchema }), ...errorResponses },
        },
        config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
      },
      async (request, reply) => {
        const session = await users.signIn(request.body.email, request.body.password);
        if (!session) throw new AppError('unauthenticated', 'the email or password is wrong');
        setSessionCookie(reply, session.token);
        return { user: session.user };
      },
    );

    app.post(
      '/api/v1/auth/logout',
      { schema: { tags: ['auth'], summary: 'End the current session', response: { 204: NoContent } } },
      async (request, reply) => {
        const token = sessionTokenOf(request);
        if (token) await users.signOut(token);
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/api/v1/auth/me',
      {
        onRequest: auth.require('account:read', { allowPendingPasswordChange: true }),
        schema: {
          tags: ['auth'],
          summary: 'Who is signed in: the user or API key, its account and scopes',
          security,
          response: {
            200: Type.Object({
              user: Type.Union([UserSchema, Type.Null()]),
              account: AccountSchema,
              scopes: Type.Array(Type.String()),
            }),
            ...errorResponses,
          },
        },
      },
      async (request) => {
        const principal = principalOf(request);
        const user =
          principal.kind === 'user' ? await users.get(principal.accountId, principal.userId) : null;
        return { user, account: await users.getAccount(principal.accountId), scopes: [...principal.scopes] };
      },
    );

    app.post(
      '/api/v1/auth/password',
      {
        onRequest: auth.require('account:read', { allowPendingPasswordChange: true }),
        schema: {
          tags: ['auth'],
          summary: 'Change your password (required after a one-time password)',
          security,
          body: PasswordChangeBody,
          response: { 204: NoContent, ...errorResponses },
        },
        config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
      },
      async (request, reply) => {
        const principal = principalOf(request);
        if (principal.kind !== 'user') throw new AppError('forbidden', 'API keys have no password');
        await users.changePassword(
          principal.accountId,
          principal.userId,
          request.body.currentPassword,
          request.body.newPassword,
        );
        return reply.status(204).send(null);
      },
    );

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

  function setSessionCookie(reply: FastifyReply, token: string) {
    reply.setCookie(SESSION_COOKIE, token, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: deps.secureCookies,
      maxAge: deps.sessionTtlHours * 3600,
    });
  }
}

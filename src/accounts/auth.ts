import { fastifyCookie } from '@fastify/cookie';
import type { FastifyReply, FastifyRequest, onRequestHookHandler } from 'fastify';
import { AppError } from '../platform/errors.js';
import type { Principal } from './accounts.types.js';
import type { ApiKeys } from './api-keys.service.js';
import type { Csrf } from './csrf.js';
import type { Scope } from './scopes.js';
import type { Users } from './users.service.js';

export const SESSION_COOKIE = 'tl_session';

/**
 * The session token a request carries, if any. Cookies are parsed here, when a route asks
 * for a session, not for every request (public routes never read them).
 */
export function sessionTokenOf(request: FastifyRequest): string | undefined {
  const header = request.headers.cookie;
  return header ? fastifyCookie.parse(header)[SESSION_COOKIE] : undefined;
}

declare module 'fastify' {
  interface FastifyRequest {
    principal?: Principal;
  }
}

/** The caller of an authenticated route; the route's onRequest hook guarantees it is set. */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw new AppError('unauthenticated', 'sign in or send an API key');
  return request.principal;
}

export interface RequireOptions {
  /** Let a user whose one-time password is still unchanged through (only the password routes do). */
  allowPendingPasswordChange?: boolean;
}

/**
 * Hooks that authenticate a request by session cookie or `Authorization: Bearer <key>`. A
 * write made with the session cookie must also carry the session's CSRF token (csrf.ts).
 */
export function createAuth(users: Users, apiKeys: ApiKeys, csrf: Csrf) {
  async function resolve(request: FastifyRequest): Promise<Principal> {
    const header = request.headers.authorization;
    if (header !== undefined) {
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      const principal = match?.[1] ? await apiKeys.principalOfKey(match[1]) : undefined;
      if (!principal) throw new AppError('unauthenticated', 'the API key is invalid or revoked');
      return principal;
    }
    const token = sessionTokenOf(request);
    if (token) {
      const principal = await users.principalOfSession(token);
      if (!principal) throw new AppError('unauthenticated', 'your session has expired; sign in again');
      csrf.check(request, token);
      return principal;
    }
    throw new AppError('unauthenticated', 'sign in or send an API key');
  }

  return {
    /** An onRequest hook that admits only callers holding `scope`. */
    require(scope: Scope, options: RequireOptions = {}): onRequestHookHandler {
      return async (request: FastifyRequest, reply: FastifyReply) => {
        // An account's data (or why it was refused) must never sit in a shared or browser cache.
        reply.header('cache-control', 'no-store');
        const principal = await resolve(request);
        if (
          principal.kind === 'user' &&
          principal.mustChangePassword &&
          !options.allowPendingPasswordChange
        ) {
          throw new AppError('forbidden', 'change your one-time password first (POST /api/v1/auth/password)');
        }
        if (!principal.scopes.includes(scope)) {
          throw new AppError(
            'forbidden',
            `this ${principal.kind === 'user' ? 'role' : 'API key'} lacks the ${scope} scope`,
          );
        }
        request.principal = principal;
      };
    },
  };
}

export type Auth = ReturnType<typeof createAuth>;

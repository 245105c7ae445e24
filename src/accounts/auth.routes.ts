import cookie from '@fastify/cookie';
import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';
import { AppError } from '../platform/errors.js';
import { clientKey } from '../platform/http/rate-limit.js';
import { errorResponses, NoContent } from '../platform/http/schemas.js';
import type { HttpServer } from '../platform/http/server.js';
import type { AccountsRoutesDeps } from './accounts.routes.js';
import {
  AccountSchema,
  LoginBody,
  PasswordChangeBody,
  TotpConfirmBody,
  TotpDisableBody,
  UserSchema,
} from './accounts.schemas.js';
import { principalOf, SESSION_COOKIE, sessionTokenOf } from './auth.js';

const security: Array<Record<string, string[]>> = [{ apiKey: [] }, { session: [] }];
const sessionOnly: Array<Record<string, string[]>> = [{ session: [] }];
const CsrfToken = Type.String({
  description: 'Send it as the X-CSRF-Token header with every non-GET request made with the session cookie',
});
const totpLimit = { rateLimit: { max: 10, timeWindow: '1 minute' } };

/**
 * Sign-in and the signed-in user's own security under /api/v1/auth: sessions, the CSRF token,
 * password change and TOTP two-factor enrolment (docs/sign-in.md).
 */
export function authRoutes(deps: AccountsRoutesDeps) {
  const { users, auth, csrf, signIn, twoFactor } = deps;

  return async function register(app: HttpServer) {
    // Only these routes set or clear cookies, so only they carry the plugin's response hook.
    await app.register(cookie, { hook: false });

    app.post(
      '/api/v1/auth/login',
      {
        schema: {
          tags: ['auth'],
          summary:
            'Sign in with email and password (and a TOTP or recovery code when two-factor is on); sets the session cookie',
          description:
            'Answers 401 `totp_required` when the password is right but the user has two-factor on and the body has neither `totp` nor `recoveryCode` (no session is made). Failed attempts are throttled per address and account (429 with Retry-After).',
          body: LoginBody,
          response: {
            200: Type.Object({ user: UserSchema, csrfToken: CsrfToken }),
            ...errorResponses,
            429: Type.Ref('ErrorResponse'),
          },
        },
        config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
      },
      async (request, reply) => {
        reply.header('cache-control', 'no-store');
        const { email, password, totp, recoveryCode } = request.body;
        const result = await signIn.signIn({
          email,
          password,
          ...(totp === undefined ? {} : { totp }),
          ...(recoveryCode === undefined ? {} : { recoveryCode }),
          address: clientKey(request.ip),
        });
        if (!result.ok) {
          switch (result.reason) {
            case 'throttled':
              throw new AppError(
                'rate_limited',
                `too many failed sign-ins; try again in ${Math.ceil(result.retryAfterSeconds / 60)} min`,
                { headers: { 'retry-after': String(result.retryAfterSeconds) } },
              );
            case 'totp_required':
              throw new AppError(
                'totp_required',
                'enter the code from your authenticator app (totp) or a recovery code (recoveryCode)',
              );
            case 'wrong_code':
              throw new AppError('unauthenticated', 'the two-factor code is wrong or was already used');
            default:
              throw new AppError('unauthenticated', 'the email or password is wrong');
          }
        }
        setSessionCookie(reply, result.token);
        return { user: result.user, csrfToken: csrf.tokenOf(result.token) };
      },
    );

    app.post(
      '/api/v1/auth/logout',
      {
        schema: {
          tags: ['auth'],
          summary: 'End the current session (with the session cookie, send X-CSRF-Token)',
          response: { 204: NoContent, 403: Type.Ref('ErrorResponse') },
        },
      },
      async (request, reply) => {
        reply.header('cache-control', 'no-store');
        const token = sessionTokenOf(request);
        // A live session is only ended by its own pages; a dead cookie is just cleared.
        if (token && (await users.principalOfSession(token))) csrf.check(request, token);
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
          summary: 'Who is signed in: the user or API key, its account and scopes (and the CSRF token)',
          security,
          response: {
            200: Type.Object({
              user: Type.Union([UserSchema, Type.Null()]),
              account: AccountSchema,
              scopes: Type.Array(Type.String()),
              csrfToken: Type.Optional(CsrfToken),
            }),
            ...errorResponses,
          },
        },
      },
      async (request) => {
        const principal = principalOf(request);
        const session = principal.kind === 'user' ? sessionTokenOf(request) : undefined;
        return {
          user: principal.kind === 'user' ? await users.get(principal.accountId, principal.userId) : null,
          account: await users.getAccount(principal.accountId),
          scopes: [...principal.scopes],
          ...(session ? { csrfToken: csrf.tokenOf(session) } : {}),
        };
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

    const signedInUser = (principal: ReturnType<typeof principalOf>) => {
      if (principal.kind !== 'user')
        throw new AppError('forbidden', 'two-factor sign-in is for users, not API keys');
      return principal;
    };

    app.post(
      '/api/v1/auth/totp',
      {
        onRequest: auth.require('account:read'),
        schema: {
          tags: ['auth'],
          summary: 'Start two-factor enrolment: a new TOTP secret and its otpauth URI (for a QR code)',
          description:
            'Nothing changes at sign-in until POST /api/v1/auth/totp/confirm; starting again replaces the secret.',
          security: sessionOnly,
          response: {
            200: Type.Object({ otpauthUri: Type.String(), secret: Type.String({ description: 'base32' }) }),
            ...errorResponses,
            409: Type.Ref('ErrorResponse'),
          },
        },
        config: totpLimit,
      },
      async (request) => {
        const principal = signedInUser(principalOf(request));
        return twoFactor.start(principal.accountId, principal.userId);
      },
    );

    app.post(
      '/api/v1/auth/totp/confirm',
      {
        onRequest: auth.require('account:read'),
        schema: {
          tags: ['auth'],
          summary: 'Turn two-factor on with a code from the app; answers the recovery codes, only this once',
          security: sessionOnly,
          body: TotpConfirmBody,
          response: {
            200: Type.Object({ recoveryCodes: Type.Array(Type.String()) }),
            ...errorResponses,
            409: Type.Ref('ErrorResponse'),
          },
        },
        config: totpLimit,
      },
      async (request) => {
        const principal = signedInUser(principalOf(request));
        return {
          recoveryCodes: await twoFactor.confirm(principal.accountId, principal.userId, request.body.code),
        };
      },
    );

    app.delete(
      '/api/v1/auth/totp',
      {
        onRequest: auth.require('account:read'),
        schema: {
          tags: ['auth'],
          summary: 'Turn two-factor off (your password confirms it); the recovery codes go too',
          security: sessionOnly,
          body: TotpDisableBody,
          response: { 204: NoContent, ...errorResponses },
        },
        config: totpLimit,
      },
      async (request, reply) => {
        const principal = signedInUser(principalOf(request));
        await twoFactor.disable(principal.accountId, principal.userId, request.body.password);
        return reply.status(204).send(null);
      },
    );
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

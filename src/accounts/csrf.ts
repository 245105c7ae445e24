/**
 * CSRF protection for cookie sessions. A browser attaches the session cookie to any request,
 * including one a foreign page makes; it does not let that page read our answers or set our
 * headers. So every cookie-authenticated write must carry `X-CSRF-Token` with a value only
 * our own pages can know: the HMAC-SHA256 of the session token under a server key (derived
 * from the master key), answered by `POST /auth/login` and `GET /auth/me`. It is stable for
 * the session, holds no state, and is never the session token itself. `Authorization: Bearer`
 * requests carry no ambient credentials and are exempt.
 */
import type { FastifyRequest } from 'fastify';
import { hmacSha256, safeEqual } from '../platform/crypto/index.js';
import { AppError } from '../platform/errors.js';

export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function createCsrf(key: Buffer) {
  const tokenOf = (sessionToken: string) => hmacSha256(key, `csrf:${sessionToken}`, 'base64url');
  return {
    /** The CSRF token of a session. */
    tokenOf,
    /** Throws `csrf_failed` when a cookie-authenticated write lacks the session's token. */
    check(request: FastifyRequest, sessionToken: string): void {
      if (SAFE_METHODS.has(request.method)) return;
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !safeEqual(sent, tokenOf(sessionToken))) {
        throw new AppError(
          'csrf_failed',
          sent === undefined
            ? 'send the X-CSRF-Token header (the csrfToken of POST /api/v1/auth/login or GET /api/v1/auth/me) with every write made with the session cookie'
            : 'the X-CSRF-Token header does not match this session; read csrfToken again from GET /api/v1/auth/me',
        );
      }
    },
  };
}

export type Csrf = ReturnType<typeof createCsrf>;

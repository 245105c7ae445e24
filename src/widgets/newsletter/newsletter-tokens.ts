/**
 * Signed tokens of the newsletter sign-up, HMAC-SHA256 under the channel's signing secret with
 * a purpose prefix (so neither can pass for the other, nor for a shopper token):
 * - the confirmation link's token (double opt-in): channel, email, language, expiry (7 days);
 * - the no-JavaScript form's token: channel and expiry (7 days, so a shop may cache the form
 *   fragment for a day). With the Origin check it keeps other sites from posting the form.
 * Format: base64url(JSON claims) "." hex(HMAC(secret, purpose "." base64url part)).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { isLocale, type Locale } from '../../platform/i18n/index.js';

export const CONFIRM_TTL_MS = 7 * 86_400_000;
export const FORM_TTL_MS = 7 * 86_400_000;

type Purpose = 'newsletter-confirm' | 'newsletter-form';

function mac(secret: string, purpose: Purpose, body: string): string {
  return createHmac('sha256', secret).update(`${purpose}.${body}`).digest('hex');
}

function sign(secret: string, purpose: Purpose, claims: object): string {
  const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return `${body}.${mac(secret, purpose, body)}`;
}

/** The claims when the signature holds and the token has not expired; otherwise null. */
function open(secret: string, purpose: Purpose, token: string, now: Date): Record<string, unknown> | null {
  const [body, signature, extra] = token.split('.');
  if (!body || !signature || extra !== undefined) return null;
  const expected = Buffer.from(mac(secret, purpose, body), 'hex');
  const given = Buffer.from(signature, 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Record<string, unknown>;
    return typeof claims['exp'] === 'number' && claims['exp'] * 1000 > now.getTime() ? claims : null;
  } catch {
    return null;
  }
}

export interface ConfirmClaims {
  channelId: string;
  email: string;
  locale: Locale;
}

export function signConfirmToken(secret: string, claims: ConfirmClaims, now: Date): string {
  const exp = Math.floor((now.getTime() + CONFIRM_TTL_MS) / 1000);
  return sign(secret, 'newsletter-confirm', { c: claims.channelId, e: claims.email, l: claims.locale, exp });
}

export function openConfirmToken(secret: string, token: string, now: Date): ConfirmClaims | null {
  const claims = open(secret, 'newsletter-confirm', token, now);
  if (!claims || typeof claims['c'] !== 'string' || typeof claims['e'] !== 'string') return null;
  const locale = typeof claims['l'] === 'string' && isLocale(claims['l']) ? claims['l'] : 'en';
  return { channelId: claims['c'], email: claims['e'], locale };
}

export function signFormToken(secret: string, channelId: string, now: Date): string {
  return sign(secret, 'newsletter-form', {
    c: channelId,
    exp: Math.floor((now.getTime() + FORM_TTL_MS) / 1000),
  });
}

export function formTokenValid(secret: string, channelId: string, token: string, now: Date): boolean {
  return open(secret, 'newsletter-form', token, now)?.['c'] === channelId;
}

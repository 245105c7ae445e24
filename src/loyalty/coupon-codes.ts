/**
 * Coupon codes and "apply to cart" links, pure (the random source is injected for tests).
 * Codes use an alphabet without look-alikes (no 0/O, 1/I/L) and carry 50 random bits; the
 * unique index on (channel, code) is what guarantees uniqueness, a collision is retried.
 */
import { randomBytes } from 'node:crypto';

const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'; // 31 symbols
const LENGTH = 10; // 31^10 ≈ 2^49.5

export function generateCouponCode(random: (bytes: number) => Uint8Array = randomBytes): string {
  const bytes = random(LENGTH * 2);
  let code = '';
  for (let i = 0; i < LENGTH; i++) {
    const value = ((bytes[2 * i] ?? 0) << 8) | (bytes[2 * i + 1] ?? 0);
    code += ALPHABET[value % ALPHABET.length];
  }
  return `TL-${code.slice(0, 5)}-${code.slice(5)}`;
}

/** A code a merchant uploads: printable, no spaces, at most 64 characters. */
export function isValidPoolCode(code: string): boolean {
  return /^[A-Za-z0-9_-]{3,64}$/.test(code);
}

/**
 * The URL that puts `code` in the shopper's cart: Shopify's `/discount/CODE`, WooCommerce's
 * `?coupon=CODE` (needs a coupon-from-URL snippet or plugin in the shop), or the merchant's template.
 */
export function applyToCartUrl(
  coupons: { platform: 'shopify' | 'woocommerce' | 'custom'; applyUrlTemplate: string | null },
  domain: string,
  code: string,
): string {
  const encoded = encodeURIComponent(code);
  if (coupons.applyUrlTemplate) {
    return coupons.applyUrlTemplate.replaceAll('{domain}', domain).replaceAll('{code}', encoded);
  }
  if (coupons.platform === 'woocommerce') return `https://${domain}/?coupon=${encoded}`;
  return `https://${domain}/discount/${encoded}`;
}

/** A member's referral link: the merchant's template or `https://<domain>/?ref=<code>`. */
export function referralUrl(template: string | null, domain: string, code: string): string {
  const encoded = encodeURIComponent(code);
  return template
    ? template.replaceAll('{domain}', domain).replaceAll('{code}', encoded)
    : `https://${domain}/?ref=${encoded}`;
}

/** An email normalised for self-referral checks: lower case; Gmail dots and +tags dropped. */
export function normaliseEmail(email: string): string {
  const lower = email.trim().toLowerCase();
  const at = lower.lastIndexOf('@');
  if (at < 0) return lower;
  let local = lower.slice(0, at);
  let domain = lower.slice(at + 1);
  const plus = local.indexOf('+');
  if (plus >= 0) local = local.slice(0, plus);
  if (domain === 'googlemail.com') domain = 'gmail.com';
  if (domain === 'gmail.com') local = local.replaceAll('.', '');
  return `${local}@${domain}`;
}

import { describe, expect, it } from 'vitest';
import { applyToCartUrl, generateCouponCode, normaliseEmail, referralUrl } from './coupon-codes.js';
import { referralRefusal } from './referrals.js';

describe('coupon codes and links', () => {
  it('generates unambiguous, distinct codes', () => {
    const codes = new Set(Array.from({ length: 2000 }, () => generateCouponCode()));
    expect(codes.size).toBe(2000);
    for (const code of codes) expect(code).toMatch(/^TL-[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/);
  });

  it('builds apply-to-cart URLs for Shopify, WooCommerce and a template', () => {
    expect(applyToCartUrl({ platform: 'shopify', applyUrlTemplate: null }, 'shop.pl', 'TL-AB')).toBe(
      'https://shop.pl/discount/TL-AB',
    );
    expect(applyToCartUrl({ platform: 'woocommerce', applyUrlTemplate: null }, 'shop.pl', 'TL-AB')).toBe(
      'https://shop.pl/?coupon=TL-AB',
    );
    expect(
      applyToCartUrl(
        { platform: 'custom', applyUrlTemplate: 'https://{domain}/cart?code={code}' },
        'shop.pl',
        'X Y',
      ),
    ).toBe('https://shop.pl/cart?code=X%20Y');
    expect(referralUrl(null, 'shop.pl', 'abc')).toBe('https://shop.pl/?ref=abc');
  });

  it('normalises emails for self-referral checks', () => {
    expect(normaliseEmail('A.n.n+promo@GoogleMail.com')).toBe('ann@gmail.com');
    expect(normaliseEmail('ann+x@example.com')).toBe('ann@example.com');
  });

  it('refuses self-referrals by email, customer or shipping address', () => {
    const referrer = {
      id: 'm1',
      email: 'ann@gmail.com',
      customer_id: 'c1',
      shipping_hash: 'h1',
      state: 'member',
    };
    const friend = { id: 'm2', email: 'bob@example.com', customer_id: 'c2', state: 'member' };
    const base = { referrer, friend, orderShippingHash: 'h2', friendEarlierOrders: 0 };
    expect(referralRefusal(base)).toBeNull();
    expect(referralRefusal({ ...base, friend: { ...friend, email: 'a.nn+2@gmail.com' } })).toBe('same_email');
    expect(referralRefusal({ ...base, friend: { ...friend, customer_id: 'c1' } })).toBe('same_customer');
    expect(referralRefusal({ ...base, orderShippingHash: 'h1' })).toBe('same_address');
    expect(referralRefusal({ ...base, friendEarlierOrders: 1 })).toBe('not_first_order');
  });
});

import { describe, expect, it } from 'vitest';
import { referralCodeOf } from './shopify.mapping.js';

describe("a Shopify order's referral code", () => {
  it('comes from ?ref= of the landing page, relative or absolute', () => {
    expect(referralCodeOf({ landing_site: '/?ref=anna10&utm_source=newsletter' })).toBe('anna10');
    expect(referralCodeOf({ landing_site: 'https://sklep.pl/products/mug?ref= ola-2026 ' })).toBe('ola-2026');
  });

  it('comes from a ref note attribute (a cart attribute) when the landing page has none', () => {
    expect(
      referralCodeOf({ landing_site: '/products/mug', note_attributes: [{ name: 'ref', value: 'ola2026' }] }),
    ).toBe('ola2026');
  });

  it("prefers the cart's ref attribute over a landing ?ref= another tool set", () => {
    expect(
      referralCodeOf({
        landing_site: '/?ref=producthunt',
        note_attributes: [{ name: 'Ref', value: 'anna10' }],
      }),
    ).toBe('anna10');
  });

  it('is null without either, for a blank attribute, and for an unparseable landing site', () => {
    expect(referralCodeOf({ landing_site: null, note_attributes: [] })).toBeNull();
    expect(
      referralCodeOf({ landing_site: '/?utm_source=x', note_attributes: [{ name: 'ref', value: ' ' }] }),
    ).toBeNull();
    expect(referralCodeOf({ landing_site: 'http://[bad', note_attributes: [] })).toBeNull();
  });
});

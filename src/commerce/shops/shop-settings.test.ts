import { describe, expect, it } from 'vitest';
import { AppError } from '../../platform/errors.js';
import { isAfter } from './pull-cursor.js';
import { shopConnector } from './shop-registry.js';
import { readSettings } from './shop-settings.js';

const shopify = shopConnector('shopify').descriptor;
const woocommerce = shopConnector('woocommerce').descriptor;

function fieldOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error.details?.[0]?.field;
    throw error;
  }
  return undefined;
}

describe('a shop connection body read through its descriptor', () => {
  it('normalises a pasted shop URL to its host', () => {
    const change = readSettings(
      shopify,
      { webhookSecret: 'x'.repeat(12), shopDomain: 'https://Acme.myshopify.com/admin' },
      true,
    );
    expect(change.connection['shopDomain']).toBe('acme.myshopify.com');
  });

  it('needs every required field when connecting, but not on a later change', () => {
    expect(fieldOf(() => readSettings(shopify, { shopDomain: 'a.myshopify.com' }, true))).toBe(
      '/body/webhookSecret',
    );
    expect(readSettings(shopify, { deliveredOn: 'never' }, false).connection).toEqual({
      deliveredOn: 'never',
    });
  });

  it('refuses a field of another platform, in the connection or in discounts', () => {
    expect(fieldOf(() => readSettings(woocommerce, { fulfilledOn: 'completed', baseUrl: 'x' }, false))).toBe(
      '/body/baseUrl',
    );
    expect(
      fieldOf(() =>
        readSettings(shopify, { discounts: { accessToken: 't', siteUrl: 'https://a.pl' } }, false),
      ),
    ).toBe('/body/discounts/siteUrl');
  });

  it('refuses null for a required field and clears an optional one', () => {
    expect(fieldOf(() => readSettings(shopify, { shopDomain: null }, false))).toBe('/body/shopDomain');
    expect(readSettings(woocommerce, { shopDomain: null }, false).connection).toEqual({ shopDomain: null });
  });

  it('takes a credential address over https only, or plain http on this machine', () => {
    const discounts = (siteUrl: string) => ({
      discounts: { siteUrl, consumerKey: 'ck', consumerSecret: 'cs' },
    });
    expect(fieldOf(() => readSettings(woocommerce, discounts('http://shop.example.com'), false))).toBe(
      '/body/discounts/siteUrl',
    );
    expect(readSettings(woocommerce, discounts('http://127.0.0.1:8080/'), false).discounts?.['siteUrl']).toBe(
      'http://127.0.0.1:8080',
    );
  });
});

describe('a pull cursor', () => {
  const cursor = { updatedAt: '2026-12-04 10:00:00', id: '99' };
  it('lets through what changed later, and at the same time only a higher id, numerically', () => {
    expect(isAfter({ updatedAt: '2026-12-04 10:00:01', id: '1' }, cursor)).toBe(true);
    expect(isAfter({ updatedAt: '2026-12-04 10:00:00', id: '100' }, cursor)).toBe(true);
    expect(isAfter({ updatedAt: '2026-12-04 10:00:00', id: '99' }, cursor)).toBe(false);
    expect(isAfter({ updatedAt: '2026-12-04 10:00:00', id: '100' }, { ...cursor, id: '9' })).toBe(true);
    expect(isAfter({ updatedAt: '2026-12-04 09:59:59', id: '500' }, cursor)).toBe(false);
  });
});

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { advance, drainJobs } from '../contract/contract-fixtures.js';
import { startPrestaShopFake } from '../fakes/prestashop/prestashop.fake.js';
import { startShoperFake } from '../fakes/shoper/shoper.fake.js';
import { type ShopifyAdminFake, startShopifyAdminFake } from '../fakes/shopify-admin/shopify-admin.fake.js';
import { startWooCommerceFake, type WooCommerceFake } from '../fakes/woocommerce/woocommerce.fake.js';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';
import { dialects } from '../support/databases.js';
import {
  anOrder,
  createReward,
  deliver,
  ledgerOf,
  memberOf,
  orderEvent,
  setUpProgram,
  shopperToken,
} from '../support/loyalty-fixtures.js';

/**
 * Coupons that exist in the shop (issue 16, S6): a redeemed reward's code is created in the shop
 * before the shopper sees it, against fakes written from Shopify's GraphQL Admin API and
 * WooCommerce's REST API documentation. Every scenario runs for each shop on both databases.
 */
interface Shop {
  name: 'shopify' | 'woocommerce' | 'prestashop' | 'shoper';
  /** How the loyalty program builds the apply-to-cart link for this shop. */
  cartPlatform: 'shopify' | 'woocommerce' | 'custom';
  /** The shop connection's body with working discount credentials. */
  connection(): Record<string, unknown>;
  /** The same with a credential the shop refuses, and the field the error must name. */
  wrongCredential(): { body: Record<string, unknown>; field: string };
  /** What the shop holds for a code: value, type and usage limit, in one shape for both shops. */
  held(code: string): { value: string; type: string; usageLimit: unknown } | undefined;
  down(count: number): void;
  count(): number;
  close(): Promise<void>;
}

async function shopify(): Promise<Shop> {
  const fake: ShopifyAdminFake = await startShopifyAdminFake();
  const discounts = (token: string) => ({ accessToken: token, adminApiUrl: fake.url });
  return {
    name: 'shopify',
    cartPlatform: 'shopify',
    connection: () => ({
      webhookSecret: 'shpss_discount_test',
      shopDomain: 'sklep.myshopify.com',
      discounts: discounts(fake.accessToken),
    }),
    wrongCredential: () => ({
      body: {
        webhookSecret: 'shpss_discount_test',
        shopDomain: 'sklep.myshopify.com',
        discounts: discounts('shpat_wrong'),
      },
      field: '/body/discounts/accessToken',
    }),
    held(code) {
      const found = [...fake.discounts.values()].find((d) => d.code === code);
      if (!found) return undefined;
      const value = (found.input['customerGets'] as { value: Record<string, unknown> } | undefined)?.value;
      return {
        value:
          value?.['percentage'] !== undefined
            ? `${Number(value['percentage']) * 100}%`
            : `${(value?.['discountAmount'] as { amount: string } | undefined)?.amount ?? '0'}`,
        type:
          found.type === 'free_shipping'
            ? 'free_shipping'
            : value?.['percentage'] !== undefined
              ? 'percent'
              : 'amount',
        usageLimit: found.input['usageLimit'],
      };
    },
    down: (count) => fake.failNext(count, { status: 503 }),
    count: () => fake.discounts.size,
    close: () => fake.close(),
  };
}

async function woocommerce(): Promise<Shop> {
  const fake: WooCommerceFake = await startWooCommerceFake();
  const discounts = (key: string) => ({
    siteUrl: fake.url,
    consumerKey: key,
    consumerSecret: fake.consumerSecret,
  });
  return {
    name: 'woocommerce',
    cartPlatform: 'woocommerce',
    connection: () => ({ webhookSecret: 'wc_discount_test_secret', discounts: discounts(fake.consumerKey) }),
    wrongCredential: () => ({
      body: { webhookSecret: 'wc_discount_test_secret', discounts: discounts('ck_wrong') },
      field: '/body/discounts/consumerKey',
    }),
    held(code) {
      const found = [...fake.coupons.values()].find((c) => c.code === code.toLowerCase());
      if (!found) return undefined;
      return {
        value: found.discount_type === 'percent' ? `${Number(found.amount)}%` : found.amount,
        type: found['free_shipping']
          ? 'free_shipping'
          : found.discount_type === 'percent'
            ? 'percent'
            : 'amount',
        usageLimit: found['usage_limit'],
      };
    },
    down: (count) => fake.failNext(count, { status: 503 }),
    count: () => fake.coupons.size,
    close: () => fake.close(),
  };
}

async function prestashop(): Promise<Shop> {
  const fake = await startPrestaShopFake();
  fake.put('currencies', { id: 1, iso_code: 'PLN', name: 'Złoty' });
  const body = (discountKey: string) => ({
    shopUrl: fake.url,
    apiKey: fake.key,
    discounts: { apiKey: discountKey },
  });
  return {
    name: 'prestashop',
    cartPlatform: 'custom',
    connection: () => body(fake.key),
    wrongCredential: () => ({ body: body('Y'.repeat(32)), field: '/body/discounts/apiKey' }),
    held(code) {
      const found = [...fake.rows.cart_rules.values()].find((rule) => rule['code'] === code);
      if (!found) return undefined;
      const percent = found['reduction_percent'];
      return {
        value: percent ? `${Number(percent)}%` : String(found['reduction_amount'] ?? '0'),
        type: found['free_shipping'] === '1' ? 'free_shipping' : percent ? 'percent' : 'amount',
        usageLimit: Number(found['quantity']),
      };
    },
    down: (count) => fake.failNext(count, { status: 503 }),
    count: () => fake.rows.cart_rules.size,
    close: () => fake.close(),
  };
}

async function shoper(): Promise<Shop> {
  const fake = await startShoperFake();
  const body = (password: string) => ({
    shopUrl: fake.url,
    login: fake.login,
    password: fake.password,
    webhookSecret: 'shoper_discount_test',
    discounts: { login: fake.login, password },
  });
  return {
    name: 'shoper',
    cartPlatform: 'custom',
    connection: () => body(fake.password),
    wrongCredential: () => ({ body: body('wrong-password'), field: '/body/discounts/password' }),
    held(code) {
      const found = [...fake.rows['promotion-codes'].values()].find((row) => row['code'] === code);
      if (!found) return undefined;
      const percent = found['discount_type'] === 2;
      return {
        value: percent ? `${Number(found['discount'])}%` : Number(found['discount']).toFixed(2),
        type: found['additional_free_shipping'] ? 'free_shipping' : percent ? 'percent' : 'amount',
        usageLimit: found['usage_limit'],
      };
    },
    down: (count) => fake.failNext(count, { status: 503 }),
    count: () => fake.rows['promotion-codes'].size,
    close: () => fake.close(),
  };
}

describe.each(dialects)('reward codes created in the shop on %s', (kind) => {
  describe.each([
    ['Shopify', shopify],
    ['WooCommerce', woocommerce],
    ['PrestaShop', prestashop],
    ['Shoper', shoper],
  ] as const)('%s', (_name, startShop) => {
    let app: TestApp;
    let tenant: Tenant;
    let shop: Shop;
    let tenOff: string;
    let fivePercent: string;

    const connect = (body: Record<string, unknown>) =>
      app.inject({
        method: 'PUT',
        url: `/api/v1/channels/${tenant.channelId}/shop-connections/${shop.name}`,
        headers: tenant.auth,
        payload: body,
      });
    const hub = (path = '') => `/public/v1/channels/${tenant.publicId}/hub${path}`;
    async function redeem(email: string, rewardId: string) {
      const response = await app.inject({
        method: 'POST',
        url: hub('/redeem'),
        headers: { authorization: `Shopper ${await shopperToken(app, tenant, email)}` },
        payload: { rewardId },
      });
      expect(response.statusCode, response.body).toBe(201);
      return response.json().coupon as { code: string | null; state: string; applyUrl: string | null };
    }
    async function memberWith150Points(email: string) {
      await deliver(app, tenant, [
        orderEvent('paid', anOrder(tenant, { email, subtotal: 15_000, total: 15_000 })),
      ]);
      expect((await memberOf(app, tenant, email)).body.balance).toBe(150);
    }

    beforeAll(async () => {
      app = await createTestApp(kind);
    });
    afterAll(() => app.close());
    beforeEach(async () => {
      tenant = await createTenant(app);
      shop = await startShop();
      await setUpProgram(app, tenant, {
        coupons: {
          platform: shop.cartPlatform,
          applyUrlTemplate: shop.cartPlatform === 'custom' ? 'https://{domain}/cart?code={code}' : null,
          validDays: 30,
        },
      });
      tenOff = (
        await createReward(app, tenant, {
          name: '10 PLN off',
          kind: 'amount_off',
          value: 1_000,
          pointsCost: 100,
        })
      ).rewardId;
      fivePercent = (
        await createReward(app, tenant, { name: '5% off', kind: 'percent_off', value: 5, pointsCost: 100 })
      ).rewardId;
      return () => shop.close();
    });

    it('refuses credentials the shop does not accept, naming the field, and stores no connection', async () => {
      const { body, field } = shop.wrongCredential();
      const refused = await connect(body);
      expect(refused.statusCode, refused.body).toBe(422);
      expect(refused.json().error.details).toEqual([expect.objectContaining({ field })]);
      const stored = await app.inject({
        method: 'GET',
        url: `/api/v1/channels/${tenant.channelId}/shop-connections/${shop.name}`,
        headers: tenant.auth,
      });
      expect(stored.statusCode).toBe(404);
    });

    it('creates a single-use code of exactly the reward’s value in the shop before the shopper sees it', async () => {
      const connected = await connect(shop.connection());
      expect(connected.json()).toMatchObject({ discountsEnabled: true });
      await memberWith150Points('ann@example.com');

      const coupon = await redeem('ann@example.com', tenOff);
      expect(coupon.state).toBe('applied');
      expect(shop.held(coupon.code!)).toEqual({ value: '10.00', type: 'amount', usageLimit: 1 });
      expect(coupon.applyUrl).toContain(encodeURIComponent(coupon.code!));
      expect((await memberOf(app, tenant, 'ann@example.com')).body.balance).toBe(50);

      const other = await redeem('ann@example.com', fivePercent).catch(() => null);
      expect(other).toBeNull(); // 50 points left: refused, nothing created
      expect(shop.count()).toBe(1);
    });

    it('keeps the points while the shop is down and issues the code once it is back', async () => {
      await connect(shop.connection());
      await memberWith150Points('bo@example.com');
      shop.down(1);

      const waiting = await redeem('bo@example.com', fivePercent);
      expect(waiting).toMatchObject({ state: 'issuing', code: null, applyUrl: null });
      expect((await memberOf(app, tenant, 'bo@example.com')).body.balance).toBe(50);
      expect(shop.count()).toBe(0);

      advance(app, 60_000);
      await drainJobs(app);
      const view = await app.inject({
        method: 'GET',
        url: hub(),
        headers: { authorization: `Shopper ${await shopperToken(app, tenant, 'bo@example.com')}` },
      });
      const [coupon] = view.json().coupons as Array<{ code: string; state: string }>;
      expect(coupon?.state).toBe('applied');
      expect(shop.held(coupon!.code)).toEqual({ value: '5%', type: 'percent', usageLimit: 1 });
      expect(shop.count()).toBe(1);
    });

    it('gives the points back with the shop’s reason when the shop stays down past the deadline', async () => {
      await connect(shop.connection());
      await memberWith150Points('cy@example.com');
      shop.down(1_000);
      expect((await redeem('cy@example.com', tenOff)).state).toBe('issuing');

      for (let hour = 0; hour < 25; hour++) {
        advance(app, 3_600_000);
        await drainJobs(app);
      }
      const member = (await memberOf(app, tenant, 'cy@example.com')).body;
      expect(member.balance).toBe(150);
      const refund = (await ledgerOf(app, tenant, member.memberId)).find(
        (e) => e.cause === 'redemption_refunded',
      );
      expect(refund).toMatchObject({ points: 100, reason: expect.stringContaining('503') });
      const coupons = await app.inject({
        method: 'GET',
        url: `/api/v1/channels/${tenant.channelId}/loyalty/members/${member.memberId}/coupons`,
        headers: tenant.auth,
      });
      expect(coupons.json()).toEqual([expect.objectContaining({ state: 'refunded' })]);
      expect(shop.count()).toBe(0);
    });

    it('removes an expired, unused code from the shop', async () => {
      await connect(shop.connection());
      await memberWith150Points('di@example.com');
      const coupon = await redeem('di@example.com', tenOff);
      expect(shop.held(coupon.code!)).toBeDefined();

      advance(app, 31 * 86_400_000);
      await app.trustloop.loyalty.runChannelNightly(tenant.accountId, tenant.channelId);
      await drainJobs(app);
      expect(shop.held(coupon.code!)).toBeUndefined();
    });
  });
});

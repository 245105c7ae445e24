import { type MagentoFake, startMagentoFake } from '../../fakes/magento/magento.fake.js';
import type { ShopFake, ShopHarness } from './harness.js';

const PATHS: Record<string, string> = {
  orders: '/orders',
  creditmemos: '/creditmemos',
  shipments: '/shipments',
  customers: '/customers/search',
};

export const magentoHarness: ShopHarness = {
  platform: 'magento',
  delivery: 'pull',
  async start(): Promise<ShopFake> {
    const fake: MagentoFake = await startMagentoFake();
    const connection = (token: string) => ({ baseUrl: fake.url, accessToken: token, discounts: {} });
    const couponOf = (code: string) => [...fake.coupons.values()].find((c) => c.code === code);
    return {
      connection: () => connection(fake.token),
      wrongCredential: () => ({ body: connection('not-the-token'), field: '/body/accessToken' }),
      placeOrder: (input) => String(fake.placeOrder(input).entity_id),
      pay: (id) => fake.pay(Number(id)),
      ship: (id) => fake.ship(Number(id)),
      refund: (id, amount) => fake.refund(Number(id), amount),
      held(code) {
        const coupon = couponOf(code);
        const rule = coupon && fake.rules.get(coupon.rule_id);
        if (!coupon || !rule) return undefined;
        const type =
          rule['simple_free_shipping'] === '2'
            ? 'free_shipping'
            : rule.simple_action === 'by_percent'
              ? 'percent'
              : 'amount';
        return {
          value: type === 'percent' ? `${rule.discount_amount}%` : rule.discount_amount.toFixed(2),
          type,
          usageLimit: Math.min(coupon.usage_limit, rule.uses_per_coupon),
        };
      },
      timesUsed: (code) => couponOf(code)?.times_used ?? 0,
      down: (count) => fake.failNext(count, { status: 503 }),
      // Pages after the first carry the cursor as a `gteq` filter on updated_at.
      failSecondPageOnce: (resource) =>
        fake.failNext(1, { status: 503 }, new RegExp(`/V1${PATHS[resource] ?? resource}\\?.*gteq`)),
      readsFromStart: (resource) => fake.unfilteredCalls.get(PATHS[resource] ?? resource) ?? 0,
      close: () => fake.close(),
    };
  },
};

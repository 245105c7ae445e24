import { type PrestaShopFake, startPrestaShopFake } from '../../fakes/prestashop/prestashop.fake.js';
import type { ShopFake, ShopHarness } from './harness.js';

/** A pattern that matches only the `n`th path it is tested against and matches. */
function nthMatch(pattern: RegExp, n: number): RegExp {
  let seen = 0;
  const counting = new RegExp(pattern.source, pattern.flags);
  counting.test = (path: string) => pattern.test(path) && ++seen === n;
  return counting;
}

/** PrestaShop: pulled through the Webservice; states 2 paid, 4 shipped; refunds are credit slips. */
export const prestashopHarness: ShopHarness = {
  platform: 'prestashop',
  delivery: 'pull',
  async start(): Promise<ShopFake> {
    const fake: PrestaShopFake = await startPrestaShopFake();
    fake.put('currencies', { id: 1, iso_code: 'PLN', name: 'Złoty' });
    const connection = (key: string) => ({ shopUrl: fake.url, apiKey: key, discounts: { apiKey: fake.key } });
    const ruleOf = (code: string) => [...fake.rows.cart_rules.values()].find((rule) => rule['code'] === code);
    return {
      connection: () => connection(fake.key),
      wrongCredential: () => ({ body: connection('Z'.repeat(32)), field: '/body/apiKey' }),
      placeOrder: (input) => String(fake.placeOrder(input)),
      pay: (id) => fake.setState(Number(id), 2),
      ship: (id) => fake.setState(Number(id), 4),
      refund: (id, amount) => fake.addSlip(Number(id), amount),
      held(code) {
        const rule = ruleOf(code);
        if (!rule) return undefined;
        const percent = rule['reduction_percent'];
        return {
          value: percent ? `${Number(percent)}%` : String(rule['reduction_amount'] ?? '0'),
          type: rule['free_shipping'] === '1' ? 'free_shipping' : percent ? 'percent' : 'amount',
          // The cart rule's quantity drops with each use: the limit is what is left plus what was used.
          usageLimit: Number(rule['quantity']) + timesUsed(code),
        };
      },
      timesUsed: (code) => timesUsed(code),
      down: (count) => fake.failNext(count, { status: 503 }),
      // The second page of a pull starts at offset 100 (`limit=100,100`, comma encoded).
      // Each page is a list filtered from the cursor on: the second such list of the resource fails.
      failSecondPageOnce: (resource) =>
        fake.failNext(1, { status: 503 }, nthMatch(new RegExp(`^/api/${resource}\\?.*date_upd`), 2)),
      readsFromStart: (resource) => fake.readsFromStart(resource as never),
      close: () => fake.close(),
    };
    function timesUsed(code: string): number {
      return [...fake.rows.order_discounts.values()].filter((row) => row['name'] === code).length;
    }
  },
};

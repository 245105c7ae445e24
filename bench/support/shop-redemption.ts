import { signShopperToken } from '../../src/loyalty/index.js';
import type { Trustloop } from '../../src/trustloop.js';
import { startShopifyAdminFake } from '../../test/fakes/shopify-admin/shopify-admin.fake.js';

const ms = (value: number) => `${value.toFixed(1)} ms`;
const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;

/**
 * Redemption with coupon creation at the Shopify fake (issue 16): one shopper redeems a reward
 * `redemptions` times through the customer hub (`POST …/hub/redeem`, in-process inject), and
 * each time the code is created in the shop (GraphQL `discountCodeBasicCreate` over a real
 * socket) before the answer. The fake's cost bucket is Shopify's (`restoreRate` points/s,
 * 10 per mutation), so a pace above restoreRate / 10 redemptions/s meets Shopify's throttling
 * and the code waits in `issuing`, as it would at a real shop; the states are counted. A
 * redemption starts `paceMs` after the previous one started (0: back to back), so a pace the
 * bucket allows measures the code's creation and one above it measures the throttled path.
 */
export async function measureRedemptions(
  trustloop: Trustloop,
  options: { redemptions: number; restoreRate: number; bucket: number; paceMs: number },
): Promise<string> {
  const fake = await startShopifyAdminFake({ restoreRate: options.restoreRate, bucket: options.bucket });
  try {
    const { account } = await trustloop.accounts.users.createAccount('Redemption bench', {
      email: 'redeem-bench@example.com',
      name: 'Bench',
      password: 'bench bench bench',
    });
    const channel = await trustloop.accounts.channels.create(account.id, {
      name: 'Bench PL',
      domain: 'redeem.example.pl',
      defaultLocale: 'pl',
      currency: 'PLN',
      timeZone: 'Europe/Warsaw',
    });
    const { secret: key } = await trustloop.accounts.apiKeys.create(account.id, {
      name: 'bench',
      scopes: ['commerce:read', 'commerce:write', 'loyalty:read', 'loyalty:write'],
    });
    const api = async (method: 'GET' | 'PUT' | 'PATCH' | 'POST', url: string, payload?: unknown) => {
      const response = await trustloop.app.inject({
        method,
        url,
        headers: { authorization: `Bearer ${key}` },
        ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
      });
      if (response.statusCode >= 300)
        throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
      return response.json();
    };
    const loyalty = `/api/v1/channels/${channel.id}/loyalty`;
    await api('PUT', `/api/v1/channels/${channel.id}/shop-connections/shopify`, {
      webhookSecret: 'shpss_bench_secret',
      shopDomain: 'bench.myshopify.com',
      discounts: { accessToken: fake.accessToken, adminApiUrl: fake.url },
    });
    await api('PATCH', `${loyalty}/settings`, {
      coupons: { platform: 'shopify', applyUrlTemplate: null, validDays: 30 },
    });
    const { rewardId } = await api('POST', `${loyalty}/rewards`, {
      name: '10 PLN off',
      kind: 'amount_off',
      value: 1_000,
      pointsCost: 100,
    });

    const email = 'shopper@example.pl';
    const signing = await trustloop.accounts.channels.signingSecret(account.id, channel.id);
    const token = signShopperToken(signing, { email, exp: Math.floor(Date.now() / 1000) + 86_400 });
    const hub = `/public/v1/channels/${channel.publicId}/hub`;
    const shopper = { authorization: `Shopper ${token}` };
    const joined = await trustloop.app.inject({ method: 'POST', url: `${hub}/join`, headers: shopper });
    if (joined.statusCode !== 200) throw new Error(`join: ${joined.body}`);
    const [member] = (await api('GET', `${loyalty}/members?email=${encodeURIComponent(email)}`)).data;
    await api('POST', `${loyalty}/members/${member.memberId}/adjustments`, {
      points: options.redemptions * 100,
      reason: 'bench',
    });

    const latencies: number[] = [];
    const states = new Map<string, number>();
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    for (let n = 0; n < options.redemptions; n++) {
      const due = started + n * options.paceMs;
      if (performance.now() < due)
        await new Promise((resolve) => setTimeout(resolve, due - performance.now()));
      const before = performance.now();
      const response = await trustloop.app.inject({
        method: 'POST',
        url: `${hub}/redeem`,
        headers: shopper,
        payload: { rewardId },
      });
      latencies.push(performance.now() - before);
      if (response.statusCode !== 201)
        throw new Error(`redeem ${n}: ${response.statusCode} ${response.body}`);
      const state = (response.json() as { coupon: { state: string } }).coupon.state;
      states.set(state, (states.get(state) ?? 0) + 1);
    }
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    const sorted = [...latencies].sort((a, b) => a - b);
    const stateList = [...states].map(([state, count]) => `${count} ${state}`).join(', ');
    return (
      `shopify redemption with coupon creation: ${options.redemptions} redemptions in ${seconds.toFixed(1)} s ` +
      `(${(options.redemptions / seconds).toFixed(1)}/s, one shopper after another, ${options.paceMs ? `one started every ${options.paceMs} ms` : 'back to back'}), ` +
      `p50 ${ms(percentile(sorted, 50))}, p95 ${ms(percentile(sorted, 95))}, p99 ${ms(percentile(sorted, 99))}, ` +
      `max ${ms(sorted.at(-1) ?? 0)}; ${stateList}; ${fake.discounts.size} codes at the fake ` +
      `(bucket ${options.bucket}, restore ${options.restoreRate} points/s); ` +
      `CPU ${((cpu.user + cpu.system) / 1000 / options.redemptions).toFixed(2)} ms per redemption ` +
      '(Trustloop and the fake share this process)'
    );
  } finally {
    await fake.close();
  }
}

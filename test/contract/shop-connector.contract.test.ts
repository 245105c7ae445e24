import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';
import { dialects } from '../support/databases.js';
import {
  anOrder,
  createReward,
  deliver,
  memberOf,
  orderEvent,
  setUpProgram,
  shopperToken,
} from '../support/loyalty-fixtures.js';
import { seededInt, seededRandom, TEST_SEED } from '../support/seeded-random.js';
import { advance, databaseRefusesDeliveries, drainJobs, shopPullMinutePasses } from './contract-fixtures.js';
import { SHOP_HARNESSES, type ShopFake, type WebhookDelivery } from './shop-harnesses/index.js';

/**
 * The shop-connector contract (issue 16): every scenario × every shop connector × both databases,
 * against fakes written from each platform's documentation (test/fakes/<platform>).
 */
/** A seeded shuffle: webhooks arrive in any order (shops.md §1.5 "Ordering is not guaranteed"). */
function shuffled<T>(items: T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(seededRandom() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe.each(dialects)('shop connectors on %s', (kind) => {
  describe.each(SHOP_HARNESSES.map((h) => [h.platform, h] as const))('%s', (platform, harness) => {
    let app: TestApp;
    let tenant: Tenant;
    let shop: ShopFake;

    const url = () => `/api/v1/channels/${tenant.channelId}/shop-connections/${platform}`;
    const connect = (body: Record<string, unknown>) =>
      app.inject({ method: 'PUT', url: url(), headers: tenant.auth, payload: body });

    /** Deliveries the shop has sent that Trustloop has not taken yet (the shop retries them). */
    let pending: WebhookDelivery[] = [];
    /** Deliveries on their way that arrive with the shop's next batch. */
    let delayed: WebhookDelivery[] = [];
    /** Every delivery the shop ever sent, to send all of them again. */
    let sent: WebhookDelivery[] = [];

    async function post(delivery: WebhookDelivery) {
      const connection = await app.inject({ method: 'GET', url: url(), headers: tenant.auth });
      const path = new URL(connection.json().webhookUrl as string).pathname;
      return app.inject({ method: 'POST', url: path, headers: delivery.headers, payload: delivery.body });
    }

    /**
     * Sends what the shop has to send: a pull shop's scheduled minute (the tick enqueues the
     * connection's pull and the worker runs it), or a webhook shop's deliveries — new ones and
     * the ones it retries — in a random order, one of them twice.
     */
    async function shopSends() {
      if (harness.delivery === 'pull') return shopPullMinutePasses(app);
      const fresh = shop.takeDeliveries!();
      sent.push(...fresh);
      // A third of the new deliveries are late (Shopify: "delays" in §1.5): they arrive with the
      // next batch, after changes that came later, so updates can overtake their order.
      const late = fresh.filter(() => seededInt(3) === 0);
      const now = [...delayed, ...fresh.filter((d) => !late.includes(d))];
      delayed = late;
      await postAll(shuffled([...pending, ...now]));
      advance(app, 60_000);
      await drainJobs(app);
    }

    /**
     * Posts deliveries, one of them twice (at-least-once); keeps the failed ones to retry.
     * Returns the topics of the answers that were not 2xx.
     */
    async function postAll(batch: WebhookDelivery[]): Promise<string[]> {
      const twice = batch.length > 0 ? [...batch, batch[seededInt(batch.length)]!] : batch;
      const failed = new Map<string, WebhookDelivery>();
      const refused: string[] = [];
      for (const delivery of twice) {
        const response = await post(delivery);
        if (response.statusCode < 300) {
          failed.delete(delivery.id);
          continue;
        }
        // Only a platform that retries may be answered non-2xx: the others lose the change.
        expect(
          harness.retriesFailedDeliveries,
          `${delivery.topic} answered ${response.statusCode} ${response.body}`,
        ).toBe(true);
        failed.set(delivery.id, delivery);
        refused.push(delivery.topic);
      }
      pending = [...failed.values()];
      return refused;
    }

    /**
     * Until everything the shop sent has arrived: late deliveries and, on a platform that
     * retries, refused ones (Shopify tries each 8 times over 4 hours); then none may be left.
     */
    async function shopSendsUntilAllArrived() {
      await shopSends();
      for (let retry = 0; retry < 8 && pending.length + delayed.length > 0; retry++) await shopSends();
      expect([...pending, ...delayed].map((d) => d.topic)).toEqual([]);
    }

    /** Everything once more from the start: a pull with its cursor lost, every webhook re-sent. */
    async function shopSendsEverythingAgain() {
      if (harness.delivery === 'pull') {
        // biome-ignore lint/suspicious/noExplicitAny: resets the commerce table's cursor without its typing
        await (app.trustloop.database.db as any)
          .updateTable('shop_connections')
          .set({ pull_cursor: null })
          .where('channel_id', '=', tenant.channelId)
          .execute();
      } else {
        await postAll(shuffled([...pending, ...sent]));
      }
      await shopSends();
    }

    async function eventsOf(type: string) {
      const page = await app.trustloop.jobs.listEvents({ accountId: tenant.accountId, type, limit: 500 });
      return page.items;
    }

    beforeAll(async () => {
      app = await createTestApp(kind);
    });
    afterAll(() => app.close());
    beforeEach(async () => {
      tenant = await createTenant(app);
      shop = await harness.start();
      pending = [];
      delayed = [];
      sent = [];
      return () => shop.close();
    });

    it('refuses a credential the shop does not accept with a 422 naming the field and its problem’s code, and stores nothing', async () => {
      const { body, field } = shop.wrongCredential();
      const refused = await connect(body);
      expect(refused.statusCode, refused.body).toBe(422);
      // The code is what the admin words in the merchant's language (verify.shop.credentialsRefused).
      expect(refused.json().error.details).toEqual([
        expect.objectContaining({
          field,
          code: 'shop.credentialsRefused',
          params: expect.objectContaining({ platform: expect.any(String) }),
        }),
      ]);
      expect((await app.inject({ method: 'GET', url: url(), headers: tenant.auth })).statusCode).toBe(404);
    });

    /**
     * An order placed, paid, shipped and refunded (`refund` of 59.90): read after a random number
     * of the steps, then after the rest, then all over again — each milestone arrives once.
     */
    async function orderLifeArrivesOnce(refund: number) {
      expect((await connect(shop.connection())).statusCode).toBe(201);
      const steps: Array<(id: string) => void> = [
        (id) => shop.pay(id),
        (id) => shop.ship(id),
        (id) => shop.refund(id, refund),
      ];
      const id = shop.placeOrder({ email: 'ann@example.com', total: 59.9 });
      // Pull after a random number of the steps, then again after the rest: each step is seen
      // either alone or together with later ones.
      const cut = seededInt(steps.length + 1);
      for (const step of steps.slice(0, cut)) step(id);
      await shopSends();
      for (const step of steps.slice(cut)) step(id);
      await shopSends();
      await shopSends(); // nothing new (a webhook shop's retries only): changes nothing
      // Everything read again from the start (a lost cursor, a platform re-sending): still once.
      await shopSendsEverythingAgain();
      await shopSendsUntilAllArrived();
      for (const type of ['order.placed', 'order.paid', 'order.fulfilled', 'order.refunded'])
        expect(
          (await eventsOf(type)).length,
          `${type}, cut after ${cut} steps (TEST_SEED=${TEST_SEED})`,
        ).toBe(1);
      const orders = await app.inject({
        method: 'GET',
        url: `/api/v1/channels/${tenant.channelId}/orders`,
        headers: tenant.auth,
      });
      expect(orders.json().data).toEqual([
        expect.objectContaining({ total: 5990, refundedTotal: Math.round(refund * 100) }),
      ]);
      if (harness.delivery === 'pull') {
        const health = (await app.inject({ method: 'GET', url: url(), headers: tenant.auth })).json().health;
        expect(health.lastSyncAt).not.toBeNull();
      }
    }

    // Inapplicable where the platform cannot express a refund of part of an order (the harness
    // says why: Shoper); the whole refund by status below runs for it instead.
    it.skipIf(harness.partialRefundInapplicable !== undefined)(
      'an order placed, paid, shipped and refunded reaches Trustloop once, whatever the order its changes are read in, read twice',
      () => orderLifeArrivesOnce(20),
    );

    it.runIf(harness.partialRefundInapplicable !== undefined)(
      'an order placed, paid, shipped and refunded whole by a status mapped to refunded reaches Trustloop once, whatever the order its changes are read in, read twice',
      () => orderLifeArrivesOnce(59.9),
    );

    // A webhook shop has no pull to break off: its equivalent is a delivery that failed and is
    // sent again later. Only a platform that documents retries gets this scenario: Shopify
    // retries 8 times over 4 hours; WooCommerce never retries (shops.md §2.5), so every
    // delivery must be taken at once — which postAll() requires of it in every scenario.
    it.runIf(harness.delivery === 'webhooks' && harness.retriesFailedDeliveries === true)(
      'a delivery Trustloop cannot take yet (newest change first) is taken when the shop retries it: nothing lost, nothing twice',
      async () => {
        expect((await connect(shop.connection())).statusCode).toBe(201);
        const id = shop.placeOrder({ email: 'eve@example.com', total: 59.9 });
        shop.pay(id);
        shop.ship(id);
        shop.refund(id, 20);
        const deliveries = shop.takeDeliveries!();
        sent.push(...deliveries);
        // The newest first: a refund ahead of the order it belongs to cannot be stored yet.
        const refused = await postAll(deliveries.reverse());
        expect(refused.length, 'a delivery refused for now').toBeGreaterThan(0);
        await shopSendsUntilAllArrived();
        for (const type of ['order.placed', 'order.paid', 'order.fulfilled', 'order.refunded'])
          expect((await eventsOf(type)).length, type).toBe(1);
        const orders = await app.inject({
          method: 'GET',
          url: `/api/v1/channels/${tenant.channelId}/orders`,
          headers: tenant.auth,
        });
        expect(orders.json().data).toEqual([expect.objectContaining({ total: 5990, refundedTotal: 2000 })]);
      },
    );

    // Trustloop answering 5xx for a moment (its database refusing writes). Shopify sends each
    // delivery again (8 times over 4 hours, shops.md §1.5); Shoper documents no retry, so the
    // connection's pull brings the change in. WooCommerce neither retries ("No retries",
    // shops.md §2.5, woocommerce#28628) nor can be pulled: a change answered 5xx stays missing
    // until the order changes again — the gap docs/connecting.md states; no scenario for it.
    it.runIf(
      harness.delivery === 'webhooks' &&
        (harness.retriesFailedDeliveries === true || harness.backfillsMissedDeliveries === true),
    )(
      'an order whose deliveries Trustloop answered with a 5xx arrives once: by the shop’s retry, or by the pull where the shop documents none',
      async () => {
        expect((await connect(shop.connection())).statusCode).toBe(201);
        const id = shop.placeOrder({ email: 'fay@example.com', total: 59.9 });
        shop.pay(id);
        const deliveries = shop.takeDeliveries!();
        sent.push(...deliveries);
        await databaseRefusesDeliveries(app, true);
        try {
          for (const delivery of deliveries) {
            const answer = await post(delivery);
            expect(answer.statusCode, `${delivery.topic}: ${answer.body}`).toBeGreaterThanOrEqual(500);
          }
        } finally {
          await databaseRefusesDeliveries(app, false);
        }
        expect(await eventsOf('order.placed')).toEqual([]);
        if (harness.retriesFailedDeliveries) {
          pending = deliveries;
          await shopSendsUntilAllArrived();
        } else await shopPullMinutePasses(app);
        const arrived = async () =>
          Promise.all(['order.placed', 'order.paid'].map(async (type) => (await eventsOf(type)).length));
        expect(await arrived(), 'placed and paid, before anything is sent again').toEqual([1, 1]);
        // Then every delivery once more, and another pull: still once.
        await shopSendsEverythingAgain();
        if (harness.backfillsMissedDeliveries) await shopPullMinutePasses(app);
        expect(await arrived(), 'placed and paid, after everything again').toEqual([1, 1]);
        const orders = await app.inject({
          method: 'GET',
          url: `/api/v1/channels/${tenant.channelId}/orders`,
          headers: tenant.auth,
        });
        expect(orders.json().data).toEqual([
          expect.objectContaining({ total: 5990, paidAt: expect.any(String) }),
        ]);
      },
    );

    it.runIf(harness.delivery === 'pull')(
      'a pull that breaks off mid-way resumes after the last page written: nothing lost, nothing twice',
      async () => {
        expect((await connect(shop.connection())).statusCode).toBe(201);
        for (let i = 0; i < 250; i++) shop.placeOrder({ email: `b${i}@example.com`, total: 10 + i });
        shop.failSecondPageOnce!('orders');
        await shopSends();
        // The first page (100 orders) was written with its cursor; the second failed.
        expect((await eventsOf('order.placed')).length).toBe(100);
        const readsFromStart = shop.readsFromStart!('orders');
        const health = (await app.inject({ method: 'GET', url: url(), headers: tenant.auth })).json().health;
        expect(health.lastError).toContain('503');
        await shopSends();
        await shopSends();
        expect((await eventsOf('order.placed')).length).toBe(250);
        // Resumed from the cursor written with the first page, never read again from the start.
        expect(shop.readsFromStart!('orders')).toBe(readsFromStart);
      },
    );

    it("a redeemed reward's code exists in the shop with its value, type and usage limit; an order with it marks it used", async () => {
      expect((await connect(shop.connection())).statusCode).toBe(201);
      await setUpProgram(app, tenant, {
        coupons: {
          platform: 'custom',
          applyUrlTemplate: 'https://{domain}/checkout/cart/?coupon={code}',
          validDays: 30,
        },
      });
      const tenOff = (
        await createReward(app, tenant, { name: '10 off', kind: 'amount_off', value: 1_000, pointsCost: 100 })
      ).rewardId;
      await deliver(app, tenant, [
        orderEvent('paid', anOrder(tenant, { email: 'cy@example.com', subtotal: 15_000, total: 15_000 })),
      ]);
      const redeemed = await app.inject({
        method: 'POST',
        url: `/public/v1/channels/${tenant.publicId}/hub/redeem`,
        headers: { authorization: `Shopper ${await shopperToken(app, tenant, 'cy@example.com')}` },
        payload: { rewardId: tenOff },
      });
      expect(redeemed.statusCode, redeemed.body).toBe(201);
      const code = redeemed.json().coupon.code as string;
      expect(shop.held(code)).toEqual({ value: '10.00', type: 'amount', usageLimit: 1 });

      const id = shop.placeOrder({ email: 'cy@example.com', total: 40, couponCode: code });
      shop.pay(id);
      await shopSendsUntilAllArrived();
      expect(shop.timesUsed(code)).toBe(1);
      const member = (await memberOf(app, tenant, 'cy@example.com')).body;
      const coupons = await app.inject({
        method: 'GET',
        url: `/api/v1/channels/${tenant.channelId}/loyalty/members/${member.memberId}/coupons`,
        headers: tenant.auth,
      });
      expect(coupons.json()).toEqual([
        expect.objectContaining({ code, state: 'used', usedOrderId: expect.any(String) }),
      ]);
    });

    it('keeps the points while the shop is down during a redemption, and issues the code once it is back', async () => {
      expect((await connect(shop.connection())).statusCode).toBe(201);
      await setUpProgram(app, tenant, {
        coupons: {
          platform: 'custom',
          applyUrlTemplate: 'https://{domain}/checkout/cart/?coupon={code}',
          validDays: 30,
        },
      });
      const fivePercent = (
        await createReward(app, tenant, { name: '5%', kind: 'percent_off', value: 5, pointsCost: 100 })
      ).rewardId;
      await deliver(app, tenant, [
        orderEvent('paid', anOrder(tenant, { email: 'di@example.com', subtotal: 15_000, total: 15_000 })),
      ]);
      shop.down(1);
      const token = await shopperToken(app, tenant, 'di@example.com');
      const waiting = await app.inject({
        method: 'POST',
        url: `/public/v1/channels/${tenant.publicId}/hub/redeem`,
        headers: { authorization: `Shopper ${token}` },
        payload: { rewardId: fivePercent },
      });
      expect(waiting.json().coupon).toMatchObject({ state: 'issuing', code: null });
      expect((await memberOf(app, tenant, 'di@example.com')).body.balance).toBe(50);

      advance(app, 60_000);
      await drainJobs(app);
      const hub = await app.inject({
        method: 'GET',
        url: `/public/v1/channels/${tenant.publicId}/hub`,
        headers: { authorization: `Shopper ${token}` },
      });
      const [coupon] = hub.json().coupons as Array<{ code: string; state: string }>;
      expect(coupon?.state).toBe('applied');
      expect(shop.held(coupon!.code)).toEqual({ value: '5%', type: 'percent', usageLimit: 1 });
    });
  });
});

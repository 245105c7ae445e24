import { randomUUID } from 'node:crypto';
import {
  type ShopifyAdminFake,
  startShopifyAdminFake,
} from '../../fakes/shopify-admin/shopify-admin.fake.js';
import { shopifyId, shopifyOrder, shopifyRefund, sign } from '../../support/shop-payloads.js';
import type { ShopFake, ShopHarness, WebhookDelivery } from './harness.js';

const SECRET = 'shpss_contract_0123456789abcdef';
const DOMAIN = 'kontrakt-pl.myshopify.com';

type Json = Record<string, unknown>;

/**
 * Shopify: orders arrive as signed webhooks (shops.md §1.5–1.9); reward codes are created through
 * the GraphQL Admin API fake. Each change queues its topics with the order as it was at that
 * change: "retries carry the original payload from trigger time" (§1.5, Shopify's 2024 retry
 * changelog), and a failed delivery is tried again (8 times over 4 hours).
 */
export const shopifyHarness: ShopHarness = {
  platform: 'shopify',
  delivery: 'webhooks',
  retriesFailedDeliveries: true,
  async start(): Promise<ShopFake> {
    const fake: ShopifyAdminFake = await startShopifyAdminFake();
    const orders = new Map<string, Json>();
    const queued: WebhookDelivery[] = [];
    // Each change a second after the last: updated_at orders the snapshots as Shopify's do.
    let time = Date.now() - 3_600_000;
    const tick = () => {
      time += 1_000;
      return new Date(time).toISOString();
    };

    const connection = (token: string) => ({
      webhookSecret: SECRET,
      shopDomain: DOMAIN,
      discounts: { accessToken: token, adminApiUrl: fake.url },
    });
    function queue(topic: string, payload: Json) {
      const body = JSON.stringify(payload);
      const id = randomUUID();
      queued.push({
        id,
        topic,
        body,
        // The headers of shops.md §1.3 "Headers on every delivery".
        headers: {
          'content-type': 'application/json',
          'x-shopify-topic': topic,
          'x-shopify-shop-domain': DOMAIN,
          'x-shopify-api-version': '2025-01',
          'x-shopify-webhook-id': id,
          'x-shopify-event-id': randomUUID(),
          'x-shopify-triggered-at': new Date(time).toISOString(),
          'x-shopify-hmac-sha256': sign(SECRET, body),
        },
      });
    }
    function change(orderId: string, topics: string[], update: (order: Json) => Json): Json {
      const order = orders.get(orderId);
      if (!order) throw new Error(`the Shopify harness has no order ${orderId}`);
      const next = { ...update(order), updated_at: tick() };
      orders.set(orderId, next);
      for (const topic of topics) queue(topic, next);
      return next;
    }
    const money = (amount: number) => amount.toFixed(2);
    const discountOf = (code: string) => [...fake.discounts.values()].find((d) => d.code === code);

    return {
      connection: () => connection(fake.accessToken),
      wrongCredential: () => ({
        body: connection('shpat_not_the_token'),
        field: '/body/discounts/accessToken',
      }),
      placeOrder({ email, total, couponCode }) {
        const id = shopifyId();
        const at = tick();
        const price = money(total);
        const order = shopifyOrder({
          id,
          name: `#${id % 100_000}`,
          email,
          contact_email: email,
          created_at: at,
          processed_at: at,
          updated_at: at,
          total_price: price,
          subtotal_price: price,
          current_total_price: price,
          total_tax: '0.00',
          total_price_set: {
            shop_money: { amount: price, currency_code: 'PLN' },
            presentment_money: { amount: price, currency_code: 'PLN' },
          },
          total_shipping_price_set: {
            shop_money: { amount: '0.00', currency_code: 'PLN' },
            presentment_money: { amount: '0.00', currency_code: 'PLN' },
          },
          landing_site: '/',
          discount_codes: couponCode ? [{ code: couponCode, amount: '0.00', type: 'fixed_amount' }] : [],
          customer: { id: shopifyId(), email, first_name: 'Kim', last_name: 'Contract', created_at: at },
          line_items: [
            {
              id: shopifyId(),
              product_id: 8_061_536,
              variant_id: 4512,
              sku: 'MUG-RED',
              title: 'Mug',
              name: 'Mug',
              quantity: 1,
              price,
              fulfillable_quantity: 1,
              fulfillment_status: null,
              product_exists: true,
              gift_card: false,
              discount_allocations: [],
            },
          ],
        });
        orders.set(String(id), order);
        queue('orders/create', order);
        return String(id);
      },
      pay: (id) =>
        void change(id, ['orders/paid', 'orders/updated'], (order) => ({
          ...order,
          financial_status: 'paid',
        })),
      ship: (id) =>
        void change(id, ['orders/fulfilled', 'orders/updated'], (order) => ({
          ...order,
          fulfillment_status: 'fulfilled',
          fulfillments: [
            {
              id: shopifyId(),
              order_id: Number(id),
              status: 'success',
              created_at: new Date(time + 1_000).toISOString(),
              updated_at: new Date(time + 1_000).toISOString(),
              tracking_company: 'InPost',
              tracking_number: '6800000000000000000000',
              shipment_status: null,
              line_items: [],
            },
          ],
        })),
      refund(id, amount) {
        const refund = shopifyRefund(Number(id), {
          created_at: new Date(time + 1_000).toISOString(),
          processed_at: new Date(time + 1_000).toISOString(),
          refund_line_items: [],
          transactions: [{ kind: 'refund', status: 'success', amount: money(amount), currency: 'PLN' }],
        });
        // Shopify sends the refund on its own topic and the order, now carrying it, as an update.
        const order = change(id, ['orders/updated'], (order) => ({
          ...order,
          financial_status: 'partially_refunded',
          refunds: [...((order['refunds'] as Json[]) ?? []), refund],
        }));
        queue('refunds/create', { ...refund, order_id: order['id'] });
      },
      held(code) {
        const found = discountOf(code);
        if (!found) return undefined;
        const usageLimit = Number(found.input['usageLimit']);
        if (found.type === 'free_shipping') return { value: '0.00', type: 'free_shipping', usageLimit };
        const value = (found.input['customerGets'] as { value: Json } | undefined)?.value ?? {};
        if (value['percentage'] !== undefined)
          return {
            value: `${Math.round(Number(value['percentage']) * 10_000) / 100}%`,
            type: 'percent',
            usageLimit,
          };
        const amount = (value['discountAmount'] as { amount: string | number } | undefined)?.amount ?? 0;
        return { value: Number(amount).toFixed(2), type: 'amount', usageLimit };
      },
      // Shopify counts a code used by the orders that carry it (DiscountCodeBasic.asyncUsageCount).
      timesUsed: (code) =>
        [...orders.values()].filter((order) =>
          (order['discount_codes'] as Array<{ code: string }>).some((d) => d.code === code),
        ).length,
      down: (count) => fake.failNext(count, { status: 503 }),
      takeDeliveries: () => queued.splice(0),
      close: () => fake.close(),
    };
  },
};

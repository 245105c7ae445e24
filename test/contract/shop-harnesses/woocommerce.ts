import { randomUUID } from 'node:crypto';
import { startWooCommerceFake, type WooCommerceFake } from '../../fakes/woocommerce/woocommerce.fake.js';
import { sign, wooOrder } from '../../support/shop-payloads.js';
import type { ShopFake, ShopHarness, WebhookDelivery } from './harness.js';

const SECRET = 'wc-contract-secret-8Hq2';
const SITE = 'https://kontrakt.example.pl/';

type Json = Record<string, unknown>;

/**
 * WooCommerce: orders arrive as signed webhooks (shops.md §2.5); reward codes are created through
 * the REST API fake. A delivery's body is built when the delivery runs, from the order as it is
 * then (`build_payload` reads `/wc/v3/orders/<id>`), and a failed delivery is never tried again
 * ("No retries", `class-wc-webhook.php`, woocommerce#28628): the suite requires each to be taken.
 */
export const woocommerceHarness: ShopHarness = {
  platform: 'woocommerce',
  delivery: 'webhooks',
  retriesFailedDeliveries: false,
  async start(): Promise<ShopFake> {
    const fake: WooCommerceFake = await startWooCommerceFake();
    const orders = new Map<string, Json>();
    const queued: Array<{ topic: string; orderId: string }> = [];
    let nextId = 700; // each scenario has its own tenant: ids need not differ between shops
    let time = Date.now() - 3_600_000;
    // WooCommerce's `*_gmt` times: UTC without an offset.
    const tick = () => {
      time += 1_000;
      return new Date(time).toISOString().slice(0, 19);
    };

    const connection = (key: string) => ({
      webhookSecret: SECRET,
      shopDomain: new URL(SITE).hostname,
      discounts: { siteUrl: fake.url, consumerKey: key, consumerSecret: fake.consumerSecret },
    });
    function change(orderId: string, update: (order: Json, at: string) => Json) {
      const order = orders.get(orderId);
      if (!order) throw new Error(`the WooCommerce harness has no order ${orderId}`);
      const at = tick();
      orders.set(orderId, { ...update(order, at), date_modified: at, date_modified_gmt: at });
      queued.push({ topic: 'order.updated', orderId });
    }
    function delivery({ topic, orderId }: { topic: string; orderId: string }): WebhookDelivery {
      const body = JSON.stringify(orders.get(orderId));
      const id = randomUUID().replaceAll('-', '');
      const [resource, event] = topic.split('.');
      return {
        id,
        topic,
        body,
        // The headers WC_Webhook::deliver sends (shops.md §2.4).
        headers: {
          'content-type': 'application/json',
          'user-agent': 'WooCommerce/9.6.0 Hookshot (WordPress/6.7.1)',
          'x-wc-webhook-source': SITE,
          'x-wc-webhook-topic': topic,
          'x-wc-webhook-resource': resource ?? '',
          'x-wc-webhook-event': event ?? '',
          'x-wc-webhook-id': '31',
          'x-wc-webhook-delivery-id': id,
          'x-wc-webhook-signature': sign(SECRET, body),
        },
      };
    }
    // WooCommerce stores coupon codes lower-cased (wc_format_coupon_code) and orders carry them so.
    const couponOf = (code: string) => [...fake.coupons.values()].find((c) => c.code === code.toLowerCase());

    return {
      connection: () => connection(fake.consumerKey),
      wrongCredential: () => ({ body: connection('ck_not_the_key'), field: '/body/discounts/consumerKey' }),
      placeOrder({ email, total, couponCode }) {
        const id = nextId++;
        const at = tick();
        const price = total.toFixed(2);
        orders.set(
          String(id),
          wooOrder({
            id,
            number: String(id),
            order_key: `wc_order_${id}`,
            status: 'pending',
            currency: 'PLN',
            date_created: at,
            date_created_gmt: at,
            date_modified: at,
            date_modified_gmt: at,
            date_paid_gmt: null,
            shipping_total: '0.00',
            total: price,
            total_tax: '0.00',
            billing: { first_name: 'Kim', last_name: 'Contract', email, phone: '', country: 'PL' },
            line_items: [
              {
                id: id * 10,
                name: 'Mug',
                product_id: 93,
                variation_id: 0,
                quantity: 1,
                sku: 'MUG-RED',
                price: total,
                subtotal: price,
                total: price,
                total_tax: '0.00',
              },
            ],
            coupon_lines: couponCode
              ? [{ id: id * 10 + 1, code: couponCode.toLowerCase(), discount: '0.00' }]
              : [],
          }),
        );
        queued.push({ topic: 'order.created', orderId: String(id) });
        return String(id);
      },
      pay(id) {
        change(id, (order, at) => ({ ...order, status: 'processing', date_paid_gmt: at }));
        // WooCommerce counts a coupon used once its order is paid (wc_update_coupon_usage_counts).
        for (const line of (orders.get(id)?.['coupon_lines'] as Array<{ code: string }>) ?? []) {
          const coupon = couponOf(line.code);
          if (coupon) coupon['usage_count'] = Number(coupon['usage_count'] ?? 0) + 1;
        }
      },
      ship: (id) => change(id, (order, at) => ({ ...order, status: 'completed', date_completed_gmt: at })),
      refund: (id, amount) =>
        change(id, (order) => ({
          ...order,
          refunds: [
            ...((order['refunds'] as Json[]) ?? []),
            {
              id: Number(id) * 100 + ((order['refunds'] as Json[]) ?? []).length,
              reason: '',
              total: (-amount).toFixed(2),
            },
          ],
        })),
      held(code) {
        const found = couponOf(code);
        if (!found) return undefined;
        const usageLimit = Number(found['usage_limit']);
        if (found['free_shipping']) return { value: '0.00', type: 'free_shipping', usageLimit };
        if (found.discount_type === 'percent')
          return { value: `${Number(found.amount)}%`, type: 'percent', usageLimit };
        return { value: Number(found.amount).toFixed(2), type: 'amount', usageLimit };
      },
      timesUsed: (code) => Number(couponOf(code)?.['usage_count'] ?? 0),
      down: (count) => fake.failNext(count, { status: 503 }),
      // Built now, from the orders as they are now: what a delivery run reads.
      takeDeliveries: () => queued.splice(0).map(delivery),
      close: () => fake.close(),
    };
  },
};

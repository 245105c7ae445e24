import { instantToLocal } from '../../../src/commerce/shops/local-time.js';
import { type ShoperFake, shoperWebhookHeaders, startShoperFake } from '../../fakes/shoper/shoper.fake.js';
import type { ShopFake, ShopHarness, WebhookDelivery } from './harness.js';

const SECRET = 'shoper-contract-secret-Qm7';
const ZONE = 'Europe/Warsaw';

type Row = Record<string, unknown>;

/**
 * Shoper (test/fakes/shoper cites each behaviour): orders change in the shop's REST API and each
 * change sends signed webhooks (`X-Webhook-Sha1`, `X-Webhook-Name`), which Trustloop reads as a
 * doorbell for the order's current REST state. Statuses are the shop's (`Status.type` 1 new,
 * 2 opened, 3 closed) plus the merchant's own "Zwrot" (returned) mapped to `refunded`.
 * Not documented, so not assumed: a retry of a delivery answered non-2xx (the suite requires every
 * delivery to be taken, and a missed one is the pull's to bring); what a delivery's body holds
 * (here the order as REST has it at the change); and what `X-Webhook-Id` names — here the webhook's
 * own id, the same on every delivery, so nothing may lean on it to tell deliveries apart.
 */
export const shoperHarness: ShopHarness = {
  platform: 'shoper',
  delivery: 'webhooks',
  retriesFailedDeliveries: false,
  backfillsMissedDeliveries: true,
  partialRefundInapplicable:
    'Shoper opens no refund resource to a shop’s own API user (the SDK’s OrderRefund is for selected App Store applications): a refund is a status mapped to refunded, which returns the whole order',
  async start(): Promise<ShopFake> {
    // A bucket larger than the default 10 / 2 per second (the client reads it from the headers):
    // the scenarios make a few dozen calls and need not wait for the default's leak.
    const fake: ShoperFake = await startShoperFake({ limit: 60, bandwidth: 20 });
    fake.put('statuses', { status_id: 1, type: 1, active: 1, default: 1 });
    fake.put('statuses', { status_id: 2, type: 2, active: 1, default: 0 });
    fake.put('statuses', { status_id: 7, type: 3, active: 1, default: 0 });
    fake.put('statuses', { status_id: 9, type: 3, active: 1, default: 0 });
    const queued: WebhookDelivery[] = [];
    let nextId = 500;
    let sequence = 0;
    let time = Date.now() - 3_600_000;
    const tick = () => {
      time += 1_000;
      return instantToLocal(new Date(time).toISOString(), ZONE);
    };

    const connection = (password: string) => ({
      shopUrl: fake.url,
      login: fake.login,
      password,
      webhookSecret: SECRET,
      timeZone: ZONE,
      statusMap: { '9': 'refunded' },
      discounts: { login: fake.login, password: fake.password },
    });
    const order = (id: string) => {
      const found = fake.rows.orders.get(Number(id));
      if (!found) throw new Error(`the Shoper harness has no order ${id}`);
      return found;
    };
    function send(event: string, row: Row) {
      const body = JSON.stringify(row);
      queued.push({
        id: `${event}#${sequence++}`,
        topic: event,
        body,
        headers: shoperWebhookHeaders(event, body, SECRET, '12'),
      });
    }
    function change(id: string, fields: Row, events: string[]) {
      const next = { ...order(id), ...fields, status_date: tick() };
      fake.put('orders', next);
      for (const event of events) send(event, next);
    }
    const codeRow = (code: string) =>
      [...fake.rows['promotion-codes'].values()].find((row) => row['code'] === code);

    return {
      connection: () => connection(fake.password),
      wrongCredential: () => ({ body: connection('not-the-password'), field: '/body/password' }),
      placeOrder({ email, total, couponCode }) {
        const id = nextId++;
        const at = tick();
        const sum = total.toFixed(2);
        const row = {
          order_id: String(id),
          user_id: '0',
          email,
          date: at,
          status_id: '1',
          status_date: at,
          sum,
          paid: '0.00',
          is_paid: false,
          currency_id: '1',
          promo_code: couponCode ?? '',
          billing_address: { firstname: 'Kim', lastname: 'Kontrakt' },
        };
        fake.put('orders', row);
        fake.put('order-products', {
          id: id * 10,
          order_id: id,
          product_id: 93,
          stock_id: 94,
          name: 'Kubek',
          code: 'KUB-1',
          price: total,
          quantity: 1,
        });
        // When Shoper counts a code used is not documented: here, when the order is placed.
        const code = couponCode ? codeRow(couponCode) : undefined;
        if (code) code['usage_count'] = Number(code['usage_count'] ?? 0) + 1;
        send('order.create', row);
        return String(id);
      },
      pay: (id) =>
        change(id, { paid: order(id)['sum'], is_paid: true, status_id: '2' }, ['order.paid', 'order.status']),
      // Shipping is a parcel sent (`parcel.dispatch`, `Parcel.sent`/`send_date`) and a status.
      ship(id) {
        const parcel = {
          parcel_id: Number(id) * 10,
          order_id: Number(id),
          shipping_id: 1,
          sent: true,
          send_date: tick(),
        };
        fake.put('parcels', parcel);
        send('parcel.dispatch', parcel);
        change(id, { status_id: '7' }, ['order.status']);
      },
      refund(id, amount) {
        if (amount.toFixed(2) !== order(id)['sum'])
          throw new Error(
            `Shoper cannot refund part of an order (${shoperHarness.partialRefundInapplicable})`,
          );
        change(id, { status_id: '9' }, ['order.status']);
      },
      held(code) {
        const found = codeRow(code);
        if (!found) return undefined;
        const usageLimit = Number(found['usage_limit']);
        if (found['additional_free_shipping']) return { value: '0.00', type: 'free_shipping', usageLimit };
        if (found['discount_type'] === 2)
          return { value: `${Number(found['discount'])}%`, type: 'percent', usageLimit };
        return { value: Number(found['discount']).toFixed(2), type: 'amount', usageLimit };
      },
      timesUsed: (code) => Number(codeRow(code)?.['usage_count'] ?? 0),
      down: (count) => fake.failNext(count, { status: 503 }),
      takeDeliveries: () => queued.splice(0),
      close: () => fake.close(),
    };
  },
};

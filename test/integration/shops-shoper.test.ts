import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ShopWriters } from '../../src/commerce/shops/shop-connector.js';
import { ShopDiscountError } from '../../src/commerce/shops/shop-discount.types.js';
import { shoperPromotionCodes } from '../../src/commerce/shops/shoper/shoper-promotion-codes.js';
import { shoperPuller } from '../../src/commerce/shops/shoper/shoper-pull.js';
import { shoperRest } from '../../src/commerce/shops/shoper/shoper-rest.js';
import { verifyShoperWebhook } from '../../src/commerce/shops/shoper/shoper-webhook.js';
import { type ShoperFake, shoperSignature, startShoperFake } from '../fakes/shoper/shoper.fake.js';

const target = { accountId: 'acc_1', channelId: 'chn_1', timeZone: 'Europe/Warsaw', statusMap: {} };

function recordingWriters() {
  const orders: Array<Record<string, unknown>> = [];
  const customers: Array<Record<string, unknown>> = [];
  const writers = {
    orders: { recordOrderIn: async (_t: unknown, input: Record<string, unknown>) => void orders.push(input) },
    refunds: { recordRefundIn: async () => undefined },
    contacts: {
      upsertCustomer: async (_t: unknown, input: Record<string, unknown>) => void customers.push(input),
    },
  } as unknown as ShopWriters;
  return { writers, orders, customers };
}

function seed(fake: ShoperFake) {
  fake.put('statuses', { status_id: 1, type: 1, name: 'Złożone' });
  fake.put('statuses', { status_id: 2, type: 2, name: 'Przyjęte do realizacji' });
  fake.put('statuses', { status_id: 7, type: 3, name: 'Zrealizowane' });
  for (let id = 1; id <= 3; id++) {
    fake.put('orders', {
      order_id: id,
      user_id: 10,
      email: 'Jan@Example.pl',
      date: '2025-05-01 10:00:00',
      status_date: `2025-05-0${id} 12:00:00`,
      status_id: id === 3 ? 7 : 2,
      sum: '120.00',
      paid: id === 1 ? '0.00' : '120.00',
      currency_id: '1',
      promo_code: id === 2 ? 'TL-CODE1-XXXXX' : '',
      billing_address: { firstname: 'Jan', lastname: 'Kowalski', phone: '+48500100200' },
    });
    fake.put('order-products', {
      id: id * 10,
      order_id: id,
      product_id: 5,
      stock_id: 8,
      name: 'Kubek',
      code: 'KUB-1',
      price: '60.00',
      quantity: 2,
    });
  }
  fake.put('users', {
    user_id: 10,
    email: 'jan@example.pl',
    firstname: 'Jan',
    lastname: 'Kowalski',
    newsletter: 1,
    date_add: '2025-04-30 09:00:00',
  });
}

describe('Shoper REST fake and client', () => {
  let fake: ShoperFake;
  beforeAll(async () => {
    fake = await startShoperFake();
    seed(fake);
  });
  beforeEach(() => fake.resetBucket());
  afterAll(() => fake.close());
  const rest = () => shoperRest({ shopUrl: fake.url, login: fake.login, password: fake.password });

  it('a wrong password is refused at /webapi/rest/auth with 401, as a refusal of the credentials', async () => {
    const wrong = shoperRest({ shopUrl: fake.url, login: fake.login, password: 'nope' });
    const error = await wrong.authenticate().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ShopDiscountError);
    expect(error).toMatchObject({
      outcome: 'refused',
      message: expect.stringContaining('login or password'),
    });
  });

  it('answers with the leaky-bucket headers, and over the bucket 429 with Retry-After, which the client turns into a retry', async () => {
    const token = await rest().authenticate();
    let last: Response | undefined;
    for (let i = 0; i < 12; i++)
      last = await fetch(`${fake.url}/webapi/rest/statuses`, {
        headers: { authorization: `Bearer ${token}` },
      });
    expect(last?.status).toBe(429);
    expect(Number(last?.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(last?.headers.get('x-shop-api-limit')).toBe('10');
    expect(last?.headers.get('x-shop-api-bandwidth')).toBe('2');
    const client = rest();
    fake.resetBucket();
    fake.failNext(1, { status: 429, retryAfter: 3, body: { error: 'Too many requests' } }, /statuses/);
    const error = await client.list('statuses', { limit: 10, page: 1 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ outcome: 'retry', retryAfterMs: 3000 });
  });

  it('pulls orders oldest change first with products, status type, payment and code, in UTC', async () => {
    const { writers, orders } = recordingWriters();
    const page = await shoperPuller(rest(), target).page('orders', null, 50);
    for (const r of page.records) if ('apply' in r) await r.apply({} as never, writers);
    expect(page.done).toBe(true);
    expect(orders.map((o) => o['externalId'])).toEqual(['1', '2', '3']);
    expect(orders[0]).toMatchObject({
      source: 'shoper',
      currency: 'PLN',
      total: 12000,
      paidAt: null,
      fulfilledAt: null,
      placedAt: '2025-05-01T08:00:00.000Z',
    });
    expect(orders[1]).toMatchObject({
      paidAt: '2025-05-02T10:00:00.000Z',
      discountCodes: ['TL-CODE1-XXXXX'],
      customer: { email: 'jan@example.pl', firstName: 'Jan' },
    });
    expect(orders[2]).toMatchObject({
      fulfilledAt: '2025-05-03T10:00:00.000Z',
      lineItems: [{ sku: 'KUB-1', quantity: 2, unitPrice: 6000 }],
    });
  });

  it('from a cursor it reads only what changed after it; users bring their newsletter consent', async () => {
    const puller = shoperPuller(rest(), target);
    const page = await puller.page('orders', { updatedAt: '2025-05-02T10:00:00.000Z', id: '2' }, 50);
    expect(page.records.map((r) => r.id)).toEqual(['3']);
    const { writers, customers } = recordingWriters();
    for (const r of (await puller.page('users', null, 50)).records)
      if ('apply' in r) await r.apply({} as never, writers);
    expect(customers[0]).toMatchObject({
      email: 'jan@example.pl',
      consent: { status: 'subscribed', changedAt: '2025-04-30T07:00:00.000Z' },
    });
  });

  it('creates a single-use promotion code once over a retry, and removes it', async () => {
    const codes = shoperPromotionCodes(rest(), 'Europe/Warsaw');
    const request = {
      code: 'TL-SHOP1-AAAAA',
      title: '15 zł',
      kind: 'amount_off' as const,
      value: 1500,
      currency: 'PLN',
      product: null,
      startsAt: '2025-05-01T00:00:00.000Z',
      expiresAt: null,
    };
    const first = await codes.create(request);
    expect(await codes.create(request)).toEqual(first);
    expect([...fake.rows['promotion-codes'].values()]).toEqual([
      expect.objectContaining({
        code: 'TL-SHOP1-AAAAA',
        discount: 15,
        discount_type: 1,
        usage_limit: 1,
        time_from: '2025-05-01 02:00:00',
      }),
    ]);
    await codes.remove(first.shopDiscountId);
    await codes.remove(first.shopDiscountId);
    expect(fake.rows['promotion-codes'].size).toBe(0);
  });

  it('refuses an amount with a fraction of a złoty, which the integer discount cannot carry, before calling the shop', async () => {
    const codes = shoperPromotionCodes(rest(), 'Europe/Warsaw');
    const error = await codes
      .create({
        code: 'TL-SHOP1-BBBBB',
        title: '12,50 zł',
        kind: 'amount_off',
        value: 1250,
        currency: 'PLN',
        product: null,
        startsAt: '2025-05-01T00:00:00.000Z',
        expiresAt: null,
      })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ outcome: 'refused', message: expect.stringContaining('whole number') });
    expect(fake.rows['promotion-codes'].size).toBe(0);
  });

  it('counts an order shipped when one of its parcels was sent, at the send date, whatever its status', async () => {
    fake.put('parcels', { parcel_id: 90, order_id: 2, shipping_id: 1, sent: false, send_date: null });
    fake.put('parcels', {
      parcel_id: 91,
      order_id: 2,
      shipping_id: 1,
      sent: true,
      send_date: '2025-05-02 15:30:00',
    });
    const found = await shoperPuller(rest(), target).order('2');
    expect(found?.input).toMatchObject({ fulfilledAt: '2025-05-02T13:30:00.000Z' });
    fake.rows.parcels.clear();
  });

  it("reads an order's currency from the shop's currencies by its currency_id", async () => {
    fake.put('currencies', { currency_id: '2', name: 'EUR', default: '0', rate: '4.3000' });
    fake.put('orders', {
      ...(fake.rows.orders.get(1) as Record<string, unknown>),
      order_id: 4,
      currency_id: '2',
      status_date: '2025-05-04 12:00:00',
    });
    const { writers, orders } = recordingWriters();
    const puller = shoperPuller(rest(), target);
    const page = await puller.page('orders', { updatedAt: '2025-05-03T10:00:00.000Z', id: '3' }, 50);
    for (const r of page.records) if ('apply' in r) await r.apply({} as never, writers);
    expect(orders).toEqual([expect.objectContaining({ externalId: '4', currency: 'EUR', total: 12000 })]);
    fake.rows.orders.delete(4);
  });
});

describe('Shoper webhook signature', () => {
  const raw = Buffer.from(JSON.stringify({ order_id: 1 }));
  const headers = (signature: string) => ({
    'x-webhook-id': '77',
    'x-webhook-name': 'order.create',
    'x-webhook-sha1': signature,
  });

  it('accepts hex(sha1(id:secret:body)) and names the event', () => {
    const signature = shoperSignature('77', 'the-secret', raw.toString());
    expect(verifyShoperWebhook(raw, headers(signature), 'the-secret')).toMatchObject({
      event: 'order.create',
      webhookId: '77',
    });
  });

  it('refuses a signature made with another secret, a changed body, or none', () => {
    const signature = shoperSignature('77', 'other', raw.toString());
    expect(() => verifyShoperWebhook(raw, headers(signature), 'the-secret')).toThrow(/does not match/);
    const good = shoperSignature('77', 'the-secret', raw.toString());
    expect(() => verifyShoperWebhook(Buffer.from('{"order_id":2}'), headers(good), 'the-secret')).toThrow(
      /does not match/,
    );
    expect(() => verifyShoperWebhook(raw, { 'x-webhook-id': '77' }, 'the-secret')).toThrow(
      /X-Webhook-SHA1 header is missing/,
    );
  });
});

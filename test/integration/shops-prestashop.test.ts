import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { instantToLocal } from '../../src/commerce/shops/local-time.js';
import { PRESTASHOP_DEFAULT_STATUS_MAP } from '../../src/commerce/shops/prestashop/prestashop.mapping.js';
import { prestaShopCartRules } from '../../src/commerce/shops/prestashop/prestashop-cart-rules.js';
import { prestaShopPuller } from '../../src/commerce/shops/prestashop/prestashop-pull.js';
import { prestaShopWebservice } from '../../src/commerce/shops/prestashop/prestashop-webservice.js';
import type { ShopWriters } from '../../src/commerce/shops/shop-connector.js';
import { ShopDiscountError } from '../../src/commerce/shops/shop-discount.types.js';
import { type PrestaShopFake, startPrestaShopFake } from '../fakes/prestashop/prestashop.fake.js';
import type { Row } from '../fakes/prestashop/prestashop.query.js';

const target = {
  accountId: 'acc_1',
  channelId: 'chn_1',
  timeZone: 'Europe/Warsaw',
  statusMap: PRESTASHOP_DEFAULT_STATUS_MAP,
};

/** Writers that keep what a record writes, so a test can read it back. */
function recordingWriters() {
  const orders: Array<Record<string, unknown>> = [];
  const refunds: Array<Record<string, unknown>> = [];
  const customers: Array<Record<string, unknown>> = [];
  const writers = {
    orders: {
      recordOrderIn: async (_trx: unknown, input: Record<string, unknown>) => void orders.push(input),
      lockOrder: async (_trx: unknown, _channel: string, _source: string, externalId: string) => {
        const order = orders.findLast((o) => o['externalId'] === externalId);
        if (!order) return undefined;
        const refunded = refunds
          .filter((r) => r['orderExternalId'] === externalId)
          .reduce((sum, r) => sum + Number(r['amount']), 0);
        return { total: order['total'], refunded_total: refunded, currency: order['currency'] };
      },
    },
    refunds: {
      recordRefundIn: async (_trx: unknown, input: Record<string, unknown>) => void refunds.push(input),
    },
    contacts: {
      upsertCustomer: async (_trx: unknown, input: Record<string, unknown>) => void customers.push(input),
    },
  } as unknown as ShopWriters;
  return { writers, orders, refunds, customers };
}

async function applyAll(
  records: Awaited<ReturnType<ReturnType<typeof prestaShopPuller>['page']>>['records'],
  writers: ShopWriters,
) {
  for (const record of records) {
    if ('invalid' in record) throw new Error(record.invalid);
    await record.apply({} as never, writers);
  }
}

function seedShop(fake: PrestaShopFake) {
  fake.put('currencies', { id: 1, iso_code: 'PLN', name: 'Złoty' });
  fake.put('customers', {
    id: 33,
    email: 'Ola@Example.com',
    firstname: 'Ola',
    lastname: 'Nowak',
    newsletter: '1',
    newsletter_date_add: '2025-03-01 09:00:00',
    date_add: '2025-03-01 08:59:00',
    date_upd: '2025-03-01 09:00:00',
  });
  fake.put('orders', {
    id: 512,
    reference: 'XKBKNABJK',
    id_customer: '33',
    id_currency: '1',
    current_state: '4',
    total_paid_tax_incl: '59.900000',
    total_shipping_tax_incl: '10.000000',
    total_discounts_tax_incl: '0.000000',
    date_add: '2025-03-02 10:15:00',
    date_upd: '2025-03-03 12:00:00',
    associations: {
      order_rows: [
        {
          id: 1,
          product_id: '93',
          product_attribute_id: '4',
          product_quantity: '2',
          product_name: 'Mug - Red',
          product_reference: 'MUG-RED',
          unit_price_tax_incl: '24.950000',
        },
      ],
    },
  });
  fake.put('order_histories', {
    id: 1,
    id_order: '512',
    id_order_state: '10',
    date_add: '2025-03-02 10:15:00',
  });
  fake.put('order_histories', {
    id: 2,
    id_order: '512',
    id_order_state: '2',
    date_add: '2025-03-02 11:00:00',
  });
  fake.put('order_histories', {
    id: 3,
    id_order: '512',
    id_order_state: '4',
    date_add: '2025-03-03 12:00:00',
  });
  fake.put('order_discounts', {
    id: 1,
    id_order: '512',
    id_cart_rule: '7',
    name: 'TL-ABCDE-FGHIJ',
    value: '5.00',
  });
}

describe('PrestaShop Webservice fake (its documented answers)', () => {
  let fake: PrestaShopFake;
  beforeAll(async () => {
    fake = await startPrestaShopFake();
  });
  afterAll(() => fake.close());

  it('refuses a request without a key (401, code 16) and a key of the wrong length (401, code 18)', async () => {
    const none = await fetch(`${fake.url}/api/orders?output_format=JSON`);
    expect(none.status).toBe(401);
    expect(await none.json()).toEqual({
      errors: [
        { code: 16, message: 'Please enter the authentication key as the login. No password required' },
      ],
    });
    const short = await fetch(`${fake.url}/api/orders?output_format=JSON&ws_key=short`);
    expect(short.status).toBe(401);
    expect(((await short.json()) as { errors: Array<{ code: number }> }).errors[0]?.code).toBe(18);
  });

  it('filters on date_upd only with date=1 (400, code 32 without it)', async () => {
    const auth = `ws_key=${fake.key}&output_format=JSON`;
    const without = await fetch(
      `${fake.url}/api/orders?${auth}&filter[date_upd]=[2025-01-01 00:00:00,2026-01-01 00:00:00]`,
    );
    expect(without.status).toBe(400);
    expect(((await without.json()) as { errors: Array<{ code: number }> }).errors[0]?.code).toBe(32);
    const withDates = await fetch(
      `${fake.url}/api/orders?${auth}&date=1&filter[date_upd]=[2025-01-01 00:00:00,2026-01-01 00:00:00]`,
    );
    expect(withDates.status).toBe(200);
  });
});

describe('PrestaShop pull', () => {
  let fake: PrestaShopFake;
  beforeAll(async () => {
    fake = await startPrestaShopFake();
    seedShop(fake);
  });
  afterAll(() => fake.close());

  it('maps an order with its state history, currency, customer and applied code, in UTC', async () => {
    const puller = prestaShopPuller(prestaShopWebservice({ shopUrl: fake.url, apiKey: fake.key }), target);
    const { writers, orders } = recordingWriters();
    const page = await puller.page('orders', null, 50);
    expect(page.done).toBe(true);
    await applyAll(page.records, writers);
    expect(orders).toHaveLength(1);
    expect(orders[0]).toMatchObject({
      source: 'prestashop',
      externalId: '512',
      number: 'XKBKNABJK',
      currency: 'PLN',
      total: 5990,
      shippingTotal: 1000,
      customer: { email: 'ola@example.com', firstName: 'Ola', externalId: '33' },
      lineItems: [{ sku: 'MUG-RED', quantity: 2, unitPrice: 2495, productId: '93', variantId: '4' }],
      discountCodes: ['TL-ABCDE-FGHIJ'],
      placedAt: '2025-03-02T09:15:00.000Z',
      paidAt: '2025-03-02T10:00:00.000Z',
      fulfilledAt: '2025-03-03T11:00:00.000Z',
      deliveredAt: null,
      cancelledAt: null,
      sourceUpdatedAt: '2025-03-03T11:00:00.000Z',
    });
    expect(page.records[0]?.updatedAt).toBe('2025-03-03T11:00:00.000Z');
  });

  it('a page from a cursor skips what the cursor covers and reads what changed in the same second', async () => {
    fake.put('orders', { ...(fake.rows.orders.get(512) as Row), id: 513, reference: 'SAMESECOND' });
    const puller = prestaShopPuller(prestaShopWebservice({ shopUrl: fake.url, apiKey: fake.key }), target);
    const page = await puller.page('orders', { updatedAt: '2025-03-03T11:00:00.000Z', id: '512' }, 1);
    expect(page.records.map((r) => r.id)).toEqual(['513']);
    fake.rows.orders.delete(513);
  });

  it('a merchant’s own state map decides: state 4 read as delivered', async () => {
    const puller = prestaShopPuller(prestaShopWebservice({ shopUrl: fake.url, apiKey: fake.key }), {
      ...target,
      statusMap: { ...PRESTASHOP_DEFAULT_STATUS_MAP, '4': 'delivered' },
    });
    const { writers, orders } = recordingWriters();
    await applyAll((await puller.page('orders', null, 50)).records, writers);
    expect(orders[0]).toMatchObject({
      deliveredAt: '2025-03-03T11:00:00.000Z',
      fulfilledAt: '2025-03-03T11:00:00.000Z',
    });
  });

  it('credit slips become refunds, and a customer’s newsletter opt-in is consent with its own time', async () => {
    fake.put('order_slip', {
      id: 9,
      id_order: '512',
      total_products_tax_incl: '24.950000',
      total_shipping_tax_incl: '0.000000',
      amount: '24.950000',
      date_add: '2025-03-05 08:00:00',
      date_upd: '2025-03-05 08:00:00',
    });
    const puller = prestaShopPuller(prestaShopWebservice({ shopUrl: fake.url, apiKey: fake.key }), target);
    const { writers, refunds, customers } = recordingWriters();
    await applyAll((await puller.page('orders', null, 50)).records, writers);
    await applyAll((await puller.page('order_slip', null, 50)).records, writers);
    await applyAll((await puller.page('customers', null, 50)).records, writers);
    expect(refunds).toEqual([
      expect.objectContaining({
        orderExternalId: '512',
        externalId: 'slip-9',
        amount: 2495,
        createdAt: '2025-03-05T07:00:00.000Z',
      }),
    ]);
    expect(customers[0]).toMatchObject({
      email: 'ola@example.com',
      externalId: { platform: 'prestashop', id: '33' },
      consent: { status: 'subscribed', source: 'shop', changedAt: '2025-03-01T08:00:00.000Z' },
    });
  });

  it('leaves changes of the last seconds for the next pull (whole-second date_upd would hide a later change in the same second)', async () => {
    const local = (msAgo: number) =>
      instantToLocal(new Date(Date.now() - msAgo).toISOString(), 'Europe/Warsaw');
    const base = fake.rows.orders.get(512) as Row;
    fake.put('orders', { ...base, id: 700, date_upd: local(0) });
    fake.put('orders', { ...base, id: 701, date_upd: local(10_000) });
    const puller = prestaShopPuller(prestaShopWebservice({ shopUrl: fake.url, apiKey: fake.key }), target);
    const page = await puller.page(
      'orders',
      { updatedAt: new Date(Date.now() - 60_000).toISOString(), id: '0' },
      50,
    );
    expect(page.records.map((r) => r.id)).toEqual(['701']);
    fake.rows.orders.delete(700);
    fake.rows.orders.delete(701);
  });

  it('an order whose currency the shop does not list is kept as unreadable, not guessed', async () => {
    fake.put('orders', {
      ...(fake.rows.orders.get(512) as Row),
      id: 600,
      id_currency: '9',
      date_upd: '2025-04-01 00:00:00',
    });
    const puller = prestaShopPuller(prestaShopWebservice({ shopUrl: fake.url, apiKey: fake.key }), target);
    const page = await puller.page('orders', { updatedAt: '2025-03-31T00:00:00.000Z', id: '0' }, 50);
    expect(page.records).toEqual([
      expect.objectContaining({ id: '600', invalid: expect.stringContaining('id_currency 9') }),
    ]);
    fake.rows.orders.delete(600);
  });
});

describe('PrestaShop cart rules', () => {
  let fake: PrestaShopFake;
  beforeAll(async () => {
    fake = await startPrestaShopFake();
    fake.put('currencies', { id: 1, iso_code: 'PLN', name: 'Złoty' });
  });
  afterAll(() => fake.close());
  const rules = () =>
    prestaShopCartRules(prestaShopWebservice({ shopUrl: fake.url, apiKey: fake.key }), 'Europe/Warsaw');
  const request = {
    code: 'TL-AAAAA-BBBBB',
    title: '10 zł off',
    kind: 'amount_off' as const,
    value: 1000,
    currency: 'PLN',
    product: null,
    startsAt: '2025-03-01T00:00:00.000Z',
    expiresAt: '2025-06-01T00:00:00.000Z',
  };

  it('creates a single-use cart rule named by its code, for exactly the reward, once over a retry', async () => {
    const first = await rules().create(request);
    const again = await rules().create(request);
    expect(again).toEqual(first);
    const stored = [...fake.rows.cart_rules.values()];
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      code: 'TL-AAAAA-BBBBB',
      name: 'TL-AAAAA-BBBBB',
      quantity: '1',
      quantity_per_user: '1',
      partial_use: '0',
      reduction_amount: '10.00',
      reduction_currency: '1',
      reduction_tax: '1',
      date_from: '2025-03-01 01:00:00',
      date_to: '2025-06-01 02:00:00',
    });
  });

  it('removes it, and removing it again is no error', async () => {
    const [id] = [...fake.rows.cart_rules.keys()];
    await rules().remove(String(id));
    expect(fake.rows.cart_rules.size).toBe(0);
    await expect(rules().remove(String(id))).resolves.toBeUndefined();
  });

  it('a key without POST on cart_rules is a refusal naming the permission; a shop answering 503 is retried', async () => {
    fake.addKey('READONLYKEY0123456789ABCDEFGHIJK', ['cart_rules', 'currencies']);
    const readOnly = prestaShopCartRules(
      prestaShopWebservice({ shopUrl: fake.url, apiKey: 'READONLYKEY0123456789ABCDEFGHIJK' }),
      'Europe/Warsaw',
    );
    const refused = await readOnly.create(request).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ShopDiscountError);
    expect(refused).toMatchObject({
      outcome: 'refused',
      message: expect.stringContaining('Method POST is not allowed'),
    });
    fake.failNext(1, { status: 503 });
    const down = await rules()
      .create(request)
      .catch((e: unknown) => e);
    expect(down).toMatchObject({ outcome: 'retry' });
  });
});

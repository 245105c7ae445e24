import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrderEvent, OrderRefunded, OrderSnapshot } from '../../src/commerce/index.js';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';
import { dialects } from '../support/databases.js';

const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../fixtures/csv/${name}`, import.meta.url)));

describe.each(dialects)('CSV import over HTTP on %s', (kind) => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp(kind);
  });
  afterAll(() => app.close());

  const base = (tenant: Tenant) => `/api/v1/channels/${tenant.channelId}/imports`;

  function upload(tenant: Tenant, type: 'orders' | 'customers', body: Buffer, query = '') {
    return app.inject({
      method: 'POST',
      url: `${base(tenant)}?type=${type}${query}`,
      headers: { ...tenant.auth, 'content-type': 'text/csv' },
      payload: body,
    });
  }

  /** Uploads, lets the background job run, and answers the import's status. */
  async function importFile(tenant: Tenant, type: 'orders' | 'customers', body: Buffer, query = '') {
    const uploaded = await upload(tenant, type, body, query);
    expect(uploaded.statusCode, uploaded.body).toBe(202);
    const { id, outcome } = uploaded.json<{ id: string; outcome: string }>();
    await app.trustloop.jobs.runDueJobs();
    const status = await app.inject({ method: 'GET', url: `${base(tenant)}/${id}`, headers: tenant.auth });
    expect(status.statusCode, status.body).toBe(200);
    return { id, outcome, status: status.json() };
  }

  async function events<P>(tenant: Tenant, type: string): Promise<P[]> {
    const page = await app.trustloop.jobs.listEvents({ accountId: tenant.accountId, type, limit: 200 });
    return page.items.map((event) => event.payload as P);
  }

  const placedOrders = async (tenant: Tenant) =>
    new Map((await events<OrderEvent>(tenant, 'order.placed')).map(({ order }) => [order.number, order]));

  async function rejectedRows(tenant: Tenant, importId: string) {
    const response = await app.inject({
      method: 'GET',
      url: `${base(tenant)}/${importId}/rejected`,
      headers: tenant.auth,
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<{ data: Array<{ line: number; code: string; reason: string; raw: string }> }>().data;
  }

  it('imports a Shopify order export: one order per Name, with its line items in minor units', async () => {
    const shop = await createTenant(app);
    const { status } = await importFile(shop, 'orders', fixture('shopify-orders.csv'));
    expect(status).toMatchObject({
      status: 'finished',
      format: 'shopify',
      imported: 3,
      unchanged: 0,
      rejected: 0,
    });

    const orders = await placedOrders(shop);
    expect([...orders.keys()].sort()).toEqual(['#1001', '#1002', '#1003']);
    const first = orders.get('#1001')!;
    expect(first).toMatchObject({
      source: 'import',
      externalId: '5678901001',
      currency: 'PLN',
      subtotal: 24900,
      shippingTotal: 1500,
      taxTotal: 4937,
      total: 26400,
      placedAt: '2024-03-01T09:15:00.000Z',
      paidAt: '2024-03-01T09:16:02.000Z',
      fulfilledAt: '2024-03-02T08:00:00.000Z',
      customer: { email: 'anna.nowak@example.pl', firstName: 'Anna', lastName: 'Nowak' },
    });
    expect(
      first.lineItems.map(({ sku, title, quantity, unitPrice }) => ({ sku, title, quantity, unitPrice })),
    ).toEqual([
      { sku: 'MUG-BLUE', title: 'Kubek ceramiczny - Niebieski', quantity: 2, unitPrice: 4950 },
      { sku: 'CORK-1', title: 'Podstawka korkowa', quantity: 1, unitPrice: 15000 },
    ]);
    const second = orders.get('#1002')!;
    // 13.67 a unit less a 5.01 line discount over 3 units.
    expect(second.lineItems[0]).toMatchObject({ quantity: 3, unitPrice: 1200 });
    expect(second).toMatchObject({
      currency: 'EUR',
      total: 4090,
      discountTotal: 501,
      discountCodes: ['WELCOME5'],
    });
    expect(second.customer.email).toBe('jiri.novak@example.cz');
    expect(orders.get('#1003')!.cancelledAt).toBe('2024-03-07T14:30:00.000Z');

    // "Accepts Marketing: yes" is the shopper's newsletter consent, recorded as coming from the import.
    const consent = await events<{ email: string; status: string; source: string }>(shop, 'consent.changed');
    expect(consent.find((c) => c.email === 'anna.nowak@example.pl')).toMatchObject({
      status: 'subscribed',
      source: 'import',
    });
    const refunds = await events<OrderRefunded>(shop, 'order.refunded');
    expect(refunds.map((r) => [r.order.number, r.refund.amount])).toEqual([['#1002', 1000]]);
  });

  it('imports the generic orders format, grouping consecutive rows of one external_id', async () => {
    const shop = await createTenant(app);
    const { status } = await importFile(shop, 'orders', fixture('generic-orders.csv'));
    expect(status).toMatchObject({ status: 'finished', format: 'generic', imported: 2, rejected: 0 });

    const orders = await placedOrders(shop);
    const g1: OrderSnapshot = orders.get('1')!;
    expect(g1).toMatchObject({
      externalId: 'G-1',
      total: 12000,
      subtotal: 11000,
      shippingTotal: 1000,
      locale: 'pl',
    });
    expect(g1.deliveredAt).toBe('2024-04-04T10:00:00.000Z');
    expect(g1.lineItems.map((line) => [line.sku, line.gtin, line.quantity, line.unitPrice])).toEqual([
      ['SKU-A', '5901234123457', 2, 3000],
      ['SKU-B', null, 1, 5000],
    ]);
    // A time without an offset is the channel's (Europe/Warsaw, summer time).
    expect(orders.get('2')).toMatchObject({
      placedAt: '2024-04-03T12:30:00.000Z',
      total: 4550,
      subtotal: 4550,
    });
  });

  it('imports the generic customers format with tags, birthday and newsletter consent from the import', async () => {
    const shop = await createTenant(app);
    const { status } = await importFile(shop, 'customers', fixture('generic-customers.csv'));
    expect(status).toMatchObject({ status: 'finished', delimiter: ';', imported: 2, rejected: 2 });

    const find = (email: string) =>
      app.trustloop.contacts.findCustomer(shop.accountId, shop.channelId, { email });
    expect(await find('kasia@example.pl')).toMatchObject({
      firstName: 'Katarzyna',
      lastName: 'Wiśniewska',
      birthday: '1990-05-17',
      tags: ['vip', 'newsletter'],
      consent: 'subscribed',
      registeredAt: '2023-11-02T08:00:00.000Z',
    });
    expect(await find('tomas@example.cz')).toMatchObject({ birthday: '--02-29', consent: 'unsubscribed' });
    const consent = await events<{ email: string; source: string }>(shop, 'consent.changed');
    expect(consent.find((c) => c.email === 'kasia@example.pl')?.source).toBe('import');
  });

  it("imports Shopify's customer export with its customer ids, tags and email consent", async () => {
    const shop = await createTenant(app);
    const { status } = await importFile(shop, 'customers', fixture('shopify-customers.csv'));
    expect(status).toMatchObject({ status: 'finished', format: 'shopify', imported: 2, rejected: 0 });
    const marta = await app.trustloop.contacts.findCustomer(shop.accountId, shop.channelId, {
      externalId: { platform: 'shopify', id: '7012345678901' },
    });
    expect(marta).toMatchObject({
      email: 'marta@example.pl',
      firstName: 'Marta',
      phone: '+48 600 700 800',
      consent: 'subscribed',
    });
    expect(marta?.tags).toEqual(expect.arrayContaining(['VIP', 'Zakaznik-roku']));
    const oskar = await app.trustloop.contacts.findCustomer(shop.accountId, shop.channelId, {
      email: 'oskar@example.se',
    });
    expect(oskar?.consent).toBe('unsubscribed');
  });

  it('rejects bad rows with their line numbers and reasons while the good rows import', async () => {
    const shop = await createTenant(app);
    const { id, status } = await importFile(shop, 'orders', fixture('generic-orders-bad-rows.csv'));
    expect(status).toMatchObject({ status: 'finished', imported: 2, rejected: 7 });
    expect([...(await placedOrders(shop)).values()].map((o) => o.externalId).sort()).toEqual(['B-1', 'B-8']);

    const rows = await rejectedRows(shop, id);
    expect(rows.map((row) => [row.line, row.code])).toEqual([
      [3, 'invalid_email'],
      [4, 'invalid_date'],
      [5, 'invalid_money'],
      [6, 'invalid_currency'],
      [7, 'invalid_quantity'],
      [8, 'order_rejected'],
      [9, 'missing_value'],
    ]);
    expect(rows[0]!.reason).toBe('email "not-an-email" is not a valid email address');
    expect(rows[2]!.reason).toContain('--decimal-comma');
    expect(rows[5]!.reason).toContain('because of line 9');
    expect(rows[0]!.raw).toBe(
      'B-2,102,not-an-email,Jan,Bad,PLN,20.00,2024-05-01T10:00:00Z,S-1,Mydło,1,20.00',
    );
    expect(status.errors).toContainEqual({ code: 'invalid_email', count: 1 });
  });

  it('rejects a row the domain refuses after writing part of it, keeping nothing of it, while the rows around it import', async () => {
    // R-2's order and its new customer are written before its refund (more than the order's
    // total) is refused: the batch is rolled back whole and written again row by row.
    const csv = [
      'external_id,number,email,first_name,last_name,currency,total,placed_at,refunded_amount,sku,title,quantity,unit_price',
      'R-1,201,ala@example.pl,Ala,Nowak,PLN,30.00,2024-05-01T10:00:00Z,,S-1,Mydło,1,30.00',
      'R-2,202,ewa@example.pl,Ewa,Nowak,PLN,20.00,2024-05-01T11:00:00Z,50.00,S-1,Mydło,1,20.00',
      'R-3,203,ala@example.pl,Ala,Nowak,PLN,30.00,2024-05-01T12:00:00Z,,S-1,Mydło,1,30.00',
    ].join('\n');
    const shop = await createTenant(app);
    const { id, status } = await importFile(shop, 'orders', Buffer.from(`${csv}\n`));
    expect(status).toMatchObject({ status: 'finished', imported: 2, rejected: 1 });
    const rows = await rejectedRows(shop, id);
    expect(rows.map((row) => [row.line, row.code])).toEqual([[3, 'rejected']]);
    expect(rows[0]!.reason).toContain('more than the');
    expect([...(await placedOrders(shop)).keys()].sort()).toEqual(['201', '203']);
    const commerce = app.trustloop.commerce;
    expect(await commerce.findOrder(shop.channelId, { source: 'import', externalId: 'R-2' })).toBeUndefined();
    expect(await commerce.findOrder(shop.channelId, { source: 'import', externalId: 'R-3' })).toBeDefined();
    const ewa = { email: 'ewa@example.pl' };
    expect(await app.trustloop.contacts.findCustomer(shop.accountId, shop.channelId, ewa)).toBeUndefined();
    expect(await events(shop, 'order.refunded')).toEqual([]);
  });

  it('rejects the order a line that is not CSV interrupts, and says which line to fix', async () => {
    const shop = await createTenant(app);
    const { id, status } = await importFile(shop, 'orders', fixture('generic-orders-unclosed-quote.csv'));
    expect(status).toMatchObject({ status: 'finished', imported: 1, rejected: 2 });
    expect([...(await placedOrders(shop)).values()].map((o) => o.externalId)).toEqual(['D-1']);
    const rows = await rejectedRows(shop, id);
    expect(rows.map((row) => [row.line, row.code])).toEqual([
      [3, 'order_rejected'],
      [4, 'malformed_csv'],
    ]);
    expect(rows[0]!.reason).toContain('line 4 next to it is not valid CSV');
  });

  it('refuses a header without required columns, naming them, and imports nothing', async () => {
    const shop = await createTenant(app);
    const response = await upload(
      shop,
      'orders',
      fixture('generic-orders-missing-columns.csv'),
      '&format=generic',
    );
    expect(response.statusCode).toBe(422);
    expect(response.json().error.message).toContain('lacks required columns currency, quantity');
    await app.trustloop.jobs.runDueJobs();
    expect(await events(shop, 'order.placed')).toEqual([]);
  });

  it('changes nothing when the same file is imported again: every order unchanged, no new events', async () => {
    const shop = await createTenant(app);
    const first = await importFile(shop, 'orders', fixture('shopify-orders.csv'));
    const eventsBefore = (await app.trustloop.jobs.listEvents({ accountId: shop.accountId, limit: 200 }))
      .items;

    const again = await importFile(shop, 'orders', fixture('shopify-orders.csv'));
    expect(again.id).toBe(first.id);
    expect(again.outcome).toBe('rerun');
    expect(again.status).toMatchObject({
      status: 'finished',
      runs: 2,
      imported: 0,
      unchanged: 3,
      rejected: 0,
    });
    const eventsAfter = (await app.trustloop.jobs.listEvents({ accountId: shop.accountId, limit: 200 }))
      .items;
    expect(eventsAfter.map((e) => e.id)).toEqual(eventsBefore.map((e) => e.id));
  });

  it('decodes a windows-1250 file with Polish names', async () => {
    const shop = await createTenant(app);
    const { status } = await importFile(shop, 'customers', fixture('customers-windows-1250.csv'));
    expect(status).toMatchObject({ encoding: 'windows-1250', imported: 3, rejected: 0 });
    const customer = await app.trustloop.contacts.findCustomer(shop.accountId, shop.channelId, {
      email: 'grzegorz@example.pl',
    });
    expect(customer).toMatchObject({ firstName: 'Grzegorz', lastName: 'Brzęczyszczykiewicz' });
    const lukasz = await app.trustloop.contacts.findCustomer(shop.accountId, shop.channelId, {
      email: 'lukasz@example.pl',
    });
    expect(lukasz).toMatchObject({ firstName: 'Łukasz', lastName: 'Żółćki', consent: 'subscribed' });
  });

  it('rejects rows with undecodable bytes as invalid characters when UTF-8 is insisted on', async () => {
    const shop = await createTenant(app);
    const { id, status } = await importFile(
      shop,
      'customers',
      fixture('customers-windows-1250.csv'),
      '&encoding=utf-8',
    );
    expect(status).toMatchObject({ encoding: 'utf-8', imported: 0, rejected: 3 });
    const rows = await rejectedRows(shop, id);
    expect(rows.map((row) => [row.line, row.code])).toEqual([
      [2, 'invalid_characters'],
      [3, 'invalid_characters'],
      [4, 'invalid_characters'],
    ]);
    expect(rows[0]!.reason).toContain('invalid characters');
  });

  it('takes an upload far beyond the JSON body limit, streamed to disk', async () => {
    const shop = await createTenant(app);
    const note = 'x'.repeat(3 * 1024 * 1024);
    const body = Buffer.from(
      'external_id,number,email,first_name,last_name,currency,total,placed_at,sku,title,quantity,unit_price,note\n' +
        `L-1,1,large@example.pl,Ala,Kot,PLN,10.00,2024-05-01T10:00:00Z,S-1,Mydło,1,10.00,${note}\n`,
    );
    expect(body.length).toBeGreaterThan(app.trustloop.config.http.bodyLimitBytes);
    const { status } = await importFile(shop, 'orders', body);
    expect(status).toMatchObject({ status: 'finished', imported: 1, bytesTotal: body.length });
  });

  it("answers 404 to another account's channel and import, and imports nothing there", async () => {
    const victim = await createTenant(app, 'Victim');
    const intruder = await createTenant(app, 'Intruder');
    const { id } = await importFile(victim, 'orders', fixture('generic-orders-bad-rows.csv'));

    const intrusion = await upload(
      { ...victim, auth: intruder.auth },
      'orders',
      fixture('generic-orders.csv'),
    );
    expect(intrusion.statusCode).toBe(404);
    for (const url of [
      `${base(victim)}/${id}`,
      `${base(victim)}/${id}/rejected`,
      `${base(intruder)}/${id}`,
    ]) {
      const response = await app.inject({ method: 'GET', url, headers: intruder.auth });
      expect(response.statusCode, url).toBe(404);
    }
    await app.trustloop.jobs.runDueJobs();
    expect(await events(intruder, 'order.placed')).toEqual([]);
    expect((await placedOrders(victim)).size).toBe(2);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrderEvent } from '../../src/commerce/index.js';
import { ManualClock } from '../../src/platform/clock.js';
import { advance, appendEvent, drainJobs, member, pointsCredited } from '../contract/contract-fixtures.js';
import { defineCustomField, type EcomailFake, startEcomailFake } from '../fakes/ecomail/ecomail.fake.js';
import { type SalesmanagoFake, startSalesmanagoFake } from '../fakes/salesmanago/salesmanago.fake.js';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';
import { dialects } from '../support/databases.js';

function orderPaid(email: string, orderId = 'ord_1042'): OrderEvent {
  return {
    order: {
      orderId,
      channelId: 'ch',
      source: 'api',
      externalId: '1042',
      number: '#1042',
      customer: {
        customerId: null,
        email,
        firstName: 'Jana',
        lastName: 'Nováková',
        phone: null,
        locale: 'cs',
      },
      currency: 'CZK',
      subtotal: 5990,
      discountTotal: 0,
      shippingTotal: 0,
      taxTotal: 0,
      total: 5990,
      refundedTotal: 0,
      lineItems: [
        {
          lineId: '1',
          productId: 'p1',
          variantId: null,
          sku: 'SKU-1',
          gtin: null,
          title: 'Mug',
          quantity: 2,
          unitPrice: 2995,
          imageUrl: null,
          productUrl: null,
        },
      ],
      discountCodes: [],
      referralCode: null,
      shippingAddressHash: null,
      locale: 'cs',
      placedAt: '2026-11-23T10:00:00.000Z',
      paidAt: '2026-11-23T10:05:00.000Z',
      fulfilledAt: null,
      deliveredAt: null,
      cancelledAt: null,
    },
  };
}

describe.each(dialects)('Ecomail and SALESmanago specifics on %s', (kind) => {
  let app: TestApp;
  let tenant: Tenant;
  let ecomail: EcomailFake;
  let salesmanago: SalesmanagoFake;
  let activation: { fieldsToCreate: Array<{ key: string; type: string; name: string }> };

  beforeAll(async () => {
    app = await createTestApp(kind, { clock: new ManualClock(new Date()) });
    [ecomail, salesmanago] = await Promise.all([startEcomailFake(), startSalesmanagoFake()]);
    tenant = await createTenant(app);
    const connect = (connectorId: string, settings: Record<string, unknown>) =>
      app.inject({
        method: 'POST',
        url: '/api/v1/connections',
        headers: tenant.auth,
        payload: { channelId: tenant.channelId, connectorId, settings },
      });
    const connected = await connect('ecomail', { apiKey: ecomail.apiKey, listId: '1', baseUrl: ecomail.url });
    expect(connected.statusCode).toBe(201);
    activation = (connected.json() as { activation: typeof activation }).activation;
    // The merchant creates the fields activation listed, in the list settings.
    for (const field of activation.fieldsToCreate) defineCustomField(ecomail, 1, field.key, field);
    expect(
      (
        await connect('salesmanago', {
          clientId: salesmanago.clientId,
          apiSecret: salesmanago.apiSecret,
          endpoint: salesmanago.url,
          owner: salesmanago.owner,
          defaultTags: ['TRUSTLOOP', 'LOYALTY'],
        })
      ).statusCode,
    ).toBe(201);
  });
  afterAll(async () => {
    await Promise.all([ecomail.close(), salesmanago.close()]);
    await app.close();
  });

  it('activates Ecomail by reading the list, never updating it, and lists the prefixed fields to create', () => {
    expect(activation.fieldsToCreate.map((field) => field.key)).toEqual(
      expect.arrayContaining([
        'trustloop_points',
        'trustloop_next_expiry_points',
        'trustloop_next_expiry_date',
        'trustloop_pin',
      ]),
    );
    expect(ecomail.requests.filter((r) => r.method === 'PUT' && /^\/lists\/\d+$/.test(r.path))).toEqual([]);
  });

  it('syncs the Ecomail subscriber fields and sends category trustloop / action change / label credit, expiry, pin', async () => {
    await appendEvent(app, tenant, 'points.credited', pointsCredited('eco@example.com', 50, 170));
    advance(app, 1_000);
    await appendEvent(app, tenant, 'points.expiring', {
      member: member('eco@example.com', { balance: 170 }),
      points: 40,
      date: '2027-01-31',
      expiresAt: '2027-01-31T22:59:59.000Z',
    });
    advance(app, 1_000);
    await appendEvent(app, tenant, 'member.pin_changed', {
      member: member('eco@example.com', { pin: '9999' }),
    });
    await drainJobs(app);
    expect(ecomail.subscriber(1, 'eco@example.com')?.custom_fields).toMatchObject({
      trustloop_points: '120',
      trustloop_next_expiry_points: '40',
      trustloop_next_expiry_date: '2027-01-31',
      trustloop_pin: '9999',
    });
    const labels = ecomail.events
      .filter((e) => e.email === 'eco@example.com')
      .map((e) => `${e.category}/${e.action}/${e.label}`);
    expect(labels.sort()).toEqual([
      'trustloop/change/credit',
      'trustloop/change/expiry',
      'trustloop/change/pin',
    ]);
  });

  it('adds a new Ecomail contact without consent, and subscribes it only on consent', async () => {
    await appendEvent(app, tenant, 'points.credited', pointsCredited('noconsent@example.com'));
    await drainJobs(app);
    expect(ecomail.subscriber(1, 'noconsent@example.com')?.status).toBe(2);
    await appendEvent(app, tenant, 'consent.changed', {
      customerId: 'c',
      channelId: tenant.channelId,
      email: 'noconsent@example.com',
      status: 'subscribed',
      previous: 'unknown',
      source: 'shop',
      changedAt: new Date().toISOString(),
      doubleOptIn: false,
    });
    await drainJobs(app);
    expect(ecomail.subscriber(1, 'noconsent@example.com')?.status).toBe(1);
  });

  it('sends a paid order to SALESmanago as one PURCHASE event, after upserting the contact with the default tags', async () => {
    await appendEvent(app, tenant, 'order.paid', orderPaid('buyer@example.com'));
    await drainJobs(app);
    const contact = salesmanago.contacts.get('buyer@example.com')!;
    expect([...contact.tags]).toEqual(['TRUSTLOOP', 'LOYALTY']);
    const purchases = salesmanago.events.filter((e) => e.contactExtEventType === 'PURCHASE');
    expect(purchases).toHaveLength(1);
    expect(purchases[0]).toMatchObject({
      email: 'buyer@example.com',
      externalId: 'ord_1042',
      value: 59.9,
      products: 'SKU-1',
    });
  });

  it('does not send the same purchase twice when the export of the same order runs again', async () => {
    const event = await appendEvent(app, tenant, 'order.paid', orderPaid('twice@example.com', 'ord_1043'));
    await drainJobs(app);
    const connection = (await app.trustloop.connectors.list(tenant.accountId)).find(
      (c) => c.connectorId === 'salesmanago',
    )!;
    await app.trustloop.jobs.enqueue(app.trustloop.database.db, {
      kind: 'connectors.deliver',
      accountId: tenant.accountId,
      payload: { connectionId: connection.id, eventId: event.id, eventType: event.type },
    });
    await drainJobs(app);
    expect(
      salesmanago.events.filter(
        (e) => e.email === 'twice@example.com' && e.contactExtEventType === 'PURCHASE',
      ),
    ).toHaveLength(1);
  });

  it('exports to Ecomail without subscribing anyone whose consent Trustloop does not know, nor unsubscribing an Ecomail opt-in', async () => {
    const shop = await createTenant(app);
    const fake = await startEcomailFake({
      lists: [
        { id: 1, name: 'Customers', customFields: { trustloop_points: { type: 'int', name: 'Points' } } },
      ],
    });
    try {
      await fetch(`${fake.url}/lists/1/subscribe`, {
        method: 'POST',
        headers: { key: fake.apiKey, 'content-type': 'application/json' },
        body: JSON.stringify({ subscriber_data: { email: 'optedin@example.com' }, skip_confirmation: true }),
      });
      for (const email of ['optedin@example.com', 'unknown@example.com', 'known@example.com']) {
        await appendEvent(app, shop, 'points.credited', pointsCredited(email, 10, 60));
      }
      await appendEvent(app, shop, 'consent.changed', {
        customerId: 'c',
        channelId: shop.channelId,
        email: 'known@example.com',
        status: 'subscribed',
        previous: 'unknown',
        source: 'shop',
        changedAt: new Date().toISOString(),
        doubleOptIn: false,
      });
      await drainJobs(app);
      const created = await app.inject({
        method: 'POST',
        url: '/api/v1/connections',
        headers: shop.auth,
        payload: {
          channelId: shop.channelId,
          connectorId: 'ecomail',
          settings: { apiKey: fake.apiKey, listId: '1', baseUrl: fake.url },
        },
      });
      const id = (created.json() as { id: string }).id;
      await app.inject({ method: 'POST', url: `/api/v1/connections/${id}/exports`, headers: shop.auth });
      await drainJobs(app);
      expect(fake.subscriber(1, 'optedin@example.com')).toMatchObject({
        status: 1,
        custom_fields: { trustloop_points: '60' },
      });
      expect(fake.subscriber(1, 'unknown@example.com')).toMatchObject({
        status: 2,
        custom_fields: { trustloop_points: '60' },
      });
      expect(fake.subscriber(1, 'known@example.com')?.status).toBe(1);
    } finally {
      await fake.close();
    }
  });
});

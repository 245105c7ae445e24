import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/platform/clock.js';
import { advance, appendEvent, drainJobs } from '../contract/contract-fixtures.js';
import { type EcomailFake, startEcomailFake } from '../fakes/ecomail/ecomail.fake.js';
import { type SalesmanagoFake, startSalesmanagoFake } from '../fakes/salesmanago/salesmanago.fake.js';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';
import { dialects } from '../support/databases.js';
import { connectSalesmanago, customer, order } from '../support/salesmanago-connection.js';

describe.each(dialects)('SALESmanago export choices and past transactions on %s', (kind) => {
  let app: TestApp;
  const fakes: Array<SalesmanagoFake | EcomailFake> = [];

  beforeAll(async () => {
    app = await createTestApp(kind, { clock: new ManualClock(new Date('2026-12-01T12:00:00.000Z')) });
  });
  afterAll(async () => {
    await Promise.all(fakes.map((fake) => fake.close()));
    await app.close();
  });

  /** The shop reports `orderId` of `email` paid at `paidAt`. */
  const paid = (tenant: Tenant, email: string, orderId: string, paidAt: string) =>
    appendEvent(app, tenant, 'order.paid', order(email, orderId, paidAt));

  async function salesmanagoFor(tenant: Tenant, existing?: SalesmanagoFake) {
    const fake = existing ?? (await startSalesmanagoFake());
    if (!existing) fakes.push(fake);
    const created = await connectSalesmanago(app, tenant, fake, { defaultTags: ['TRUSTLOOP'] });
    expect(created.statusCode).toBe(201);
    return { fake, id: (created.json() as { id: string }).id };
  }

  async function runExport(tenant: Tenant, id: string, payload?: Record<string, unknown>) {
    const started = await app.inject({
      method: 'POST',
      url: `/api/v1/connections/${id}/exports`,
      headers: tenant.auth,
      ...(payload ? { payload } : {}),
    });
    expect(started.statusCode, started.body).toBe(202);
    await drainJobs(app);
    const run = started.json() as { id: string };
    const done = await app.inject({
      method: 'GET',
      url: `/api/v1/connections/${id}/exports/${run.id}`,
      headers: tenant.auth,
    });
    return done.json() as {
      status: string;
      total: number;
      choices: Record<string, unknown>;
      phase: string;
      purchases: { sent: number; skipped: number };
    };
  }

  const consent = (tenant: Tenant, email: string, status: 'subscribed' | 'unsubscribed') =>
    appendEvent(app, tenant, 'consent.changed', {
      customerId: `cus_${email}`,
      channelId: tenant.channelId,
      email,
      status,
      previous: 'unknown',
      source: 'shop',
      changedAt: '2026-11-01T10:00:00.000Z',
      doubleOptIn: false,
    });

  const purchases = (fake: SalesmanagoFake) =>
    fake.events
      .filter((event) => event.contactExtEventType === 'PURCHASE')
      .map((event) => event.externalId)
      .sort();

  it('sends only the opted-in (or only the opted-out) contacts, with the extra tags', async () => {
    const tenant = await createTenant(app);
    for (const email of ['in@example.com', 'out@example.com', 'unknown@example.com'])
      await appendEvent(app, tenant, 'customer.upserted', customer(email, '2026-10-01T10:00:00.000Z'));
    await consent(tenant, 'in@example.com', 'subscribed');
    await consent(tenant, 'out@example.com', 'unsubscribed');
    await drainJobs(app);
    const { fake, id } = await salesmanagoFor(tenant);

    const run = await runExport(tenant, id, { consent: 'subscribed', tags: 'SPRING,IMPORT_2026' });
    expect(run).toMatchObject({
      status: 'complete',
      total: 1,
      choices: {
        consent: 'subscribed',
        from: null,
        to: null,
        tags: ['SPRING', 'IMPORT_2026'],
        transactions: false,
      },
    });
    expect([...fake.contacts.keys()]).toEqual(['in@example.com']);
    const opted = fake.contacts.get('in@example.com')!;
    expect(opted.emailOptIn).toBe('opt-in');
    expect([...opted.tags]).toEqual(['TRUSTLOOP', 'SPRING', 'IMPORT_2026']);

    await runExport(tenant, id, { consent: 'unsubscribed', tags: ['OPTOUT'] });
    expect([...fake.contacts.keys()].sort()).toEqual(['in@example.com', 'out@example.com']);
    expect(fake.contacts.get('out@example.com')).toMatchObject({ emailOptIn: 'opt-out' });
    expect([...fake.contacts.get('out@example.com')!.tags]).toEqual(['TRUSTLOOP', 'OPTOUT']);
  });

  it('sends only the contacts first known within the date range, the end date inclusive', async () => {
    const tenant = await createTenant(app);
    const created: Record<string, string> = {
      'before@example.com': '2026-02-28T23:59:59.000Z',
      'first-day@example.com': '2026-03-01T00:00:00.000Z',
      'mid@example.com': '2026-03-15T12:00:00.000Z',
      'last-day@example.com': '2026-03-31T23:30:00.000Z',
      'after@example.com': '2026-04-01T00:00:00.000Z',
    };
    for (const [email, at] of Object.entries(created))
      await appendEvent(app, tenant, 'customer.upserted', customer(email, at));
    await drainJobs(app);
    const { fake, id } = await salesmanagoFor(tenant);
    const run = await runExport(tenant, id, { from: '2026-03-01', to: '2026-03-31' });
    expect(run).toMatchObject({
      status: 'complete',
      total: 3,
      choices: { from: '2026-03-01', to: '2026-03-31' },
    });
    expect([...fake.contacts.keys()].sort()).toEqual([
      'first-day@example.com',
      'last-day@example.com',
      'mid@example.com',
    ]);
  });

  it('sends each past paid order once as a PURCHASE, however often the export runs', async () => {
    const tenant = await createTenant(app);
    await paid(tenant, 'a@example.com', 'ord_a1', '2026-02-01T10:00:00.000Z');
    await paid(tenant, 'a@example.com', 'ord_a2', '2026-05-01T10:00:00.000Z');
    await paid(tenant, 'b@example.com', 'ord_b1', '2026-05-02T10:00:00.000Z');
    await paid(tenant, 'c@example.com', 'ord_c1', '2026-05-03T10:00:00.000Z');
    await appendEvent(app, tenant, 'order.placed', {
      order: { ...order('d@example.com', 'ord_unpaid', '2026-05-03T10:00:00.000Z').order, paidAt: null },
    });
    await paid(tenant, 'd@example.com', 'ord_cancel', '2026-05-04T10:00:00.000Z');
    advance(app, 1000);
    await appendEvent(
      app,
      tenant,
      'order.cancelled',
      order('d@example.com', 'ord_cancel', '2026-05-04T10:00:00.000Z', {
        cancelledAt: '2026-05-05T10:00:00.000Z',
      }),
    );
    await drainJobs(app);
    const { fake, id } = await salesmanagoFor(tenant);

    const first = await runExport(tenant, id, { transactions: true, from: '2026-05-01', tags: 'HISTORY' });
    expect(first).toMatchObject({
      status: 'complete',
      phase: 'transactions',
      purchases: { sent: 3, skipped: 0 },
    });
    expect(purchases(fake)).toEqual(['ord_a2', 'ord_b1', 'ord_c1']);
    const a2 = fake.events.find((event) => event.externalId === 'ord_a2')!;
    expect(a2).toMatchObject({ email: 'a@example.com', value: 100, products: 'SKU-1' });
    expect(a2.date).toBe(Date.parse('2026-05-01T10:00:00.000Z'));
    expect([...fake.contacts.get('c@example.com')!.tags]).toEqual(['TRUSTLOOP', 'HISTORY']);

    const second = await runExport(tenant, id, { transactions: true });
    expect(second.purchases).toEqual({ sent: 1, skipped: 3 });
    const third = await runExport(tenant, id, { transactions: true });
    expect(third.purchases).toEqual({ sent: 0, skipped: 4 });
    expect(purchases(fake)).toEqual(['ord_a1', 'ord_a2', 'ord_b1', 'ord_c1']);
  });

  it('sends only the orders of buyers in the chosen consent state', async () => {
    const tenant = await createTenant(app);
    await paid(tenant, 'in@example.com', 'ord_in', '2026-05-01T10:00:00.000Z');
    await paid(tenant, 'out@example.com', 'ord_out', '2026-05-01T10:00:00.000Z');
    await consent(tenant, 'in@example.com', 'subscribed');
    await consent(tenant, 'out@example.com', 'unsubscribed');
    await drainJobs(app);
    const { fake, id } = await salesmanagoFor(tenant);
    await runExport(tenant, id, { transactions: true, consent: 'subscribed' });
    expect(purchases(fake)).toEqual(['ord_in']);
    expect([...fake.contacts.keys()]).toEqual(['in@example.com']);
  });

  it('never sends a purchase twice whether the live order.paid or the export comes first', async () => {
    const tenant = await createTenant(app);
    // Paid before the connection existed: only the export can send it ...
    const early = await paid(tenant, 'early@example.com', 'ord_early', '2026-04-01T10:00:00.000Z');
    await drainJobs(app);
    const { fake, id } = await salesmanagoFor(tenant);
    // ... and this one is paid after: the live delivery sends it.
    await paid(tenant, 'live@example.com', 'ord_live', '2026-04-02T10:00:00.000Z');
    await drainJobs(app);
    expect(purchases(fake)).toEqual(['ord_live']);

    const run = await runExport(tenant, id, { transactions: true });
    expect(run.purchases).toEqual({ sent: 1, skipped: 1 });
    expect(purchases(fake)).toEqual(['ord_early', 'ord_live']);

    // The live delivery of the order the export already sent (a redelivery of its order.paid).
    await app.trustloop.jobs.enqueue(app.trustloop.database.db, {
      kind: 'connectors.deliver',
      accountId: tenant.accountId,
      payload: { connectionId: id, eventId: early.id, eventType: early.type },
    });
    // And a second order.paid event for the live order (a shop webhook delivered again).
    await paid(tenant, 'live@example.com', 'ord_live', '2026-04-02T10:00:00.000Z');
    await drainJobs(app);
    await runExport(tenant, id, { transactions: true });
    expect(purchases(fake)).toEqual(['ord_early', 'ord_live']);
  });

  it('resumes a failed run with the choices it started with and still sends each purchase once', async () => {
    const tenant = await createTenant(app);
    for (const n of [1, 2, 3])
      await appendEvent(
        app,
        tenant,
        'order.paid',
        order(`r${n}@example.com`, `ord_r${n}`, '2026-06-01T10:00:00.000Z'),
      );
    await appendEvent(
      app,
      tenant,
      'customer.upserted',
      customer('nobuy@example.com', '2026-06-01T10:00:00.000Z'),
    );
    await consent(tenant, 'r1@example.com', 'subscribed');
    await consent(tenant, 'r2@example.com', 'subscribed');
    await drainJobs(app);
    const { fake, id } = await salesmanagoFor(tenant);
    fake.failNext(1, { status: 503 }, /addContactExtEvent/);
    const started = await app.inject({
      method: 'POST',
      url: `/api/v1/connections/${id}/exports`,
      headers: tenant.auth,
      payload: { consent: 'subscribed', transactions: true, tags: 'RESUMED' },
    });
    await drainJobs(app);
    expect(purchases(fake)).toEqual([]);
    advance(app, 30 * 60_000);
    await drainJobs(app);
    const run = await app.inject({
      method: 'GET',
      url: `/api/v1/connections/${id}/exports/${(started.json() as { id: string }).id}`,
      headers: tenant.auth,
    });
    expect(run.json()).toMatchObject({
      status: 'complete',
      choices: { consent: 'subscribed', tags: ['RESUMED'], transactions: true },
      purchases: { sent: 2, skipped: 0 },
    });
    expect(purchases(fake)).toEqual(['ord_r1', 'ord_r2']);
    expect([...fake.contacts.keys()].sort()).toEqual(['r1@example.com', 'r2@example.com']);
    expect([...fake.contacts.get('r2@example.com')!.tags]).toEqual(['TRUSTLOOP', 'RESUMED']);
  });

  it('answers bad choices with a 400 naming the field, and starts nothing', async () => {
    const tenant = await createTenant(app);
    const { id } = await salesmanagoFor(tenant);
    const ecomail = await startEcomailFake();
    fakes.push(ecomail);
    const created = await app.inject({
      method: 'POST',
      url: '/api/v1/connections',
      headers: tenant.auth,
      payload: {
        channelId: tenant.channelId,
        connectorId: 'ecomail',
        settings: { apiKey: ecomail.apiKey, listId: '1', baseUrl: ecomail.url },
      },
    });
    const ecomailId = (created.json() as { id: string }).id;
    const cases: Array<[string, Record<string, unknown>, string, RegExp]> = [
      [id, { consent: 'optin' }, '/body/consent', /subscribed \(opt-in\)/],
      [id, { from: 'yesterday' }, '/body/from', /2026-11-23/],
      [id, { from: '2026-02-30' }, '/body/from', /not one/],
      [id, { from: '2026-03-02', to: '2026-03-01' }, '/body/to', /before from/],
      [id, { tags: 'VIP, NEW' }, '/body/tags', /without spaces/],
      [id, { tags: ['VIP', 'bad tag'] }, '/body/tags/1', /space/],
      [id, { tags: 7 }, '/body/tags', /list of tags/],
      [id, { transactions: 'often' }, '/body/transactions', /boolean/],
      [id, { since: '2026-01-01' }, '/body/since', /not a known field/],
      [
        ecomailId,
        { transactions: true },
        '/body/transactions',
        /^Ecomail does not take past transactions in its export$/,
      ],
      [ecomailId, { tags: 'VIP' }, '/body/tags', /^Ecomail does not take extra tags in its export$/],
    ];
    for (const [connectionId, payload, field, message] of cases) {
      const response = await app.inject({
        method: 'POST',
        url: `/api/v1/connections/${connectionId}/exports`,
        headers: tenant.auth,
        payload,
      });
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      const { error } = response.json() as { error: { details: Array<{ field: string; message: string }> } };
      expect(error.details[0]!.field, JSON.stringify(payload)).toBe(field);
      expect(error.details[0]!.message).toMatch(message);
    }
    const plain = await app.inject({
      method: 'POST',
      url: `/api/v1/connections/${ecomailId}/exports`,
      headers: tenant.auth,
      payload: { consent: 'subscribed', from: '2026-01-01T00:00:00Z' },
    });
    expect(plain.statusCode).toBe(202);
  });

  it('a SALESmanago account disconnected and connected again is not sent its past purchases twice', async () => {
    const tenant = await createTenant(app);
    await paid(tenant, 'r@example.com', 'ord_r1', '2026-05-01T10:00:00.000Z');
    await paid(tenant, 'r@example.com', 'ord_r2', '2026-05-02T10:00:00.000Z');
    await drainJobs(app);
    const { fake, id } = await salesmanagoFor(tenant);
    expect(await runExport(tenant, id, { transactions: true })).toMatchObject({ purchases: { sent: 2 } });

    const removed = await app.inject({
      method: 'DELETE',
      url: `/api/v1/connections/${id}`,
      headers: tenant.auth,
    });
    expect(removed.statusCode).toBe(204);
    const again = await salesmanagoFor(tenant, fake);
    expect(again.id).not.toBe(id);
    expect(await runExport(tenant, again.id, { transactions: true })).toMatchObject({
      purchases: { sent: 0, skipped: 2 },
    });
    expect(purchases(fake)).toEqual(['ord_r1', 'ord_r2']);

    // Another SALESmanago account has never had them.
    await app.inject({ method: 'DELETE', url: `/api/v1/connections/${again.id}`, headers: tenant.auth });
    const other = await salesmanagoFor(tenant);
    expect(await runExport(tenant, other.id, { transactions: true })).toMatchObject({
      purchases: { sent: 2 },
    });
    expect(purchases(other.fake)).toEqual(['ord_r1', 'ord_r2']);
  });
});

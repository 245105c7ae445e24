import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CustomerErased, CustomerUpserted } from '../../src/contacts/index.js';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';
import { dialects } from '../support/databases.js';

describe.each(dialects)('contacts: customers on %s', (kind) => {
  let app: TestApp;
  let tenant: Tenant;
  let base: string;
  let seq = 0;
  let email: string;
  const inject = (request: InjectOptions) => app.inject({ ...request, headers: tenant.auth });
  const upsert = (payload: Record<string, unknown>) => inject({ method: 'POST', url: base, payload });
  const events = async (type: string) =>
    (await app.trustloop.jobs.listEvents({ accountId: tenant.accountId, type, limit: 500 })).items;
  const customerEvents = async (address: string) =>
    (await events('customer.upserted')).filter(
      (e) => (e.payload as CustomerUpserted).customer.email === address,
    );
  const listed = async (query = '') => (await inject({ method: 'GET', url: `${base}${query}` })).json().data;

  beforeAll(async () => {
    app = await createTestApp(kind);
    tenant = await createTenant(app);
    base = `/api/v1/channels/${tenant.channelId}/customers`;
  });
  afterAll(() => app.close());
  beforeEach(() => {
    seq += 1;
    email = `customer-${seq}@example.com`;
  });

  it('creates a customer with 201, then updates it with 200, matching the email case-insensitively', async () => {
    const created = await upsert({ email: email.toUpperCase(), firstName: 'Ala', locale: 'pl_PL' });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ email, firstName: 'Ala', locale: 'pl-PL', consent: 'unknown' });
    const updated = await upsert({ email, lastName: 'Nowak' });
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({
      customerId: created.json().customerId,
      firstName: 'Ala',
      lastName: 'Nowak',
    });
  });

  it('appends one customer.upserted for an input delivered twice', async () => {
    const input = { email, firstName: 'Ala', tags: ['vip'], birthday: '--05-17' };
    expect((await upsert(input)).statusCode).toBe(201);
    expect((await upsert(input)).statusCode).toBe(200);
    const appended = await customerEvents(email);
    expect(appended).toHaveLength(1);
    expect(appended[0]!.payload).toMatchObject({ created: true, customer: { email, tags: ['vip'] } });
  });

  it('yields one customer and one event from 20 concurrent upserts of a new email', async () => {
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => upsert({ email, firstName: 'Racer', tags: ['race'] })),
    );
    expect(responses.map((r) => r.statusCode).sort()).toEqual([...Array(19).fill(200), 201]);
    expect(new Set(responses.map((r) => r.json().customerId)).size).toBe(1);
    expect(await listed(`?email=${encodeURIComponent(email)}`)).toHaveLength(1);
    expect(await customerEvents(email)).toHaveLength(1);
  });

  it('matches by external id before email, following an email change at the shop', async () => {
    const first = await upsert({ email, externalId: { platform: 'shopify', id: `70${seq}` } });
    const moved = `moved-${seq}@example.com`;
    const second = await upsert({ email: moved, externalId: { platform: 'shopify', id: `70${seq}` } });
    expect(second.statusCode).toBe(200);
    expect(second.json()).toMatchObject({
      customerId: first.json().customerId,
      email: moved,
      externalIds: { shopify: `70${seq}` },
    });
    expect(await listed(`?email=${encodeURIComponent(email)}`)).toHaveLength(0);
  });

  it("upserts by id alone as upsertCustomer does: no event when unchanged, the stored external ids in a change's event", async () => {
    const contacts = app.trustloop.contacts;
    const db = app.trustloop.database.db;
    const target = { accountId: tenant.accountId, channelId: tenant.channelId, email };
    const created = (
      await upsert({ email, firstName: 'Ala', externalId: { platform: 'shopify', id: `71${seq}` } })
    ).json();
    expect(await contacts.upsertCustomerId(db, { ...target, firstName: 'Ala' })).toEqual({
      customerId: created.customerId,
      created: false,
      changed: false,
    });
    expect(await customerEvents(email)).toHaveLength(1);
    expect(await contacts.upsertCustomerId(db, { ...target, firstName: 'Alicja' })).toEqual({
      customerId: created.customerId,
      created: false,
      changed: true,
    });
    const appended = await customerEvents(email);
    expect(appended).toHaveLength(2);
    expect(appended.find((e) => !(e.payload as CustomerUpserted).created)!.payload).toMatchObject({
      created: false,
      customer: { firstName: 'Alicja', externalIds: { shopify: `71${seq}` } },
    });
  });

  it('keeps the stored email when the external id arrives with an email another customer holds', async () => {
    const other = `other-${seq}@example.com`;
    const holder = (await upsert({ email: other })).json();
    const linked = (await upsert({ email, externalId: { platform: 'woocommerce', id: `w${seq}` } })).json();
    const response = await upsert({
      email: other,
      firstName: 'Ola',
      externalId: { platform: 'woocommerce', id: `w${seq}` },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ customerId: linked.customerId, email, firstName: 'Ola' });
    expect(
      (await inject({ method: 'GET', url: `${base}/${holder.customerId}` })).json().firstName,
    ).toBeNull();
  });

  it('merges tags from every source and gives new customers the channel default tags', async () => {
    const settings = `/api/v1/channels/${tenant.channelId}/contacts-settings`;
    expect(
      (await inject({ method: 'PUT', url: settings, payload: { defaultTags: 'shop,pl' } })).statusCode,
    ).toBe(200);
    try {
      await upsert({ email, tags: ['vip'] });
      const merged = await upsert({ email, tags: ['newsletter', 'vip'] });
      expect(merged.json().tags).toEqual(['shop', 'pl', 'vip', 'newsletter']);
    } finally {
      await inject({ method: 'PUT', url: settings, payload: { defaultTags: '' } });
    }
  });

  it('refuses a bad email, birthday, locale or tag with 400 naming the field, and writes nothing', async () => {
    const before = (await events('customer.upserted')).length;
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ email: 'not-an-email' }, '/body/email'],
      [{ email, birthday: '1990-02-30' }, '/body/birthday'],
      [{ email, birthday: '17.05.1990' }, '/body/birthday'],
      [{ email, locale: 'polish' }, '/body/locale'],
      [{ email, tags: ['vip', 'new one'] }, '/body/tags/1'],
      [{ email, registeredAt: 'yesterday' }, '/body/registeredAt'],
      [{ email, nickname: 'x' }, '/body/nickname'],
    ];
    for (const [payload, field] of cases) {
      const response = await upsert(payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json().error.code).toBe('validation_failed');
      expect(response.json().error.details[0].field, JSON.stringify(payload)).toBe(field);
    }
    expect(await listed(`?email=${encodeURIComponent(email)}`)).toHaveLength(0);
    expect(await events('customer.upserted')).toHaveLength(before);
  });

  it('edits a customer with PATCH, replacing tags and clearing with null', async () => {
    const created = (await upsert({ email, phone: '+48 600', tags: ['a', 'b'] })).json();
    const patched = await inject({
      method: 'PATCH',
      url: `${base}/${created.customerId}`,
      payload: { phone: null, tags: ['c'], firstName: 'Ola' },
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ phone: null, tags: ['c'], firstName: 'Ola' });
    const refused = await inject({
      method: 'PATCH',
      url: `${base}/${created.customerId}`,
      payload: { tags: ['a b'] },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details[0].field).toBe('/body/tags/0');
  });

  it('answers 409 when an edit gives a customer the email of another', async () => {
    const taken = `taken-${seq}@example.com`;
    await upsert({ email: taken });
    const created = (await upsert({ email })).json();
    const response = await inject({
      method: 'PATCH',
      url: `${base}/${created.customerId}`,
      payload: { email: taken },
    });
    expect(response.statusCode).toBe(409);
    expect((await inject({ method: 'GET', url: `${base}/${created.customerId}` })).json().email).toBe(email);
  });

  it('lists customers newest first by cursor, filtered by email prefix, tag and consent', async () => {
    const prefix = `list-${seq}-`;
    for (const n of [1, 2, 3]) {
      await upsert({
        email: `${prefix}${n}@example.com`,
        tags: n === 2 ? ['odd_one'] : ['even'],
        ...(n === 3 ? { consent: { status: 'subscribed' } } : {}),
      });
    }
    const first = await inject({ method: 'GET', url: `${base}?email=${prefix.toUpperCase()}&limit=2` });
    expect(first.json().data).toHaveLength(2);
    const rest = await inject({
      method: 'GET',
      url: `${base}?email=${prefix}&limit=2&cursor=${first.json().nextCursor}`,
    });
    expect(rest.json().nextCursor).toBeUndefined();
    const all = [...first.json().data, ...rest.json().data].map((c: { email: string }) => c.email);
    expect(all.sort()).toEqual([1, 2, 3].map((n) => `${prefix}${n}@example.com`));
    expect((await listed(`?email=${prefix}&tag=odd_one`)).map((c: { email: string }) => c.email)).toEqual([
      `${prefix}2@example.com`,
    ]);
    expect(await listed(`?email=${prefix}&tag=odd-one`)).toHaveLength(0);
    expect(
      (await listed(`?email=${prefix}&consent=subscribed`)).map((c: { email: string }) => c.email),
    ).toEqual([`${prefix}3@example.com`]);
  });

  it('erases a customer: personal data gone, a record without the email kept, customer.erased appended', async () => {
    const created = (
      await upsert({ email, firstName: 'Ala', externalId: { platform: 'shopify', id: `er${seq}` } })
    ).json();
    const erased = await inject({ method: 'DELETE', url: `${base}/${created.customerId}` });
    expect(erased.statusCode).toBe(204);
    expect((await inject({ method: 'GET', url: `${base}/${created.customerId}` })).statusCode).toBe(404);
    expect(
      await app.trustloop.contacts.exportCustomer(tenant.accountId, tenant.channelId, email),
    ).toBeUndefined();
    const byExternalId = await app.trustloop.contacts.findCustomer(tenant.accountId, tenant.channelId, {
      externalId: { platform: 'shopify', id: `er${seq}` },
    });
    expect(byExternalId).toBeUndefined();
    const erasedEvents = (await events('customer.erased')).filter(
      (e) => (e.payload as CustomerErased).customerId === created.customerId,
    );
    expect(erasedEvents.map((e) => e.payload)).toEqual([
      { channelId: tenant.channelId, email, customerId: created.customerId, reason: 'admin' },
    ]);
    const db = app.trustloop.database.db as import('kysely').Kysely<
      import('../../src/contacts/contacts.tables.js').ContactsTables
    >;
    const records = await db
      .selectFrom('customer_erasures')
      .selectAll()
      .where('customer_id', '=', created.customerId)
      .execute();
    expect(records).toHaveLength(1);
    expect(JSON.stringify(records)).not.toContain(email);
  });

  it('appends nothing when an email already erased is erased again', async () => {
    const request = {
      accountId: tenant.accountId,
      channelId: tenant.channelId,
      email,
      reason: 'gdpr_request' as const,
    };
    await upsert({ email });
    const db = app.trustloop.database.db;
    expect(await app.trustloop.contacts.eraseCustomer(db, request)).toMatchObject({ erased: true });
    expect(await app.trustloop.contacts.eraseCustomer(db, request)).toEqual({
      erased: false,
      customerId: null,
    });
    expect(
      (await events('customer.erased')).filter((e) => (e.payload as CustomerErased).email === email),
    ).toHaveLength(1);
  });

  it('exports everything stored about a customer', async () => {
    const created = (
      await upsert({ email, firstName: 'Ala', tags: ['vip'], consent: { status: 'subscribed' } })
    ).json();
    const response = await inject({ method: 'GET', url: `${base}/${created.customerId}/export` });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      customer: { email, firstName: 'Ala', tags: ['vip'], consent: 'subscribed' },
      consentHistory: [{ status: 'subscribed', previous: 'unknown', source: 'api' }],
    });
  });

  it("answers 404 for another account's channel and customer", async () => {
    const other = await createTenant(app, 'Other');
    const created = (await upsert({ email })).json();
    const asOther = (request: InjectOptions) => app.inject({ ...request, headers: other.auth });
    expect((await asOther({ method: 'GET', url: base })).statusCode).toBe(404);
    expect((await asOther({ method: 'GET', url: `${base}/${created.customerId}` })).statusCode).toBe(404);
    const ownChannel = `/api/v1/channels/${other.channelId}/customers/${created.customerId}`;
    expect((await asOther({ method: 'GET', url: ownChannel })).statusCode).toBe(404);
    expect((await asOther({ method: 'POST', url: base, payload: { email } })).statusCode).toBe(404);
  });
});

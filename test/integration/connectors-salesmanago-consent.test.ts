import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/platform/clock.js';
import { drainJobs } from '../contract/contract-fixtures.js';
import { type SalesmanagoFake, startSalesmanagoFake } from '../fakes/salesmanago/salesmanago.fake.js';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';
import { dialects } from '../support/databases.js';
import { connectSalesmanago } from '../support/salesmanago-connection.js';
import { connectShopify, sendShopify, shopifyCustomer } from '../support/shop-payloads.js';

const EMAIL = 'ala@example.pl';
/** shopifyCustomer() registers at 10:14 Warsaw time (09:14 UTC). */
const REGISTERED = '2026-03-02T10:14:00+01:00';

/** Shopify's email consent as it reports it at `at` (Warsaw time). */
const marketing = (state: string, at: string) => ({
  email_marketing_consent: { state, opt_in_level: 'single_opt_in', consent_updated_at: at },
});

describe.each(dialects)('SALESmanago consent fetched at registration (seed 001 §6 [6]) on %s', (kind) => {
  let app: TestApp;
  let tenant: Tenant;
  let fake: SalesmanagoFake;
  const fakes: SalesmanagoFake[] = [];

  beforeAll(async () => {
    app = await createTestApp(kind, { clock: new ManualClock('2026-03-02T09:15:00.000Z') });
  });
  afterAll(async () => {
    await Promise.all(fakes.map((f) => f.close()));
    await app.close();
  });
  beforeEach(async () => {
    tenant = await createTenant(app);
    await connectShopify(app, tenant);
    fake = await startSalesmanagoFake();
    fakes.push(fake);
  });

  async function connect(extra: Record<string, unknown> = {}) {
    const created = await connectSalesmanago(app, tenant, fake, extra);
    expect(created.statusCode, created.body).toBe(201);
    return created.json() as { id: string; settings: Record<string, unknown> };
  }

  /** The shop reports the customer; the clock stands a minute after what the shop says. */
  async function shop(topic: string, overrides: Record<string, unknown>) {
    const updated = (overrides['updated_at'] as string | undefined) ?? REGISTERED;
    (app.clock as ManualClock).set(new Date(Date.parse(updated) + 60_000));
    const response = await sendShopify(app, tenant, { topic, payload: shopifyCustomer(overrides) });
    expect(response.statusCode, response.body).toBe(200);
    await drainJobs(app);
  }

  const customer = () =>
    app.trustloop.contacts.findCustomer(tenant.accountId, tenant.channelId, { email: EMAIL });
  const lastChange = async () => {
    const found = await customer();
    const history = await app.trustloop.contacts.consentHistory(
      tenant.accountId,
      tenant.channelId,
      found!.customerId,
    );
    return history.at(-1);
  };
  const optOutsSent = () =>
    fake.requests.filter(
      (r) => r.path === '/api/contact/upsert' && (r.body as Record<string, unknown>)['forceOptOut'] === true,
    ).length;
  const asked = () => fake.requests.filter((r) => r.path === '/api/contact/basic').length;

  it('keeps a contact opted in in SALESmanago who registers without the box ticked; an opt-out within 15 minutes is not sent, a later one is', async () => {
    fake.addContact(EMAIL, 'opt-in');
    const connection = await connect();
    expect(connection.settings['fetchConsent']).toBe(true);

    await shop('customers/create', marketing('unsubscribed', REGISTERED));
    expect(asked()).toBeGreaterThan(0);
    expect(fake.contacts.get(EMAIL)?.emailOptIn).toBe('opt-in');
    expect(optOutsSent()).toBe(0);
    expect((await customer())?.consent).toBe('subscribed');
    expect(await lastChange()).toMatchObject({ status: 'subscribed', source: 'esp' });

    // Ten minutes after registering: the shop's opt-out gives way to the opt-in SALESmanago holds.
    await shop('customers/update', {
      updated_at: '2026-03-02T10:24:00+01:00',
      ...marketing('unsubscribed', '2026-03-02T10:24:00+01:00'),
    });
    expect(fake.contacts.get(EMAIL)?.emailOptIn).toBe('opt-in');
    expect(optOutsSent()).toBe(0);
    expect((await customer())?.consent).toBe('subscribed');

    // Twenty minutes after: a real opt-out, sent as forceOptOut.
    await shop('customers/update', {
      updated_at: '2026-03-02T10:34:00+01:00',
      ...marketing('unsubscribed', '2026-03-02T10:34:00+01:00'),
    });
    expect(optOutsSent()).toBe(1);
    expect(fake.contacts.get(EMAIL)?.emailOptIn).toBe('opt-out');
    expect((await customer())?.consent).toBe('unsubscribed');
    expect(await lastChange()).toMatchObject({ status: 'unsubscribed', source: 'shop' });
  });

  it('takes the SALESmanago opt-in when the shop reports no consent at registration', async () => {
    fake.addContact(EMAIL, 'opt-in');
    await connect();
    await shop('customers/create', marketing('not_subscribed', REGISTERED));
    expect((await customer())?.consent).toBe('subscribed');
    expect(await lastChange()).toMatchObject({ status: 'subscribed', source: 'esp' });
    expect(fake.contacts.get(EMAIL)?.emailOptIn).toBe('opt-in');
  });

  it('sends the shop opt-out of a contact SALESmanago does not hold as opted in', async () => {
    fake.addContact('ala@example.pl', 'opt-out');
    await connect();
    await shop('customers/create', marketing('unsubscribed', REGISTERED));
    expect(asked()).toBeGreaterThan(0);
    expect((await customer())?.consent).toBe('unsubscribed');
    expect(optOutsSent()).toBe(1);
  });

  it('keeps an opt-out given through the API when the customer is created, and sends it', async () => {
    fake.addContact(EMAIL, 'opt-in');
    await connect();
    const created = await app.inject({
      method: 'POST',
      url: `/api/v1/channels/${tenant.channelId}/customers`,
      headers: tenant.auth,
      payload: { email: EMAIL, consent: { status: 'unsubscribed' } },
    });
    expect(created.statusCode, created.body).toBe(201);
    await drainJobs(app);
    expect((await customer())?.consent).toBe('unsubscribed');
    expect(fake.contacts.get(EMAIL)?.emailOptIn).toBe('opt-out');
  });

  it('asks nothing when the connection switches the fetch off, and the shop opt-out is sent', async () => {
    fake.addContact(EMAIL, 'opt-in');
    const connection = await connect({ fetchConsent: false });
    expect(connection.settings['fetchConsent']).toBe(false);
    await shop('customers/create', marketing('unsubscribed', REGISTERED));
    expect(asked()).toBe(0);
    expect((await customer())?.consent).toBe('unsubscribed');
    expect(fake.contacts.get(EMAIL)?.emailOptIn).toBe('opt-out');
  });
});

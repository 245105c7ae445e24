import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ConsentChanged } from '../../src/contacts/index.js';
import { ManualClock } from '../../src/platform/clock.js';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';
import { dialects } from '../support/databases.js';

const MINUTE = 60_000;

describe.each(dialects)('contacts: consent on %s', (kind) => {
  let app: TestApp;
  let clock: ManualClock;
  let tenant: Tenant;
  let base: string;
  let seq = 0;
  let email: string;
  const inject = (request: InjectOptions) => app.inject({ ...request, headers: tenant.auth });
  const consentEvents = async (address: string) =>
    (
      await app.trustloop.jobs.listEvents({
        accountId: tenant.accountId,
        type: 'consent.changed',
        limit: 500,
      })
    ).items
      .filter((e) => (e.payload as ConsentChanged).email === address)
      .sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
  const create = async (payload: Record<string, unknown> = {}) =>
    (await inject({ method: 'POST', url: base, payload: { email, ...payload } })).json() as {
      customerId: string;
    };
  const postConsent = (customerId: string, payload: Record<string, unknown>) =>
    inject({ method: 'POST', url: `${base}/${customerId}/consent`, payload });
  const change = (
    status: 'subscribed' | 'unsubscribed' | 'pending',
    source: 'shop' | 'esp',
    changedAt: Date,
  ) =>
    app.trustloop.contacts.changeConsent(app.trustloop.database.db, {
      accountId: tenant.accountId,
      channelId: tenant.channelId,
      email,
      status,
      source,
      changedAt: changedAt.toISOString(),
    });

  beforeAll(async () => {
    clock = new ManualClock('2026-03-02T10:00:00.000Z');
    app = await createTestApp(kind, { clock });
    tenant = await createTenant(app);
    base = `/api/v1/channels/${tenant.channelId}/customers`;
  });
  afterAll(() => app.close());
  beforeEach(() => {
    seq += 1;
    email = `consent-${seq}@example.com`;
    clock.advance(24 * 60 * MINUTE);
  });

  it('records a change with its source and time as an event and in the history', async () => {
    const { customerId } = await create();
    const changedAt = new Date(clock.now().getTime() - MINUTE).toISOString();
    const response = await postConsent(customerId, { status: 'subscribed', changedAt });
    expect(response.json()).toEqual({ applied: true, status: 'subscribed', customerId });
    expect((await consentEvents(email)).map((e) => e.payload)).toEqual([
      {
        customerId,
        channelId: tenant.channelId,
        email,
        status: 'subscribed',
        previous: 'unknown',
        source: 'api',
        changedAt,
        doubleOptIn: false,
        registeredAt: null,
      },
    ]);
    const history = await inject({ method: 'GET', url: `${base}/${customerId}/consent-history` });
    expect(history.json().data).toMatchObject([
      {
        status: 'subscribed',
        previous: 'unknown',
        source: 'api',
        changedAt,
        recordedAt: clock.now().toISOString(),
      },
    ]);
  });

  it('takes the time of the request when the change names none', async () => {
    const { customerId } = await create();
    await postConsent(customerId, { status: 'unsubscribed', source: 'admin' });
    expect((await consentEvents(email))[0]!.payload).toMatchObject({
      source: 'admin',
      changedAt: clock.now().toISOString(),
    });
  });

  it('ignores an older change that arrives after a newer one, with no event', async () => {
    const { customerId } = await create();
    const now = clock.now().getTime();
    await postConsent(customerId, {
      status: 'unsubscribed',
      changedAt: new Date(now - MINUTE).toISOString(),
    });
    const late = await postConsent(customerId, {
      status: 'subscribed',
      changedAt: new Date(now - 5 * MINUTE).toISOString(),
    });
    expect(late.json()).toEqual({
      applied: false,
      reason: 'older_than_current',
      status: 'unsubscribed',
      customerId,
    });
    expect(await consentEvents(email)).toHaveLength(1);
  });

  it('treats a change to the status already held as a no-op with no event', async () => {
    const { customerId } = await create();
    await postConsent(customerId, { status: 'subscribed' });
    clock.advance(MINUTE);
    const again = await postConsent(customerId, { status: 'subscribed' });
    expect(again.json()).toMatchObject({ applied: false, reason: 'no_change', status: 'subscribed' });
    expect(await consentEvents(email)).toHaveLength(1);
  });

  it('confirms a double opt-in: pending, then subscribed, flagged as double opt-in', async () => {
    const { customerId } = await create();
    await postConsent(customerId, { status: 'pending' });
    clock.advance(MINUTE);
    await postConsent(customerId, { status: 'subscribed' });
    const payloads = (await consentEvents(email)).map((e) => e.payload as ConsentChanged);
    expect(payloads.map((p) => [p.previous, p.status, p.doubleOptIn])).toEqual([
      ['unknown', 'pending', false],
      ['pending', 'subscribed', true],
    ]);
  });

  it('refuses a consent time in the future, naming the field, and writes nothing', async () => {
    const { customerId } = await create();
    const response = await postConsent(customerId, {
      status: 'subscribed',
      changedAt: new Date(clock.now().getTime() + 60 * MINUTE).toISOString(),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0].field).toBe('/body/changedAt');
    expect(await consentEvents(email)).toHaveLength(0);
  });

  it('refuses a shop source on the admin route', async () => {
    const { customerId } = await create();
    const response = await postConsent(customerId, { status: 'unsubscribed', source: 'shop' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0].field).toBe('/body/source');
  });

  describe('the 15-minute rule', () => {
    let registeredAt: Date;
    beforeEach(async () => {
      registeredAt = clock.now();
      await create({ registeredAt: registeredAt.toISOString() });
      await change('subscribed', 'esp', new Date(registeredAt.getTime() - 30 * 24 * 60 * MINUTE));
    });

    it('keeps the ESP opt-in against a shop opt-out 14:59 after registration', async () => {
      clock.advance(14 * MINUTE + 59_000);
      const result = await change('unsubscribed', 'shop', clock.now());
      expect(result).toMatchObject({ applied: false, reason: 'protected_opt_in', status: 'subscribed' });
      expect(await app.trustloop.contacts.getConsent(tenant.channelId, email)).toBe('subscribed');
      expect(await consentEvents(email)).toHaveLength(1);
    });

    it('applies a shop opt-out 15:00 after registration', async () => {
      clock.advance(15 * MINUTE);
      const result = await change('unsubscribed', 'shop', clock.now());
      expect(result).toMatchObject({ applied: true, status: 'unsubscribed' });
      expect(await app.trustloop.contacts.getConsent(tenant.channelId, email)).toBe('unsubscribed');
    });

    it('applies a shop opt-out 15:01 after registration, as an event from the shop', async () => {
      clock.advance(15 * MINUTE + 1_000);
      await change('unsubscribed', 'shop', clock.now());
      const last = (await consentEvents(email)).at(-1)!.payload as ConsentChanged;
      expect(last).toMatchObject({ status: 'unsubscribed', previous: 'subscribed', source: 'shop' });
    });
  });

  it('keeps the ESP opt-in when the early shop opt-out arrived first', async () => {
    const registeredAt = clock.now();
    await create({ registeredAt: registeredAt.toISOString() });
    await change('unsubscribed', 'shop', new Date(registeredAt.getTime() + 2 * MINUTE));
    const late = await change('subscribed', 'esp', new Date(registeredAt.getTime() - 60 * MINUTE));
    expect(late).toMatchObject({ applied: true, status: 'subscribed' });
    const redelivered = await change('unsubscribed', 'shop', new Date(registeredAt.getTime() + 2 * MINUTE));
    expect(redelivered).toMatchObject({ applied: false, reason: 'protected_opt_in' });
  });

  it('creates the customer when consent arrives for an unknown email', async () => {
    const result = await change('unsubscribed', 'esp', clock.now());
    expect(result).toMatchObject({ applied: true, status: 'unsubscribed' });
    const found = await app.trustloop.contacts.findCustomer(tenant.accountId, tenant.channelId, { email });
    expect(found).toMatchObject({ customerId: result.customerId, consent: 'unsubscribed' });
  });

  it('answers unknown for an email never seen', async () => {
    expect(await app.trustloop.contacts.getConsent(tenant.channelId, 'nobody@example.com')).toBe('unknown');
  });

  it('applies consent carried by a customer upsert and appends nothing when it is delivered again', async () => {
    const input = {
      accountId: tenant.accountId,
      channelId: tenant.channelId,
      email,
      firstName: 'Ala',
      consent: {
        status: 'subscribed' as const,
        source: 'shop' as const,
        changedAt: clock.now().toISOString(),
      },
    };
    const db = app.trustloop.database.db;
    expect(await app.trustloop.contacts.upsertCustomer(db, input)).toMatchObject({
      created: true,
      changed: true,
    });
    expect(await app.trustloop.contacts.upsertCustomer(db, input)).toMatchObject({
      created: false,
      changed: false,
    });
    expect(await consentEvents(email)).toHaveLength(1);
  });

  describe('contacts settings', () => {
    const url = () => `/api/v1/channels/${tenant.channelId}/contacts-settings`;

    it('stores default tags given as a comma-separated list', async () => {
      const saved = await inject({
        method: 'PUT',
        url: url(),
        payload: { defaultTags: 'vip,newsletter,pl' },
      });
      expect(saved.json()).toMatchObject({ defaultTags: 'vip,newsletter,pl' });
      expect((await inject({ method: 'GET', url: url() })).json().defaultTags).toBe('vip,newsletter,pl');
    });

    it('refuses a tag list with a space after a comma, saying where', async () => {
      await inject({ method: 'PUT', url: url(), payload: { defaultTags: 'kept' } });
      const refused = await inject({ method: 'PUT', url: url(), payload: { defaultTags: 'vip, new' } });
      expect(refused.statusCode).toBe(400);
      expect(refused.json().error).toMatchObject({
        code: 'validation_failed',
        details: [
          {
            field: '/body/defaultTags',
            message:
              '"vip, new": a space follows the comma at position 4; write tags separated by commas without spaces',
          },
        ],
      });
      expect((await inject({ method: 'GET', url: url() })).json().defaultTags).toBe('kept');
    });
  });
});

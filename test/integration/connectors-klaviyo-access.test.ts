import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/platform/clock.js';
import { appendEvent, drainJobs, pointsCredited } from '../contract/contract-fixtures.js';
import { type KlaviyoFake, startKlaviyoFake } from '../fakes/klaviyo/klaviyo.fake.js';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';
import { dialects } from '../support/databases.js';

/** Scopes a private key created with "Read-only" access holds for what Trustloop calls. */
const READ_ONLY = ['accounts:read', 'lists:read', 'profiles:read', 'events:read', 'subscriptions:read'];
const FULL = [...READ_ONLY, 'lists:write', 'profiles:write', 'events:write', 'subscriptions:write'];

/** M1: a Klaviyo key without the write access Trustloop needs, at connect time and later. */
describe.each(dialects)('Klaviyo key access on %s', (kind) => {
  let app: TestApp;
  let tenant: Tenant;
  let fake: KlaviyoFake;

  beforeAll(async () => {
    app = await createTestApp(kind, { clock: new ManualClock(new Date()) });
  });
  afterAll(() => app.close());
  afterEach(() => fake?.close());

  async function given(scopes: readonly string[]) {
    fake = await startKlaviyoFake({ rateLimits: false, scopes });
    tenant = await createTenant(app);
    return { publicKey: fake.publicKey, privateKey: fake.privateKey, baseUrl: fake.url };
  }
  const connect = (settings: Record<string, unknown>) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/connections',
      headers: tenant.auth,
      payload: { channelId: tenant.channelId, connectorId: 'klaviyo', settings },
    });
  const health = async (id: string) =>
    (
      await app.inject({ method: 'GET', url: `/api/v1/connections/${id}/health`, headers: tenant.auth })
    ).json();

  it('refuses at connect time a read-only key, naming the missing write access, and writes nothing to Klaviyo', async () => {
    const settings = await given(READ_ONLY);
    const response = await connect(settings);
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({
      error: { code: 'unprocessable', details: [{ field: '/body/settings/privateKey' }] },
    });
    expect(response.json().error.message).toContain('profiles:write');
    // Coded, so the admin words it in the merchant's language with the access named as Klaviyo does.
    expect(response.json().error.details[0]).toMatchObject({
      code: 'klaviyo.missingAccess',
      params: { scopes: 'profiles:write' },
    });
    expect(fake.state.profiles.size + fake.state.events.length).toBe(0);
    const list = await app.inject({ method: 'GET', url: '/api/v1/connections', headers: tenant.auth });
    expect(list.json()).toEqual({ connections: [] });
  });

  it('names the consent access a key lacks when it can write profiles and events but not subscriptions', async () => {
    const settings = await given(FULL.filter((scope) => scope !== 'subscriptions:write'));
    const response = await connect(settings);
    expect(response.statusCode).toBe(422);
    expect(response.json().error.message).toContain('subscriptions:write');
  });

  it('a key that loses write access later: unhealthy with the access named, deliveries wait, fixing the key delivers them all', async () => {
    const settings = await given(FULL);
    const created = await connect(settings);
    expect(created.statusCode, created.body).toBe(201);
    const id = (created.json() as { id: string }).id;

    // The merchant replaces the key's access in Klaviyo with read-only.
    fake.addKey(fake.privateKey, READ_ONLY);
    await appendEvent(app, tenant, 'points.credited', pointsCredited('first@example.pl', 10, 10));
    await drainJobs(app);
    const unhealthy = await health(id);
    expect(unhealthy.status).toBe('auth_invalid');
    expect(unhealthy.lastError).toContain('profiles:write');

    // While unhealthy, new events still wait for the connection (and Klaviyo is not called).
    const calls = fake.requests.length;
    await appendEvent(app, tenant, 'points.credited', pointsCredited('second@example.pl', 20, 20));
    await drainJobs(app);
    expect(fake.requests.length).toBe(calls);
    expect((await health(id)).counts.dead).toBe(2);

    fake.addKey('pk_fixed_0123456789', FULL);
    const fixed = await app.inject({
      method: 'PATCH',
      url: `/api/v1/connections/${id}`,
      headers: tenant.auth,
      payload: { settings: { privateKey: 'pk_fixed_0123456789' } },
    });
    expect(fixed.json()).toMatchObject({ status: 'active', lastError: null });
    await drainJobs(app);
    expect(fake.state.profileByEmail('first@example.pl')?.properties['trustloop_points']).toBe(10);
    expect(fake.state.profileByEmail('second@example.pl')?.properties['trustloop_points']).toBe(20);
    expect(await health(id)).toMatchObject({ status: 'active', counts: { dead: 0 } });
  });
});

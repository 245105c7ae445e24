import type { Kysely } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/platform/clock.js';
import { appendEvent, deliveryJobs, drainJobs, pointsCredited } from '../contract/contract-fixtures.js';
import { type KlaviyoFake, startKlaviyoFake } from '../fakes/klaviyo/klaviyo.fake.js';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';
import { dialects } from '../support/databases.js';

describe.each(dialects)('the connectors admin API on %s', (kind) => {
  let app: TestApp;
  let tenant: Tenant;
  let fake: KlaviyoFake;

  beforeAll(async () => {
    app = await createTestApp(kind, { clock: new ManualClock(new Date()) });
  });
  afterAll(() => app.close());
  afterEach(() => fake?.close());

  async function given(options: Parameters<typeof startKlaviyoFake>[0] = {}) {
    fake = await startKlaviyoFake({ rateLimits: false, ...options });
    tenant = await createTenant(app);
    return { publicKey: fake.publicKey, privateKey: fake.privateKey, baseUrl: fake.url };
  }
  const connect = (settings: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/connections',
      headers: tenant.auth,
      payload: { channelId: tenant.channelId, connectorId: 'klaviyo', settings, ...extra },
    });

  it('describes each connector with its settings form, secret fields marked, and capabilities as data', async () => {
    await given();
    const response = await app.inject({ method: 'GET', url: '/api/v1/connectors', headers: tenant.auth });
    const { connectors } = response.json() as {
      connectors: Array<{
        id: string;
        settings: Array<{ key: string; secret: boolean }>;
        capabilities: Record<string, unknown>;
      }>;
    };
    expect(connectors.map((c) => c.id)).toEqual(['klaviyo', 'ecomail', 'salesmanago', 'webhooks']);
    const klaviyo = connectors[0]!;
    expect(klaviyo.settings.filter((f) => f.secret).map((f) => f.key)).toEqual(['privateKey']);
    expect(klaviyo.capabilities).toMatchObject({ bulkExport: { batchSize: 10_000 }, consent: true });
    expect(connectors[3]!.capabilities['bulkExport']).toBe(false);
  });

  it('says the private key lacks Accounts read access when it does, and stores nothing', async () => {
    const settings = await given();
    fake.addKey('pk_without_accounts', ['profiles:write', 'events:write']);
    const response = await connect({ ...settings, privateKey: 'pk_without_accounts' });
    expect(response.statusCode).toBe(422);
    expect((response.json() as { error: { message: string } }).error.message).toBe(
      'Klaviyo: the private key lacks Accounts read access',
    );
    expect(
      (await app.inject({ method: 'GET', url: '/api/v1/connections', headers: tenant.auth })).json(),
    ).toEqual({ connections: [] });
  });

  it('says which key is wrong when the public key belongs to another account, and when the list is gone', async () => {
    const settings = await given();
    const wrongPublic = await connect({ ...settings, publicKey: 'XyZ999' });
    expect(
      (wrongPublic.json() as { error: { details: Array<{ field: string }> } }).error.details[0]!.field,
    ).toBe('/body/settings/publicKey');
    const noList = await connect({ ...settings, listId: 'Gone12' });
    expect(noList.statusCode).toBe(422);
    expect(noList.json()).toMatchObject({
      error: {
        message: 'Klaviyo: the list no longer exists in Klaviyo',
        details: [{ field: '/body/settings/listId' }],
      },
    });
  });

  it('answers 400 naming the setting for an unknown or missing setting', async () => {
    const settings = await given();
    const unknown = await connect({ ...settings, colour: 'red' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ error: { details: [{ field: '/body/settings/colour' }] } });
    const missing = await connect({ publicKey: fake.publicKey, baseUrl: fake.url });
    expect(missing.json()).toMatchObject({ error: { details: [{ field: '/body/settings/privateKey' }] } });
  });

  it('never returns the private key and keeps it sealed, bound to the connection', async () => {
    const settings = await given();
    const created = await connect(settings);
    const id = (created.json() as { id: string }).id;
    for (const body of [
      created.body,
      (await app.inject({ method: 'GET', url: `/api/v1/connections/${id}`, headers: tenant.auth })).body,
    ]) {
      expect(body).not.toContain(fake.privateKey);
      expect(JSON.parse(body)).toMatchObject({
        secretsSet: ['privateKey'],
        settings: { publicKey: fake.publicKey },
      });
    }
    const db = app.trustloop.database.db as Kysely<{
      connector_connections: { id: string; settings: string };
    }>;
    const row = await db
      .selectFrom('connector_connections')
      .select('settings')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.settings).not.toContain(fake.privateKey);
    const sealed = (JSON.parse(row.settings) as { privateKey: string }).privateKey;
    expect(app.trustloop.secrets.open(sealed, `connector:${id}:privateKey`)).toBe(fake.privateKey);
    expect(() => app.trustloop.secrets.open(sealed, 'connector:conn_other:privateKey')).toThrow();
  });

  it('mirrors consent to the Klaviyo list: subscribed adds with consent, unsubscribed removes', async () => {
    const settings = await given();
    const list = fake.state.createList('Newsletter');
    expect((await connect({ ...settings, listId: list.id })).statusCode).toBe(201);
    const consent = (status: string) => ({
      customerId: 'cus_1',
      channelId: tenant.channelId,
      email: 'news@example.com',
      status,
      previous: 'unknown',
      source: 'shop',
      changedAt: new Date().toISOString(),
      doubleOptIn: false,
    });
    await appendEvent(app, tenant, 'consent.changed', consent('subscribed'));
    await drainJobs(app);
    const profile = fake.state.profileByEmail('news@example.com')!;
    expect(profile.consent).toBe('SUBSCRIBED');
    expect(list.members.has(profile.id)).toBe(true);
    await appendEvent(app, tenant, 'consent.changed', consent('unsubscribed'));
    await drainJobs(app);
    expect(profile.consent).toBe('UNSUBSCRIBED');
    expect(list.members.has(profile.id)).toBe(false);
  });

  it('after a revoked key, a corrected key makes the connection active and replays its dead letter', async () => {
    const settings = await given();
    const id = ((await connect(settings)).json() as { id: string }).id;
    fake.revokeKey(fake.privateKey);
    await appendEvent(app, tenant, 'points.credited', pointsCredited('late@example.com'));
    await drainJobs(app);
    const [dead] = await deliveryJobs(app, tenant, 'dead');
    expect(
      (
        await app.inject({ method: 'GET', url: `/api/v1/connections/${id}/health`, headers: tenant.auth })
      ).json(),
    ).toMatchObject({ status: 'auth_invalid' });

    const stillWrong = await app.inject({
      method: 'PATCH',
      url: `/api/v1/connections/${id}`,
      headers: tenant.auth,
      payload: { settings: { privateKey: fake.privateKey } },
    });
    expect(stillWrong.statusCode).toBe(422);
    fake.addKey('pk_new_key_0123456789', '*');
    const fixed = await app.inject({
      method: 'PATCH',
      url: `/api/v1/connections/${id}`,
      headers: tenant.auth,
      payload: { settings: { privateKey: 'pk_new_key_0123456789' } },
    });
    expect(fixed.json()).toMatchObject({ status: 'active', lastError: null });

    // Fixing the key replays what failed on it; a manual replay finds nothing dead any more.
    const replay = await app.inject({
      method: 'POST',
      url: `/api/v1/connections/${id}/dead-letters/${dead!.id}/replay`,
      headers: tenant.auth,
    });
    expect(replay.statusCode).toBe(409);
    await drainJobs(app);
    expect(fake.state.eventsOf('late@example.com', 'Points Credited')).toHaveLength(1);
    expect(
      (
        await app.inject({ method: 'GET', url: `/api/v1/connections/${id}/health`, headers: tenant.auth })
      ).json(),
    ).toMatchObject({ status: 'active', counts: { dead: 0 } });
  });

  it('re-seals connector credentials under a new master key, and they still work', async () => {
    const settings = await given();
    const id = ((await connect(settings)).json() as { id: string }).id;
    const { randomBytes } = await import('node:crypto');
    const { loadConfig } = await import('../../src/platform/config.js');
    const { createTrustloop } = await import('../../src/trustloop.js');
    const rotated = await createTrustloop({
      config: loadConfig({
        DATA_DIR: app.trustloop.config.env.dataDir,
        LOG_LEVEL: 'silent',
        TRUSTLOOP_MASTER_KEY: randomBytes(32).toString('base64'),
        TRUSTLOOP_PREVIOUS_MASTER_KEYS: app.trustloop.config.secrets.masterKey!,
      }),
      clock: app.clock,
      database: app.trustloop.database,
      migrate: false,
    });
    expect(await rotated.rotateSecrets()).toBeGreaterThanOrEqual(2); // the private key and the callback secret
    const db = app.trustloop.database.db as Kysely<{
      connector_connections: { id: string; settings: string };
    }>;
    const row = await db
      .selectFrom('connector_connections')
      .select('settings')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const sealed = (JSON.parse(row.settings) as { privateKey: string }).privateKey;
    expect(rotated.secrets.needsRotation(sealed)).toBe(false);
    expect(rotated.secrets.open(sealed, `connector:${id}:privateKey`)).toBe(fake.privateKey);
  });

  it('disconnecting stops deliveries', async () => {
    const settings = await given();
    const id = ((await connect(settings)).json() as { id: string }).id;
    expect(
      (await app.inject({ method: 'DELETE', url: `/api/v1/connections/${id}`, headers: tenant.auth }))
        .statusCode,
    ).toBe(204);
    await appendEvent(app, tenant, 'points.credited', pointsCredited('after@example.com'));
    await drainJobs(app);
    expect(fake.state.profiles.size).toBe(0);
    expect(
      (await app.inject({ method: 'GET', url: `/api/v1/connections/${id}`, headers: tenant.auth }))
        .statusCode,
    ).toBe(404);
  });
});

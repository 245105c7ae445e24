import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/platform/clock.js';
import { appendEvent, drainJobs, pointsCredited } from '../contract/contract-fixtures.js';
import { type KlaviyoFake, startKlaviyoFake } from '../fakes/klaviyo/klaviyo.fake.js';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';
import { dialects } from '../support/databases.js';

describe.each(dialects)('a connection’s dead letters on %s', (kind) => {
  let app: TestApp;
  let fake: KlaviyoFake;
  let tenant: Tenant;
  let second: Tenant;
  let first: string;
  let other: string;

  beforeAll(async () => {
    app = await createTestApp(kind, { clock: new ManualClock(new Date()) });
    fake = await startKlaviyoFake({ rateLimits: false });
    tenant = await createTenant(app);
    // A second channel of the same account, connected to Klaviyo too: same kind of jobs, same account.
    const channel = await app.trustloop.accounts.channels.create(tenant.accountId, {
      name: 'Shop CZ',
      domain: `cz-${tenant.domain}`,
      defaultLocale: 'cs',
      currency: 'CZK',
      timeZone: 'Europe/Prague',
    });
    second = { ...tenant, channelId: channel.id };
    const settings = { publicKey: fake.publicKey, privateKey: fake.privateKey, baseUrl: fake.url };
    const connect = async (channelId: string) =>
      (
        await app.inject({
          method: 'POST',
          url: '/api/v1/connections',
          headers: tenant.auth,
          payload: { channelId, connectorId: 'klaviyo', settings },
        })
      ).json().id as string;
    first = await connect(tenant.channelId);
    other = await connect(second.channelId);
    // Klaviyo refuses one write for each channel's delivery: a 400 is final, so both die at once.
    for (const [who, email] of [
      [tenant, 'first@example.com'],
      [second, 'other@example.com'],
    ] as const) {
      fake.failNext(1, { status: 400, body: { errors: [{ detail: 'Invalid input.' }] } });
      await appendEvent(app, who, 'points.credited', pointsCredited(email));
      await drainJobs(app);
    }
  });
  afterAll(async () => {
    await fake?.close();
    await app?.close();
  });

  const deadLetters = async (id: string) =>
    (
      await app.inject({ method: 'GET', url: `/api/v1/connections/${id}/dead-letters`, headers: tenant.auth })
    ).json().deadLetters as Array<{ id: string; kind: string }>;

  it('lists only the connection’s own dead letters', async () => {
    expect(await deadLetters(first)).toHaveLength(1);
    expect(await deadLetters(other)).toHaveLength(1);
    expect((await deadLetters(first))[0]!.id).not.toBe((await deadLetters(other))[0]!.id);
  });

  it('refuses a kind that is not a connection’s job, naming the field', async () => {
    const response = await app.inject({
      method: 'POST',
      url: `/api/v1/connections/${first}/dead-letters/replay`,
      headers: tenant.auth,
      payload: { kind: 'invitations.send' },
    });
    expect(response.statusCode).toBe(400);
    expect(JSON.stringify(response.json().error)).toContain('kind');
  });

  it('sends again all of a kind of one connection only: the other connection’s dead letter stays dead', async () => {
    const response = await app.inject({
      method: 'POST',
      url: `/api/v1/connections/${first}/dead-letters/replay`,
      headers: tenant.auth,
      payload: { kind: 'connectors.deliver' },
    });
    expect(response.json()).toEqual({ replayed: 1 });
    await drainJobs(app);
    expect(fake.state.eventsOf('first@example.com', 'Points Credited')).toHaveLength(1);
    expect(fake.state.eventsOf('other@example.com', 'Points Credited')).toHaveLength(0);
    expect(await deadLetters(first)).toHaveLength(0);
    expect(await deadLetters(other)).toHaveLength(1);
  });

  it('replaying the same kind again changes nothing', async () => {
    const again = await app.inject({
      method: 'POST',
      url: `/api/v1/connections/${first}/dead-letters/replay`,
      headers: tenant.auth,
      payload: { kind: 'connectors.deliver' },
    });
    expect(again.json()).toEqual({ replayed: 0 });
    expect(await deadLetters(other)).toHaveLength(1);
  });

  it('another account cannot replay this connection’s dead letters', async () => {
    const stranger = await createTenant(app, 'Stranger');
    const response = await app.inject({
      method: 'POST',
      url: `/api/v1/connections/${other}/dead-letters/replay`,
      headers: stranger.auth,
      payload: { kind: 'connectors.deliver' },
    });
    expect(response.statusCode).toBe(404);
    expect(await deadLetters(other)).toHaveLength(1);
  });
});

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/platform/clock.js';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';
import { dialects } from '../support/databases.js';
import { type ConnectorHarness, harnessFactories } from './connector-harnesses.js';
import { advance, appendEvent, deliveryJobs, drainJobs, pointsCredited } from './contract-fixtures.js';

/**
 * The same scenarios against every connector and its fake, on every database: what M0 promises
 * for any platform (live credential checks, idempotent delivery, Retry-After, retries, dead
 * letters with a clear reason, bulk export or an explicit "not supported").
 */
const cases = dialects.flatMap((kind) =>
  Object.keys(harnessFactories).map((connector) => [kind, connector] as const),
);

describe.each(cases)('on %s, the %s connector', (kind, connectorId) => {
  let app: TestApp;
  let tenant: Tenant;
  let harness: ConnectorHarness;

  beforeAll(async () => {
    app = await createTestApp(kind, { clock: new ManualClock(new Date()) });
  });
  afterAll(() => app.close());
  afterEach(() => harness?.close());

  async function setUp(): Promise<string> {
    // Signed webhooks carry the clock's time and receivers check it against theirs.
    (app.clock as ManualClock).set(new Date());
    harness = await harnessFactories[connectorId]!();
    tenant = await createTenant(app);
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/connections',
      headers: tenant.auth,
      payload: { channelId: tenant.channelId, connectorId, settings: harness.settings },
    });
    expect(response.statusCode, response.body).toBe(201);
    return (response.json() as { id: string }).id;
  }

  const health = async (id: string) =>
    (
      await app.inject({ method: 'GET', url: `/api/v1/connections/${id}/health`, headers: tenant.auth })
    ).json() as {
      status: string;
      lastError: string | null;
      lastSyncAt: string | null;
      counts: { sent: number; dead: number };
    };

  it('connects with good credentials and reports itself healthy', async () => {
    const id = await setUp();
    expect(await health(id)).toMatchObject({ status: 'active', lastError: null, counts: { dead: 0 } });
  });

  it('refuses wrong credentials with a 422 naming the field, and stores nothing', async () => {
    harness = await harnessFactories[connectorId]!();
    tenant = await createTenant(app);
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/connections',
      headers: tenant.auth,
      payload: { channelId: tenant.channelId, connectorId, settings: harness.badCredentials.settings },
    });
    expect(response.statusCode).toBe(422);
    const error = (response.json() as { error: { message: string; details: Array<{ field: string }> } })
      .error;
    expect(error.message).toMatch(harness.badCredentials.message);
    expect(error.details[0]!.field).toBe(harness.badCredentials.field);
    const list = await app.inject({ method: 'GET', url: '/api/v1/connections', headers: tenant.auth });
    expect((list.json() as { connections: unknown[] }).connections).toEqual([]);
  });

  it('pushes the loyalty profile and one tracked event for points credited', async () => {
    const id = await setUp();
    await appendEvent(app, tenant, 'points.credited', pointsCredited('jana@example.com', 50, 120));
    await drainJobs(app);
    expect(harness.pointsOf('jana@example.com')).toBe(120);
    expect(harness.creditEventsOf('jana@example.com')).toBe(1);
    expect((await health(id)).lastSyncAt).not.toBeNull();
  });

  it('delivers a re-run delivery job only once at the platform', async () => {
    const id = await setUp();
    const event = await appendEvent(app, tenant, 'points.credited', pointsCredited('redo@example.com'));
    await drainJobs(app);
    // A worker that crashed after calling the platform runs the same delivery again.
    await app.trustloop.jobs.enqueue(app.trustloop.database.db, {
      kind: 'connectors.deliver',
      accountId: tenant.accountId,
      payload: { connectionId: id, eventId: event.id, eventType: event.type },
    });
    await drainJobs(app);
    expect(harness.creditEventsOf('redo@example.com')).toBe(1);
    expect(harness.profileCount()).toBe(1);
  });

  it('waits exactly Retry-After after a 429, then delivers once', async () => {
    await setUp();
    harness.failNext(1, { status: 429, retryAfter: 2 });
    await appendEvent(app, tenant, 'points.credited', pointsCredited('slow@example.com'));
    await drainJobs(app);
    const [pending] = await deliveryJobs(app, tenant, 'pending');
    expect(new Date(pending!.runAt).getTime() - app.clock.now().getTime()).toBe(2_000);
    expect(harness.pointsOf('slow@example.com')).toBeUndefined();
    advance(app, 1_999);
    expect((await drainJobs(app)).processed).toBe(0);
    advance(app, 1);
    await drainJobs(app);
    expect(harness.pointsOf('slow@example.com')).toBe(120);
    expect(harness.creditEventsOf('slow@example.com')).toBe(1);
  });

  it('retries 500s with backoff and delivers everything exactly once', async () => {
    await setUp();
    harness.failNext(2, { status: 500 });
    await appendEvent(app, tenant, 'points.credited', pointsCredited('flaky@example.com'));
    let retried = 0;
    for (let round = 0; round < 4; round++) {
      retried += (await drainJobs(app)).retried;
      advance(app, 4_000);
    }
    expect(retried).toBe(2);
    expect(await deliveryJobs(app, tenant, 'done')).toHaveLength(1);
    expect(harness.pointsOf('flaky@example.com')).toBe(120);
    expect(harness.creditEventsOf('flaky@example.com')).toBe(1);
  });

  it('dead-letters at once with auth_invalid and a clear message when the credentials are revoked', async () => {
    const id = await setUp();
    harness.revoke();
    await appendEvent(app, tenant, 'points.credited', pointsCredited('revoked@example.com'));
    await drainJobs(app);
    const [dead] = await deliveryJobs(app, tenant, 'dead');
    expect(dead!.attempts).toBe(1);
    expect(dead!.lastError).toMatch(/auth_invalid/);
    const status = await health(id);
    expect(status).toMatchObject({ status: 'auth_invalid', counts: { dead: 1 } });
    expect(status.lastError).toMatch(/refused|revoked|not authenticated|authenticat/i);
    const letters = await app.inject({
      method: 'GET',
      url: `/api/v1/connections/${id}/dead-letters`,
      headers: tenant.auth,
    });
    expect((letters.json() as { deadLetters: Array<{ id: string }> }).deadLetters.map((l) => l.id)).toEqual([
      dead!.id,
    ]);
  });

  it('exports every known profile in bulk, or says explicitly that it cannot', async () => {
    const id = await setUp();
    const descriptor = (
      (await app.inject({ method: 'GET', url: '/api/v1/connectors', headers: tenant.auth })).json() as {
        connectors: Array<{ id: string; capabilities: { bulkExport: false | { batchSize: number } } }>;
      }
    ).connectors.find((c) => c.id === connectorId)!;
    if (descriptor.capabilities.bulkExport === false) {
      const refused = await app.inject({
        method: 'POST',
        url: `/api/v1/connections/${id}/exports`,
        headers: tenant.auth,
      });
      expect(refused.statusCode).toBe(422);
      expect(refused.body).toMatch(/no bulk export/);
      return;
    }
    // Profiles known before the connection existed reach the platform only through the export.
    await app.inject({ method: 'DELETE', url: `/api/v1/connections/${id}`, headers: tenant.auth });
    for (const email of ['a@example.com', 'b@example.com', 'c@example.com']) {
      await appendEvent(app, tenant, 'points.credited', pointsCredited(email, 10, 30));
    }
    await drainJobs(app);
    expect(harness.profileCount()).toBe(0);
    const again = await app.inject({
      method: 'POST',
      url: '/api/v1/connections',
      headers: tenant.auth,
      payload: { channelId: tenant.channelId, connectorId, settings: harness.settings },
    });
    const connectionId = (again.json() as { id: string }).id;
    const run = (
      await app.inject({
        method: 'POST',
        url: `/api/v1/connections/${connectionId}/exports`,
        headers: tenant.auth,
      })
    ).json() as { id: string; total: number };
    expect(run.total).toBe(3);
    await drainJobs(app);
    const progress = await app.inject({
      method: 'GET',
      url: `/api/v1/connections/${connectionId}/exports/${run.id}`,
      headers: tenant.auth,
    });
    expect(progress.json()).toMatchObject({
      status: 'complete',
      total: 3,
      submitted: 3,
      completed: 3,
      failed: 0,
    });
    expect(harness.profileCount()).toBe(3);
    expect(harness.pointsOf('b@example.com')).toBe(30);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendEvent, drainJobs, pointsCredited } from '../contract/contract-fixtures.js';
import { type EcomailFake, startEcomailFake } from '../fakes/ecomail/ecomail.fake.js';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';
import { dialects } from '../support/databases.js';

/** The syncs page (A6) lists each connection's exports with their counts. */
describe.each(dialects)('a connection’s exports listed on %s', (kind) => {
  let app: TestApp;
  let shop: Tenant;
  let fake: EcomailFake;
  let connectionId: string;

  beforeAll(async () => {
    app = await createTestApp(kind);
    shop = await createTenant(app);
    fake = await startEcomailFake();
    for (const email of ['a@example.com', 'b@example.com'])
      await appendEvent(app, shop, 'points.credited', pointsCredited(email, 10, 60));
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
    connectionId = created.json().id;
  });
  afterAll(async () => {
    await fake?.close();
    await app?.close();
  });

  it('lists no export before the first one', async () => {
    const response = await app.inject({
      method: 'GET',
      url: `/api/v1/connections/${connectionId}/exports`,
      headers: shop.auth,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ exports: [] });
  });

  it('lists a finished export with how many contacts it sent and how many failed', async () => {
    const started = await app.inject({
      method: 'POST',
      url: `/api/v1/connections/${connectionId}/exports`,
      headers: shop.auth,
      payload: { consent: 'all' },
    });
    expect(started.statusCode, started.body).toBe(202);
    await drainJobs(app);
    const { exports } = (
      await app.inject({
        method: 'GET',
        url: `/api/v1/connections/${connectionId}/exports`,
        headers: shop.auth,
      })
    ).json();
    expect(exports).toHaveLength(1);
    expect(exports[0]).toMatchObject({
      id: started.json().id,
      status: 'complete',
      total: 2,
      completed: 2,
      failed: 0,
    });
    expect(exports[0].finishedAt).not.toBeNull();
  });

  it('another account cannot list them', async () => {
    const other = await createTenant(app, 'Other');
    const response = await app.inject({
      method: 'GET',
      url: `/api/v1/connections/${connectionId}/exports`,
      headers: other.auth,
    });
    expect(response.statusCode).toBe(404);
  });
});

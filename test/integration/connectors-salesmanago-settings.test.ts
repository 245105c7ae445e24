import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SalesmanagoFake, startSalesmanagoFake } from '../fakes/salesmanago/salesmanago.fake.js';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';
import { dialects } from '../support/databases.js';
import { connectSalesmanago } from '../support/salesmanago-connection.js';

describe.each(dialects)('SALESmanago connection settings on %s', (kind) => {
  let app: TestApp;
  let tenant: Tenant;
  let fake: SalesmanagoFake;

  beforeAll(async () => {
    app = await createTestApp(kind);
    tenant = await createTenant(app);
    fake = await startSalesmanagoFake();
  });
  afterAll(async () => {
    await fake.close();
    await app.close();
  });

  const connect = (defaultTags: unknown) => connectSalesmanago(app, tenant, fake, { defaultTags });

  it('takes default tags as "A,B" (seed 001: comma-separated, no spaces) or as a list', async () => {
    const created = await connect('TRUSTLOOP,VIP');
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ settings: { defaultTags: ['TRUSTLOOP', 'VIP'] } });
  });

  const connectionCount = async () =>
    (
      (await app.inject({ method: 'GET', url: '/api/v1/connections', headers: tenant.auth })).json() as {
        connections: unknown[];
      }
    ).connections.length;

  it('refuses default tags with a space, naming the setting, and saves no connection', async () => {
    const before = await connectionCount();
    const refused = await connect('TRUSTLOOP, VIP');
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ error: { details: [{ field: 'settings.defaultTags' }] } });
    const listed = await connect(['TRUSTLOOP', 'my tag']);
    expect(listed.statusCode).toBe(400);
    expect(listed.json()).toMatchObject({ error: { details: [{ field: 'settings.defaultTags[1]' }] } });
    expect(await connectionCount()).toBe(before);
  });
});

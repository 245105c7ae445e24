import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSalesmanagoConnector } from '../../src/connectors/salesmanago/salesmanago.connector.js';
import { systemClock } from '../../src/platform/clock.js';
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
    expect(refused.json()).toMatchObject({ error: { details: [{ field: '/body/settings/defaultTags' }] } });
    const listed = await connect(['TRUSTLOOP', 'my tag']);
    expect(listed.statusCode).toBe(400);
    expect(listed.json()).toMatchObject({ error: { details: [{ field: '/body/settings/defaultTags/1' }] } });
    expect(await connectionCount()).toBe(before);
  });

  const setupOf = async (id: string) =>
    (
      await app.inject({ method: 'GET', url: `/api/v1/connections/${id}/setup`, headers: tenant.auth })
    ).json() as { monitoringCode: string };
  const patch = (id: string, settings: Record<string, unknown>) =>
    app.inject({
      method: 'PATCH',
      url: `/api/v1/connections/${id}`,
      headers: tenant.auth,
      payload: { settings },
    });

  it('gives the monitoring code to paste, and the pop-up and web push switches change it (seed 001 modules)', async () => {
    const created = await connect('TRUSTLOOP');
    const id = created.json().id as string;
    const plain = (await setupOf(id)).monitoringCode;
    expect(plain).toContain(`var _smid = "${fake.clientId}";`);
    expect(plain).toContain(`"${fake.url}/static/sm.js"`);
    expect(plain).not.toContain('_smbanners');
    expect(plain).not.toContain('webPush');

    const formCode = "sm('webPush', ['5c3037d3-9fd0-4565-a5cb-05847a978979', '360']);";
    expect((await patch(id, { popUps: true, webPushFormCode: formCode })).statusCode).toBe(200);
    const modules = (await setupOf(id)).monitoringCode;
    expect(modules).toContain('var _smbanners = true;');
    expect(modules).toContain(`<script src="${fake.url}/dynamic/${fake.clientId}/popups.js"></script>`);
    expect(modules).toContain(`sm('webPush', ["5c3037d3-9fd0-4565-a5cb-05847a978979", "360"]);`);

    expect((await patch(id, { popUps: false })).statusCode).toBe(200);
    expect((await setupOf(id)).monitoringCode).not.toContain('_smbanners');
  });

  it('refuses a web push form code that is not the call SALESmanago generates, naming the setting, and keeps the old one', async () => {
    const id = (await connect('TRUSTLOOP')).json().id as string;
    const refused = await patch(id, { webPushFormCode: '<script>alert(1)</script>' });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({
      error: { details: [{ field: '/body/settings/webPushFormCode', code: 'salesmanago.webPushFormCode' }] },
    });
    expect((await setupOf(id)).monitoringCode).not.toContain('alert');
  });
});

describe('SALESmanago contact language', () => {
  it('sends the contact’s own language, else the connection’s, as the contact’s lang', async () => {
    const fake = await startSalesmanagoFake();
    try {
      const connector = createSalesmanagoConnector({ clock: systemClock });
      const target = {
        connectionId: 'conn',
        accountId: 'acc',
        channelId: 'ch',
        inboundSecret: 'secret',
        settings: {
          clientId: fake.clientId,
          apiSecret: fake.apiSecret,
          endpoint: fake.url,
          owner: fake.owner,
          language: 'cs',
        },
      };
      await connector.pushProfile!(target, { email: 'own@example.com', locale: 'pl-PL', properties: {} });
      await connector.pushProfile!(target, { email: 'unknown@example.com', properties: {} });
      expect(fake.contacts.get('own@example.com')?.lang).toBe('PL');
      expect(fake.contacts.get('unknown@example.com')?.lang).toBe('CS');
    } finally {
      await fake.close();
    }
  });
});

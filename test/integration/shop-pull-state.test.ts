import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { drainJobs, shopPullMinutePasses } from '../contract/contract-fixtures.js';
import { type MagentoFake, startMagentoFake } from '../fakes/magento/magento.fake.js';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';
import { dialects } from '../support/databases.js';

/** GET …/shop-connections/:platform/pull: what the admin's live status of a pulled shop reads. */
describe.each(dialects)('a shop connection’s pull state on %s', (kind) => {
  let app: TestApp;
  let tenant: Tenant;
  let fake: MagentoFake;

  const url = (platform = 'magento') => `/api/v1/channels/${tenant.channelId}/shop-connections/${platform}`;
  const state = async () => {
    const response = await app.inject({ method: 'GET', url: `${url()}/pull`, headers: tenant.auth });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };

  async function connectShopify() {
    const shopify = await app.inject({
      method: 'PUT',
      url: url('shopify'),
      headers: tenant.auth,
      payload: { webhookSecret: 'a-long-secret', shopDomain: 'sklep.myshopify.com' },
    });
    expect(shopify.statusCode, shopify.body).toBe(201);
  }
  const minutePasses = () => shopPullMinutePasses(app);

  beforeAll(async () => {
    app = await createTestApp(kind);
  });
  afterAll(() => app.close());
  beforeEach(async () => {
    tenant = await createTenant(app);
    fake = await startMagentoFake();
    const connected = await app.inject({
      method: 'PUT',
      url: url(),
      headers: tenant.auth,
      payload: { baseUrl: fake.url, accessToken: fake.token },
    });
    expect(connected.statusCode, connected.body).toBe(201);
    return () => fake.close();
  });

  it('before the first pull: what is pulled and how often, nothing read yet', async () => {
    expect(await state()).toEqual({
      pulls: { resources: ['customers', 'orders', 'creditmemos', 'shipments'], everyMinutes: 1 },
      running: false,
      lastSyncAt: null,
      lastError: null,
      lastErrorAt: null,
      cursors: [],
      failedPulls: { count: 0, items: [] },
      deadLetters: { count: 0, items: [] },
    });
  });

  it('after a pull: its time and the cursor after the last order read', async () => {
    const order = fake.placeOrder({ email: 'jana@example.com', total: 120 });
    await minutePasses();
    const after = await state();
    expect(after.lastSyncAt).toBe(app.clock.now().toISOString());
    expect(after.lastError).toBeNull();
    expect(after.cursors).toContainEqual({
      resource: 'orders',
      updatedAt: expect.any(String),
      id: String(order.entity_id),
    });
  });

  it('a pull the shop refuses for good shows as a failed pull with its error', async () => {
    fake.failNext(20, { status: 401 });
    await minutePasses();
    const after = await state();
    expect(after.lastError).toEqual(expect.any(String));
    expect(after.lastErrorAt).toBe(app.clock.now().toISOString());
    expect(after.failedPulls.count).toBe(1);
    expect(after.failedPulls.items[0]).toEqual(
      expect.objectContaining({ lastError: after.lastError, attempts: 1 }),
    );
  });

  it('a webhook-only platform answers pulls: null; a platform not connected is a 404', async () => {
    await connectShopify();
    const webhookOnly = await app.inject({
      method: 'GET',
      url: `${url('shopify')}/pull`,
      headers: tenant.auth,
    });
    expect(webhookOnly.json()).toEqual(expect.objectContaining({ pulls: null, cursors: [] }));
    const missing = await app.inject({ method: 'GET', url: `${url('shoper')}/pull`, headers: tenant.auth });
    expect(missing.statusCode).toBe(404);
  });

  it('"read now" starts a pull at once that reads the shop; a double click starts one', async () => {
    fake.placeOrder({ email: 'now@example.com', total: 80 });
    const pullNow = () => app.inject({ method: 'POST', url: `${url()}/pull`, headers: tenant.auth });

    const first = await pullNow();
    expect(first.statusCode, first.body).toBe(202);
    expect(first.json()).toEqual({ started: true, jobId: expect.any(String) });
    const again = await pullNow();
    expect(again.json()).toEqual({ started: false, jobId: first.json().jobId });
    await drainJobs(app);

    const after = await state();
    expect(after.lastSyncAt).toBe(app.clock.now().toISOString());
    expect(after.cursors.map((cursor: { resource: string }) => cursor.resource)).toContain('orders');
  });

  it('"read now" for a webhook-only platform is a 422 naming why; for a platform not connected, a 404', async () => {
    await connectShopify();
    const webhookOnly = await app.inject({
      method: 'POST',
      url: `${url('shopify')}/pull`,
      headers: tenant.auth,
    });
    expect(webhookOnly.statusCode).toBe(422);
    expect(webhookOnly.json().error.message).toContain('webhooks');
    const missing = await app.inject({ method: 'POST', url: `${url('shoper')}/pull`, headers: tenant.auth });
    expect(missing.statusCode).toBe(404);
  });
});

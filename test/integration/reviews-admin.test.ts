import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';
import { dialects } from '../support/databases.js';
import { adminRequest, invitedReview, setModeration, submitOne } from '../support/reviews-fixtures.js';

interface AdminPage {
  items: Array<{ id: string; status: string; email: string | null }>;
  nextCursor: string | null;
}

describe.each(dialects)('the reviews admin API on %s', (kind) => {
  let app: TestApp;
  let tenant: Tenant;
  let other: Tenant;
  const ids: Record<string, string> = {};

  const list = async (query: string, as: Tenant = tenant) =>
    (await adminRequest(app, as, 'GET', `/api/v1/reviews${query}`)).json<AdminPage>();

  beforeAll(async () => {
    app = await createTestApp(kind);
    tenant = await createTenant(app);
    other = await createTenant(app, 'Other');
    await setModeration(app, tenant, { publishMode: 'manual' });
    ids['pending'] = (await submitOne(app, invitedReview(tenant, { text: 'Waiting for a look' }))).reviewId;
    ids['flagged'] = (
      await submitOne(
        app,
        invitedReview(tenant, { text: 'Ring me on 601 234 567', email: 'kim@example.org' }),
      )
    ).reviewId;
    ids['theirs'] = (await submitOne(app, invitedReview(other, { text: 'Waiting elsewhere' }))).reviewId;
  });
  afterAll(() => app.close());

  it('lists pending and flagged reviews with the reviewer’s email, only of the caller’s account', async () => {
    const all = await list('');
    expect(all.items.map((item) => item.id).sort()).toEqual([ids['pending'], ids['flagged']].sort());
    expect((await list('?status=flagged')).items.map((item) => item.id)).toEqual([ids['flagged']]);
    expect((await list('?status=pending&status=flagged')).items).toHaveLength(2);
    expect((await list('?email=KIM@example.org')).items.map((item) => item.email)).toEqual([
      'kim@example.org',
    ]);
    expect((await list('?q=waiting')).items.map((item) => item.id)).toEqual([ids['pending']]);
    const theirs = await adminRequest(app, tenant, 'GET', `/api/v1/reviews?channelId=${other.channelId}`);
    expect(theirs.statusCode).toBe(404);
  });

  it('refuses an unknown status naming the field', async () => {
    const response = await adminRequest(app, tenant, 'GET', '/api/v1/reviews?status=hidden');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0].field).toMatch(/^\/querystring\/status/);
  });

  it('answers 404 for another account’s review and channel, and 401 without credentials', async () => {
    expect((await adminRequest(app, tenant, 'GET', `/api/v1/reviews/${ids['theirs']}`)).statusCode).toBe(404);
    const settings = await adminRequest(
      app,
      tenant,
      'GET',
      `/api/v1/channels/${other.channelId}/review-settings`,
    );
    expect(settings.statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/api/v1/reviews' })).statusCode).toBe(401);
  });

  it('creates a review through the API under the channel’s rules, recording the key that did', async () => {
    const created = await adminRequest(app, tenant, 'POST', '/api/v1/reviews', {
      channelId: tenant.channelId,
      type: 'product',
      product: { sku: 'LAMP-2', title: 'Desk lamp' },
      rating: 3,
      text: 'Told us by phone',
      displayName: 'Phone customer',
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ status: 'pending', source: 'api', verifiedBuyer: false });
    const audit = await adminRequest(app, tenant, 'GET', `/api/v1/reviews/${created.json().id}/audit`);
    expect(audit.json().items[0]).toMatchObject({
      action: 'submitted',
      actor: { kind: 'api_key' },
      to: 'pending',
    });

    const foreign = await adminRequest(app, tenant, 'POST', '/api/v1/reviews', {
      channelId: other.channelId,
      type: 'service',
      rating: 5,
    });
    expect(foreign.statusCode).toBe(404);
  });

  it('creates a review once however often the same Idempotency-Key is sent', async () => {
    const send = () =>
      app.inject({
        method: 'POST',
        url: '/api/v1/reviews',
        headers: { ...tenant.auth, 'idempotency-key': 'phone-call-42' },
        payload: {
          channelId: tenant.channelId,
          type: 'service',
          rating: 4,
          text: 'Retried by a flaky client',
        },
      });
    const first = await send();
    const second = await send();
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(201);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.json().id).toBe(first.json().id);
    expect((await list('?q=flaky')).items).toHaveLength(1);
  });
});

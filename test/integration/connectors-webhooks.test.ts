import Fastify from 'fastify';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/platform/clock.js';
import { appendEvent, drainJobs, pointsCredited } from '../contract/contract-fixtures.js';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';
import { dialects } from '../support/databases.js';

describe.each(dialects)('outbound webhooks (M4) on %s', (kind) => {
  let app: TestApp;
  let tenant: Tenant;
  let endpoint: string;
  const seen: Array<{ headers: Record<string, string>; body: string }> = [];
  const receiver = Fastify();
  receiver.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) =>
    done(null, body),
  );
  receiver.post('/hooks', async (request, reply) => {
    seen.push({ headers: request.headers as Record<string, string>, body: request.body as string });
    return reply.status(204).send();
  });
  let refusing = false;
  receiver.post('/picky', async (request, reply) => {
    seen.push({ headers: request.headers as Record<string, string>, body: request.body as string });
    return reply.status(refusing ? 410 : 200).send();
  });

  beforeAll(async () => {
    app = await createTestApp(kind, { clock: new ManualClock(new Date()) });
    endpoint = `${await receiver.listen({ host: '127.0.0.1', port: 0 })}/hooks`;
    tenant = await createTenant(app);
  });
  afterAll(async () => {
    await receiver.close();
    await app.close();
  });

  it('signs each subscribed event per Standard Webhooks, as the official library verifies, and sends nothing else', async () => {
    const created = await app.inject({
      method: 'POST',
      url: '/api/v1/connections',
      headers: tenant.auth,
      payload: {
        channelId: tenant.channelId,
        connectorId: 'webhooks',
        settings: { url: endpoint },
        eventTypes: ['points.credited'],
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = (created.json() as { id: string }).id;
    const setup = (
      await app.inject({ method: 'GET', url: `/api/v1/connections/${id}/setup`, headers: tenant.auth })
    ).json() as { signingSecret: string };
    expect(setup.signingSecret).toMatch(/^whsec_/);
    expect(seen).toHaveLength(1); // the connect-time test ping

    const event = await appendEvent(app, tenant, 'points.credited', pointsCredited('hook@example.com'));
    await appendEvent(app, tenant, 'review.submitted', {
      review: { email: 'hook@example.com', rating: 5, type: 'service' },
    });
    await drainJobs(app);

    expect(seen).toHaveLength(2);
    const delivery = seen[1]!;
    expect(delivery.headers['webhook-id']).toBe(event.id);
    expect(delivery.headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/=]+$/);
    const verified = new Webhook(setup.signingSecret).verify(delivery.body, delivery.headers) as {
      type: string;
      data: { id: string; payload: unknown };
    };
    expect(verified).toMatchObject({
      type: 'points.credited',
      data: { id: event.id, payload: { member: { email: 'hook@example.com' } } },
    });
    expect(() =>
      new Webhook(`whsec_${Buffer.from('another-secret-entirely-000').toString('base64')}`).verify(
        delivery.body,
        delivery.headers,
      ),
    ).toThrow();
  });

  it('"send test event" posts one signed webhook.test now and answers what the endpoint said, a refusal included', async () => {
    const url = endpoint.replace('/hooks', '/picky');
    const created = await app.inject({
      method: 'POST',
      url: '/api/v1/connections',
      headers: tenant.auth,
      payload: { channelId: tenant.channelId, connectorId: 'webhooks', settings: { url } },
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = (created.json() as { id: string }).id;
    const { signingSecret } = (
      await app.inject({ method: 'GET', url: `/api/v1/connections/${id}/setup`, headers: tenant.auth })
    ).json() as { signingSecret: string };
    const before = seen.length;

    const sent = await app.inject({
      method: 'POST',
      url: `/api/v1/connections/${id}/test-event`,
      headers: tenant.auth,
    });
    expect(sent.statusCode, sent.body).toBe(200);
    const result = sent.json() as { delivered: boolean; status: number; error: null; messageId: string };
    expect(result).toMatchObject({ delivered: true, status: 200, error: null, type: 'webhook.test' });
    expect(seen).toHaveLength(before + 1);
    const delivery = seen.at(-1)!;
    expect(delivery.headers['webhook-id']).toBe(result.messageId);
    expect(new Webhook(signingSecret).verify(delivery.body, delivery.headers)).toMatchObject({
      type: 'webhook.test',
      data: { connectionId: id, channelId: tenant.channelId, test: true },
    });

    refusing = true;
    const refused = await app.inject({
      method: 'POST',
      url: `/api/v1/connections/${id}/test-event`,
      headers: tenant.auth,
    });
    refusing = false;
    expect(refused.statusCode, refused.body).toBe(200);
    expect(refused.json()).toMatchObject({ delivered: false, status: 410 });
    expect((refused.json() as { error: string }).error).toContain('410');
    // Sent at once, never queued: nothing waits to be retried.
    const health = await app.inject({
      method: 'GET',
      url: `/api/v1/connections/${id}/health`,
      headers: tenant.auth,
    });
    expect(health.json()).toMatchObject({ counts: { pending: 0, dead: 0 } });
  });
});

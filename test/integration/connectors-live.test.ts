import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drainJobs } from '../contract/contract-fixtures.js';
import { type EcomailFake, startEcomailFake } from '../fakes/ecomail/ecomail.fake.js';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';
import { dialects } from '../support/databases.js';

interface Snapshot {
  health: { status: string; counts: Record<string, number> };
  exports: Array<{ id: string; status: string; total: number; finishedAt: string | null }>;
  deadLetters: unknown[];
}

/** Reads a server-sent event stream event by event. */
function eventReader(body: ReadableStream<Uint8Array>) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  return {
    async next(): Promise<{ event: string; data: string }> {
      for (;;) {
        const end = buffer.indexOf('\n\n');
        if (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (block.startsWith(':')) continue; // a keep-alive comment
          const field = (name: string) =>
            block
              .split('\n')
              .find((line) => line.startsWith(`${name}: `))
              ?.slice(name.length + 2) ?? '';
          return { event: field('event'), data: field('data') };
        }
        const { value, done } = await reader.read();
        if (done) throw new Error('the stream ended');
        buffer += decoder.decode(value, { stream: true });
      }
    },
    cancel: () => reader.cancel(),
  };
}

describe.each(dialects)('a connection’s live progress (server-sent events) on %s', (kind) => {
  let app: TestApp;
  let fake: EcomailFake;
  let tenant: Tenant;
  let origin: string;
  let connectionId: string;

  beforeAll(async () => {
    app = await createTestApp(kind);
    fake = await startEcomailFake();
    tenant = await createTenant(app);
    const connection = await app.trustloop.connectors.connect(tenant.accountId, {
      channelId: tenant.channelId,
      connectorId: 'ecomail',
      settings: { apiKey: fake.apiKey, listId: '1', baseUrl: fake.url },
    });
    connectionId = connection.id;
    const customer = await app.inject({
      method: 'POST',
      url: `/api/v1/channels/${tenant.channelId}/customers`,
      headers: tenant.auth,
      payload: { email: 'live@example.com', firstName: 'Lina' },
    });
    expect(customer.statusCode, customer.body).toBeLessThan(300);
    await drainJobs(app);
    origin = await app.trustloop.app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await app?.close();
    await fake?.close();
  });

  const live = (headers: Record<string, string>, id = connectionId) =>
    fetch(`${origin}/api/v1/connections/${id}/live`, { headers });

  it('streams a snapshot at once, then each change while an export runs and when it completes', async () => {
    const response = await live(tenant.auth);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const events = eventReader(response.body!);
    try {
      const first = await events.next();
      expect(first.event).toBe('snapshot');
      expect((JSON.parse(first.data) as Snapshot).exports).toEqual([]);

      const started = await app.inject({
        method: 'POST',
        url: `/api/v1/connections/${connectionId}/exports`,
        headers: tenant.auth,
      });
      expect(started.statusCode, started.body).toBe(202);
      const running = JSON.parse((await events.next()).data) as Snapshot;
      expect(running.exports).toHaveLength(1);
      expect(running.exports[0]!.finishedAt).toBeNull();

      await drainJobs(app);
      let latest = running;
      while (latest.exports[0]!.finishedAt === null) latest = JSON.parse((await events.next()).data);
      expect(latest.exports[0]).toMatchObject({ status: 'complete', total: 1, failed: 0 });
    } finally {
      await events.cancel();
    }
  });

  it('another account’s connection is a 404 and no stream; no credentials is a 401', async () => {
    const stranger = await createTenant(app, 'Stranger');
    const foreign = await live(stranger.auth);
    expect(foreign.status).toBe(404);
    expect(((await foreign.json()) as { error: { code: string } }).error.code).toBe('not_found');
    const anonymous = await live({});
    expect(anonymous.status).toBe(401);
  });
});

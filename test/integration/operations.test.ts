import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';
import { dialects } from '../support/databases.js';

describe.each(dialects)('operations endpoints on %s', (kind) => {
  let app: TestApp;
  let tenant: Tenant;
  const inject = (request: InjectOptions) => app.inject(request);

  beforeAll(async () => {
    app = await createTestApp(kind);
    tenant = await createTenant(app);
  });
  afterAll(() => app.close());

  it('reports liveness and database readiness', async () => {
    expect((await inject({ method: 'GET', url: '/healthz' })).json()).toEqual({ status: 'ok' });
    expect((await inject({ method: 'GET', url: '/readyz' })).json()).toEqual({ status: 'ready' });
  });

  it('exposes Prometheus metrics with HTTP latency by route', async () => {
    await inject({ method: 'GET', url: '/healthz' });
    await inject({ method: 'GET', url: `/public/v1/channels/${tenant.publicId}` });
    await inject({ method: 'GET', url: '/no/such/route' });
    const response = await inject({ method: 'GET', url: '/metrics' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('trustloop_http_request_duration_seconds_bucket');
    expect(response.body).toContain('route="/healthz"');
    // Labelled by the route's pattern, never by the requested URL (bounded label values).
    expect(response.body).toMatch(/route="\/public\/v1\/channels\/:publicId",status="200"/);
    expect(response.body).not.toContain(tenant.publicId);
    expect(response.body).toMatch(/method="GET",route="unmatched",status="404"/);
  });

  it('guards metrics with a token when one is configured', async () => {
    const guarded = await createTestApp(kind, { env: { METRICS_TOKEN: 'scrape-secret' } });
    try {
      expect((await guarded.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(401);
      const ok = await guarded.inject({
        method: 'GET',
        url: '/metrics',
        headers: { authorization: 'Bearer scrape-secret' },
      });
      expect(ok.statusCode).toBe(200);
    } finally {
      await guarded.close();
    }
  });

  it('serves the OpenAPI document generated from the route schemas, and the docs page', async () => {
    const spec = (await inject({ method: 'GET', url: '/openapi.json' })).json();
    expect(spec.openapi).toBe('3.1.0');
    expect(spec.paths['/api/v1/channels'].post.requestBody).toBeDefined();
    const docs = await inject({ method: 'GET', url: '/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.headers['content-type']).toMatch(/html/);
  });

  it('documents every operation in the OpenAPI document with a summary', async () => {
    const spec = (await inject({ method: 'GET', url: '/openapi.json' })).json() as {
      paths: Record<string, Record<string, { summary?: string }>>;
    };
    const undocumented = Object.entries(spec.paths).flatMap(([path, operations]) =>
      Object.entries(operations)
        .filter(([, operation]) => !operation.summary)
        .map(([method]) => `${method.toUpperCase()} ${path}`),
    );
    expect(undocumented).toEqual([]);
  });

  it('sends nosniff on data responses and the whole set of security headers on pages', async () => {
    const data = await inject({ method: 'GET', url: '/healthz' });
    expect(data.headers['x-content-type-options']).toBe('nosniff');
    const page = await inject({ method: 'GET', url: '/docs/' });
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    expect(page.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(page.headers['strict-transport-security']).toBeDefined();
  });

  it('serves the public channel card from cache and drops the cache when the channel changes', async () => {
    const first = await inject({ method: 'GET', url: `/public/v1/channels/${tenant.publicId}` });
    expect(first.statusCode).toBe(200);
    expect(first.json().name).toBe('Shop PL');
    expect(first.json()).not.toHaveProperty('accountId');
    await inject({
      method: 'PATCH',
      url: `/api/v1/channels/${tenant.channelId}`,
      headers: tenant.auth,
      payload: { name: 'Sklep' },
    });
    const second = await inject({ method: 'GET', url: `/public/v1/channels/${tenant.publicId}` });
    expect(second.json().name).toBe('Sklep');
  });

  it('rate-limits public routes per client', async () => {
    const limited = await createTestApp(kind, { env: { PUBLIC_RATE_LIMIT_PER_MINUTE: '3' } });
    try {
      const t = await createTenant(limited);
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        statuses.push(
          (await limited.trustloop.app.inject({ method: 'GET', url: `/public/v1/channels/${t.publicId}` }))
            .statusCode,
        );
      }
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      const refused = await limited.trustloop.app.inject({
        method: 'GET',
        url: `/public/v1/channels/${t.publicId}`,
      });
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    } finally {
      await limited.close();
    }
  });
});

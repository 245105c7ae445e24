import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listRoutes } from '../../src/platform/http/server.js';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';
import { dialects } from '../support/databases.js';
import { crossAccountFixtures } from '../support/tenancy-fixtures.js';

/**
 * Walks every authenticated route with another account's ids and credentials. A route added
 * without an entry in tenancy-fixtures.ts fails this suite, so no route escapes the check.
 */
describe.each(dialects)('no request crosses accounts on %s', (kind) => {
  let app: TestApp;
  let victim: Tenant;
  let intruder: Tenant;
  let fixtures: Awaited<ReturnType<typeof crossAccountFixtures>>;

  beforeAll(async () => {
    app = await createTestApp(kind);
    victim = await createTenant(app, 'Victim');
    intruder = await createTenant(app, 'Intruder');
    fixtures = await crossAccountFixtures(app, victim);
  });
  afterAll(() => app.close());

  const adminRoutes = () =>
    listRoutes(app.trustloop.app).filter(
      (route) => route.url.startsWith('/api/v1/') && route.method !== 'HEAD',
    );

  it('knows a victim resource and a request body for every admin route with an id', () => {
    const missing = adminRoutes()
      .filter((route) => route.url.includes(':'))
      .filter((route) => !fixtures.byRoute[`${route.method} ${route.url}`]);
    expect(missing, 'add these routes to test/support/tenancy-fixtures.ts').toEqual([]);
  });

  it("answers 404 or 403 when one account names another account's resource, and changes nothing", async () => {
    const before = await fixtures.snapshot();
    for (const route of adminRoutes().filter((r) => r.url.includes(':'))) {
      const fixture = fixtures.byRoute[`${route.method} ${route.url}`]!;
      if (fixture.accountFree) continue;
      const url = route.url.replace(/:(\w+)/g, (_, name: string) => fixture.params[name] ?? 'missing');
      const response = await app.trustloop.app.inject({
        method: route.method as 'GET',
        url,
        headers: intruder.auth,
        ...(fixture.body === undefined ? {} : { payload: fixture.body }),
      });
      expect(
        [403, 404],
        `${route.method} ${url} answered ${response.statusCode}: ${response.body}`,
      ).toContain(response.statusCode);
    }
    expect(await fixtures.snapshot()).toEqual(before);
  });

  it("never lists another account's data", async () => {
    for (const route of adminRoutes().filter((r) => r.method === 'GET' && !r.url.includes(':'))) {
      const response = await app.trustloop.app.inject({
        method: 'GET',
        url: route.url,
        headers: intruder.auth,
      });
      expect(response.statusCode, route.url).toBeLessThan(500);
      for (const secretId of fixtures.victimIds) {
        expect(response.body, `${route.url} leaks ${secretId}`).not.toContain(secretId);
      }
    }
  });

  /** Every admin list that takes a `channelId` filter, read from the OpenAPI document. */
  function channelFilteredLists(): string[] {
    const doc = app.trustloop.app.swagger() as {
      paths: Record<string, { get?: { parameters?: Array<{ in: string; name: string }> } }>;
    };
    return Object.entries(doc.paths)
      .filter(([path]) => path.startsWith('/api/v1/') && !path.includes('{'))
      .filter(([, item]) => item.get?.parameters?.some((p) => p.in === 'query' && p.name === 'channelId'))
      .map(([path]) => path);
  }

  it("answers 404 when a list is filtered by another account's channel, not an empty list", async () => {
    const lists = channelFilteredLists();
    expect(lists.length).toBeGreaterThan(0);
    const wrong: string[] = [];
    for (const path of lists) {
      const response = await app.trustloop.app.inject({
        method: 'GET',
        url: `${path}?channelId=${victim.channelId}`,
        headers: intruder.auth,
      });
      if (response.statusCode !== 404 || response.json().error?.code !== 'not_found')
        wrong.push(`${path} answered ${response.statusCode}: ${response.body.slice(0, 80)}`);
      const own = await app.trustloop.app.inject({
        method: 'GET',
        url: `${path}?channelId=${intruder.channelId}`,
        headers: intruder.auth,
      });
      if (own.statusCode !== 200)
        wrong.push(`${path} with the caller's own channel answered ${own.statusCode}`);
    }
    expect(wrong).toEqual([]);
  });

  it('marks every authenticated answer, errors included, Cache-Control: no-store', async () => {
    for (const route of adminRoutes().filter((r) => r.method === 'GET' && !r.url.includes(':'))) {
      const answered = await app.trustloop.app.inject({
        method: 'GET',
        url: route.url,
        headers: intruder.auth,
      });
      expect(answered.headers['cache-control'], `${route.url} (${answered.statusCode})`).toBe('no-store');
      const refused = await app.trustloop.app.inject({ method: 'GET', url: route.url });
      expect(refused.statusCode, route.url).toBe(401);
      expect(refused.headers['cache-control'], `${route.url} without credentials`).toBe('no-store');
    }
  });

  it('refuses a public id of a deleted or unknown channel', async () => {
    const response = await app.trustloop.app.inject({
      method: 'GET',
      url: '/public/v1/channels/pub_unknown',
    });
    expect(response.statusCode).toBe(404);
  });
});

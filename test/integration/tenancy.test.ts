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

  it('refuses a public id of a deleted or unknown channel', async () => {
    const response = await app.trustloop.app.inject({
      method: 'GET',
      url: '/public/v1/channels/pub_unknown',
    });
    expect(response.statusCode).toBe(404);
  });
});

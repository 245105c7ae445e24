import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';
import { dialects } from '../support/databases.js';

type Operation = { security?: Array<Record<string, string[]>> };

/**
 * Issue 13: CSRF protection for every cookie-authenticated write. Read from the OpenAPI
 * document, so a write added later is covered without touching this file.
 */
describe.each(dialects)('CSRF on every write a session cookie may make (%s)', (kind) => {
  let app: TestApp;
  let tenant: Tenant;
  let cookie: string;
  let csrf: string;

  beforeAll(async () => {
    app = await createTestApp(kind);
    tenant = await createTenant(app);
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: tenant.ownerEmail, password: tenant.password },
    });
    expect(login.statusCode, login.body).toBe(200);
    cookie = `tl_session=${login.cookies.find((c) => c.name === 'tl_session')!.value}`;
    csrf = login.json().csrfToken;
  });
  afterAll(() => app.close());

  /** Every POST, PUT, PATCH and DELETE whose document says a session may call it. */
  function cookieWrites(): Array<{ method: string; url: string }> {
    const doc = app.trustloop.app.swagger() as { paths: Record<string, Record<string, Operation>> };
    return Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item)
        .filter(([method]) => ['post', 'put', 'patch', 'delete'].includes(method))
        .filter(([, operation]) => operation.security?.some((scheme) => 'session' in scheme))
        .map(([method]) => ({
          method: method.toUpperCase(),
          url: path.replace(/\{[^}]+\}/g, 'x'),
        })),
    );
  }

  it('refuses each without the session’s X-CSRF-Token, or with another value, before anything else runs', async () => {
    const writes = cookieWrites();
    // The admin's writes: channels, keys, users, connections, shop connections, invitations, …
    expect(writes.length).toBeGreaterThan(50);
    const unguarded: string[] = [];
    for (const { method, url } of writes) {
      for (const headers of [{ cookie }, { cookie, 'x-csrf-token': `${csrf.slice(1)}A` }]) {
        const response = await app.inject({
          method: method as 'POST',
          url,
          headers: { ...headers, 'content-type': 'application/json' },
          payload: '{}',
        });
        if (response.statusCode !== 403 || response.json().error?.code !== 'csrf_failed')
          unguarded.push(`${method} ${url} answered ${response.statusCode} ${response.body.slice(0, 80)}`);
      }
    }
    expect(unguarded).toEqual([]);
  });

  it('lets the same writes past the CSRF check with the session’s own token', async () => {
    const refused: string[] = [];
    for (const { method, url } of cookieWrites()) {
      // Sign-out would end the session the other writes use: it has its own test (accounts.test.ts).
      if (url === '/api/v1/auth/logout') continue;
      const response = await app.inject({
        method: method as 'POST',
        url,
        headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' },
        payload: '{}',
      });
      // Past the check: the route's own answer (400, 404, 422, …), never csrf_failed nor signed out.
      const code = response.json().error?.code;
      if (code === 'csrf_failed' || response.statusCode === 401) refused.push(`${method} ${url}: ${code}`);
    }
    expect(refused).toEqual([]);
  });
});

import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ManualClock } from '../../src/platform/clock.js';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';
import { dialects } from '../support/databases.js';

describe.each(dialects)('accounts and auth on %s', (kind) => {
  let app: TestApp;
  let tenant: Tenant;
  const inject = (request: InjectOptions) => app.inject(request);

  beforeAll(async () => {
    app = await createTestApp(kind);
    tenant = await createTenant(app);
  });
  afterAll(() => app.close());

  // Each sign-in from its own address: the login route allows 10 a minute per address.
  let addresses = 0;
  async function signIn(email: string, password: string) {
    const response = await inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email, password },
      remoteAddress: `198.51.100.${++addresses}`,
    });
    const cookie = response.cookies.find((c) => c.name === 'tl_session');
    return {
      response,
      cookie: cookie ? `tl_session=${cookie.value}` : undefined,
      csrf: response.statusCode === 200 ? (response.json().csrfToken as string) : undefined,
    };
  }

  it('signs in with email and password and sets an HttpOnly session cookie', async () => {
    const { response, cookie } = await signIn(tenant.ownerEmail, tenant.password);
    expect(response.statusCode).toBe(200);
    expect(response.json().user.email).toBe(tenant.ownerEmail);
    const raw = response.headers['set-cookie'];
    expect(String(raw)).toMatch(/HttpOnly/i);
    expect(String(raw)).toMatch(/SameSite=Lax/i);
    const me = await inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: cookie! } });
    expect(me.statusCode).toBe(200);
    expect(me.json().account.id).toBe(tenant.accountId);
  });

  it('refuses a wrong password with 401 and sets no cookie', async () => {
    const { response, cookie } = await signIn(tenant.ownerEmail, 'not the password at all');
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('unauthenticated');
    expect(cookie).toBeUndefined();
  });

  it('answers 401 to a request without credentials', async () => {
    const response = await inject({ method: 'GET', url: '/api/v1/channels' });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toEqual({
      error: { code: 'unauthenticated', message: 'sign in or send an API key' },
    });
  });

  it('answers 401 to an expired session', async () => {
    const { cookie } = await signIn(tenant.ownerEmail, tenant.password);
    (app.clock as ManualClock).advance(8 * 24 * 3600 * 1000);
    try {
      const response = await inject({ method: 'GET', url: '/api/v1/channels', headers: { cookie: cookie! } });
      expect(response.statusCode).toBe(401);
      expect(response.json().error.message).toMatch(/expired/);
    } finally {
      (app.clock as ManualClock).advance(-8 * 24 * 3600 * 1000);
    }
  });

  it('makes a user with a one-time password change it before anything else', async () => {
    const created = await inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: tenant.auth,
      payload: { email: `new-${kind}@example.com`, name: 'New', role: 'admin' },
    });
    expect(created.statusCode).toBe(201);
    const oneTime = created.json().oneTimePassword as string;
    const { cookie, csrf } = await signIn(`new-${kind}@example.com`, oneTime);
    const blocked = await inject({ method: 'GET', url: '/api/v1/channels', headers: { cookie: cookie! } });
    expect(blocked.statusCode).toBe(403);
    const weak = await inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: { cookie: cookie!, 'x-csrf-token': csrf! },
      payload: { currentPassword: oneTime, newPassword: 'short' },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.details[0].field).toBe('/body/newPassword');
    const changed = await inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: { cookie: cookie!, 'x-csrf-token': csrf! },
      payload: { currentPassword: oneTime, newPassword: 'a much longer passphrase' },
    });
    expect(changed.statusCode).toBe(204);
    const allowed = await inject({ method: 'GET', url: '/api/v1/channels', headers: { cookie: cookie! } });
    expect(allowed.statusCode).toBe(200);
  });

  it('lets a viewer read but not write', async () => {
    const email = `viewer-${kind}@example.com`;
    await app.trustloop.accounts.users.addUser(tenant.accountId, {
      email,
      name: 'Viewer',
      role: 'viewer',
      password: 'viewer passphrase 1',
    });
    const { cookie, csrf } = await signIn(email, 'viewer passphrase 1');
    expect(
      (await inject({ method: 'GET', url: '/api/v1/channels', headers: { cookie: cookie! } })).statusCode,
    ).toBe(200);
    const write = await inject({
      method: 'PATCH',
      url: `/api/v1/channels/${tenant.channelId}`,
      headers: { cookie: cookie!, 'x-csrf-token': csrf! },
      payload: { name: 'Renamed' },
    });
    expect(write.statusCode).toBe(403);
    expect(write.json().error.message).toMatch(/channels:write/);
  });

  it('shows an API key secret once, stores only its hash, and refuses it once revoked', async () => {
    const created = await inject({
      method: 'POST',
      url: '/api/v1/api-keys',
      headers: tenant.auth,
      payload: { name: 'reader', scopes: ['channels:read'] },
    });
    expect(created.statusCode).toBe(201);
    const { secret, apiKey } = created.json() as { secret: string; apiKey: { id: string; prefix: string } };
    expect(secret.startsWith(apiKey.prefix)).toBe(true);
    const listed = await inject({ method: 'GET', url: '/api/v1/api-keys', headers: tenant.auth });
    expect(listed.body).not.toContain(secret);
    const auth = { authorization: `Bearer ${secret}` };
    expect((await inject({ method: 'GET', url: '/api/v1/channels', headers: auth })).statusCode).toBe(200);
    expect((await inject({ method: 'GET', url: '/api/v1/users', headers: auth })).statusCode).toBe(403);
    const revoked = await inject({
      method: 'DELETE',
      url: `/api/v1/api-keys/${apiKey.id}`,
      headers: tenant.auth,
    });
    expect(revoked.statusCode).toBe(204);
    expect((await inject({ method: 'GET', url: '/api/v1/channels', headers: auth })).statusCode).toBe(401);
  });

  it('does not let an API key grant scopes it does not hold', async () => {
    const { secret } = await app.trustloop.accounts.apiKeys.create(tenant.accountId, {
      name: 'limited',
      scopes: ['account:write', 'channels:read'],
    });
    const response = await inject({
      method: 'POST',
      url: '/api/v1/api-keys',
      headers: { authorization: `Bearer ${secret}` },
      payload: { name: 'escalate', scopes: ['channels:write'] },
    });
    expect(response.statusCode).toBe(403);
  });

  it('keeps the last owner of an account', async () => {
    const users = (await inject({ method: 'GET', url: '/api/v1/users', headers: tenant.auth })).json()
      .data as Array<{
      id: string;
      role: string;
    }>;
    const owner = users.find((user) => user.role === 'owner')!;
    const response = await inject({
      method: 'DELETE',
      url: `/api/v1/users/${owner.id}`,
      headers: tenant.auth,
    });
    expect(response.statusCode).toBe(409);
  });

  describe('CSRF protection of cookie sessions', () => {
    const accountName = async () => (await app.trustloop.accounts.users.getAccount(tenant.accountId)).name;

    it('answers a csrfToken at sign-in and the same one from /auth/me, never the session token', async () => {
      const { cookie, csrf } = await signIn(tenant.ownerEmail, tenant.password);
      expect(csrf).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(cookie).not.toContain(csrf);
      const me = await inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: cookie! } });
      expect(me.json().csrfToken).toBe(csrf);
      const other = await signIn(tenant.ownerEmail, tenant.password);
      expect(other.csrf).not.toBe(csrf);
    });

    it('refuses a cookie-authenticated write without X-CSRF-Token with 403 csrf_failed and changes nothing', async () => {
      const { cookie } = await signIn(tenant.ownerEmail, tenant.password);
      const before = await accountName();
      const response = await inject({
        method: 'PATCH',
        url: '/api/v1/account',
        headers: { cookie: cookie! },
        payload: { name: 'Forged' },
      });
      expect(response.statusCode).toBe(403);
      expect(response.json().error.code).toBe('csrf_failed');
      expect(response.json().error.message).toMatch(/X-CSRF-Token/);
      expect(await accountName()).toBe(before);
    });

    it("refuses another session's token and accepts the session's own", async () => {
      const first = await signIn(tenant.ownerEmail, tenant.password);
      const second = await signIn(tenant.ownerEmail, tenant.password);
      const forged = await inject({
        method: 'PATCH',
        url: '/api/v1/account',
        headers: { cookie: first.cookie!, 'x-csrf-token': second.csrf! },
        payload: { name: 'Forged' },
      });
      expect(forged.statusCode).toBe(403);
      expect(forged.json().error.code).toBe('csrf_failed');
      const own = await inject({
        method: 'PATCH',
        url: '/api/v1/account',
        headers: { cookie: first.cookie!, 'x-csrf-token': first.csrf! },
        payload: { name: 'Renamed by its owner' },
      });
      expect(own.statusCode).toBe(200);
      expect(await accountName()).toBe('Renamed by its owner');
    });

    it('lets cookie reads through without the header and API-key writes without it', async () => {
      const { cookie } = await signIn(tenant.ownerEmail, tenant.password);
      const read = await inject({ method: 'GET', url: '/api/v1/channels', headers: { cookie: cookie! } });
      expect(read.statusCode).toBe(200);
      const write = await inject({
        method: 'PATCH',
        url: '/api/v1/account',
        headers: tenant.auth,
        payload: { name: 'Renamed by key' },
      });
      expect(write.statusCode).toBe(200);
    });

    it('does not end a live session on a forged sign-out', async () => {
      const { cookie, csrf } = await signIn(tenant.ownerEmail, tenant.password);
      const forged = await inject({
        method: 'POST',
        url: '/api/v1/auth/logout',
        headers: { cookie: cookie! },
      });
      expect(forged.statusCode).toBe(403);
      expect(forged.json().error.code).toBe('csrf_failed');
      const still = await inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: cookie! } });
      expect(still.statusCode).toBe(200);
      const out = await inject({
        method: 'POST',
        url: '/api/v1/auth/logout',
        headers: { cookie: cookie!, 'x-csrf-token': csrf! },
      });
      expect(out.statusCode).toBe(204);
      const gone = await inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: cookie! } });
      expect(gone.statusCode).toBe(401);
    });
  });
});

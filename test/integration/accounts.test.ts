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

  async function signIn(email: string, password: string) {
    const response = await inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email, password },
    });
    const cookie = response.cookies.find((c) => c.name === 'tl_session');
    return { response, cookie: cookie ? `tl_session=${cookie.value}` : undefined };
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
    const { cookie } = await signIn(`new-${kind}@example.com`, oneTime);
    const blocked = await inject({ method: 'GET', url: '/api/v1/channels', headers: { cookie: cookie! } });
    expect(blocked.statusCode).toBe(403);
    const weak = await inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: { cookie: cookie! },
      payload: { currentPassword: oneTime, newPassword: 'short' },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.details[0].field).toBe('/body/newPassword');
    const changed = await inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: { cookie: cookie! },
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
    const { cookie } = await signIn(email, 'viewer passphrase 1');
    expect(
      (await inject({ method: 'GET', url: '/api/v1/channels', headers: { cookie: cookie! } })).statusCode,
    ).toBe(200);
    const write = await inject({
      method: 'PATCH',
      url: `/api/v1/channels/${tenant.channelId}`,
      headers: { cookie: cookie! },
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
});

import { connect } from 'node:net';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';
import { dialects } from '../support/databases.js';

describe.each(dialects)('bad input on %s', (kind) => {
  let app: TestApp;
  let tenant: Tenant;
  const inject = (request: InjectOptions) => app.inject(request);
  const channelCount = async () => (await app.trustloop.accounts.channels.list(tenant.accountId)).length;
  const validChannel = {
    name: 'Shop SE',
    domain: 'shop.example.se',
    defaultLocale: 'sv',
    currency: 'SEK',
    timeZone: 'Europe/Stockholm',
  };

  beforeAll(async () => {
    app = await createTestApp(kind, { env: { HTTP_BODY_LIMIT_BYTES: '4096' } });
    tenant = await createTenant(app);
  });
  afterAll(() => app.close());

  it('answers malformed JSON with 400 invalid_json and writes nothing', async () => {
    const before = await channelCount();
    const response = await inject({
      method: 'POST',
      url: '/api/v1/channels',
      headers: { ...tenant.auth, 'content-type': 'application/json' },
      payload: '{"name": "Shop",',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('invalid_json');
    expect(await channelCount()).toBe(before);
  });

  it('names an unknown field instead of ignoring it', async () => {
    const response = await inject({
      method: 'POST',
      url: '/api/v1/channels',
      headers: tenant.auth,
      payload: { ...validChannel, colour: 'red' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details).toContainEqual({
      field: '/body/colour',
      message: 'is not a known field',
    });
  });

  it('names a field of the wrong type and does not coerce it', async () => {
    const response = await inject({
      method: 'POST',
      url: '/api/v1/channels',
      headers: tenant.auth,
      payload: { ...validChannel, name: 42 },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('validation_failed');
    expect(response.json().error.details[0].field).toBe('/body/name');
  });

  it('names a missing required field', async () => {
    const { currency: _omitted, ...rest } = validChannel;
    const response = await inject({
      method: 'POST',
      url: '/api/v1/channels',
      headers: tenant.auth,
      payload: rest,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details).toContainEqual({ field: '/body/currency', message: 'is required' });
  });

  it('rejects a currency, time zone or locale that does not exist', async () => {
    for (const [field, value] of [
      ['currency', 'XXY'],
      ['timeZone', 'Europe/Atlantis'],
      ['defaultLocale', 'fr'],
    ] as const) {
      const response = await inject({
        method: 'POST',
        url: '/api/v1/channels',
        headers: tenant.auth,
        payload: { ...validChannel, [field]: value },
      });
      expect(response.statusCode, field).toBe(400);
      expect(response.json().error.details[0].field).toBe(`/body/${field}`);
    }
  });

  it('answers an oversized body with 413 and writes nothing', async () => {
    const before = await channelCount();
    const response = await inject({
      method: 'POST',
      url: '/api/v1/channels',
      headers: tenant.auth,
      payload: { ...validChannel, name: 'x'.repeat(10_000) },
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe('payload_too_large');
    expect(await channelCount()).toBe(before);
  });

  it('answers a non-JSON content type with 415', async () => {
    const response = await inject({
      method: 'POST',
      url: '/api/v1/channels',
      headers: { ...tenant.auth, 'content-type': 'text/plain' },
      payload: 'name=Shop',
    });
    expect(response.statusCode).toBe(415);
  });

  it('answers an unknown route with the error shape', async () => {
    const response = await inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('not_found');
  });

  it('creates a channel from valid input with an unguessable public id', async () => {
    const response = await inject({
      method: 'POST',
      url: '/api/v1/channels',
      headers: tenant.auth,
      payload: validChannel,
    });
    expect(response.statusCode).toBe(201);
    const channel = response.json();
    expect(channel.publicId).toMatch(/^pub_[0-9a-z]{26}$/);
    expect(channel).not.toHaveProperty('signingSecret');
  });

  describe("Fastify's own errors in the one error shape", () => {
    const shaped = (body: string) => {
      const parsed = JSON.parse(body) as { error?: { code?: unknown; message?: unknown } };
      expect(Object.keys(parsed)).toEqual(['error']);
      expect(typeof parsed.error?.code).toBe('string');
      expect(typeof parsed.error?.message).toBe('string');
      return parsed.error as { code: string; message: string };
    };

    it('answers a URL with a broken percent-escape with 400 bad_request (FST_ERR_BAD_URL)', async () => {
      for (const url of ['/api/v1/channels/%zz', '/api/v1/channels/%E0%A4%A']) {
        const response = await inject({ method: 'GET', url, headers: tenant.auth });
        expect(response.statusCode, url).toBe(400);
        expect(shaped(response.body).code).toBe('bad_request');
        expect(response.headers['content-type']).toMatch(/^application\/json/);
      }
    });

    it('answers an over-long path segment with 414 uri_too_long (FST_ERR_MAX_PARAM_LENGTH)', async () => {
      const response = await inject({
        method: 'GET',
        url: `/api/v1/channels/${'x'.repeat(500)}`,
        headers: tenant.auth,
      });
      expect(response.statusCode).toBe(414);
      expect(shaped(response.body).code).toBe('uri_too_long');
    });

    it('answers a DELETE with a body the route cannot take in the error shape, and deletes nothing', async () => {
      const key = await app.trustloop.accounts.apiKeys.create(tenant.accountId, {
        name: 'kept',
        scopes: ['channels:read'],
      });
      const url = `/api/v1/api-keys/${key.apiKey.id}`;
      const empty = await inject({
        method: 'DELETE',
        url,
        headers: { ...tenant.auth, 'content-type': 'application/json' },
      });
      expect(empty.statusCode).toBe(400);
      expect(shaped(empty.body).code).toBe('invalid_json');
      const text = await inject({
        method: 'DELETE',
        url,
        headers: { ...tenant.auth, 'content-type': 'text/plain' },
        payload: 'please',
      });
      expect(text.statusCode).toBe(415);
      expect(shaped(text.body).code).toBe('unsupported_media_type');
      const keys = await app.trustloop.accounts.apiKeys.list(tenant.accountId);
      expect(keys.find((k) => k.id === key.apiKey.id)?.revokedAt).toBeNull();
    });

    it('answers a request the HTTP parser refuses (headers too large) in the error shape, over a socket', async () => {
      const address = await app.trustloop.app.listen({ host: '127.0.0.1', port: 0 });
      const { port } = new URL(address);
      const raw = await new Promise<string>((resolve, reject) => {
        const socket = connect(Number(port), '127.0.0.1', () => {
          socket.write(`GET /api/v1/channels HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(40_000)}\r\n\r\n`);
        });
        let data = '';
        socket.on('data', (chunk) => {
          data += chunk.toString();
        });
        socket.on('close', () => resolve(data));
        socket.on('error', (error) => (data ? resolve(data) : reject(error)));
      });
      expect(raw).toMatch(/^HTTP\/1\.1 431 /);
      const body = raw.slice(raw.indexOf('\r\n\r\n') + 4);
      expect(shaped(body).code).toBe('headers_too_large');
    });

    it('marks authenticated answers Cache-Control: no-store, and leaves public ones alone', async () => {
      const admin = await inject({ method: 'GET', url: '/api/v1/channels', headers: tenant.auth });
      expect(admin.headers['cache-control']).toBe('no-store');
      const refused = await inject({
        method: 'POST',
        url: '/api/v1/channels',
        headers: tenant.auth,
        payload: { ...validChannel, name: 42 },
      });
      expect(refused.statusCode).toBe(400);
      expect(refused.headers['cache-control']).toBe('no-store');
      const health = await inject({ method: 'GET', url: '/healthz' });
      expect(health.headers['cache-control']).toBeUndefined();
    });
  });
});

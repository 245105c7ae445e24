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
});

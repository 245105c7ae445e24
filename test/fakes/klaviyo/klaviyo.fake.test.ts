import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type KlaviyoFake, startKlaviyoFake } from './klaviyo.fake.js';

let fake: KlaviyoFake;
beforeEach(async () => {
  fake = await startKlaviyoFake({ rateLimits: false });
});
afterEach(() => fake.close());

function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  return fetch(`${fake.url}${path}`, {
    method,
    headers: {
      authorization: `Klaviyo-API-Key ${fake.privateKey}`,
      revision: '2026-07-15',
      accept: 'application/vnd.api+json',
      ...(body === undefined ? {} : { 'content-type': 'application/vnd.api+json' }),
      ...headers,
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

const profileImport = (email: string, properties: Record<string, unknown> = {}) => ({
  data: { type: 'profile', attributes: { email, properties } },
});

describe('the Klaviyo fake', () => {
  it('refuses an unknown private key with 401 not_authenticated', async () => {
    const response = await call('GET', '/api/accounts/', undefined, {
      authorization: 'Klaviyo-API-Key pk_wrong',
    });
    expect(response.status).toBe(401);
    const body = (await response.json()) as { errors: Array<{ code: string; id: string; title: string }> };
    expect(body.errors[0]).toMatchObject({ code: 'not_authenticated', status: 401 });
    expect(body.errors[0]!.id).toBeTruthy();
  });

  it('refuses a key lacking the operation scope with Klaviyo’s 403 permission_denied, which names no scope', async () => {
    fake.addKey('pk_events_only', ['events:write']);
    const response = await call('GET', '/api/accounts/', undefined, {
      authorization: 'Klaviyo-API-Key pk_events_only',
    });
    expect(response.status).toBe(403);
    const body = (await response.json()) as {
      errors: Array<{ code: string; detail: string; title: string }>;
    };
    expect(body.errors[0]).toMatchObject({
      code: 'permission_denied',
      title: 'You do not have permission to perform this action.',
      detail: 'You do not have permission to perform this action.',
    });
  });

  it('checks the scope before the body: a write without the scope is 403 even with an invalid body', async () => {
    fake.addKey('pk_read_only', ['accounts:read', 'profiles:read']);
    const invalid = { data: { type: 'profile', attributes: {} } };
    const refused = await call('POST', '/api/profile-import/', invalid, {
      authorization: 'Klaviyo-API-Key pk_read_only',
    });
    expect(refused.status).toBe(403);
    const allowed = await call('POST', '/api/profile-import/', invalid);
    expect(allowed.status).toBe(400);
    expect(fake.state.profiles.size).toBe(0);
  });

  it('requires the revision header', async () => {
    const response = await call('GET', '/api/accounts/', undefined, { revision: '' });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: Array<{ source: unknown }> }).errors[0]!.source).toEqual({
      parameter: 'revision',
    });
  });

  it('answers the account with its public key', async () => {
    const response = await call('GET', '/api/accounts/');
    const body = (await response.json()) as { data: Array<{ attributes: { public_api_key: string } }> };
    expect(body.data[0]!.attributes.public_api_key).toBe(fake.publicKey);
  });

  it('rejects a body that does not match the OpenAPI schema, pointing at the field', async () => {
    const response = await call('POST', '/api/profile-import', {
      data: { type: 'profiles', attributes: {} },
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: Array<{ source: { pointer: string } }> };
    expect(body.errors[0]!.source.pointer).toBe('/data/type');
  });

  it('answers 404 for a path the API does not have and 405 for a wrong method', async () => {
    expect((await call('GET', '/api/nothing-here')).status).toBe(404);
    expect((await call('PUT', '/api/profile-import', {})).status).toBe(405);
  });

  it('refuses an unsupported content type with 415', async () => {
    const response = await call('POST', '/api/profile-import', undefined, { 'content-type': 'text/plain' });
    expect(response.status).toBe(415);
  });

  it('creates a profile with 201, updates it with 200, merges properties and clears nulls', async () => {
    expect(
      (
        await call(
          'POST',
          '/api/profile-import',
          profileImport('Jana@Example.cz', { points: 10, tier: 'gold' }),
        )
      ).status,
    ).toBe(201);
    expect(
      (
        await call(
          'POST',
          '/api/profile-import',
          profileImport('jana@example.cz', { points: 20, tier: null }),
        )
      ).status,
    ).toBe(200);
    expect(fake.state.profileByEmail('jana@example.cz')?.properties).toEqual({ points: 20 });
    expect(fake.state.profiles.size).toBe(1);
  });

  it('answers 409 duplicate_profile when POST /api/profiles names an existing profile', async () => {
    await call('POST', '/api/profile-import', profileImport('a@example.com'));
    const response = await call('POST', '/api/profiles', profileImport('a@example.com'));
    expect(response.status).toBe(409);
    const body = (await response.json()) as {
      errors: Array<{ code: string; meta: { duplicate_profile_id: string } }>;
    };
    expect(body.errors[0]!.meta.duplicate_profile_id).toBe(fake.state.profileByEmail('a@example.com')!.id);
  });

  it('keeps only the first event with a repeated unique_id for the same profile and metric', async () => {
    const event = {
      data: {
        type: 'event',
        attributes: {
          properties: { points: 5 },
          unique_id: 'evt_1',
          metric: { data: { type: 'metric', attributes: { name: 'Points Credited' } } },
          profile: { data: { type: 'profile', attributes: { email: 'b@example.com' } } },
        },
      },
    };
    expect((await call('POST', '/api/events', event)).status).toBe(202);
    expect((await call('POST', '/api/events', event)).status).toBe(202);
    expect(fake.state.eventsOf('b@example.com', 'Points Credited')).toHaveLength(1);
  });

  it('pages lists ten at a time with an absolute next link carrying page[cursor]', async () => {
    for (let i = 0; i < 12; i++) fake.state.createList(`List ${i}`);
    const first = (await (await call('GET', '/api/lists')).json()) as {
      data: unknown[];
      links: { next: string };
    };
    expect(first.data).toHaveLength(10);
    expect(first.links.next).toMatch(new RegExp(`^${fake.url}/api/lists\\?.*page%5Bcursor%5D=`));
    const next = (await (await call('GET', first.links.next.slice(fake.url.length))).json()) as {
      data: unknown[];
      links: { next: string | null };
    };
    expect(next.data).toHaveLength(2);
    expect(next.links.next).toBeNull();
    expect((await call('GET', '/api/lists?page[size]=11')).status).toBe(400);
  });

  it('runs a bulk import job queued → processing → complete and applies its profiles then', async () => {
    const list = fake.state.createList('Newsletter');
    const created = await call('POST', '/api/profile-bulk-import-jobs', {
      data: {
        type: 'profile-bulk-import-job',
        attributes: {
          profiles: {
            data: [{ type: 'profile', attributes: { email: 'c@example.com', properties: { points: 3 } } }],
          },
        },
        relationships: { lists: { data: [{ type: 'list', id: list.id }] } },
      },
    });
    expect(created.status).toBe(202);
    const job = (await created.json()) as { data: { id: string; attributes: { status: string } } };
    expect(job.data.attributes.status).toBe('queued');
    expect(fake.state.profileByEmail('c@example.com')).toBeUndefined();
    const poll = async () =>
      (
        (await (await call('GET', `/api/profile-bulk-import-jobs/${job.data.id}`)).json()) as {
          data: { attributes: { status: string; completed_count: number } };
        }
      ).data.attributes;
    expect((await poll()).status).toBe('processing');
    expect(await poll()).toMatchObject({ status: 'complete', completed_count: 1 });
    expect(fake.state.profileByEmail('c@example.com')?.properties).toEqual({ points: 3 });
    expect(list.members.has(fake.state.profileByEmail('c@example.com')!.id)).toBe(true);
  });

  it('with completeAfterMs, a bulk import job stays processing until that long after its creation', async () => {
    await fake.close();
    fake = await startKlaviyoFake({ rateLimits: false, pollsToComplete: 1, completeAfterMs: 300 });
    const list = fake.state.createList('Newsletter');
    const startedAt = Date.now();
    const created = await call('POST', '/api/profile-bulk-import-jobs', {
      data: {
        type: 'profile-bulk-import-job',
        attributes: { profiles: { data: [profileImport('slow@example.com').data] } },
        relationships: { lists: { data: [{ type: 'list', id: list.id }] } },
      },
    });
    expect(created.status).toBe(202);
    const { data } = (await created.json()) as { data: { id: string } };
    const status = async () =>
      (
        (await (await call('GET', `/api/profile-bulk-import-jobs/${data.id}`)).json()) as {
          data: { attributes: { status: string } };
        }
      ).data.attributes.status;
    expect(await status()).toBe('processing');
    await expect.poll(status, { timeout: 5_000, interval: 50 }).toBe('complete');
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(300);
  });

  it('answers injected failures with Retry-After, then works again', async () => {
    fake.failNext(1, { status: 429, retryAfter: 2 });
    const throttled = await call('GET', '/api/accounts/');
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('retry-after')).toBe('2');
    expect((await call('GET', '/api/accounts/')).status).toBe(200);
  });
});

describe('the Klaviyo fake with the spec rate limits', () => {
  it('throttles GET /api/accounts beyond 1 per second with Retry-After and no RateLimit headers', async () => {
    const limited = await startKlaviyoFake();
    try {
      const headers = { authorization: `Klaviyo-API-Key ${limited.privateKey}`, revision: '2026-07-15' };
      const results = [];
      for (let i = 0; i < 3; i++) results.push(await fetch(`${limited.url}/api/accounts/`, { headers }));
      const throttled = results.find((r) => r.status === 429)!;
      expect(throttled.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(throttled.headers.get('ratelimit-limit')).toBeNull();
      expect(results[0]!.headers.get('ratelimit-limit')).toBe('15');
    } finally {
      await limited.close();
    }
  });
});

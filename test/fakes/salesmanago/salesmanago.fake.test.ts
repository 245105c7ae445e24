import { createHash, randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type SalesmanagoFake, startSalesmanagoFake } from './salesmanago.fake.js';

let fake: SalesmanagoFake;
beforeEach(async () => {
  fake = await startSalesmanagoFake();
});
afterEach(() => fake.close());

function call(path: string, body: Record<string, unknown>, secret = fake.apiSecret) {
  const apiKey = randomUUID();
  const sha = createHash('sha1').update(`${apiKey}${fake.clientId}${secret}`).digest('hex');
  return fetch(`${fake.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      clientId: fake.clientId,
      apiKey,
      requestTime: Date.now(),
      sha,
      owner: fake.owner,
      ...body,
    }),
  }).then(async (r) => ({
    status: r.status,
    body: (await r.json()) as { success: boolean; message: string[]; [k: string]: unknown },
  }));
}

describe('the SALESmanago fake', () => {
  it('answers HTTP 200 with success false and "Not authenticated" for a wrong secret', async () => {
    const response = await call('/api/contact/upsert', { contact: { email: 'a@x.pl' } }, 'wrong');
    expect(response).toEqual({ status: 200, body: { success: false, message: ['Not authenticated'] } });
  });

  it('upserts by email, adds and removes tags, and keeps the opt-in state when no flag is set', async () => {
    const first = await call('/api/contact/upsert', {
      contact: { email: 'A@x.pl' },
      tags: ['TRUSTLOOP', 'OLD'],
      forceOptIn: true,
    });
    const second = await call('/api/contact/upsert', {
      contact: { email: 'a@x.pl' },
      removeTags: ['OLD'],
      forceOptIn: false,
      forceOptOut: false,
    });
    expect(second.body['contactId']).toBe(first.body['contactId']);
    const contact = fake.contacts.get('a@x.pl')!;
    expect([...contact.tags]).toEqual(['TRUSTLOOP']);
    expect(contact.emailOptIn).toBe('opt-in');
  });

  it('refuses an external event for an unknown contact and never de-duplicates by externalId', async () => {
    const event = {
      email: 'a@x.pl',
      contactEvent: { date: Date.now(), contactExtEventType: 'PURCHASE', externalId: '1042', value: 59.9 },
    };
    expect((await call('/api/v2/contact/addContactExtEvent', event)).body.success).toBe(false);
    await call('/api/contact/upsert', { contact: { email: 'a@x.pl' } });
    await call('/api/v2/contact/addContactExtEvent', event);
    await call('/api/v2/contact/addContactExtEvent', event);
    expect(fake.events).toHaveLength(2);
  });

  it('calls the opt-out callback with the email substituted', async () => {
    const { default: Fastify } = await import('fastify');
    const seen: string[] = [];
    const hook = Fastify();
    hook.get('/optout', async (request) => {
      seen.push((request.query as { email: string }).email);
      return 'ok';
    });
    const hookUrl = await hook.listen({ host: '127.0.0.1', port: 0 });
    try {
      fake.setCallbacks({ optOut: `${hookUrl}/optout?email=$email$&key=s3cret` });
      expect(await fake.simulateOptChange('a+b@x.pl', 'opt-out')).toBe(200);
      expect(seen).toEqual(['a+b@x.pl']);
    } finally {
      await hook.close();
    }
  });
  it('answers /api/contact/basic with each known contact and whether it opted out, and refuses a bare email', async () => {
    fake.addContact('in@x.pl', 'opt-in');
    fake.addContact('out@x.pl', 'opt-out');
    const response = await call('/api/contact/basic', { email: ['IN@x.pl', 'out@x.pl', 'none@x.pl'] });
    expect(response.body).toMatchObject({
      success: true,
      contacts: [
        { email: 'in@x.pl', optedOut: false, deleted: false, invalid: false },
        { email: 'out@x.pl', optedOut: true },
      ],
    });
    expect((response.body['contacts'] as unknown[]).length).toBe(2);
    const bare = await call('/api/contact/basic', { email: 'in@x.pl' });
    expect(bare.body).toEqual({ success: false, message: ['email must be a list of email addresses'] });
  });
});

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/platform/clock.js';
import { appendEvent, drainJobs, pointsCredited } from '../contract/contract-fixtures.js';
import { defineCustomField, type EcomailFake, startEcomailFake } from '../fakes/ecomail/ecomail.fake.js';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';
import { dialects } from '../support/databases.js';

interface Field {
  key: string;
  name: string;
  type: string;
}
interface Activation {
  fieldsToCreate: Field[];
  fieldsPresent: Field[];
  fieldsWithOtherType: Array<Field & { actualType: string }>;
  instructions: string;
  copyText: string;
}

/** Seed 004 (M2): connecting Ecomail as a merchant does, against a fake that follows Ecomail's docs. */
describe.each(dialects)('Ecomail connection on %s', (kind) => {
  let app: TestApp;
  let tenant: Tenant;
  let fake: EcomailFake;

  beforeAll(async () => {
    app = await createTestApp(kind, { clock: new ManualClock(new Date()) });
  });
  afterAll(async () => {
    await app.close();
  });
  beforeEach(async () => {
    tenant = await createTenant(app);
    fake = await startEcomailFake({
      lists: [
        {
          id: 1,
          name: 'Zákazníci',
          customFields: {
            trustloop_points: { type: 'int', name: 'Body' },
            trustloop_pin: { type: 'int', name: 'PIN' },
          },
        },
        { id: 7, name: 'Newsletter' },
      ],
    });
    return () => fake.close();
  });

  const connect = (settings: Record<string, unknown>) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/connections',
      headers: tenant.auth,
      payload: { channelId: tenant.channelId, connectorId: 'ecomail', settings },
    });
  const base = () => ({ apiKey: fake.apiKey, listId: '1', baseUrl: fake.url });

  it('activates without updating the list and says which prefixed fields to create, which exist, which have another type', async () => {
    const response = await connect(base());
    expect(response.statusCode).toBe(201);
    const { activation } = response.json() as { activation: Activation };
    expect(activation.fieldsPresent).toEqual([{ key: 'trustloop_points', name: 'Points', type: 'int' }]);
    expect(activation.fieldsWithOtherType).toEqual([
      { key: 'trustloop_pin', name: 'PIN', type: 'string', actualType: 'int' },
    ]);
    expect(activation.fieldsToCreate.map((f) => f.key)).toEqual([
      'trustloop_tier',
      'trustloop_referral_link',
      'trustloop_next_expiry_points',
      'trustloop_next_expiry_date',
      'trustloop_last_coupon_code',
      'trustloop_questionnaire_link',
    ]);
    expect(activation.copyText.split('\n')[0]).toBe('trustloop_tier\tstring\tTier');
    expect(activation.instructions).toContain('“Zákazníci” → Settings → Custom fields');
    expect(fake.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(fake.lists.get(1)!.name).toBe('Zákazníci');
  });

  it('uses the connection’s prefix for the fields to create', async () => {
    const response = await connect({ ...base(), fieldPrefix: 'ellity_' });
    const { activation } = response.json() as { activation: Activation };
    expect(activation.fieldsPresent).toEqual([]);
    expect(activation.fieldsToCreate.map((f) => f.key)).toContain('ellity_points');
  });

  it('shows in the setup, checked live, the fields still missing once the merchant created some', async () => {
    const id = ((await connect(base())).json() as { id: string }).id;
    defineCustomField(fake, 1, 'trustloop_tier', { type: 'string', name: 'Tier' });
    const setup = await app.inject({
      method: 'GET',
      url: `/api/v1/connections/${id}/setup`,
      headers: tenant.auth,
    });
    expect(setup.statusCode).toBe(200);
    const body = setup.json() as { listWebhookUrl: string; activation: Activation };
    expect(body.listWebhookUrl).toContain(`/public/v1/connectors/${id}/inbound`);
    expect(body.activation.fieldsPresent.map((f) => f.key)).toEqual(['trustloop_points', 'trustloop_tier']);
    expect(body.activation.fieldsToCreate.map((f) => f.key)).not.toContain('trustloop_tier');
  });

  it('still answers the values to paste when the activation check fails, with the failure’s code for the admin to word', async () => {
    const id = ((await connect(base())).json() as { id: string }).id;
    const setup = () =>
      app
        .inject({ method: 'GET', url: `/api/v1/connections/${id}/setup`, headers: tenant.auth })
        .then((response) => response.json() as Record<string, unknown>);
    fake.failNext(1, { status: 503, body: { message: 'Service Unavailable' } });
    expect(await setup()).toMatchObject({
      listWebhookUrl: expect.stringContaining(`/public/v1/connectors/${id}/inbound`),
      activation: null,
      activationError: expect.any(String),
      activationErrorCode: 'platform.unavailable',
    });
    fake.revokeKey();
    expect(await setup()).toMatchObject({ activation: null, activationErrorCode: 'credentials.refused' });
  });

  it('surfaces Ecomail’s field errors of a 422 in the error details, and stores nothing', async () => {
    fake.failNext(1, {
      status: 422,
      body: { message: 'The given data was invalid.', errors: { list_id: ['The list id is invalid.'] } },
    });
    const response = await connect(base());
    expect(response.statusCode).toBe(422);
    const { error } = response.json() as {
      error: { message: string; details: Array<{ field: string; message: string }> };
    };
    expect(error.message).toContain('The given data was invalid.');
    expect(error.message).toContain('list_id: The list id is invalid.');
    expect(error.details).toContainEqual(
      expect.objectContaining({ field: '/platform/list_id', message: 'The list id is invalid.' }),
    );
    const list = await app.inject({ method: 'GET', url: '/api/v1/connections', headers: tenant.auth });
    expect(list.json()).toEqual({ connections: [] });
  });

  it('offers the account’s lists for an API key before the connection is saved, and for a saved one', async () => {
    const lists = await app.inject({
      method: 'POST',
      url: '/api/v1/connectors/ecomail/lists',
      headers: tenant.auth,
      payload: { settings: { apiKey: fake.apiKey, baseUrl: fake.url } },
    });
    expect(lists.statusCode).toBe(200);
    expect(lists.json()).toEqual({
      lists: [
        { id: '1', name: 'Zákazníci', subscriberCount: 0 },
        { id: '7', name: 'Newsletter', subscriberCount: 0 },
      ],
    });
    const id = ((await connect({ ...base(), listId: '7' })).json() as { id: string }).id;
    const saved = await app.inject({
      method: 'GET',
      url: `/api/v1/connections/${id}/lists`,
      headers: tenant.auth,
    });
    expect(saved.statusCode).toBe(200);
    expect((saved.json() as { lists: Array<{ id: string }> }).lists.map((l) => l.id)).toEqual(['1', '7']);
  });

  it('refuses to list with a wrong key (422 naming apiKey), without a key, or with an unknown setting', async () => {
    const post = (settings: Record<string, unknown>) =>
      app.inject({
        method: 'POST',
        url: '/api/v1/connectors/ecomail/lists',
        headers: tenant.auth,
        payload: { settings },
      });
    const wrong = await post({ apiKey: 'wrong', baseUrl: fake.url });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json()).toMatchObject({
      error: {
        details: [
          { field: '/body/settings/apiKey', code: 'credentials.refused', params: { platform: 'Ecomail' } },
        ],
      },
    });
    const missing = await post({ baseUrl: fake.url });
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toMatchObject({ error: { details: [{ field: '/body/settings/apiKey' }] } });
    const unknown = await post({ apiKey: fake.apiKey, baseUrl: fake.url, colour: 'red' });
    expect(unknown.json()).toMatchObject({ error: { details: [{ field: '/body/settings/colour' }] } });
    const none = await app.inject({
      method: 'POST',
      url: '/api/v1/connectors/webhooks/lists',
      headers: tenant.auth,
      payload: { settings: {} },
    });
    expect(none.statusCode).toBe(400);
    expect(none.json()).toMatchObject({ error: { details: [{ field: '/params/connectorId' }] } });
  });

  it('sends events with the connection’s event category (ellity for a shop moving from Ellity), trustloop by default', async () => {
    const created = await connect({ ...base(), eventCategory: 'ellity' });
    expect((created.json() as { settings: Record<string, unknown> }).settings).toMatchObject({
      eventCategory: 'ellity',
    });
    await appendEvent(app, tenant, 'points.credited', pointsCredited('jana@example.cz', 50, 170));
    await drainJobs(app);
    expect(fake.events.map((e) => `${e.category}/${e.action}/${e.label}`)).toEqual(['ellity/change/credit']);
    const other = await createTenant(app);
    const defaulted = await app.inject({
      method: 'POST',
      url: '/api/v1/connections',
      headers: other.auth,
      payload: { channelId: other.channelId, connectorId: 'ecomail', settings: base() },
    });
    expect((defaulted.json() as { settings: Record<string, unknown> }).settings).toMatchObject({
      eventCategory: 'trustloop',
    });
  });

  it('takes default tags as "A,B" or a list, and refuses spaces like every tag list, naming the setting', async () => {
    const asText = await connect({ ...base(), defaultTags: 'VIP,LOYALTY' });
    expect(asText.statusCode).toBe(201);
    expect((asText.json() as { settings: Record<string, unknown> }).settings).toMatchObject({
      defaultTags: ['VIP', 'LOYALTY'],
    });
    const spaced = await connect({ ...base(), defaultTags: 'VIP, LOYALTY' });
    expect(spaced.statusCode).toBe(400);
    expect(spaced.json()).toMatchObject({
      error: {
        details: [
          {
            field: '/body/settings/defaultTags',
            message:
              '"VIP, LOYALTY": a space follows the comma at position 4; write tags separated by commas without spaces',
          },
        ],
      },
    });
    const listed = await connect({ ...base(), defaultTags: ['VIP', 'my tag'] });
    expect(listed.statusCode).toBe(400);
    expect(listed.json()).toMatchObject({ error: { details: [{ field: '/body/settings/defaultTags/1' }] } });
    const tooLong = await connect({ ...base(), defaultTags: ['A'.repeat(55)] });
    expect(tooLong.statusCode).toBe(422);
    expect(tooLong.json()).toMatchObject({ error: { details: [{ field: '/body/settings/defaultTags' }] } });
  });

  it('gives the default tags to contacts it adds, never replacing the tags of a contact already in the list', async () => {
    await fetch(`${fake.url}/lists/1/subscribe`, {
      method: 'POST',
      headers: { key: fake.apiKey, 'content-type': 'application/json' },
      body: JSON.stringify({
        subscriber_data: { email: 'own@example.cz', tags: ['MERCHANT'] },
        skip_confirmation: true,
      }),
    });
    await connect({ ...base(), defaultTags: 'VIP,LOYALTY' });
    for (const email of ['own@example.cz', 'new@example.cz'])
      await appendEvent(app, tenant, 'points.credited', pointsCredited(email, 10, 60));
    await appendEvent(app, tenant, 'consent.changed', {
      customerId: 'c',
      channelId: tenant.channelId,
      email: 'own@example.cz',
      status: 'subscribed',
      previous: 'unknown',
      source: 'shop',
      changedAt: new Date().toISOString(),
      doubleOptIn: false,
    });
    await drainJobs(app);
    expect(fake.subscriber(1, 'new@example.cz')?.tags).toEqual(['VIP', 'LOYALTY']);
    expect(fake.subscriber(1, 'own@example.cz')).toMatchObject({ tags: ['MERCHANT'], status: 1 });
  });

  it('tags the contacts an export adds, whether their consent is known or not, and leaves an existing contact’s tags', async () => {
    await fetch(`${fake.url}/lists/1/subscribe`, {
      method: 'POST',
      headers: { key: fake.apiKey, 'content-type': 'application/json' },
      body: JSON.stringify({
        subscriber_data: { email: 'own@example.cz', tags: ['MERCHANT'] },
        skip_confirmation: true,
      }),
    });
    for (const email of ['own@example.cz', 'unknown@example.cz', 'known@example.cz'])
      await appendEvent(app, tenant, 'points.credited', pointsCredited(email, 10, 60));
    for (const email of ['own@example.cz', 'known@example.cz'])
      await appendEvent(app, tenant, 'consent.changed', {
        customerId: 'c',
        channelId: tenant.channelId,
        email,
        status: 'subscribed',
        previous: 'unknown',
        source: 'shop',
        changedAt: new Date().toISOString(),
        doubleOptIn: false,
      });
    await drainJobs(app);
    const id = ((await connect({ ...base(), defaultTags: ['VIP'] })).json() as { id: string }).id;
    const run = await app.inject({
      method: 'POST',
      url: `/api/v1/connections/${id}/exports`,
      headers: tenant.auth,
    });
    expect(run.statusCode).toBe(202);
    await drainJobs(app);
    expect(fake.subscriber(1, 'unknown@example.cz')).toMatchObject({ tags: ['VIP'], status: 2 });
    expect(fake.subscriber(1, 'known@example.cz')).toMatchObject({ tags: ['VIP'], status: 1 });
    expect(fake.subscriber(1, 'own@example.cz')).toMatchObject({ tags: ['MERCHANT'], status: 1 });
  });
});

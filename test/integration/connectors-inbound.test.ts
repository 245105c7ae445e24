import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/platform/clock.js';
import { type EcomailFake, setListWebhook, startEcomailFake } from '../fakes/ecomail/ecomail.fake.js';
import { type KlaviyoFake, startKlaviyoFake } from '../fakes/klaviyo/klaviyo.fake.js';
import { type SalesmanagoFake, startSalesmanagoFake } from '../fakes/salesmanago/salesmanago.fake.js';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';
import { dialects } from '../support/databases.js';

/** Platforms calling Trustloop back, over a real socket: Klaviyo's flow webhook, Ecomail's list webhook, SALESmanago's callbacks. */
describe.each(dialects)('platform callbacks on %s', (kind) => {
  let app: TestApp;
  let tenant: Tenant;
  let url: string;
  let klaviyo: KlaviyoFake;
  let ecomail: EcomailFake;
  let salesmanago: SalesmanagoFake;
  // biome-ignore lint/suspicious/noExplicitAny: setup shapes differ per platform
  const connections: Record<string, { id: string; setup: Record<string, any> }> = {};

  beforeAll(async () => {
    app = await createTestApp(kind, { clock: new ManualClock(new Date()) });
    url = await app.trustloop.app.listen({ host: '127.0.0.1', port: 0 });
    [klaviyo, ecomail, salesmanago] = await Promise.all([
      startKlaviyoFake({ rateLimits: false }),
      startEcomailFake(),
      startSalesmanagoFake(),
    ]);
    tenant = await createTenant(app);
    const settings: Record<string, Record<string, unknown>> = {
      klaviyo: {
        publicKey: klaviyo.publicKey,
        privateKey: klaviyo.privateKey,
        baseUrl: klaviyo.url,
        questionnaireLinkProperty: 'review_link',
      },
      ecomail: { apiKey: ecomail.apiKey, listId: '1', baseUrl: ecomail.url },
      salesmanago: {
        clientId: salesmanago.clientId,
        apiSecret: salesmanago.apiSecret,
        endpoint: salesmanago.url,
        owner: salesmanago.owner,
      },
    };
    for (const [connectorId, values] of Object.entries(settings)) {
      const created = await app.inject({
        method: 'POST',
        url: '/api/v1/connections',
        headers: tenant.auth,
        payload: { channelId: tenant.channelId, connectorId, settings: values },
      });
      expect(created.statusCode, created.body).toBe(201);
      const id = (created.json() as { id: string }).id;
      const setup = (
        await app.inject({ method: 'GET', url: `/api/v1/connections/${id}/setup`, headers: tenant.auth })
      ).json() as Record<string, unknown>;
      // The instance answers on a random port in tests; PUBLIC_URL is what merchants would see.
      connections[connectorId] = {
        id,
        setup: JSON.parse(JSON.stringify(setup).replaceAll(app.trustloop.config.http.publicUrl, url)),
      };
    }
  });
  afterAll(async () => {
    await Promise.all([klaviyo.close(), ecomail.close(), salesmanago.close()]);
    await app.close();
  });

  const consentOf = (email: string) => app.trustloop.contacts.getConsent(tenant.channelId, email);

  it('refuses a Klaviyo flow webhook with a missing or forged secret, creating nothing', async () => {
    const { id } = connections['klaviyo']!;
    const body = JSON.stringify({ email: 'forged@example.com' });
    const headers = { 'content-type': 'application/json' };
    const missing = await fetch(`${url}/public/v1/connectors/${id}/inbound`, {
      method: 'POST',
      headers,
      body,
    });
    const forged = await fetch(`${url}/public/v1/connectors/${id}/inbound?key=not-the-secret`, {
      method: 'POST',
      headers,
      body,
    });
    expect([missing.status, forged.status]).toEqual([401, 401]);
    expect(klaviyo.state.profileByEmail('forged@example.com')).toBeUndefined();
  });

  it('turns a Klaviyo flow webhook into an invitation and writes its link to the profile property the template uses', async () => {
    const { flowWebhook } = connections['klaviyo']!.setup;
    expect(JSON.parse(flowWebhook.jsonBody)).toMatchObject({ email: '{{ person.email }}' });
    // Klaviyo renders the template tags as strings; missing variables become empty strings.
    const rendered = {
      email: 'flow@example.com',
      first_name: 'Jana',
      locale: '',
      order_id: '',
      order_number: '1042',
      review_type: 'service',
    };
    const send = () =>
      fetch(flowWebhook.destinationUrl.replace(/\?key=.*/, ''), {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-klaviyo-flow-id': 'XyZ123',
          ...flowWebhook.headers,
        },
        body: JSON.stringify(rendered),
      });
    const first = await send();
    expect(first.status, await first.clone().text()).toBe(200);
    const { link } = (await first.json()) as { link: string };
    expect(link).toMatch(/^http/);
    expect(klaviyo.state.profileByEmail('flow@example.com')?.properties['review_link']).toBe(link);
    // Klaviyo retries on 5xx and timeouts: the same request yields the same invitation.
    expect(((await (await send()).json()) as { link: string }).link).toBe(link);
  });

  it('records an Ecomail unsubscribe made in Ecomail as the customer’s consent', async () => {
    setListWebhook(ecomail, 1, connections['ecomail']!.setup['listWebhookUrl']);
    expect(await ecomail.simulateStatusChange(1, 'eco@example.com', 'SUBSCRIBED')).toBe(200);
    expect(await consentOf('eco@example.com')).toBe('subscribed');
    expect(await ecomail.simulateStatusChange(1, 'eco@example.com', 'UNSUBSCRIBED')).toBe(200);
    expect(await consentOf('eco@example.com')).toBe('unsubscribed');
  });

  it('records SALESmanago opt-in and opt-out callbacks, with the email substituted into the URL', async () => {
    const { optInCallbackUrl, optOutCallbackUrl } = connections['salesmanago']!.setup;
    salesmanago.setCallbacks({ optIn: optInCallbackUrl, optOut: optOutCallbackUrl });
    expect(await salesmanago.simulateOptChange('sm+tag@example.com', 'opt-in')).toBe(200);
    expect(await consentOf('sm+tag@example.com')).toBe('subscribed');
    expect(await salesmanago.simulateOptChange('sm+tag@example.com', 'opt-out')).toBe(200);
    expect(await consentOf('sm+tag@example.com')).toBe('unsubscribed');
  });
});

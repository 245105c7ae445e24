import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';
import { dialects } from '../support/databases.js';
import { ledgerOf, memberOf, setUpProgram } from '../support/loyalty-fixtures.js';

describe.each(dialects)('the newsletter widget’s sign-up on %s', (kind) => {
  let app: TestApp;
  let shop: Tenant;

  beforeAll(async () => {
    app = await createTestApp(kind);
    shop = await createTenant(app, 'Newsletter');
    await setUpProgram(app, shop, { newsletterPoints: 30, signupPoints: 0 });
  });
  afterAll(() => app.close());

  const signUp = (payload: Record<string, unknown>, origin?: string) =>
    app.inject({
      method: 'POST',
      url: `/public/v1/channels/${shop.publicId}/newsletter`,
      headers: origin ? { origin } : {},
      payload,
    });

  it('records the opt-in from the widget and awards the newsletter points once, however often it is sent', async () => {
    const email = 'ola@example.pl';
    for (let i = 0; i < 3; i++) {
      const response = await signUp({ email, consent: true });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json()).toEqual({ status: 'subscribed' });
      await app.trustloop.jobs.runDueJobs();
    }
    expect(await app.trustloop.contacts.getConsent(shop.channelId, email)).toBe('subscribed');
    const { body: member } = await memberOf(app, shop, email);
    expect(member.balance).toBe(30);
    const entries = await ledgerOf(app, shop, member.memberId);
    expect(entries.filter((entry) => entry.cause === 'newsletter')).toHaveLength(1);
  });

  it('refuses a sign-up without the ticked consent or with a broken email, naming the field, and records nothing', async () => {
    const unticked = await signUp({ email: 'nie@example.pl', consent: false });
    expect(unticked.statusCode).toBe(400);
    expect(unticked.json().error.details).toEqual([
      { field: '/body/consent', message: 'the shopper must tick the consent to subscribe' },
    ]);
    const broken = await signUp({ email: 'not an email', consent: true });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error.details[0].field).toBe('/body/email');
    expect(await app.trustloop.contacts.getConsent(shop.channelId, 'nie@example.pl')).toBe('unknown');
  });

  it('answers CORS for the shop’s own origin only', async () => {
    const own = `https://${(await app.trustloop.accounts.channels.get(shop.accountId, shop.channelId)).domain}`;
    const allowed = await signUp({ email: 'own@example.pl', consent: true }, own);
    expect(allowed.headers['access-control-allow-origin']).toBe(own);
    const other = await signUp({ email: 'other@example.pl', consent: true }, 'https://elsewhere.example');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('answers 404 for an unknown channel', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/public/v1/channels/pub_nope/newsletter',
      payload: { email: 'a@example.pl', consent: true },
    });
    expect(response.statusCode).toBe(404);
  });
});

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/platform/clock.js';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';
import { dialects } from '../support/databases.js';
import { ledgerOf, memberOf, setUpProgram } from '../support/loyalty-fixtures.js';
import { type SmtpSink, startSmtpSink } from '../support/smtp-sink.js';

const PUBLIC_URL = 'https://trustloop.test';

describe.each(dialects)('the newsletter widget’s double opt-in on %s', (kind) => {
  let app: TestApp;
  let sink: SmtpSink;
  let shop: Tenant;
  /** The channel's name as the shopper sees it (createTenant adds a suffix). */
  let name: string;
  const clock = new ManualClock('2026-06-01T10:00:00.000Z');

  beforeAll(async () => {
    sink = await startSmtpSink();
    app = await createTestApp(kind, {
      clock,
      env: { SMTP_URL: sink.url, MAIL_FROM: 'Shop <news@trustloop.test>', PUBLIC_URL },
    });
    shop = await createTenant(app, 'Sklep Oli');
    name = (await app.trustloop.accounts.channels.get(shop.accountId, shop.channelId)).name;
    await setUpProgram(app, shop, { newsletterPoints: 40, signupPoints: 0 });
    const patched = await app.inject({
      method: 'PATCH',
      url: `/api/v1/channels/${shop.channelId}/widget-settings`,
      headers: shop.auth,
      payload: { newsletter: { doubleOptIn: true } },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json().newsletter).toEqual({ doubleOptIn: true });
  });
  afterAll(async () => {
    await app.close();
    await sink.close();
  });
  beforeEach(() => clock.advance(60 * 60_000));

  const signUp = (email: string, lang = 'pl') =>
    app.inject({
      method: 'POST',
      url: `/public/v1/channels/${shop.publicId}/newsletter`,
      payload: { email, consent: true, lang },
    });
  const runJobs = () => app.trustloop.jobs.runDueJobs();
  const linkIn = (email: string, index = 0) => {
    const text = String(sink.to(email)[index]?.mail.text ?? '');
    const link = /https:\/\/trustloop\.test\/\S+/.exec(text)?.[0];
    if (!link) throw new Error(`no confirmation link mailed to ${email}: ${text}`);
    return new URL(link);
  };
  const confirm = (link: URL, origin = PUBLIC_URL) =>
    app.inject({
      method: 'POST',
      url: link.pathname,
      headers: { origin, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ token: link.searchParams.get('token') ?? '' }).toString(),
    });
  const newsletterPoints = async (email: string) => {
    const { status, body } = await memberOf(app, shop, email);
    if (status === 404) return [];
    return (await ledgerOf(app, shop, body.memberId)).filter((entry) => entry.cause === 'newsletter');
  };

  it('answers pending and emails one confirmation link in the shopper’s language, however often the form is sent', async () => {
    const email = 'ola@example.pl';
    for (let i = 0; i < 3; i++) {
      const response = await signUp(email);
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json()).toEqual({ status: 'pending' });
      await runJobs();
    }
    expect(sink.to(email)).toHaveLength(1);
    const [message] = sink.to(email);
    expect(message!.mail.subject).toBe(`Potwierdź zapis do newslettera ${name}`);
    expect(message!.mail.html).toContain('Potwierdzam zapis');
    expect(linkIn(email).pathname).toBe(`/public/v1/channels/${shop.publicId}/newsletter/confirm`);
    expect(await app.trustloop.contacts.getConsent(shop.channelId, email)).toBe('pending');
    expect(await newsletterPoints(email)).toEqual([]);
  });

  it('opening the link only shows the confirm button (a mail scanner confirms nothing); pressing it subscribes and awards the points once, a second press changes nothing', async () => {
    const email = 'jan@example.pl';
    await signUp(email);
    await runJobs();
    const link = linkIn(email);
    const opened = await app.inject({ method: 'GET', url: `${link.pathname}${link.search}` });
    expect(opened.statusCode).toBe(200);
    expect(opened.body).toContain('<html lang="pl">');
    expect(opened.body).toContain(`Potwierdź zapis do newslettera ${name} dla adresu jan@example.pl.`);
    await runJobs();
    expect(await app.trustloop.contacts.getConsent(shop.channelId, email)).toBe('pending');

    for (let i = 0; i < 2; i++) {
      const confirmed = await confirm(link);
      expect(confirmed.statusCode, confirmed.body).toBe(200);
      expect(confirmed.body).toContain(`Dziękujemy, zapis do newslettera ${name} jest potwierdzony.`);
      await runJobs();
    }
    expect(await app.trustloop.contacts.getConsent(shop.channelId, email)).toBe('subscribed');
    const points = await newsletterPoints(email);
    expect(points.map((entry) => entry.points)).toEqual([40]);
    const customer = await app.trustloop.contacts.findCustomer(shop.accountId, shop.channelId, { email });
    const history = await app.trustloop.contacts.consentHistory(
      shop.accountId,
      shop.channelId,
      customer!.customerId,
    );
    expect(history.map((entry) => [entry.status, entry.doubleOptIn])).toEqual([
      ['pending', false],
      ['subscribed', true],
    ]);
  });

  it('a subscribed shopper who signs up again is told so and gets no email', async () => {
    const email = 'ewa@example.pl';
    await signUp(email);
    await runJobs();
    await confirm(linkIn(email));
    await runJobs();
    clock.advance(60 * 60_000);
    const again = await signUp(email);
    expect(again.json()).toEqual({ status: 'subscribed' });
    await runJobs();
    expect(sink.to(email)).toHaveLength(1);
    expect((await newsletterPoints(email)).map((entry) => entry.points)).toEqual([40]);
  });

  it('refuses a tampered link, another channel’s link and a confirmation posted from another site, changing nothing', async () => {
    const email = 'piotr@example.pl';
    await signUp(email);
    await runJobs();
    const link = linkIn(email);
    const token = link.searchParams.get('token')!;
    const tampered = new URL(link);
    tampered.searchParams.set('token', `${token.slice(0, -2)}${token.endsWith('00') ? '11' : '00'}`);
    expect((await confirm(tampered)).statusCode).toBe(410);
    const other = await createTenant(app, 'Other');
    const elsewhere = new URL(link);
    elsewhere.pathname = `/public/v1/channels/${other.publicId}/newsletter/confirm`;
    expect((await confirm(elsewhere)).statusCode).toBe(410);
    expect((await confirm(link, 'https://evil.example')).statusCode).toBe(410);
    const opened = await app.inject({ method: 'GET', url: `${tampered.pathname}${tampered.search}` });
    expect(opened.statusCode).toBe(410);
    await runJobs();
    expect(await app.trustloop.contacts.getConsent(shop.channelId, email)).toBe('pending');
    expect(await newsletterPoints(email)).toEqual([]);
  });

  it('an old link does not subscribe a shopper who unsubscribed since, nor one after seven days', async () => {
    const email = 'ida@example.pl';
    await signUp(email);
    await runJobs();
    const link = linkIn(email);
    const customer = await app.trustloop.contacts.findCustomer(shop.accountId, shop.channelId, { email });
    await app.trustloop.database.db.transaction().execute((trx) =>
      app.trustloop.contacts.changeConsent(trx, {
        accountId: shop.accountId,
        channelId: shop.channelId,
        email,
        status: 'unsubscribed',
        source: 'esp',
        changedAt: clock.now().toISOString(),
      }),
    );
    expect(customer).toBeDefined();
    expect((await confirm(link)).statusCode).toBe(410);
    expect(await app.trustloop.contacts.getConsent(shop.channelId, email)).toBe('unsubscribed');

    const late = 'late@example.pl';
    await signUp(late);
    await runJobs();
    clock.advance(7 * 86_400_000 + 1000);
    expect((await confirm(linkIn(late))).statusCode).toBe(410);
    expect(await app.trustloop.contacts.getConsent(shop.channelId, late)).toBe('pending');
  });
});

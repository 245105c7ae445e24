import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/platform/clock.js';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';
import { dialects } from '../support/databases.js';
import {
  configureInvitations,
  DAY_MS,
  listInvitations,
  postInvitation,
} from '../support/invitations-fixtures.js';
import { type SmtpSink, startSmtpSink } from '../support/smtp-sink.js';

const POLISH = {
  subject: 'Anna, oceń zamówienie {order} w {shop}',
  intro: 'Dziękujemy za zakupy w {shop}!\n\nTwoja opinia pomoże innym klientom.',
  buttonText: 'Oceń nas',
  logoUrl: 'https://cdn.shop.test/logo-pl.png',
  buttonColor: '#1d4ed8',
  buttonTextColor: '#ffffff',
  backgroundColor: '#eef2ff',
};

describe.each(dialects)('invitation email templates on %s', (kind) => {
  let app: TestApp;
  let sink: SmtpSink;
  let shop: Tenant;
  const clock = new ManualClock('2026-05-04T08:00:00.000Z');

  beforeAll(async () => {
    sink = await startSmtpSink();
    app = await createTestApp(kind, {
      clock,
      env: {
        SMTP_URL: sink.url,
        MAIL_FROM: 'Reviews <reviews@trustloop.test>',
        PUBLIC_URL: 'https://r.shop.test',
      },
    });
  });
  afterAll(async () => {
    await app.close();
    await sink.close();
  });
  beforeEach(async () => {
    shop = await createTenant(app, 'Sklep Ani');
  });

  const url = (kind: string, locale: string, suffix = '') =>
    `/api/v1/channels/${shop.channelId}/invitation-templates/${kind}/${locale}${suffix}`;
  const get = async (kind: string, locale: string) =>
    (await app.inject({ method: 'GET', url: url(kind, locale), headers: shop.auth })).json();
  const put = (kind: string, locale: string, body: Record<string, unknown>) =>
    app.inject({ method: 'PUT', url: url(kind, locale), headers: shop.auth, payload: body });
  const runDue = () => app.trustloop.jobs.runDueJobs();

  it('serves the catalogue’s texts with their placeholders while nothing is stored, in the language asked', async () => {
    await configureInvitations(app, shop, { logoUrl: 'https://cdn.shop.test/logo.png' });
    expect(await get('invitation', 'pl')).toMatchObject({
      kind: 'invitation',
      locale: 'pl',
      subject: 'Jak oceniasz zakupy w sklepie {shop}?',
      buttonText: 'Wystaw opinię',
      logoUrl: 'https://cdn.shop.test/logo.png',
      buttonColor: '#15803d',
      custom: false,
      updatedAt: null,
      placeholders: ['shop', 'name', 'order'],
    });
    expect((await get('reminder', 'de')).subject).toBe(
      'Kurze Erinnerung: Wie war Ihre Bestellung bei {shop}?',
    );
    const all = await app.inject({
      method: 'GET',
      url: `/api/v1/channels/${shop.channelId}/invitation-templates`,
      headers: shop.auth,
    });
    expect(all.json().data).toHaveLength(10);
  });

  it('refuses an unknown placeholder, naming the field and the placeholders allowed, and stores nothing', async () => {
    const refused = await put('invitation', 'pl', { ...POLISH, intro: 'Cześć {nmae}, dziękujemy!' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error).toMatchObject({
      code: 'validation_failed',
      details: [{ field: '/body/intro', message: 'unknown placeholder {nmae}; use {shop}, {name}, {order}' }],
    });
    expect((await get('invitation', 'pl')).custom).toBe(false);
  });

  it('refuses a template that tries to place or drop the unsubscribe link itself', async () => {
    const refused = await put('invitation', 'en', { ...POLISH, intro: 'Thanks! {unsubscribe}' });
    expect(refused.json().error.details).toEqual([
      { field: '/body/intro', message: 'unknown placeholder {unsubscribe}; use {shop}, {name}, {order}' },
    ]);
  });

  it('refuses a stray brace, an empty text, a colour that is not #rrggbb, a faint button label and a non-http logo', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ subject: 'Oceń {shop' }, '/body/subject'],
      [{ buttonText: '   ' }, '/body/buttonText'],
      [{ buttonColor: 'blue' }, '/body/buttonColor'],
      [{ buttonColor: '#ffffff', buttonTextColor: '#f5f5f5' }, '/body/buttonTextColor'],
      [{ logoUrl: 'javascript:alert(1)' }, '/body/logoUrl'],
    ];
    for (const [change, field] of cases) {
      const refused = await put('invitation', 'pl', { ...POLISH, ...change });
      expect(refused.statusCode, JSON.stringify(change)).toBe(400);
      expect(refused.json().error.details[0].field, JSON.stringify(change)).toBe(field);
    }
    expect((await get('invitation', 'pl')).custom).toBe(false);
  });

  it('stores a template; saving it again changes nothing; resetting brings the catalogue back', async () => {
    const first = await put('invitation', 'pl', POLISH);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ ...POLISH, custom: true });
    const again = await put('invitation', 'pl', POLISH);
    expect(again.json()).toMatchObject({ ...POLISH, custom: true });
    const all = await app.inject({
      method: 'GET',
      url: `/api/v1/channels/${shop.channelId}/invitation-templates`,
      headers: shop.auth,
    });
    const custom = (all.json().data as Array<{ kind: string; locale: string; custom: boolean }>).filter(
      (template) => template.custom,
    );
    expect(custom.map((template) => `${template.kind}/${template.locale}`)).toEqual(['invitation/pl']);
    expect((await get('invitation', 'en')).custom).toBe(false);

    const reset = await app.inject({ method: 'DELETE', url: url('invitation', 'pl'), headers: shop.auth });
    expect(reset.statusCode).toBe(204);
    expect(await get('invitation', 'pl')).toMatchObject({
      custom: false,
      subject: 'Jak oceniasz zakupy w sklepie {shop}?',
    });
  });

  it('sends the invitation with the stored template of its language; the unsubscribe link and header stay', async () => {
    await put('invitation', 'pl', POLISH);
    const { body } = await postInvitation(app, shop, {
      email: 'anna@example.org',
      name: 'Anna',
      orderNumber: '#7001',
      locale: 'pl',
    });
    await runDue();
    const [message] = sink.to('anna@example.org');
    const mail = message!.mail;
    expect(mail.subject).toBe('Anna, oceń zamówienie #7001 w Sklep Ani PL');
    expect(mail.text).toContain(
      'Dziękujemy za zakupy w Sklep Ani PL!\n\nTwoja opinia pomoże innym klientom.',
    );
    expect(mail.html).toContain(
      '<p>Dziękujemy za zakupy w Sklep Ani PL!</p><p>Twoja opinia pomoże innym klientom.</p>',
    );
    expect(mail.html).toContain('background:#1d4ed8;color:#ffffff');
    expect(mail.html).toContain('background:#eef2ff');
    expect(mail.html).toContain('src="https://cdn.shop.test/logo-pl.png"');
    expect(mail.html).toMatch(/>Oceń nas<\/a>/);
    const unsubscribe = `${body.invitation.link}/unsubscribe`;
    expect(mail.text).toContain(`Zrezygnuj z próśb o opinię: ${unsubscribe}`);
    expect(mail.html).toContain(`href="${unsubscribe}"`);
    expect(message!.raw.replace(/\r\n[ \t]+/g, ' ')).toContain(`List-Unsubscribe: <${unsubscribe}>`);
  });

  it('uses the catalogue for languages without a template, and the reminder template for reminders', async () => {
    await configureInvitations(app, shop, { reminderDays: 2 });
    await put('invitation', 'pl', POLISH);
    await put('reminder', 'en', {
      ...POLISH,
      subject: 'Still time to review {shop}',
      intro: 'A gentle nudge.',
    });
    await postInvitation(app, shop, { email: 'eve@example.org', orderNumber: '#7002', locale: 'en' });
    await runDue();
    clock.advance(2 * DAY_MS);
    await runDue();
    const mails = sink.to('eve@example.org').map((m) => m.mail);
    expect(mails.map((m) => m.subject)).toEqual([
      'How was your order from Sklep Ani PL?',
      'Still time to review Sklep Ani PL',
    ]);
    expect(mails[1]!.text).toContain('A gentle nudge.');
    expect(mails[1]!.text).toContain('Unsubscribe from review requests: https://r.shop.test/r/');
    const [invitation] = await listInvitations(app, shop, '&email=eve@example.org');
    expect(invitation!.remindedAt).not.toBeNull();
  });

  it('previews an unsaved template with the real renderer, escaping what the merchant typed', async () => {
    const preview = await app.inject({
      method: 'POST',
      url: url('invitation', 'pl', '/preview'),
      headers: shop.auth,
      payload: { ...POLISH, intro: 'Witaj <b>{name}</b>' },
    });
    expect(preview.statusCode).toBe(200);
    const { subject, html, text } = preview.json();
    expect(subject).toBe('Anna, oceń zamówienie #1001 w Sklep Ani PL');
    expect(html).toContain('Witaj &lt;b&gt;Anna Nowak&lt;/b&gt;');
    expect(html).toContain('Zrezygnuj z próśb o opinię');
    expect(text).toContain('Oceń nas: https://r.shop.test/r/example');
    expect((await get('invitation', 'pl')).custom).toBe(false);

    const refused = await app.inject({
      method: 'POST',
      url: url('invitation', 'pl', '/preview'),
      headers: shop.auth,
      payload: { ...POLISH, buttonText: '{cta}' },
    });
    expect(refused.json().error.details[0].field).toBe('/body/buttonText');
  });

  it('sends a test of the unsaved template to the signed-in user through the mail transport; an API key cannot', async () => {
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: shop.ownerEmail, password: shop.password },
    });
    const cookie = String(login.headers['set-cookie']).split(';')[0]!;
    const sent = await app.inject({
      method: 'POST',
      url: url('invitation', 'pl', '/test'),
      headers: { cookie, 'x-csrf-token': login.json().csrfToken as string },
      payload: POLISH,
    });
    expect(sent.statusCode).toBe(200);
    expect(sent.json()).toEqual({ to: shop.ownerEmail, transport: 'smtp' });
    const [message] = sink.to(shop.ownerEmail);
    expect(message!.mail.subject).toBe('Anna, oceń zamówienie #1001 w Sklep Ani PL');
    expect(message!.mail.text).toContain('Cześć Owner');
    expect(message!.mail.text).toContain('Zrezygnuj z próśb o opinię');

    const byKey = await app.inject({
      method: 'POST',
      url: url('invitation', 'pl', '/test'),
      headers: shop.auth,
      payload: POLISH,
    });
    expect(byKey.statusCode).toBe(400);
    expect(byKey.json().error.message).toMatch(/signed-in user/);
  });
});

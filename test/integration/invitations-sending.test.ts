import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/platform/clock.js';
import type { InvitationEvent } from '../../src/reviews/index.js';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';
import { dialects } from '../support/databases.js';
import {
  configureInvitations,
  DAY_MS,
  emitOrderEvent,
  eventsOf,
  linkPath,
  listInvitations,
  orderSnapshot,
  postInvitation,
} from '../support/invitations-fixtures.js';
import { type SmtpSink, startSmtpSink } from '../support/smtp-sink.js';

describe.each(dialects)('sending invitations on %s', (kind) => {
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
        PUBLIC_URL: 'https://reviews.shop.test',
      },
    });
  });
  afterAll(async () => {
    await app.close();
    await sink.close();
  });
  beforeEach(async () => {
    shop = await createTenant(app, 'Sklep Ani');
    // New channels wait for the merchant to enable automatic invitations (backfill guard).
    await configureInvitations(app, shop, { automaticInvitations: true });
    sink.clearRefusals();
  });

  const runDue = () => app.trustloop.jobs.runDueJobs();

  it('emails the invitation over SMTP at its send time: localized, with shop name, logo, link and unsubscribe', async () => {
    await configureInvitations(app, shop, {
      delayDays: 3,
      logoUrl: 'https://cdn.shop.test/logo.png',
      senderName: 'Sklep Ani',
    });
    const order = orderSnapshot(shop);
    await emitOrderEvent(app, shop, 'order.paid', order);
    const [invitation] = await listInvitations(app, shop);
    await runDue();
    expect(sink.to(order.customer.email!)).toEqual([]);

    clock.advance(3 * DAY_MS);
    await runDue();
    const [message] = sink.to(order.customer.email!);
    expect(message).toBeDefined();
    const mail = message!.mail;
    expect(mail.subject).toBe('Jak oceniasz zakupy w sklepie Sklep Ani PL?');
    expect(mail.from?.value[0]).toEqual({ name: 'Sklep Ani', address: 'reviews@trustloop.test' });
    expect(mail.text).toContain('Cześć Anna Kowalska');
    expect(mail.text).toContain(invitation!.link);
    expect(mail.html).toContain('src="https://cdn.shop.test/logo.png"');
    expect(mail.html).toContain(`href="${invitation!.link}"`);
    const unsubscribe = `${invitation!.link}/unsubscribe`;
    expect(mail.text).toContain(unsubscribe);
    const headers = message!.raw.replace(/\r\n[ \t]+/g, ' '); // unfolded
    expect(headers).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    expect(headers).toContain(`List-Unsubscribe: <${unsubscribe}>`);

    const sent = (await listInvitations(app, shop))[0]!;
    expect(sent).toMatchObject({ state: 'sent', sentAt: clock.now().toISOString() });
    const events = await eventsOf<InvitationEvent>(app, shop, 'invitation.sent');
    expect(events.map((e) => e.invitation.invitationId)).toEqual([invitation!.id]);
  });

  it('mails come from the channel’s name by default, not from MAIL_FROM’s display name', async () => {
    await postInvitation(app, shop, { email: 'from@example.org', orderNumber: '77' });
    await runDue();
    const [message] = sink.to('from@example.org');
    expect(message!.mail.from?.value[0]).toEqual({ name: 'Sklep Ani PL', address: 'reviews@trustloop.test' });
  });

  it('sends no reminder by default, and one reminder N days later when switched on', async () => {
    await postInvitation(app, shop, { email: 'quiet@example.org', orderNumber: '1' });
    await runDue(); // sent while reminders are off: none is scheduled for it
    await configureInvitations(app, shop, { reminderDays: 4 });
    const reminded = await postInvitation(app, shop, {
      email: 'remind@example.org',
      orderNumber: '2',
      locale: 'de',
    });
    await runDue();
    expect(sink.to('remind@example.org')).toHaveLength(1);

    clock.advance(4 * DAY_MS);
    await runDue();
    clock.advance(30 * DAY_MS);
    await runDue();
    const mails = sink.to('remind@example.org');
    expect(mails.map((m) => m.mail.subject)).toEqual([
      'Wie war Ihre Bestellung bei Sklep Ani PL?',
      'Kurze Erinnerung: Wie war Ihre Bestellung bei Sklep Ani PL?',
    ]);
    expect(
      (await app.trustloop.reviews.invitations.get(shop.accountId, reminded.body.invitation.id)).remindedAt,
    ).toBe(new Date(clock.now().getTime() - 30 * DAY_MS).toISOString());
    expect(sink.to('quiet@example.org')).toHaveLength(1);
  });

  it('no reminder once the review was written', async () => {
    await configureInvitations(app, shop, { reminderDays: 2 });
    const { body } = await postInvitation(app, shop, { email: 'done@example.org', orderNumber: '3' });
    await runDue();
    const posted = await app.inject({
      method: 'POST',
      url: linkPath(body.invitation),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'service_rating=4&service_text=Szybko',
    });
    expect(posted.statusCode).toBe(200);
    clock.advance(3 * DAY_MS);
    await runDue();
    expect(sink.to('done@example.org')).toHaveLength(1);
  });

  it('retries when the relay answers 4xx, and delivers once it recovers', async () => {
    sink.refuse('busy@example.org', 451);
    const { body } = await postInvitation(app, shop, { email: 'busy@example.org', orderNumber: '4' });
    await runDue();
    const [job] = (
      await app.trustloop.jobs.listJobs({ accountId: shop.accountId, kind: 'invitation.send', limit: 5 })
    ).items;
    expect(job).toMatchObject({ state: 'pending', attempts: 1 });
    expect(job!.lastError).toContain('RetryableError: SMTP 451');
    expect((await app.trustloop.reviews.invitations.get(shop.accountId, body.invitation.id)).state).toBe(
      'scheduled',
    );

    sink.clearRefusals();
    clock.advance(DAY_MS);
    await runDue();
    expect(sink.to('busy@example.org')).toHaveLength(1);
    expect((await app.trustloop.reviews.invitations.get(shop.accountId, body.invitation.id)).state).toBe(
      'sent',
    );
  });

  it('dead-letters the send when the relay answers 5xx', async () => {
    sink.refuse('gone@example.org', 550);
    await postInvitation(app, shop, { email: 'gone@example.org', orderNumber: '5' });
    await runDue();
    const [job] = (
      await app.trustloop.jobs.listJobs({ accountId: shop.accountId, kind: 'invitation.send', limit: 5 })
    ).items;
    expect(job).toMatchObject({ state: 'dead', attempts: 1 });
    expect(job!.lastError).toContain('PermanentError: SMTP 550');
  });

  it('in "the ESP sends" mode sends nothing, and invitation.created carries the link for the connectors', async () => {
    await configureInvitations(app, shop, { espSends: true, delayDays: 0 });
    const order = orderSnapshot(shop);
    await emitOrderEvent(app, shop, 'order.paid', order);
    clock.advance(DAY_MS);
    await runDue();
    expect(sink.to(order.customer.email!)).toEqual([]);
    const [invitation] = await listInvitations(app, shop);
    expect(invitation).toMatchObject({ delivery: 'esp', state: 'sent' });
    const [created] = await eventsOf<InvitationEvent>(app, shop, 'invitation.created');
    expect(created!.invitation).toMatchObject({ link: invitation!.link, email: order.customer.email });
  });

  it('the unsubscribe link asks first, then suppresses the address for this channel only', async () => {
    const { body } = await postInvitation(app, shop, { email: 'leave@example.org', orderNumber: '6' });
    await runDue();
    const page = await app.inject({ method: 'GET', url: `${linkPath(body.invitation)}/unsubscribe` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Rezygnacja z próśb o opinię');
    expect(await app.trustloop.reviews.invitations.get(shop.accountId, body.invitation.id)).toMatchObject({
      state: 'sent',
    });

    // One-click unsubscribe from the mail client (RFC 8058).
    const done = await app.inject({
      method: 'POST',
      url: `${linkPath(body.invitation)}/unsubscribe`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(done.statusCode).toBe(200);
    expect(done.body).toContain('Wypisano Cię z próśb o opinię');

    const again = await postInvitation(app, shop, { email: 'leave@example.org', orderNumber: '7' });
    expect(again.body.invitation).toMatchObject({ state: 'suppressed', stateReason: 'unsubscribed' });
    const other = await createTenant(app, 'Other shop');
    const elsewhere = await postInvitation(app, other, { email: 'leave@example.org', orderNumber: '7' });
    expect(elsewhere.body.invitation.state).toBe('scheduled');
    await runDue();
    expect(sink.to('leave@example.org')).toHaveLength(2);
  });
});

describe.each(dialects)('the local outbox on %s', (kind) => {
  it('without SMTP_URL, invitation emails are written to <dataDir>/outbox as .eml files', async () => {
    const app = await createTestApp(kind);
    try {
      const shop = await createTenant(app, 'Outbox');
      const { body } = await postInvitation(app, shop, { email: 'file@example.org', orderNumber: '8' });
      await app.trustloop.jobs.runDueJobs();
      const outbox = join(app.trustloop.config.env.dataDir, 'outbox');
      const files = readdirSync(outbox);
      expect(files).toEqual([`${body.invitation.id}-invitation.eml`]);
      const eml = readFileSync(join(outbox, files[0]!), 'utf8');
      expect(eml).toContain('To: file@example.org');
      expect(eml).toContain(new URL(body.invitation.link).pathname);
    } finally {
      await app.close();
    }
  });
});

import { type AddressInfo, connect, createServer } from 'node:net';
import nodemailer, { type SendMailOptions, type Transporter } from 'nodemailer';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/platform/clock.js';
import type { BccMessage } from '../../src/reviews/invitations/index.js';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';
import { dialects } from '../support/databases.js';
import {
  configureInvitations,
  DAY_MS,
  emitOrderEvent,
  listInvitations,
  orderSnapshot,
  postInvitation,
} from '../support/invitations-fixtures.js';

interface SmtpFailure {
  responseCode?: number;
  response?: string;
}

/** Speaks raw SMTP: sends each line and collects the server's reply to it. */
async function smtpDialog(port: number, lines: string[]): Promise<string[]> {
  const socket = connect(port, '127.0.0.1');
  const replies: string[] = [];
  let buffer = '';
  let waiting: ((reply: string) => void) | undefined;
  socket.on('data', (chunk) => {
    buffer += chunk.toString('utf8');
    const match = /(^|\r\n)(\d{3}) [^\r\n]*\r\n$/.exec(buffer);
    if (match && waiting) {
      const reply = buffer;
      buffer = '';
      const resolve = waiting;
      waiting = undefined;
      resolve(reply.trim());
    }
  });
  const next = () => new Promise<string>((resolve) => (waiting = resolve));
  await next(); // greeting
  for (const line of lines) {
    const reply = next();
    socket.write(`${line}\r\n`);
    replies.push(await reply);
  }
  socket.end();
  return replies;
}

describe.each(dialects)('BCC automatic feedback over SMTP on %s', (kind) => {
  let app: TestApp;
  let shop: Tenant;
  let bccAddress: string;
  let receiver: { port: number; stop(): Promise<void> };
  let client: Transporter;
  const clock = new ManualClock('2026-09-07T15:00:00.000Z');

  beforeAll(async () => {
    app = await createTestApp(kind, { clock, env: { PUBLIC_URL: 'https://reviews.shop.test' } });
    receiver = await app.trustloop.reviews.invitations.startMailReceiver({ host: '127.0.0.1', port: 0 });
    client = nodemailer.createTransport({
      host: '127.0.0.1',
      port: receiver.port,
      secure: false,
      ignoreTLS: true,
    });
  });
  afterAll(async () => {
    client.close();
    await receiver.stop();
    await app.close();
  });
  beforeEach(async () => {
    shop = await createTenant(app, 'Bcc');
    // New channels wait for the merchant to enable automatic invitations (backfill guard).
    await configureInvitations(app, shop, { automaticInvitations: true });
    const settings = await app.inject({
      method: 'GET',
      url: `/api/v1/channels/${shop.channelId}/invitation-settings`,
      headers: shop.auth,
    });
    bccAddress = settings.json().bccAddress;
  });

  const confirmation = (overrides: SendMailOptions = {}) =>
    client.sendMail({
      from: '"Sklep Bcc" <orders@shop.example>',
      to: '"Anna Kowalska" <anna@example.pl>',
      bcc: bccAddress,
      subject: 'Potwierdzenie zamówienia nr 1001',
      text: 'Dziękujemy za zakupy!',
      ...overrides,
    });
  const messages = async (status?: string): Promise<BccMessage[]> => {
    const response = await app.inject({
      method: 'GET',
      url: `/api/v1/channels/${shop.channelId}/bcc-messages${status ? `?status=${status}` : ''}`,
      headers: shop.auth,
    });
    return response.json().data;
  };
  const rejection = async (send: Promise<unknown>): Promise<SmtpFailure> => {
    try {
      await send;
    } catch (error) {
      return error as SmtpFailure;
    }
    throw new Error('the receiver accepted a message it should have refused');
  };
  const stillAccepts = async () => {
    const info = await confirmation({ subject: 'Zamówienie nr 424242', to: 'after@example.pl' });
    expect(info.accepted).toEqual([bccAddress]);
    expect((await messages()).some((m) => m.orderNumber === '424242')).toBe(true);
  };

  it('shows a per-channel BCC address on the public host', () => {
    expect(bccAddress).toMatch(/^reviews-[0-9a-f]{24}@reviews\.shop\.test$/);
  });

  it('turns a BCC copy of an order confirmation into an invitation after the channel delay', async () => {
    const info = await confirmation();
    expect(info.accepted).toEqual([bccAddress]);
    expect(info.response).toMatch(/^250 /);

    const [invitation] = await listInvitations(app, shop);
    expect(invitation).toMatchObject({
      method: 'bcc',
      email: 'anna@example.pl',
      name: 'Anna Kowalska',
      orderNumber: '1001',
      locale: 'pl',
      state: 'scheduled',
      scheduledAt: new Date(clock.now().getTime() + 7 * DAY_MS).toISOString(),
    });
    expect(await messages()).toMatchObject([
      {
        status: 'scheduled',
        recipient: 'anna@example.pl',
        orderNumber: '1001',
        invitationId: invitation!.id,
        mailFrom: 'orders@shop.example',
      },
    ]);
  });

  it('reads schema.org Order JSON-LD from the HTML part', async () => {
    await confirmation({
      to: 'noreply-copy@shop.example',
      subject: 'Your receipt',
      html: `<p>Thanks</p><script type="application/ld+json">{"@context":"https://schema.org","@type":"Order","orderNumber":"W-5521",
        "customer":{"@type":"Person","name":"Eva Svensson","email":"eva@example.se"},
        "acceptedOffer":{"@type":"Offer","itemOffered":{"@type":"Product","name":"Mugg","sku":"MUG-1"}}}</script>`,
    });
    const [invitation] = await listInvitations(app, shop);
    expect(invitation).toMatchObject({
      email: 'eva@example.se',
      name: 'Eva Svensson',
      orderNumber: 'W-5521',
    });
    expect(invitation!.products).toMatchObject([{ title: 'Mugg', sku: 'MUG-1' }]);
  });

  it('keeps a mail it cannot use, with the reason, visible through the admin API', async () => {
    const info = await confirmation({ subject: 'Newsletter: autumn sale', text: 'Nothing to see' });
    expect(info.accepted).toEqual([bccAddress]);
    expect(await listInvitations(app, shop)).toEqual([]);
    expect(await messages('unparsed')).toMatchObject([
      {
        status: 'unparsed',
        subject: 'Newsletter: autumn sale',
        reason: expect.stringContaining('no order number'),
        reasonCode: 'no_order_number',
      },
    ]);
  });

  it('BCC and the automatic order trigger for the same order yield one invitation', async () => {
    const order = orderSnapshot(shop, {
      number: '#1001',
      customer: { ...orderSnapshot(shop).customer, email: 'anna@example.pl' },
    });
    await emitOrderEvent(app, shop, 'order.paid', order);
    await confirmation();
    const invitations = await listInvitations(app, shop);
    expect(invitations).toHaveLength(1);
    expect(invitations[0]!.method).toBe('automatic');
    expect(await messages()).toMatchObject([
      { status: 'duplicate', reasonCode: 'already_invited', invitationId: invitations[0]!.id },
    ]);
  });

  it('BCC, the API and a CSV upload for the same order yield one invitation, in either order', async () => {
    await confirmation();
    const api = await postInvitation(app, shop, { email: 'Anna@Example.pl', orderNumber: '#1001' });
    expect(api.body.created).toBe(false);
    const csv = await app.inject({
      method: 'POST',
      url: `/api/v1/channels/${shop.channelId}/invitations/import`,
      headers: { ...shop.auth, 'content-type': 'text/csv' },
      payload: 'anna@example.pl,Anna,1001\n',
    });
    expect(csv.json()).toMatchObject({ created: 0, duplicates: 1 });

    await postInvitation(app, shop, { email: 'first@example.pl', orderNumber: '2002' });
    await confirmation({ to: 'first@example.pl', subject: 'Zamówienie nr 2002' });
    const invitations = await listInvitations(app, shop);
    expect(invitations.map((i) => `${i.method}:${i.orderNumber}`).sort()).toEqual(['api:2002', 'bcc:1001']);
    const statuses = Object.fromEntries((await messages()).map((m) => [m.orderNumber, m.status]));
    expect(statuses).toEqual({ '1001': 'scheduled', '2002': 'duplicate' });
  });

  it('answers 550 for an unknown address', async () => {
    const failure = await rejection(
      confirmation({ bcc: 'reviews-000000000000000000000000@reviews.shop.test' }),
    );
    expect(failure.responseCode).toBe(550);
  });

  it('refuses a message over 5 MB with 552 and keeps serving', async () => {
    const failure = await rejection(confirmation({ text: 'x'.repeat(5 * 1024 * 1024 + 1000) }));
    expect(failure.responseCode).toBe(552);
    expect(await messages()).toEqual([]);
    await stillAccepts();
  });

  it('refuses recipients beyond the limit per message with 452', async () => {
    const local = bccAddress.split('@')[0];
    const many = Array.from({ length: 11 }, (_, i) => `${local}@alias${i}.shop.test`);
    const info = await client.sendMail({
      envelope: { from: 'orders@shop.example', to: many },
      raw: 'To: many@example.org\r\nSubject: Order #1\r\n\r\nbody',
    });
    expect(info.accepted).toHaveLength(10);
    expect(info.rejected).toEqual([many[10]]);
    expect((info as { rejectedErrors?: SmtpFailure[] }).rejectedErrors?.[0]?.responseCode).toBe(452);
  });

  it('survives hostile MIME: broken encodings, binary garbage, no recipient, no RCPT', async () => {
    const envelope = { from: 'orders@shop.example', to: [bccAddress] };
    const hostile: Array<string | Buffer> = [
      'To: x@example.org\r\nSubject: =?utf-8?B?!!!notbase64?=\r\nContent-Type: text/plain; charset=klingon-9\r\nContent-Transfer-Encoding: base64\r\n\r\n%%%%not base64%%%%\r\n',
      'Content-Type: multipart/mixed; boundary="never-closed"\r\nTo: y@example.org\r\nSubject: Order #9\r\n\r\n--never-closed\r\nContent-Type: text/html\r\n\r\n<script type="application/ld+json">{"@type":"Order","orderNumber":',
      Buffer.from(Array.from({ length: 64 * 1024 }, (_, i) => (i * 7919) % 256)),
      'Subject: Zamówienie nr 3003\r\n\r\nno To header at all',
    ];
    for (const raw of hostile) {
      const info = await client.sendMail({ envelope, raw });
      expect(info.response).toMatch(/^250 /);
    }
    const kept = await messages();
    expect(kept).toHaveLength(hostile.length);
    // The cut-off multipart still names a customer and an order in its headers: it is usable.
    expect(kept.filter((m) => m.status === 'scheduled')).toMatchObject([
      { recipient: 'y@example.org', orderNumber: '9' },
    ]);
    const unparsed = kept.filter((m) => m.status === 'unparsed');
    expect(unparsed).toHaveLength(3);
    expect(unparsed.every((m) => typeof m.reason === 'string' && m.reason.length > 0)).toBe(true);

    const [, , , data] = await smtpDialog(receiver.port, [
      'EHLO test',
      'MAIL FROM:<a@shop.example>',
      'RSET',
      'DATA',
      'QUIT',
    ]);
    expect(data).toMatch(/^503 /);
    await stillAccepts();
  });
});

describe('the mail role', () => {
  it('start(["mail"]) runs the BCC receiver on BCC_SMTP_PORT, and stop() closes it', async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', () => resolve()));
    const port = (probe.address() as AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));

    const app = await createTestApp('sqlite', { env: { BCC_SMTP_PORT: String(port), HOST: '127.0.0.1' } });
    const shop = await createTenant(app, 'Role');
    const { bccAddress } = await app.trustloop.reviews.invitations.settings(shop.accountId, shop.channelId);
    await app.trustloop.start(['mail']);
    const client = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
    try {
      const info = await client.sendMail({
        from: 'orders@shop.example',
        to: 'role@example.org',
        bcc: bccAddress,
        subject: 'Order #5150',
        text: 'thanks',
      });
      expect(info.accepted).toEqual([bccAddress]);
      expect((await listInvitations(app, shop)).map((i) => i.orderNumber)).toEqual(['5150']);
    } finally {
      client.close();
      await app.trustloop.stop();
      await app.close();
    }
    const refused = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.on('connect', () => {
        socket.end();
        resolve(false);
      });
      socket.on('error', () => resolve(true));
    });
    expect(refused).toBe(true);
  });
});

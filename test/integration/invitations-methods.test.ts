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
  listInvitations,
  orderSnapshot,
  postInvitation,
} from '../support/invitations-fixtures.js';

describe.each(dialects)('invitation methods on %s', (kind) => {
  let app: TestApp;
  let shop: Tenant;
  const clock = new ManualClock('2026-03-02T10:00:00.000Z');

  beforeAll(async () => {
    app = await createTestApp(kind, { clock });
  });
  afterAll(() => app.close());
  beforeEach(async () => {
    shop = await createTenant(app, 'Methods');
    // New channels wait for the merchant to enable automatic invitations (backfill guard).
    await configureInvitations(app, shop, { automaticInvitations: true });
  });

  it('creates one invitation through the API with its link, and announces it with invitation.created', async () => {
    const { status, body } = await postInvitation(app, shop, {
      email: ' Ana@Example.org ',
      name: 'Ana Novak',
      orderNumber: '#A-10442',
      products: [{ title: 'Red runner 42', sku: 'RED-42' }],
      type: 'both',
      locale: 'cs-CZ',
    });
    expect(status).toBe(201);
    expect(body.created).toBe(true);
    expect(body.invitation).toMatchObject({
      email: 'ana@example.org',
      name: 'Ana Novak',
      orderNumber: '#A-10442',
      type: 'both',
      locale: 'cs',
      method: 'api',
      delivery: 'email',
      state: 'scheduled',
      linkExpiresAt: new Date(clock.now().getTime() + 180 * DAY_MS).toISOString(),
    });
    expect(body.invitation.link).toMatch(/^http:\/\/localhost:8080\/r\/[A-Za-z0-9_-]{32}$/);
    const events = await eventsOf<InvitationEvent>(app, shop, 'invitation.created');
    expect(events.map((e) => e.invitation.link)).toEqual([body.invitation.link]);
  });

  it('generates a link only: nothing is scheduled for sending', async () => {
    const { body } = await postInvitation(app, shop, {
      email: 'link@example.org',
      orderNumber: '77',
      send: 'link',
    });
    expect(body.invitation).toMatchObject({ delivery: 'link', state: 'sent' });
    const jobs = await app.trustloop.jobs.listJobs({
      accountId: shop.accountId,
      kind: 'invitation.send',
      limit: 10,
    });
    expect(jobs.items).toEqual([]);
  });

  it('rejects a bad email with a 400 naming the field, and stores nothing', async () => {
    const { status, body } = await postInvitation(app, shop, { email: 'not-an-address', orderNumber: '1' });
    expect(status).toBe(400);
    expect(body).toMatchObject({ error: { code: 'validation_failed', details: [{ field: '/body/email' }] } });
    expect(await listInvitations(app, shop)).toEqual([]);
  });

  it('schedules an automatic invitation on the channel trigger event, after the configured delay', async () => {
    await configureInvitations(app, shop, {
      triggerEvent: 'order.fulfilled',
      delayDays: 5,
      reviewType: 'both',
    });
    const order = orderSnapshot(shop);
    await emitOrderEvent(app, shop, 'order.paid', order);
    expect(await listInvitations(app, shop)).toEqual([]);

    const fulfilledAt = clock.now().toISOString();
    await emitOrderEvent(app, shop, 'order.fulfilled', order);
    const [invitation] = await listInvitations(app, shop);
    expect(invitation).toMatchObject({
      method: 'automatic',
      email: order.customer.email,
      name: 'Anna Kowalska',
      orderId: order.orderId,
      orderNumber: order.number,
      locale: 'pl',
      type: 'both',
      state: 'scheduled',
      scheduledAt: new Date(new Date(fulfilledAt).getTime() + 5 * DAY_MS).toISOString(),
      products: [{ sku: 'MUG-1', gtin: '5901234123457', title: 'Kubek ceramiczny' }],
    });
  });

  it('cancels a scheduled invitation when the order is cancelled before the send time', async () => {
    const order = orderSnapshot(shop);
    await emitOrderEvent(app, shop, 'order.paid', order);
    await emitOrderEvent(app, shop, 'order.cancelled', { ...order, cancelledAt: clock.now().toISOString() });
    const [invitation] = await listInvitations(app, shop);
    expect(invitation).toMatchObject({ state: 'cancelled', stateReason: 'order_cancelled' });
    clock.advance(8 * DAY_MS);
    await app.trustloop.jobs.runDueJobs();
    expect((await listInvitations(app, shop))[0]).toMatchObject({ state: 'cancelled', sentAt: null });
  });

  it('a fully refunded order cancels its invitation; a partial refund does not', async () => {
    const partial = orderSnapshot(shop);
    const full = orderSnapshot(shop);
    for (const order of [partial, full]) await emitOrderEvent(app, shop, 'order.paid', order);
    const refund = (fullyRefunded: boolean, amount: number) => ({
      refund: {
        refundId: 'r',
        externalId: 'r',
        amount,
        lineItems: [],
        fullyRefunded,
        createdAt: clock.now().toISOString(),
      },
    });
    await emitOrderEvent(
      app,
      shop,
      'order.refunded',
      { ...partial, refundedTotal: 2000 },
      refund(false, 2000),
    );
    await emitOrderEvent(app, shop, 'order.refunded', { ...full, refundedTotal: 10000 }, refund(true, 10000));
    const byOrder = Object.fromEntries((await listInvitations(app, shop)).map((i) => [i.orderNumber, i]));
    expect(byOrder[partial.number]).toMatchObject({ state: 'scheduled' });
    expect(byOrder[full.number]).toMatchObject({ state: 'cancelled', stateReason: 'order_refunded' });
  });

  it('an invitation created after its order was cancelled is never sent (checked again at send time)', async () => {
    const order = orderSnapshot(shop);
    await emitOrderEvent(app, shop, 'order.cancelled', { ...order, cancelledAt: clock.now().toISOString() });
    const { body } = await postInvitation(app, shop, {
      email: order.customer.email!,
      orderNumber: order.number,
    });
    expect(body.invitation).toMatchObject({ state: 'cancelled', stateReason: 'order_cancelled' });
  });

  it('imports a CSV: rows sharing email and reference become one invitation, bad rows are reported by line', async () => {
    const csv = [
      'customer email;customer name;reference number;sku;product name;product url',
      '"ana@example.org";"Ana Novak";"ORD-7781";"SKU-RED-42";"Red runner 42";"https://shop.example/p/red-42"',
      '"ana@example.org";"Ana Novak";"ORD-7781";"SKU-SOCK-3";"Socks 3-pack";""',
      '"broken-address";"Bob";"ORD-7782";"";"";""',
      ';"No Email";"ORD-7783";"";"";""',
      '"cy@example.org";"Cy";"ORD-7784";"";"";""',
    ].join('\n');
    const response = await app.inject({
      method: 'POST',
      url: `/api/v1/channels/${shop.channelId}/invitations/import`,
      headers: { ...shop.auth, 'content-type': 'text/csv' },
      payload: csv,
    });
    expect(response.statusCode).toBe(200);
    const report = response.json();
    expect(report).toMatchObject({ rows: 5, created: 2, duplicates: 0 });
    expect(report.rejected).toEqual([
      { line: 4, reason: expect.stringContaining('not an email address'), code: 'email_invalid' },
      { line: 5, reason: 'email is missing', code: 'email_missing' },
    ]);
    const invitations = await listInvitations(app, shop);
    const ana = invitations.find((i) => i.email === 'ana@example.org');
    expect(ana).toMatchObject({ method: 'csv', orderNumber: 'ORD-7781' });
    expect(ana?.products.map((p) => p.sku)).toEqual(['SKU-RED-42', 'SKU-SOCK-3']);
    expect(invitations.map((i) => i.email).sort()).toEqual(['ana@example.org', 'cy@example.org']);
  });

  it('imports a headerless CSV in Trustpilot column order, as JSON {csv} too', async () => {
    const response = await app.inject({
      method: 'POST',
      url: `/api/v1/channels/${shop.channelId}/invitations/import`,
      headers: shop.auth,
      payload: { csv: 'dee@example.org,Dee,5001\neve@example.org,Eve,5002\n' },
    });
    expect(response.json()).toMatchObject({ rows: 2, created: 2, rejected: [] });
  });

  describe('one invitation per channel, email, order and review type, whatever the method', () => {
    const viaApi = (order: ReturnType<typeof orderSnapshot>) =>
      postInvitation(app, shop, { email: order.customer.email!, orderNumber: order.number.replace('#', '') });
    const viaCsv = (order: ReturnType<typeof orderSnapshot>) =>
      app.inject({
        method: 'POST',
        url: `/api/v1/channels/${shop.channelId}/invitations/import`,
        headers: { ...shop.auth, 'content-type': 'text/csv' },
        payload: `email,name,reference\n${order.customer.email!.toUpperCase()},Anna,${order.number}\n`,
      });
    const viaOrder = (order: ReturnType<typeof orderSnapshot>) =>
      emitOrderEvent(app, shop, 'order.paid', order);

    const combinations: Array<[string, Array<(o: ReturnType<typeof orderSnapshot>) => Promise<unknown>>]> = [
      ['automatic then API', [viaOrder, viaApi]],
      ['API then automatic', [viaApi, viaOrder]],
      ['automatic then CSV', [viaOrder, viaCsv]],
      ['CSV then API', [viaCsv, viaApi]],
      ['automatic twice (a redelivered event)', [viaOrder, viaOrder]],
      ['all three', [viaApi, viaCsv, viaOrder]],
    ];
    for (const [name, steps] of combinations) {
      it(`${name} yields one invitation`, async () => {
        const order = orderSnapshot(shop);
        for (const step of steps) await step(order);
        const invitations = await listInvitations(app, shop);
        expect(invitations).toHaveLength(1);
        expect(await eventsOf(app, shop, 'invitation.created')).toHaveLength(1);
      });
    }

    it('the same order may still get one invitation per review type', async () => {
      const order = orderSnapshot(shop);
      await postInvitation(app, shop, {
        email: order.customer.email!,
        orderNumber: order.number,
        type: 'service',
      });
      await postInvitation(app, shop, {
        email: order.customer.email!,
        orderNumber: order.number,
        type: 'product',
      });
      await postInvitation(app, shop, {
        email: order.customer.email!,
        orderNumber: order.number,
        type: 'product',
      });
      expect((await listInvitations(app, shop)).map((i) => i.type).sort()).toEqual(['product', 'service']);
    });

    it('concurrent API calls for one order create exactly one invitation', async () => {
      const order = orderSnapshot(shop);
      const results = await Promise.all([1, 2, 3, 4].map(() => viaApi(order)));
      expect(results.filter((r) => r.body.created)).toHaveLength(1);
      expect(new Set(results.map((r) => r.body.invitation.id)).size).toBe(1);
      expect(await listInvitations(app, shop)).toHaveLength(1);
    });
  });

  it('cancels an invitation through the API; cancelling it again is a conflict', async () => {
    const { body } = await postInvitation(app, shop, { email: 'x@example.org', orderNumber: '9' });
    const cancel = () =>
      app.inject({
        method: 'POST',
        url: `/api/v1/invitations/${body.invitation.id}/cancel`,
        headers: shop.auth,
      });
    const first = await cancel();
    expect(first.json()).toMatchObject({ state: 'cancelled', stateReason: 'admin' });
    expect((await cancel()).statusCode).toBe(409);
    const sends = await app.trustloop.jobs.listJobs({
      accountId: shop.accountId,
      kind: 'invitation.send',
      limit: 10,
    });
    expect(sends.items.map((job) => job.state)).toEqual(['cancelled']);
  });
});

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

describe.each(dialects)('who may be invited on %s', (kind) => {
  let app: TestApp;
  let shop: Tenant;
  const clock = new ManualClock('2026-08-03T07:00:00.000Z');

  beforeAll(async () => {
    app = await createTestApp(kind, { clock });
  });
  afterAll(() => app.close());
  beforeEach(async () => {
    shop = await createTenant(app, 'Fair');
  });

  const suppressions = (method: 'GET' | 'POST', payload?: Record<string, unknown>) =>
    app.inject({
      method,
      url: `/api/v1/channels/${shop.channelId}/invitation-suppressions`,
      headers: shop.auth,
      ...(payload ? { payload } : {}),
    });

  /** The customer's newsletter consent as contacts records it (invitations read it from there). */
  const consent = async (email: string, status: 'subscribed' | 'unsubscribed') => {
    const response = await app.inject({
      method: 'POST',
      url: `/api/v1/channels/${shop.channelId}/customers`,
      headers: shop.auth,
      payload: { email, consent: { status, changedAt: clock.now().toISOString() } },
    });
    expect(response.statusCode, response.body).toBeLessThan(300);
  };

  it('never invites an address on the suppression list; the list is managed through the API', async () => {
    expect((await suppressions('POST', { email: 'Blocked@Example.org' })).statusCode).toBe(204);
    expect((await suppressions('GET')).json().data).toEqual([
      { email: 'blocked@example.org', source: 'admin', createdAt: clock.now().toISOString() },
    ]);
    const { body } = await postInvitation(app, shop, { email: 'blocked@example.org', orderNumber: '1' });
    expect(body.invitation).toMatchObject({ state: 'suppressed', stateReason: 'unsubscribed' });
    expect((await suppressions('POST', { email: 'nope' })).statusCode).toBe(400);

    const removed = await app.inject({
      method: 'DELETE',
      url: `/api/v1/channels/${shop.channelId}/invitation-suppressions/blocked%40example.org`,
      headers: shop.auth,
    });
    expect(removed.statusCode).toBe(204);
    const after = await postInvitation(app, shop, { email: 'blocked@example.org', orderNumber: '2' });
    expect(after.body.invitation.state).toBe('scheduled');
  });

  it('suppressing an address stops its scheduled invitations before they are sent', async () => {
    const { body } = await postInvitation(app, shop, {
      email: 'later@example.org',
      orderNumber: '3',
      sendAt: new Date(clock.now().getTime() + 5 * DAY_MS).toISOString(),
    });
    await suppressions('POST', { email: 'later@example.org' });
    clock.advance(6 * DAY_MS);
    await app.trustloop.jobs.runDueJobs();
    expect(await app.trustloop.reviews.invitations.get(shop.accountId, body.invitation.id)).toMatchObject({
      state: 'suppressed',
      sentAt: null,
    });
  });

  it('without an order, one invitation per email per cooldown (30 days by default)', async () => {
    const first = await postInvitation(app, shop, { email: 'repeat@example.org' });
    const second = await postInvitation(app, shop, { email: 'repeat@example.org' });
    expect(first.body.invitation.state).toBe('scheduled');
    expect(second.body.invitation).toMatchObject({ state: 'suppressed', stateReason: 'cooldown' });
    clock.advance(30 * DAY_MS + 1000);
    expect((await postInvitation(app, shop, { email: 'repeat@example.org' })).body.invitation.state).toBe(
      'scheduled',
    );
  });

  it('orders of one customer are invited separately, unless the cooldown covers all invitations', async () => {
    expect(
      (await postInvitation(app, shop, { email: 'buyer@example.org', orderNumber: '10' })).body.invitation
        .state,
    ).toBe('scheduled');
    expect(
      (await postInvitation(app, shop, { email: 'buyer@example.org', orderNumber: '11' })).body.invitation
        .state,
    ).toBe('scheduled');
    await configureInvitations(app, shop, { cooldownScope: 'all', cooldownDays: 60 });
    const third = await postInvitation(app, shop, { email: 'buyer@example.org', orderNumber: '12' });
    expect(third.body.invitation).toMatchObject({ state: 'suppressed', stateReason: 'cooldown' });
  });

  it('in explicit-consent mode (Germany) invites only customers whose consent is "subscribed"', async () => {
    await configureInvitations(app, shop, { explicitConsent: true });
    const unknown = await postInvitation(app, shop, { email: 'unknown@example.org', orderNumber: '20' });
    expect(unknown.body.invitation).toMatchObject({ state: 'suppressed', stateReason: 'no_consent' });
    await consent('optin@example.org', 'subscribed');
    await consent('optout@example.org', 'unsubscribed');
    const optIn = await postInvitation(app, shop, { email: 'optin@example.org', orderNumber: '21' });
    const optOut = await postInvitation(app, shop, { email: 'optout@example.org', orderNumber: '22' });
    expect(optIn.body.invitation.state).toBe('scheduled');
    expect(optOut.body.invitation).toMatchObject({ state: 'suppressed', stateReason: 'no_consent' });
  });

  it('consent withdrawn after scheduling is honoured at send time', async () => {
    await configureInvitations(app, shop, { explicitConsent: true });
    await consent('fickle@example.org', 'subscribed');
    const { body } = await postInvitation(app, shop, {
      email: 'fickle@example.org',
      orderNumber: '30',
      sendAt: new Date(clock.now().getTime() + DAY_MS).toISOString(),
    });
    clock.advance(1000);
    await consent('fickle@example.org', 'unsubscribed');
    clock.advance(DAY_MS);
    await app.trustloop.jobs.runDueJobs();
    expect(await app.trustloop.reviews.invitations.get(shop.accountId, body.invitation.id)).toMatchObject({
      state: 'suppressed',
      stateReason: 'no_consent',
      sentAt: null,
    });
  });

  it('without explicit-consent mode, newsletter consent does not decide (the unsubscribe link does)', async () => {
    await consent('nonews@example.org', 'unsubscribed');
    const { body } = await postInvitation(app, shop, { email: 'nonews@example.org', orderNumber: '40' });
    expect(body.invitation.state).toBe('scheduled');
  });

  it('a customer.erased event removes the email’s invitations', async () => {
    await postInvitation(app, shop, { email: 'forget@example.org', orderNumber: '50' });
    await app.trustloop.jobs.appendEvents(app.trustloop.database.db, [
      {
        type: 'customer.erased',
        accountId: shop.accountId,
        channelId: shop.channelId,
        payload: {
          channelId: shop.channelId,
          email: 'forget@example.org',
          customerId: null,
          reason: 'gdpr_request',
        },
      },
    ]);
    await app.trustloop.jobs.runDueJobs();
    expect(await listInvitations(app, shop, '&email=forget@example.org')).toEqual([]);
  });
});

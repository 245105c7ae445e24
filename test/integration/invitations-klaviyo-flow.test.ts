import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/platform/clock.js';
import type { Invitation } from '../../src/reviews/invitations/index.js';
import { type FlowWebhookAction, runFlowWebhook } from '../fakes/klaviyo/flow-webhook.js';
import { type KlaviyoFake, startKlaviyoFake } from '../fakes/klaviyo/klaviyo.fake.js';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';
import { dialects } from '../support/databases.js';
import { configureInvitations, DAY_MS, listInvitations } from '../support/invitations-fixtures.js';
import { connectShopify, sendShopify, shopifyId, shopifyOrder } from '../support/shop-payloads.js';
import { type SmtpSink, startSmtpSink } from '../support/smtp-sink.js';

// biome-ignore lint/suspicious/noExplicitAny: the setup answer is a free-form record
type Setup = { flowWebhook: Record<string, any> };

/**
 * Seed 000: review invitations sent by a Klaviyo flow (R3, R4, R5, M1). Shopify orders arrive
 * signed over HTTP, Klaviyo's flow webhook is rendered from the body setup shows and POSTed
 * over a real socket, invitation mails go to an SMTP sink.
 */
describe.each(dialects)('invitations through a Klaviyo flow on %s', (kind) => {
  let app: TestApp;
  let sink: SmtpSink;
  let klaviyo: KlaviyoFake;
  let url: string;
  let shop: Tenant;
  let connectionId: string;
  const clock = new ManualClock('2026-03-02T12:00:00.000Z');

  beforeAll(async () => {
    sink = await startSmtpSink();
    klaviyo = await startKlaviyoFake({ rateLimits: false });
    app = await createTestApp(kind, {
      clock,
      env: { SMTP_URL: sink.url, MAIL_FROM: 'Trustloop <reviews@trustloop.test>' },
    });
    url = await app.trustloop.app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await app.close();
    await Promise.all([sink.close(), klaviyo.close()]);
  });
  beforeEach(async () => {
    shop = await createTenant(app, 'Sklep Zółw');
    await connectShopify(app, shop);
    await configureInvitations(app, shop, { automaticInvitations: true, reminderDays: 3 });
    const created = await app.inject({
      method: 'POST',
      url: '/api/v1/connections',
      headers: shop.auth,
      payload: {
        channelId: shop.channelId,
        connectorId: 'klaviyo',
        settings: { publicKey: klaviyo.publicKey, privateKey: klaviyo.privateKey, baseUrl: klaviyo.url },
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    connectionId = (created.json() as { id: string }).id;
  });

  const runDue = () => app.trustloop.jobs.runDueJobs();

  async function setup(): Promise<Setup> {
    const response = await app.inject({
      method: 'GET',
      url: `/api/v1/connections/${connectionId}/setup`,
      headers: shop.auth,
    });
    expect(response.statusCode, response.body).toBe(200);
    // Tests answer on a random port; PUBLIC_URL is what the merchant would paste.
    return JSON.parse(response.body.replaceAll(app.trustloop.config.http.publicUrl, url)) as Setup;
  }

  /** The flow's Webhook action as the merchant set it up from `setup` (optionally another body). */
  async function flowAction(type?: string, query = ''): Promise<FlowWebhookAction> {
    const { flowWebhook } = await setup();
    const destination = new URL(flowWebhook['destinationUrl']);
    destination.search = query; // the secret travels in the header the setup shows
    return {
      destinationUrl: destination.toString(),
      headers: flowWebhook['headers'],
      jsonBody: type ? flowWebhook['jsonBodies'][type] : flowWebhook['jsonBody'],
    };
  }

  const person = (email: string) => ({ email, first_name: 'Ala', locale: 'pl' });

  async function paidOrder(email: string, overrides: Record<string, unknown> = {}) {
    const payload = shopifyOrder({
      id: shopifyId(),
      email,
      contact_email: email,
      financial_status: 'paid',
      customer: { id: 7001, email, first_name: 'Ala', last_name: 'Nowak' },
      ...overrides,
    });
    const response = await sendShopify(app, shop, { topic: 'orders/paid', payload });
    expect(response.statusCode, response.body).toBe(200);
    await runDue();
    return payload as { id: number; name: string };
  }

  /** Everything due in the next `days` days runs (the invitation delay, reminders). */
  async function liveThrough(days: number) {
    for (let day = 0; day < days; day++) {
      clock.advance(DAY_MS);
      await runDue();
    }
  }

  it('orders/paid first, then the flow for that order: Klaviyo gets the same link, Trustloop mails nothing, no reminder', async () => {
    const email = 'ala.first@example.pl';
    const order = await paidOrder(email);
    const [scheduled] = await listInvitations(app, shop);
    expect(scheduled).toMatchObject({ method: 'automatic', delivery: 'email', state: 'scheduled' });

    // Klaviyo's Shopify "Placed Order" event carries the platform's order id as OrderId.
    const answer = await runFlowWebhook(await flowAction(), {
      person: person(email),
      event: { OrderId: String(order.id) },
    });
    expect(answer).toMatchObject({ outcome: 'delivered', body: { accepted: true, link: scheduled!.link } });
    expect(klaviyo.state.profileByEmail(email)?.properties['trustloop_questionnaire_link']).toBe(
      scheduled!.link,
    );

    await liveThrough(30);
    expect(sink.to(email)).toEqual([]);
    const invitations = await listInvitations(app, shop);
    expect(invitations).toHaveLength(1);
    expect(invitations[0]).toMatchObject({ id: scheduled!.id, delivery: 'esp', state: 'sent' });
  });

  it('the flow first, then orders/paid for that order: one invitation, no mail from Trustloop', async () => {
    const email = 'ala.flow@example.pl';
    const orderId = shopifyId();
    // A combined flow (service and product) while the channel's own type is service.
    const answer = await runFlowWebhook(await flowAction('both'), {
      person: person(email),
      event: { OrderId: String(orderId), Items: [{ SKU: 'MUG-RED', ProductName: 'Mug - Red' }] },
    });
    expect(answer).toMatchObject({ outcome: 'delivered', body: { accepted: true } });
    await paidOrder(email, { id: orderId });

    await liveThrough(30);
    expect(sink.to(email)).toEqual([]);
    const invitations = await listInvitations(app, shop);
    expect(invitations.map((i) => [i.method, i.type, i.delivery, i.state])).toEqual([
      ['klaviyo_flow', 'both', 'esp', 'sent'],
    ]);
  });

  it('records flow invitations as klaviyo_flow, apart from API calls, and lists them by method', async () => {
    await runFlowWebhook(await flowAction(), {
      person: person('flow.only@example.pl'),
      event: { OrderId: '5001' },
    });
    const api = await app.inject({
      method: 'POST',
      url: `/api/v1/channels/${shop.channelId}/invitations`,
      headers: shop.auth,
      payload: { email: 'api.only@example.pl', orderNumber: '5002', send: 'link' },
    });
    expect(api.statusCode, api.body).toBe(201);
    const all = await listInvitations(app, shop);
    expect(Object.fromEntries(all.map((i) => [i.email, i.method]))).toEqual({
      'flow.only@example.pl': 'klaviyo_flow',
      'api.only@example.pl': 'api',
    });
    const flows = await listInvitations(app, shop, '&method=klaviyo_flow');
    expect(flows.map((i) => i.email)).toEqual(['flow.only@example.pl']);
  });

  it('setup shows the flow body of the channel’s review type, and one body per type of the article', async () => {
    expect((await setup()).flowWebhook).toMatchObject({ reviewType: 'service' });
    await configureInvitations(app, shop, { reviewType: 'product' });
    const { flowWebhook } = await setup();
    expect(flowWebhook['reviewType']).toBe('product');
    expect(flowWebhook['reviewTypes']).toEqual(['service', 'product', 'both']);
    expect(flowWebhook['jsonBody']).toBe(flowWebhook['jsonBodies']['product']);
    expect(flowWebhook['jsonBody']).toContain('"review_type": "product"');
    expect(flowWebhook['jsonBody']).toContain('{% for item in event.Items %}');
    expect(flowWebhook['jsonBodies']['service']).not.toContain('event.Items');
  });

  it('a product invitation asks about the products of the order Trustloop holds', async () => {
    const email = 'ala.products@example.pl';
    const order = await paidOrder(email);
    const answer = await runFlowWebhook(await flowAction('product'), {
      person: person(email),
      event: { OrderId: String(order.id), Items: [{ SKU: 'OTHER', ProductName: 'Not this one' }] },
    });
    expect(answer.outcome).toBe('delivered');
    const product = (await listInvitations(app, shop)).find((i) => i.type === 'product') as Invitation;
    expect(product).toMatchObject({ method: 'klaviyo_flow', orderNumber: order.name });
    expect(product.products.map((p) => [p.sku, p.title])).toEqual([['MUG-RED', 'Mug']]);
  });

  it('without such an order, the products come from the items the flow body carries', async () => {
    const answer = await runFlowWebhook(await flowAction('both'), {
      person: person('ala.items@example.pl'),
      event: {
        OrderId: '777',
        Items: [
          { SKU: 'TEA-1', ProductID: '11', ProductName: 'Herbata', ProductURL: 'https://shop.test/tea' },
          { SKU: 'CUP-2', ProductID: '12', ProductName: 'Filiżanka' },
        ],
      },
    });
    expect(answer.outcome).toBe('delivered');
    const [invitation] = await listInvitations(app, shop);
    expect(invitation).toMatchObject({ type: 'both', orderNumber: null, orderId: '777' });
    expect(invitation!.products.map((p) => [p.sku, p.productId, p.title, p.productUrl])).toEqual([
      ['TEA-1', '11', 'Herbata', 'https://shop.test/tea'],
      ['CUP-2', '12', 'Filiżanka', null],
    ]);
  });

  it('the review type can be chosen per flow on the destination URL', async () => {
    const action = await flowAction();
    const body = JSON.parse(action.jsonBody) as Record<string, unknown>;
    delete body['review_type'];
    const answer = await runFlowWebhook(
      {
        ...action,
        jsonBody: JSON.stringify(body),
        destinationUrl: `${action.destinationUrl}?review_type=product`,
      },
      { person: person('ala.query@example.pl'), event: { OrderId: '778' } },
    );
    expect(answer.outcome).toBe('delivered');
    expect((await listInvitations(app, shop))[0]).toMatchObject({ type: 'product' });
  });

  it('refuses an unknown review type, listing the allowed values, and creates nothing', async () => {
    const action = await flowAction();
    const answer = await runFlowWebhook(
      {
        ...action,
        jsonBody: action.jsonBody.replace('"review_type": "service"', '"review_type": "services"'),
      },
      { person: person('ala.typo@example.pl'), event: { OrderId: '779' } },
    );
    expect(answer).toMatchObject({
      outcome: 'skipped',
      status: 400,
      body: {
        error: {
          code: 'validation_failed',
          details: [{ field: '/body/review_type' }],
        },
      },
    });
    expect(JSON.stringify(answer.body)).toContain('allowed values: service, product, both');
    expect(await listInvitations(app, shop)).toEqual([]);
    expect(klaviyo.state.profileByEmail('ala.typo@example.pl')).toBeUndefined();
  });
});

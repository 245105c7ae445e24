import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/platform/clock.js';
import type { ReviewEvent } from '../../src/reviews/index.js';
import type { Invitation } from '../../src/reviews/invitations/index.js';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';
import { dialects } from '../support/databases.js';
import { eventsOf, linkPath, postInvitation } from '../support/invitations-fixtures.js';
import { seededInt, seededToken } from '../support/seeded-random.js';

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

describe.each(dialects)('the questionnaire page on %s', (kind) => {
  let app: TestApp;
  let shop: Tenant;
  const clock = new ManualClock('2026-07-01T12:00:00.000Z');

  beforeAll(async () => {
    app = await createTestApp(kind, { clock });
  });
  afterAll(() => app.close());
  beforeEach(async () => {
    shop = await createTenant(app, 'Ankieta');
  });

  const invite = async (body: Record<string, unknown> = {}) =>
    (
      await postInvitation(app, shop, {
        email: `c${seededToken()}@example.org`,
        orderNumber: String(seededInt(1e9)),
        send: 'link',
        ...body,
      })
    ).body.invitation;
  const post = (invitation: Invitation, form: string, headers: Record<string, string> = {}) =>
    app.inject({
      method: 'POST',
      url: linkPath(invitation),
      headers: { ...FORM, ...headers },
      payload: form,
    });
  const reviews = () => eventsOf<ReviewEvent>(app, shop, 'review.submitted');

  it('asks the service and product questions on one page, as radio groups with legends and labels, without script', async () => {
    const invitation = await invite({
      type: 'both',
      products: [
        { title: 'Kubek ceramiczny', sku: 'MUG-1' },
        { title: 'Talerz <b>płaski</b>', sku: 'PLATE-2' },
      ],
    });
    const page = await app.inject({ method: 'GET', url: linkPath(invitation) });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    const html = page.body;
    expect(html).toContain('<html lang="pl">');
    expect(html).not.toContain('<script');
    expect(html).toContain(`<form method="post" action="${linkPath(invitation)}"`);
    expect(html.match(/<fieldset class="rating">\s*<legend>[^<]+<\/legend>/g)).toHaveLength(3);
    for (const group of ['service', 'product_0', 'product_1']) {
      for (const stars of [1, 2, 3, 4, 5]) {
        expect(html).toContain(
          `<input type="radio" id="${group}_rating_${stars}" name="${group}_rating" value="${stars}" required>`,
        );
        // The radio and its label share one box, so they can never wrap apart.
        expect(html).toContain(
          `<span class="star"><input type="radio" id="${group}_rating_${stars}" name="${group}_rating" value="${stars}" required><label for="${group}_rating_${stars}">`,
        );
      }
    }
    expect(html).toContain('Jak oceniasz sklep Ankieta PL?');
    expect(html).toContain('Jak oceniasz produkt Kubek ceramiczny?');
    expect(html).toContain('Talerz &lt;b&gt;płaski&lt;/b&gt;');
    expect(html).toContain(
      '<label for="service_rating_5"><span aria-hidden="true">★</span><span class="sr-only">5 gwiazdek</span></label>',
    );
  });

  const putOrder = async (externalId: string, body: Record<string, unknown>) => {
    const response = await app.inject({
      method: 'PUT',
      url: `/api/v1/channels/${shop.channelId}/orders/${externalId}`,
      headers: shop.auth,
      payload: {
        updatedAt: '2026-06-20T10:00:00Z',
        currency: 'PLN',
        total: 15998,
        shippingTotal: 0,
        placedAt: '2026-06-20T09:59:00Z',
        ...body,
      },
    });
    expect(response.statusCode, response.body).toBeLessThan(300);
  };
  const displayNameOf = (html: string) =>
    /<input type="text" id="display_name"[^>]* value="([^"]*)"/.exec(html)?.[1];

  it('prefills the display name the shop gave and names the order; the shopper may change or clear it', async () => {
    const invitation = await invite({ name: 'Anna Kowalska', orderNumber: 'A-7001' });
    const page = await app.inject({ method: 'GET', url: linkPath(invitation) });
    expect(displayNameOf(page.body)).toBe('Anna Kowalska');
    expect(page.body).toContain('Dotyczy zamówienia A-7001');
    expect(page.body).toContain('aria-describedby="display_name_hint"');

    expect((await post(invitation, 'service_rating=5&display_name=')).statusCode).toBe(200);
    const [stored] = (await reviews()).map((event) => event.review);
    expect(stored).toMatchObject({ displayName: null });

    const changed = await invite({ name: 'Anna Kowalska' });
    expect((await post(changed, 'service_rating=4&display_name=Ania+K.')).statusCode).toBe(200);
    expect((await reviews()).map((event) => event.review.displayName)).toContain('Ania K.');
  });

  it('takes the name and the product titles from the order Trustloop holds, never showing a raw SKU', async () => {
    await putOrder('ext-8001', {
      number: 'B-8001',
      customer: { email: 'ewa@example.pl', firstName: 'Ewa', lastName: 'Lis', locale: 'pl' },
      lineItems: [
        { lineId: 'l1', sku: 'TEA-01', title: 'Herbata zielona', quantity: 2, unitPrice: 4999 },
        { lineId: 'l2', sku: 'CUP-02', title: 'Filiżanka', quantity: 1, unitPrice: 6000 },
      ],
    });
    // A business-generated link or a CSV row knows only SKUs: their title is the SKU itself.
    const invitation = await invite({
      email: 'ewa@example.pl',
      orderNumber: 'B-8001',
      type: 'product',
      products: [
        { sku: 'TEA-01', title: 'TEA-01' },
        { sku: 'CUP-02', title: 'CUP-02' },
        { sku: 'GIFT-9', title: 'GIFT-9' },
      ],
    });
    const page = await app.inject({ method: 'GET', url: linkPath(invitation) });
    expect(page.statusCode).toBe(200);
    expect(displayNameOf(page.body)).toBe('Ewa Lis');
    expect(page.body).toContain('Dotyczy zamówienia B-8001');
    expect(page.body).toContain('Jak oceniasz produkt Herbata zielona?');
    expect(page.body).toContain('Jak oceniasz produkt Filiżanka?');
    expect(page.body).toContain('Jak oceniasz produkt Produkt z Twojego zamówienia (3 z 3)?');
    for (const sku of ['TEA-01', 'CUP-02', 'GIFT-9']) expect(page.body).not.toContain(sku);

    const response = await post(invitation, 'product_0_rating=5&product_1_rating=4&product_2_rating=3');
    expect(response.statusCode).toBe(200);
    const stored = (await reviews()).map((event) => event.review.product);
    expect(stored).toHaveLength(3);
    expect(stored).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ sku: 'TEA-01', title: 'Herbata zielona' }),
        expect.objectContaining({ sku: 'CUP-02', title: 'Filiżanka' }),
        expect.objectContaining({ sku: 'GIFT-9', title: null }),
      ]),
    );
  });

  it('finds product titles in the shopper’s other held orders when the invitation names none', async () => {
    await putOrder('ext-8002', {
      number: 'B-8002',
      customer: { email: 'jan@example.pl', firstName: 'Jan', lastName: 'Nowak', locale: 'pl' },
      lineItems: [{ lineId: 'l1', sku: 'MUG-7', title: 'Kubek z uchem', quantity: 1, unitPrice: 15998 }],
    });
    const invitation = await invite({
      email: 'jan@example.pl',
      type: 'product',
      products: [{ sku: 'MUG-7', title: 'MUG-7' }],
    });
    const page = await app.inject({ method: 'GET', url: linkPath(invitation) });
    expect(page.body).toContain('Jak oceniasz produkt Kubek z uchem?');
    expect(page.body).not.toContain('MUG-7');
    expect(displayNameOf(page.body)).toBe('');
  });

  it('shows the shop’s logo when the invitation settings have one', async () => {
    await app.inject({
      method: 'PATCH',
      url: `/api/v1/channels/${shop.channelId}/invitation-settings`,
      headers: shop.auth,
      payload: { logoUrl: 'https://cdn.example/logo.png' },
    });
    const page = await app.inject({ method: 'GET', url: linkPath(await invite()) });
    expect(page.body).toContain('<img src="https://cdn.example/logo.png" alt="Ankieta PL">');
  });

  it('stores one review per question and thanks the customer; the invitation is completed', async () => {
    const invitation = await invite({
      type: 'both',
      products: [{ title: 'Kubek', sku: 'MUG-1', gtin: '5901234123457' }],
    });
    const response = await post(
      invitation,
      'service_rating=5&service_title=Super&service_text=Szybka+dostawa&product_0_rating=4&product_0_text=%3Cb%3EDobry%3C%2Fb%3E&display_name=Ania',
    );
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('Dziękujemy za opinię!');
    const stored = (await reviews()).map((event) => event.review);
    expect(stored).toHaveLength(2);
    expect(stored.find((r) => r.type === 'service')).toMatchObject({
      rating: 5,
      title: 'Super',
      text: 'Szybka dostawa',
      displayName: 'Ania',
      invitationId: invitation.id,
      verifiedBuyer: true,
      email: invitation.email,
    });
    expect(stored.find((r) => r.type === 'product')).toMatchObject({
      rating: 4,
      text: '<b>Dobry</b>',
      product: { sku: 'MUG-1', gtin: '5901234123457', title: 'Kubek' },
    });
    expect((await app.trustloop.reviews.invitations.get(shop.accountId, invitation.id)).state).toBe(
      'completed',
    );
  });

  it('takes one submission per invitation: the second POST gets the "already sent" page', async () => {
    const invitation = await invite();
    expect((await post(invitation, 'service_rating=3')).statusCode).toBe(200);
    const second = await post(invitation, 'service_rating=1');
    expect(second.statusCode).toBe(409);
    expect(second.body).toContain('Opinia została już wysłana');
    expect((await app.inject({ method: 'GET', url: linkPath(invitation) })).statusCode).toBe(409);
    expect((await reviews()).map((e) => e.review.rating)).toEqual([3]);
  });

  it('two POSTs at the same moment store exactly one review set', async () => {
    const invitation = await invite({ type: 'both', products: [{ title: 'Kubek', sku: 'MUG-1' }] });
    const form = 'service_rating=5&product_0_rating=5';
    const responses = await Promise.all([
      post(invitation, form),
      post(invitation, form),
      post(invitation, form),
    ]);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([200, 409, 409]);
    expect(await reviews()).toHaveLength(2);
  });

  it('a missing or out-of-range rating re-renders the form with a localized error (400) and stores nothing', async () => {
    const invitation = await invite({ locale: 'de' });
    for (const form of [
      'service_text=Hallo',
      'service_rating=6',
      'service_rating=0',
      'service_rating=4.5',
      'service_rating=abc',
    ]) {
      const response = await post(invitation, `${form}&display_name=%3Cscript%3Ealert(1)%3C%2Fscript%3E`);
      expect(response.statusCode, form).toBe(400);
      expect(response.body).toContain('<html lang="de">');
      expect(response.body).toContain('Bitte wählen Sie eine Bewertung von 1 bis 5 Sternen.');
      expect(response.body).toContain('aria-invalid="true" aria-describedby="service_rating_error"');
      expect(response.body).toContain('value="&lt;script&gt;alert(1)&lt;/script&gt;"');
      expect(response.body).not.toContain('<script>alert(1)');
    }
    expect(await reviews()).toEqual([]);
    expect((await app.trustloop.reviews.invitations.get(shop.accountId, invitation.id)).state).toBe('sent');
  });

  it('a text over the limit is refused with a localized message naming the limit', async () => {
    const invitation = await invite({ locale: 'sv' });
    const response = await post(invitation, `service_rating=4&service_title=${'a'.repeat(151)}`);
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Korta ner texten till högst 150 tecken.');
    expect(await reviews()).toEqual([]);
  });

  it('refuses a form posted from another site (CSRF) and stores nothing', async () => {
    const invitation = await invite();
    const fromElsewhere = await post(invitation, 'service_rating=1', { origin: 'https://evil.example' });
    expect(fromElsewhere.statusCode).toBe(403);
    const crossSite = await post(invitation, 'service_rating=1', { 'sec-fetch-site': 'cross-site' });
    expect(crossSite.statusCode).toBe(403);
    expect(await reviews()).toEqual([]);
    const sameSite = await post(invitation, 'service_rating=2', {
      origin: 'http://localhost:80',
      host: 'localhost:80',
    });
    expect(sameSite.statusCode).toBe(200);
  });

  it('a cancelled invitation no longer opens', async () => {
    const invitation = await invite();
    await app.inject({
      method: 'POST',
      url: `/api/v1/invitations/${invitation.id}/cancel`,
      headers: shop.auth,
    });
    expect((await app.inject({ method: 'GET', url: linkPath(invitation) })).statusCode).toBe(404);
    expect((await post(invitation, 'service_rating=5')).statusCode).toBe(404);
  });

  it('records when the questionnaire was first opened, once, without changing the state', async () => {
    const invitation = await invite();
    expect(invitation.openedAt).toBeNull();
    const opened = clock.now().toISOString();
    await app.inject({ method: 'GET', url: linkPath(invitation) });
    clock.advance(60_000);
    await app.inject({ method: 'GET', url: linkPath(invitation) });
    const read = await app.inject({
      method: 'GET',
      url: `/api/v1/invitations/${invitation.id}`,
      headers: shop.auth,
    });
    expect(read.json()).toMatchObject({ state: invitation.state, openedAt: opened, completedAt: null });
    const list = await app.inject({
      method: 'GET',
      url: `/api/v1/invitations?channelId=${shop.channelId}&state=opened`,
      headers: shop.auth,
    });
    expect(list.json().data.map((i: Invitation) => i.id)).toEqual([invitation.id]);
  });
});

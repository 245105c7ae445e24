import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/platform/clock.js';
import type { ReviewEvent } from '../../src/reviews/index.js';
import type { Invitation } from '../../src/reviews/invitations/index.js';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';
import { dialects } from '../support/databases.js';
import { eventsOf, linkPath, postInvitation } from '../support/invitations-fixtures.js';

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
        email: `c${Math.random().toString(36).slice(2)}@example.org`,
        orderNumber: String(Math.floor(Math.random() * 1e9)),
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
        expect(html).toContain(`<label for="${group}_rating_${stars}">`);
      }
    }
    expect(html).toContain('Jak oceniasz sklep Ankieta PL?');
    expect(html).toContain('Jak oceniasz produkt Kubek ceramiczny?');
    expect(html).toContain('Talerz &lt;b&gt;płaski&lt;/b&gt;');
    expect(html).toContain('<label for="service_rating_5">5 gwiazdek</label>');
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
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';
import { dialects } from '../support/databases.js';
import { ledgerOf, memberOf, setUpProgram } from '../support/loyalty-fixtures.js';

/** The newsletter sign-up without JavaScript: widgets/newsletter.html and its POST …/newsletter/form. */
describe.each(dialects)('the newsletter’s no-JavaScript form on %s', (kind) => {
  let app: TestApp;
  let shop: Tenant;
  let shopOrigin: string;

  beforeAll(async () => {
    app = await createTestApp(kind, { env: { PUBLIC_URL: 'https://trustloop.test' } });
    shop = await createTenant(app, 'Butik');
    shopOrigin = `https://${shop.domain}`;
    await setUpProgram(app, shop, { newsletterPoints: 25, signupPoints: 0 });
  });
  afterAll(() => app.close());

  const fragment = async (lang = 'sv') => {
    const response = await app.inject({
      method: 'GET',
      url: `/public/v1/channels/${shop.publicId}/widgets/newsletter.html?lang=${lang}`,
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.body;
  };
  const tokenIn = (html: string) => /name="token" value="([^"]+)"/.exec(html)?.[1] ?? '';
  const post = (fields: Record<string, string>, headers: Record<string, string> = { origin: shopOrigin }) =>
    app.inject({
      method: 'POST',
      url: `/public/v1/channels/${shop.publicId}/newsletter/form`,
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      payload: new URLSearchParams(fields).toString(),
    });

  it('serves a plain form in the asked language that posts to Trustloop with a signed token', async () => {
    const html = await fragment('sv');
    expect(html).toContain('method="post"');
    expect(html).toContain(
      `action="https://trustloop.test/public/v1/channels/${shop.publicId}/newsletter/form"`,
    );
    expect(html).toContain('E-postadress');
    expect(html).toContain('Jag vill få nyhetsbrevet från');
    expect(tokenIn(html)).toMatch(/^[\w-]+\.[0-9a-f]{64}$/);
  });

  it('subscribes from the shop’s page, answers a plain page in the shopper’s language and awards the points once', async () => {
    const token = tokenIn(await fragment('sv'));
    const fields = { token, lang: 'sv', email: 'sara@example.se', consent: 'yes' };
    for (let i = 0; i < 2; i++) {
      const response = await post(fields);
      expect(response.statusCode, response.body).toBe(200);
      expect(response.headers['content-type']).toContain('text/html');
      expect(response.body).toContain('<html lang="sv">');
      expect(response.body).toContain('Tack, du prenumererar nu.');
      expect(response.body).toContain(`href="${shopOrigin}/"`);
      await app.trustloop.jobs.runDueJobs();
    }
    expect(await app.trustloop.contacts.getConsent(shop.channelId, 'sara@example.se')).toBe('subscribed');
    const { body: member } = await memberOf(app, shop, 'sara@example.se');
    const entries = await ledgerOf(app, shop, member.memberId);
    expect(entries.filter((entry) => entry.cause === 'newsletter').map((entry) => entry.points)).toEqual([
      25,
    ]);
  });

  it('shows the form again with the reason when the consent is not ticked or the address is broken, keeping what was typed', async () => {
    const token = tokenIn(await fragment('pl'));
    const unticked = await post({ token, lang: 'pl', email: 'nie@example.pl' });
    expect(unticked.statusCode).toBe(400);
    expect(unticked.body).toContain(
      '<p role="alert" class="tl-nl-error">Zaznacz zgodę na otrzymywanie newslettera.</p>',
    );
    expect(unticked.body).toContain('value="nie@example.pl"');
    const broken = await post({ token, lang: 'pl', email: 'not an email', consent: 'yes' });
    expect(broken.statusCode).toBe(400);
    expect(broken.body).toContain('Wpisz poprawny adres e-mail.');
    expect(await app.trustloop.contacts.getConsent(shop.channelId, 'nie@example.pl')).toBe('unknown');
  });

  it('refuses a post from another site, or with no origin at all, and a forged or other channel’s token', async () => {
    const token = tokenIn(await fragment());
    const fields = { token, email: 'csrf@example.com', consent: 'yes' };
    expect((await post(fields, { origin: 'https://evil.example' })).statusCode).toBe(403);
    expect((await post(fields, { referer: 'https://evil.example/page' })).statusCode).toBe(403);
    expect((await post(fields, {})).statusCode).toBe(403);
    // The forged token differs from the real one in its last hex digit, whatever that digit is.
    const forged = `${token.slice(0, -1)}${token.endsWith('0') ? '1' : '0'}`;
    expect((await post({ ...fields, token: forged })).statusCode).toBe(400);
    const other = await createTenant(app, 'Other');
    const otherForm = await app.inject({
      method: 'GET',
      url: `/public/v1/channels/${other.publicId}/widgets/newsletter.html`,
    });
    expect((await post({ ...fields, token: tokenIn(otherForm.body) })).statusCode).toBe(400);
    expect(await app.trustloop.contacts.getConsent(shop.channelId, 'csrf@example.com')).toBe('unknown');
  });

  it('accepts the shop page’s Referer when a browser sends no Origin, and refuses a body over 2 KB', async () => {
    const token = tokenIn(await fragment());
    const fields = { token, email: 'ref@example.com', consent: 'yes' };
    expect((await post(fields, { referer: `${shopOrigin}/products/mug` })).statusCode).toBe(200);
    const huge = await post({ ...fields, padding: 'x'.repeat(3000) });
    expect(huge.statusCode).toBe(413);
  });
});

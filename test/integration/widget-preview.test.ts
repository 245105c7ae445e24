import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';

/** The admin's live preview page and what the widgets page copies (GET …/widget-settings `embed`). */
describe('the widget preview page and the install snippets', () => {
  let app: TestApp;
  let shop: Tenant;

  beforeAll(async () => {
    app = await createTestApp('sqlite', { env: { PUBLIC_URL: 'https://trustloop.test' } });
    shop = await createTenant(app, 'Podgląd');
  });
  afterAll(() => app.close());

  const preview = (query: string) => app.inject({ method: 'GET', url: `/widgets/v1/preview.html?${query}` });

  it('puts every element on one page in the asked language, with the draft theme as the shop’s CSS would', async () => {
    const response = await preview(`channel=${shop.publicId}&lang=sv&accent=%231d4ed8&radius=4`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.body).toContain('<html lang="sv">');
    expect(response.body).toContain(
      `<script src="/widgets/v1/loader.js" data-channel="${shop.publicId}" async>`,
    );
    for (const tag of ['stars', 'badge', 'reviews', 'carousel', 'newsletter', 'loyalty'])
      expect(response.body).toContain(`<trustloop-${tag}`);
    expect(response.body).toContain('--tl-accent:#1d4ed8;--tl-radius:4px');
  });

  it('may be framed by Trustloop’s own pages only, unlike the rest of the site', async () => {
    const response = await preview(`channel=${shop.publicId}`);
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'self'");
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('refuses a colour that is not hex (nothing can break out of the style) and an unknown channel', async () => {
    const bad = await preview(`channel=${shop.publicId}&accent=red;}body{display:none`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].field).toBe('/querystring/accent');
    expect((await preview('channel=pub_nope')).statusCode).toBe(404);
  });

  it('answers the script tag and each element’s snippet with the widget settings', async () => {
    const response = await app.inject({
      method: 'GET',
      url: `/api/v1/channels/${shop.channelId}/widget-settings`,
      headers: shop.auth,
    });
    expect(response.statusCode, response.body).toBe(200);
    const { embed, newsletter } = response.json();
    expect(newsletter).toEqual({ doubleOptIn: false });
    expect(embed.publicId).toBe(shop.publicId);
    expect(embed.scriptTag).toBe(
      '<link rel="stylesheet" href="https://trustloop.test/widgets/v1/widgets.css">\n' +
        `<script src="https://trustloop.test/widgets/v1/loader.js" data-channel="${shop.publicId}" async></script>`,
    );
    expect(embed.elements.map((element: { tag: string }) => element.tag)).toEqual([
      'trustloop-stars',
      'trustloop-reviews',
      'trustloop-badge',
      'trustloop-carousel',
      'trustloop-newsletter',
      'trustloop-loyalty',
    ]);
  });
});

/**
 * Screenshots of the admin's part-1 pages (sign-in, password, channels, users, API keys,
 * security, every integration page, Magento 2 and PrestaShop connected to their fakes and read
 * once) in English and Polish, for docs/admin.md:
 * `npx tsx scripts/admin-screenshots.ts` writes docs/screenshots/admin/<page>-<locale>.jpg.
 * A fresh Trustloop per language (the first sign-in's forced password change is one of the
 * pages), the marketing platforms connected to the test fakes so their pages show connected.
 */
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startEcomailFake } from '../test/fakes/ecomail/ecomail.fake.js';
import { startKlaviyoFake } from '../test/fakes/klaviyo/klaviyo.fake.js';
import { startMagentoFake } from '../test/fakes/magento/magento.fake.js';
import { startPrestaShopFake } from '../test/fakes/prestashop/prestashop.fake.js';
import { startSalesmanagoFake } from '../test/fakes/salesmanago/salesmanago.fake.js';
import { openScreenshotPage, screenshotTrustloop } from './admin-screenshots-support.js';
import { buildStaleWebBundles } from './build-web.mjs';

const OUT = join(import.meta.dirname, '..', 'docs', 'screenshots', 'admin');
const PASSWORD = 'a long enough passphrase';
const TEXT = {
  en: {
    signIn: 'Sign in',
    oneTime: 'One-time password',
    next: 'New password',
    again: 'New password again',
    save: 'Save password',
    modules: 'Modules',
  },
  pl: {
    signIn: 'Zaloguj',
    oneTime: 'Hasło jednorazowe',
    next: 'Nowe hasło',
    again: 'Powtórz nowe hasło',
    save: 'Zapisz hasło',
    modules: 'Ustawienia użytkownika',
  },
} as const;

async function shoot(locale: keyof typeof TEXT): Promise<void> {
  const trustloop = await screenshotTrustloop();
  const owner = (await trustloop.bootstrapOwner('owner@sklep.example'))!;
  const accountId = owner.account.id;
  const channel = await trustloop.accounts.channels.create(accountId, {
    name: locale === 'pl' ? 'Sklep PL' : 'Shop EN',
    domain: 'sklep.example.pl',
    defaultLocale: locale,
    currency: 'PLN',
    timeZone: 'Europe/Warsaw',
  });
  // A few published reviews, so the email previews show a rating.
  await trustloop.database.db.transaction().execute((trx) =>
    trustloop.reviews.submit(
      trx,
      [5, 4, 5].map((rating, index) => ({
        accountId,
        channelId: channel.id,
        type: 'service' as const,
        rating,
        title: locale === 'pl' ? 'Szybka dostawa' : 'Fast delivery',
        text: locale === 'pl' ? 'Paczka dotarła następnego dnia.' : 'The parcel came the next day.',
        displayName: ['Anna K.', 'Piotr W.', 'Ewa S.'][index]!,
        email: `buyer${index}@example.org`,
        locale,
        verifiedBuyer: true,
        invitationId: `inv_shot_${index}`,
        orderId: `ord_shot_${index}`,
        source: 'invitation' as const,
      })),
    ),
  );
  const [klaviyo, ecomail, salesmanago, magento, prestashop] = await Promise.all([
    startKlaviyoFake({ rateLimits: false }),
    startEcomailFake({ lists: [{ id: 1, name: 'Zákazníci' }] }),
    startSalesmanagoFake(),
    startMagentoFake(),
    startPrestaShopFake(),
  ]);
  // Orders waiting in the shops that Trustloop reads, so their pages show a pull that read them.
  for (const [email, total] of [
    ['anna@example.org', 129.9],
    ['piotr@example.org', 59],
  ] as const)
    magento.pay(magento.placeOrder({ email, total }).entity_id);
  prestashop.put('currencies', { id: 1, iso_code: 'PLN', name: 'Złoty' });
  prestashop.setState(prestashop.placeOrder({ email: 'ewa@example.org', total: 89 }), 2);
  /** The schedule's minute, at once: each due connection's pull runs to the end. */
  const pullNow = async () => {
    await trustloop.jobs.enqueue(trustloop.database.db, { kind: 'commerce.shop-pull.tick', payload: {} });
    while ((await trustloop.jobs.runDueJobs()).processed > 0);
  };
  /** Connects a shop through its page's form (by the inputs' names: the labels are translated). */
  const connectShop = async (p: Page, values: Record<string, string>) => {
    for (const [name, value] of Object.entries(values)) await p.locator(`input[name="${name}"]`).fill(value);
    await p.locator('form button[type=submit]').first().click();
    await p.locator('.status').waitFor();
    await pullNow();
    await p.locator('.cursors li').first().waitFor();
  };
  const connect = (connectorId: string, settings: Record<string, unknown>) =>
    trustloop.connectors.connect(accountId, { channelId: channel.id, connectorId, settings });
  await connect('klaviyo', {
    publicKey: klaviyo.publicKey,
    privateKey: klaviyo.privateKey,
    baseUrl: klaviyo.url,
  });
  await connect('ecomail', { apiKey: ecomail.apiKey, listId: '1', baseUrl: ecomail.url });
  await connect('salesmanago', {
    clientId: salesmanago.clientId,
    apiSecret: salesmanago.apiSecret,
    endpoint: salesmanago.url,
    owner: salesmanago.owner,
    popUps: true,
  });
  await trustloop.app.listen({ host: '127.0.0.1', port: 0 });
  const origin = `http://127.0.0.1:${(trustloop.app.server.address() as AddressInfo).port}`;
  const { browser, page } = await openScreenshotPage(locale);
  try {
    // The whole page in one viewport: Chromium's beyond-the-viewport capture leaves the sandboxed
    // preview frames blank, a tall viewport paints them as a browser does.
    const save = async (name: string) => {
      await page.waitForLoadState('networkidle');
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      await page.setViewportSize({ width: 1280, height });
      await page.screenshot({ path: join(OUT, `${name}-${locale}.jpg`), type: 'jpeg', quality: 72 });
      await page.setViewportSize({ width: 1280, height: 800 });
    };
    const text = TEXT[locale];
    await page.goto(`${origin}/admin/sign-in`);
    await page.getByRole('button', { name: text.signIn }).waitFor();
    await save('sign-in');
    await page.locator('input[type=email]').fill(owner.user.email);
    await page.locator('input[type=password]').fill(owner.oneTimePassword!);
    await page.getByRole('button', { name: text.signIn }).click();
    await page.waitForURL('**/admin/password');
    await save('password');
    await page.getByLabel(text.oneTime).fill(owner.oneTimePassword!);
    await page.getByLabel(text.next, { exact: true }).fill(PASSWORD);
    await page.getByLabel(text.again).fill(PASSWORD);
    await page.getByRole('button', { name: text.save }).click();
    // The account has a channel: the change lands on the dashboard, the admin's home.
    await page.waitForURL((url) => url.pathname === '/admin/');
    const pages: Array<[string, string, (page: Page) => Promise<unknown>]> = [
      ['channels', '/admin/channels', (p) => p.getByRole('link', { name: channel.name }).waitFor()],
      ['channel', `/admin/channels/${channel.id}`, (p) => p.locator('form').first().waitFor()],
      ['users', '/admin/account/users', (p) => p.getByText(owner.user.email).first().waitFor()],
      ['api-keys', '/admin/account/api-keys', (p) => p.locator('main h1').waitFor()],
      ['security', '/admin/account/security', (p) => p.locator('main h1').waitFor()],
      [
        'integrations',
        `/admin/integrations?channel=${channel.id}`,
        (p) => p.locator('.card').first().waitFor(),
      ],
      [
        'shopify',
        `/admin/integrations/${channel.id}/shop/shopify`,
        (p) => p.locator('form').first().waitFor(),
      ],
      [
        'woocommerce',
        `/admin/integrations/${channel.id}/shop/woocommerce`,
        (p) => p.locator('form').first().waitFor(),
      ],
      [
        'magento',
        `/admin/integrations/${channel.id}/shop/magento`,
        (p) => connectShop(p, { baseUrl: magento.url, accessToken: magento.token }),
      ],
      [
        'prestashop',
        `/admin/integrations/${channel.id}/shop/prestashop`,
        (p) => connectShop(p, { shopUrl: prestashop.url, apiKey: prestashop.key }),
      ],
      ['shoper', `/admin/integrations/${channel.id}/shop/shoper`, (p) => p.locator('form').first().waitFor()],
      [
        'klaviyo',
        `/admin/integrations/${channel.id}/connector/klaviyo`,
        // The sandboxed preview frame paints after the page settles: wait for its text.
        async (p) => {
          const body = p.frameLocator('iframe').locator('body');
          for (let tries = 0; tries < 50 && !(await body.innerText()).trim(); tries++)
            await p.waitForTimeout(100);
        },
      ],
      [
        'ecomail',
        `/admin/integrations/${channel.id}/connector/ecomail`,
        (p) => p.locator('table').first().waitFor(),
      ],
      [
        'salesmanago',
        `/admin/integrations/${channel.id}/connector/salesmanago`,
        async (p) => {
          await p.getByRole('tab', { name: text.modules }).click();
          await p.locator('textarea').first().waitFor();
        },
      ],
      [
        'webhooks',
        `/admin/integrations/${channel.id}/connector/webhooks`,
        (p) => p.locator('form').first().waitFor(),
      ],
      ['bcc', `/admin/integrations/${channel.id}/bcc`, (p) => p.locator('main h1').waitFor()],
      ['link-keys', `/admin/integrations/${channel.id}/link-keys`, (p) => p.locator('main h1').waitFor()],
      ['syncs', '/admin/syncs', (p) => p.locator('main section').first().waitFor()],
    ];
    for (const [name, path, ready] of pages) {
      await page.goto(`${origin}${path}`);
      await ready(page);
      await save(name);
    }
  } finally {
    await browser.close();
    await trustloop.app.close();
    await Promise.all([
      klaviyo.close(),
      ecomail.close(),
      salesmanago.close(),
      magento.close(),
      prestashop.close(),
    ]);
  }
}

mkdirSync(OUT, { recursive: true });
await buildStaleWebBundles();
for (const locale of ['en', 'pl'] as const) await shoot(locale);
console.log(`screenshots in ${OUT}`);

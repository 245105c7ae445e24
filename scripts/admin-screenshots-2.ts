/**
 * Screenshots of the admin's part-2 pages (issue 15: reviews, snippet, review import,
 * invitations, their settings and templates, loyalty program and members, syncs and dead
 * letters, the dashboard) in English and Polish, for docs/admin.md:
 * `npx tsx scripts/admin-screenshots-2.ts` writes docs/screenshots/admin/<page>-<locale>.jpg
 * at 1280 px, and <page>-390-<locale>.jpg for the dashboard and the reviews list on a phone.
 * A fresh Trustloop per language with a seeded history (reviews, invitations, a program with a
 * tier and a reward, paid orders and a redemption, a delivery Ecomail refused for good).
 */
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SCOPES } from '../src/accounts/index.js';
import { pointsCredited } from '../test/contract/contract-fixtures.js';
import { startEcomailFake } from '../test/fakes/ecomail/ecomail.fake.js';
import type { Tenant, TestApp } from '../test/support/app.js';
import { loyaltyBase, seedHistory } from './admin-screenshots-seed.js';
import { openScreenshotPage, screenshotTrustloop } from './admin-screenshots-support.js';
import { buildStaleWebBundles } from './build-web.mjs';

const OUT = join(import.meta.dirname, '..', 'docs', 'screenshots', 'admin');
const PASSWORD = 'a long enough passphrase';
const only = process.argv.slice(2);

async function shoot(locale: 'en' | 'pl'): Promise<void> {
  const trustloop = await screenshotTrustloop();
  const app: TestApp = {
    trustloop,
    clock: { now: () => new Date() },
    inject: (request) => trustloop.app.inject(request),
    close: () => trustloop.app.close(),
  };
  const owner = (await trustloop.bootstrapOwner('owner@sklep.example'))!;
  const accountId = owner.account.id;
  const channel = await trustloop.accounts.channels.create(accountId, {
    name: locale === 'pl' ? 'Sklep Ogród' : 'Garden Shop',
    domain: 'ogrod.example.pl',
    defaultLocale: locale,
    currency: 'PLN',
    timeZone: 'Europe/Warsaw',
  });
  const { secret } = await trustloop.accounts.apiKeys.create(accountId, {
    name: 'seed',
    scopes: [...SCOPES],
  });
  const tenant: Tenant = {
    accountId,
    ownerEmail: owner.user.email,
    password: '',
    apiKey: secret,
    channelId: channel.id,
    publicId: channel.publicId,
    domain: channel.domain,
    auth: { authorization: `Bearer ${secret}` },
  };
  await seedHistory(app, tenant, locale);
  const ecomail = await startEcomailFake();
  await trustloop.connectors.connect(accountId, {
    channelId: channel.id,
    connectorId: 'ecomail',
    settings: { apiKey: ecomail.apiKey, listId: '1', baseUrl: ecomail.url },
  });
  ecomail.failNext(1, { status: 422, body: { message: 'Subscriber email is blacklisted' } }, /subscribe/);
  await trustloop.jobs.appendEvents(trustloop.database.db, [
    {
      type: 'points.credited',
      accountId,
      channelId: channel.id,
      payload: pointsCredited('late@example.com', 10, 60),
    },
  ]);
  while ((await trustloop.jobs.runDueJobs()).processed > 0);

  await trustloop.app.listen({ host: '127.0.0.1', port: 0 });
  const origin = `http://127.0.0.1:${(trustloop.app.server.address() as AddressInfo).port}`;
  const { browser, page } = await openScreenshotPage(locale);
  try {
    const save = async (name: string, width = 1280) => {
      await page.waitForLoadState('networkidle');
      await page.setViewportSize({ width, height: 800 });
      await page.waitForTimeout(300);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      await page.setViewportSize({ width, height });
      await page.waitForTimeout(300);
      const suffix = width === 1280 ? '' : `-${width}`;
      await page.screenshot({ path: join(OUT, `${name}${suffix}-${locale}.jpg`), type: 'jpeg', quality: 72 });
      await page.setViewportSize({ width: 1280, height: 800 });
    };
    await page.goto(`${origin}/admin/sign-in`);
    await page.locator('input[type=email]').fill(owner.user.email);
    await page.locator('input[type=password]').fill(owner.oneTimePassword!);
    await page.locator('form button[type=submit]').click();
    await page.waitForURL('**/admin/password');
    // The form can render before the page's texts settle and lose what was typed: type again then.
    const passwords = page.locator('input[type=password]');
    for (let attempt = 1; ; attempt++) {
      await passwords.nth(2).waitFor();
      await passwords.nth(0).fill(owner.oneTimePassword!);
      await passwords.nth(1).fill(PASSWORD);
      await passwords.nth(2).fill(PASSWORD);
      await page.locator('form button[type=submit]').click();
      try {
        await page.waitForURL((url) => url.pathname === '/admin/', { timeout: 10_000 });
        break;
      } catch (error) {
        if (attempt === 3) throw error;
      }
    }

    const member = (
      await app.inject({
        method: 'GET',
        url: `${loyaltyBase(tenant)}/members?email=anna%40example.org`,
        headers: tenant.auth,
      })
    ).json().data[0] as { memberId: string };
    const reviews = (
      await app.inject({
        method: 'GET',
        url: `/api/v1/reviews?channelId=${channel.id}&limit=5`,
        headers: tenant.auth,
      })
    ).json();
    const reviewId = (reviews.data ?? reviews.items)[0].id as string;
    const q = `?channel=${channel.id}`;
    const pages: Array<[string, string, (p: Page) => Promise<unknown>, number[]?]> = [
      [
        'dashboard',
        `/admin/${q}`,
        (p) => p.locator('.recharts-bar-rectangle').first().waitFor(),
        [1280, 390],
      ],
      ['reviews', `/admin/reviews${q}`, (p) => p.locator('tbody tr').first().waitFor(), [1280, 390]],
      [
        'review',
        `/admin/reviews/${reviewId}`,
        async (p) => {
          await p
            .locator('#reply-text')
            .fill(locale === 'pl' ? 'Dziękujemy, zapraszamy ponownie!' : 'Thank you, see you again!');
          await p.locator('.reply-preview').waitFor();
          await p.locator('#reply-text').blur();
        },
      ],
      [
        'snippet',
        `/admin/reviews/snippet${q}`,
        async (p) => {
          const boxes = p.locator('input[type=checkbox]');
          await boxes.first().waitFor();
          for (let i = 0; i < 3; i++) await boxes.nth(i).check();
          await p.waitForTimeout(1500);
        },
      ],
      [
        'review-import',
        `/admin/reviews/import${q}`,
        async (p) => {
          await p.locator('input[type=file]').setInputFiles({
            name: 'old.csv',
            mimeType: 'text/csv',
            buffer: Buffer.from('rating,date,text\n5,2023-06-01,Old but gold\nsix,2023-06-02,Typo\n'),
          });
          await p.locator('form button[type=submit]').first().click();
          await p.locator('table').first().waitFor();
        },
      ],
      [
        'invitations',
        `/admin/invitations${q}`,
        async (p) => {
          await p.locator('input[type=file]').setInputFiles({
            name: 'orders.csv',
            mimeType: 'text/csv',
            buffer: Buffer.from('email,name,reference\nola@example.pl,Ola,9001\n,Bez Adresu,9002\n'),
          });
          await p
            .locator('input[type=file]')
            .locator('xpath=ancestor::form')
            .locator('button[type=submit]')
            .click();
          await p.locator('section[aria-labelledby="invitation-list"] tbody tr').nth(4).waitFor();
          await p.waitForTimeout(500);
        },
      ],
      ['invitation-settings', `/admin/invitations/settings${q}`, (p) => p.locator('form').first().waitFor()],
      [
        'templates',
        `/admin/invitations/templates${q}&kind=invitation&locale=${locale}`,
        (p) => p.frameLocator('iframe').locator('a').first().waitFor(),
      ],
      ['loyalty-program', `/admin/loyalty/program${q}`, (p) => p.locator('form').first().waitFor()],
      ['members', `/admin/loyalty/members${q}`, (p) => p.locator('tbody tr').first().waitFor()],
      [
        'member',
        `/admin/loyalty/members/${channel.id}/${member.memberId}`,
        (p) => p.getByTestId('ledger').locator('tbody tr').first().waitFor(),
      ],
      [
        'syncs-dead-letters',
        `/admin/syncs${q}`,
        (p) => p.getByRole('cell', { name: /blacklisted/ }).waitFor(),
      ],
    ];
    for (const [name, path, ready, widths = [1280]] of pages) {
      if (only.length > 0 && !only.includes(name)) continue;
      await page.goto(`${origin}${path}`);
      await ready(page);
      for (const width of widths) await save(name, width);
    }
    // The suppression list is a section of the invitations page: its own picture.
    if (only.length === 0 || only.includes('suppressions')) {
      await page.goto(`${origin}/admin/invitations${q}`);
      const section = page
        .locator('section')
        .filter({ has: page.getByRole('table', { name: /.*/ }) })
        .last();
      await section.waitFor();
      await section.screenshot({ path: join(OUT, `suppressions-${locale}.jpg`), type: 'jpeg', quality: 72 });
    }
  } finally {
    await browser.close();
    await trustloop.app.close();
    await ecomail.close();
  }
}

mkdirSync(OUT, { recursive: true });
await buildStaleWebBundles();
for (const locale of ['en', 'pl'] as const) await shoot(locale);
console.log(`screenshots in ${OUT}`);

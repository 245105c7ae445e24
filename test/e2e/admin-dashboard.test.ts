import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { SCOPES } from '../../src/accounts/index.js';
import {
  type AdminSession,
  adminPage,
  createChannel,
  expectAccessible,
  firstSignIn,
  NEW_PASSWORD,
  noBrowser,
  signIn,
  startAdmin,
} from '../support/admin-browser.js';
import type { Tenant } from '../support/app.js';
import { linkPath, postInvitation } from '../support/invitations-fixtures.js';
import {
  anOrder,
  createReward,
  deliver,
  loyaltyBase,
  orderEvent,
  setUpProgram,
  shopperToken,
} from '../support/loyalty-fixtures.js';

const SHOTS = '/tmp/shots-dashboard';
const DAY_MS = 86_400_000;

describe.skipIf(noBrowser)('the admin app: the dashboard (A7)', () => {
  let session: AdminSession;
  let page: Page;
  let shop: Tenant;

  /** The channel made on the page, seen as a tenant with a full-scope key to seed its history. */
  async function tenantOf(name: string): Promise<Tenant> {
    const { accounts } = session.app.trustloop;
    const cookie = (await page.context().cookies()).find((c) => c.name === 'tl_session')!;
    const listed = await session.app.inject({
      method: 'GET',
      url: '/api/v1/channels',
      headers: { cookie: `tl_session=${cookie.value}` },
    });
    const channel = listed.json().data.find((c: { name: string }) => c.name === name);
    const { secret } = await accounts.apiKeys.create(channel.accountId, {
      name: `seed ${name}`,
      scopes: [...SCOPES],
    });
    return {
      accountId: channel.accountId,
      ownerEmail: session.owner.email,
      password: '',
      apiKey: secret,
      channelId: channel.id,
      publicId: channel.publicId,
      domain: channel.domain,
      auth: { authorization: `Bearer ${secret}` },
    };
  }

  /** Reviews over the last weeks, invitations (one answered), paid orders and a redemption. */
  async function seedHistory(tenant: Tenant) {
    const { app } = session;
    const daysAgo = (days: number) =>
      new Date(app.clock.now().getTime() - days * DAY_MS).toISOString().slice(0, 10);
    const rows = [5, 4, 5, 3, 5, 4, 2, 5, 4, 5].map(
      (rating, index) => `${rating},${daysAgo(1 + index * 6)},Review ${index}`,
    );
    const imported = await app.inject({
      method: 'POST',
      url: `/api/v1/channels/${tenant.channelId}/reviews/import`,
      headers: { ...tenant.auth, 'content-type': 'text/csv' },
      payload: ['rating,date,text', ...rows].join('\n'),
    });
    expect(imported.statusCode, imported.body).toBe(200);
    const sent = [];
    for (const email of ['a@example.org', 'b@example.org', 'c@example.org']) {
      sent.push((await postInvitation(app, tenant, { email, orderNumber: email })).body.invitation);
    }
    await postInvitation(app, tenant, { email: 'link@example.org', send: 'link', method: 'manual' });
    await app.trustloop.jobs.runDueJobs();
    // One customer opens the questionnaire and leaves; another answers it.
    await app.inject({ method: 'GET', url: linkPath(sent[0]!) });
    const answered = await app.inject({
      method: 'POST',
      url: linkPath(sent[1]!),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'service_rating=5&service_text=Szybko',
    });
    expect(answered.statusCode, answered.body).toBe(200);

    await setUpProgram(app, tenant, {});
    await app.inject({
      method: 'POST',
      url: `${loyaltyBase(tenant)}/tiers`,
      headers: tenant.auth,
      payload: { name: 'Silver', threshold: 150, multiplier: 1 },
    });
    const reward = await createReward(app, tenant, {
      name: 'Free shipping',
      kind: 'free_shipping',
      pointsCost: 100,
    });
    await deliver(app, tenant, [
      orderEvent('paid', anOrder(tenant, { email: 'ann@example.com', subtotal: 30_000, total: 30_000 })),
      orderEvent('paid', anOrder(tenant, { email: 'bob@example.com', subtotal: 8_000, total: 8_000 })),
    ]);
    const redeemed = await app.inject({
      method: 'POST',
      url: `/public/v1/channels/${tenant.publicId}/hub/redeem`,
      headers: { authorization: `Shopper ${await shopperToken(app, tenant, 'ann@example.com')}` },
      payload: { rewardId: reward.rewardId },
    });
    expect(redeemed.statusCode, redeemed.body).toBe(201);
  }

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    session = await startAdmin();
    ({ page } = await adminPage(session));
    await firstSignIn(page, session);
    for (const name of ['Sklep PL', 'Quiet shop']) {
      await createChannel(page, session, {
        name,
        domain: `${name.replace(' ', '-').toLowerCase()}.example.com`,
        locale: 'pl',
        currency: 'PLN',
        timeZone: 'Europe/Warsaw',
      });
    }
    shop = await tenantOf('Sklep PL');
    await seedHistory(shop);
  }, 120_000);
  afterAll(() => session?.close());

  const figure = (id: string) => page.getByTestId(id);

  it('is the admin home: a seeded history shows in every chart, each with its numbers as a table', async () => {
    onTestFailed(() =>
      page.screenshot({ path: `${SHOTS}/dashboard-failed.png`, fullPage: true }).then(() => {}),
    );
    await page.goto(`${session.origin}/admin/?channel=${shop.channelId}`);
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();

    // Every chart draws bars from the seeded history.
    for (const id of [
      'chart-reviews',
      'chart-distribution',
      'chart-funnel',
      'chart-points',
      'chart-redemptions',
      'chart-tiers',
    ]) {
      await expect
        .poll(() => figure(id).locator('.recharts-bar-rectangle').count(), { message: id })
        .toBeGreaterThan(0);
    }
    await expect.poll(() => figure('chart-reviews').locator('.recharts-line-curve').count()).toBe(1);

    // The text alternative holds the same numbers: eleven reviews over twelve weeks, 5★ ×6.
    const kpis = page.locator('.kpis');
    await expect.poll(() => kpis.getByText('Reviews received').locator('..').textContent()).toContain('11');
    await expect.poll(() => kpis.getByText('Average rating').locator('..').textContent()).toContain('4.27');
    const reviewsTable = page.getByRole('table', { name: 'Reviews per week and average rating' });
    expect(await reviewsTable.locator('tbody tr').count()).toBe(12);
    const distribution = page.getByRole('table', { name: 'Rating distribution of published reviews' });
    expect(await distribution.getByRole('row', { name: /5 stars/ }).textContent()).toBe('5 stars6');
    const funnel = page.getByRole('table', { name: 'Invitation funnel by method' });
    // Three sent by the API; one opened and left, one answered.
    expect(await funnel.getByRole('row', { name: /API/ }).locator('td').allTextContents()).toEqual([
      '3',
      '3',
      '2',
      '1',
    ]);
    const tiers = page.getByRole('table', { name: 'Members by tier' });
    expect(
      await tiers
        .getByRole('row', { name: /Silver/ })
        .locator('td')
        .allTextContents(),
    ).toEqual(['1']);
    const points = page.getByRole('table', { name: 'Points per week' });
    // 300 + 80 points credited this week, 100 of Ann's redeemed.
    expect(await points.locator('tbody tr').last().locator('td').allTextContents()).toEqual([
      '380',
      '100',
      '0',
    ]);
    await expect(
      page.getByTestId('sync-health').getByText('No marketing platform is connected'),
    ).toBeTruthy();

    await expectAccessible(page, 'dashboard with charts');
    await page.screenshot({ path: `${SHOTS}/dashboard-en.png`, fullPage: true });
    // On a phone the charts stack in one column and still draw.
    await page.setViewportSize({ width: 390, height: 844 });
    await expect
      .poll(() => figure('chart-points').locator('.recharts-bar-rectangle').count())
      .toBeGreaterThan(0);
    await expectAccessible(page, 'dashboard on a phone');
    await page.screenshot({ path: `${SHOTS}/dashboard-phone-en.png`, fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('speaks Polish: labels, numbers and dates in the chosen language', async () => {
    await page.goto(`${session.origin}/admin/?channel=${shop.channelId}`);
    await page.getByLabel('Language').selectOption('pl');
    await page.getByRole('heading', { name: 'Pulpit', level: 1 }).waitFor();
    await page
      .getByRole('table', { name: 'Opinie w tygodniu i średnia ocena' })
      .waitFor({ state: 'attached' });
    // A Polish decimal comma in the average.
    await expect
      .poll(() => page.locator('.kpis').getByText('Średnia ocena').locator('..').textContent())
      .toContain('4,27');
    await expectAccessible(page, 'dashboard in Polish');
    await page.screenshot({ path: `${SHOTS}/dashboard-pl.png`, fullPage: true });
    await page.getByLabel('Język').selectOption('en');
  });

  it('a channel with no history says what to do next instead of drawing empty charts', async () => {
    onTestFailed(() => page.screenshot({ path: `${SHOTS}/empty-failed.png`, fullPage: true }).then(() => {}));
    await page.goto(`${session.origin}/admin/`);
    await page.getByRole('link', { name: 'Dashboard' }).click();
    await page.getByLabel('Channel').selectOption({ label: 'Quiet shop' });
    await page.getByText('Nothing to chart yet').waitFor();
    await page.getByRole('link', { name: 'Connect your shop' }).waitFor();
    await page.getByRole('link', { name: 'Send invitations' }).waitFor();
    await page.getByRole('link', { name: 'Import reviews' }).waitFor();
    expect(await page.locator('.recharts-surface').count()).toBe(0);
    await expectAccessible(page, 'dashboard empty state');
    await page.screenshot({ path: `${SHOTS}/dashboard-empty.png`, fullPage: true });
  });

  it('is where sign-in lands once the account has a channel', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await signIn(page, session, NEW_PASSWORD);
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/admin/');
    await page.getByTestId('chart-reviews').waitFor();
  });
});

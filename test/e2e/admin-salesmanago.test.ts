import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { drainJobs } from '../contract/contract-fixtures.js';
import { type SalesmanagoFake, startSalesmanagoFake } from '../fakes/salesmanago/salesmanago.fake.js';
import {
  type AdminSession,
  adminPage,
  clipboard,
  createChannel,
  expectAccessible,
  firstSignIn,
  noBrowser,
  startAdmin,
} from '../support/admin-browser.js';
import { customer, order } from '../support/salesmanago-connection.js';

const SHOTS = '/tmp/shots-espadmin';
const WEB_PUSH_FORM = "sm('webPush', ['5c3037d3-9fd0-4565-a5cb-05847a978979', '360']);";

/**
 * Seed 001's SALESmanago panel as a guided page: sign-in (the live check's refusal on its field),
 * then the tabs Integration, Modules, Data export, Settings and Account settings.
 */
describe.skipIf(noBrowser)('the admin app: SALESmanago’s page (seed 001)', () => {
  let session: AdminSession;
  let page: Page;
  let fake: SalesmanagoFake;
  let channel: { id: string; accountId: string };

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    fake = await startSalesmanagoFake();
    session = await startAdmin();
    ({ page } = await adminPage(session));
    await firstSignIn(page, session);
    await createChannel(page, session, {
      name: 'Sklep PL',
      domain: 'sklep.example.pl',
      locale: 'pl',
      currency: 'PLN',
      timeZone: 'Europe/Warsaw',
    });
    const cookie = (await page.context().cookies()).find((c) => c.name === 'tl_session')!;
    channel = (
      await session.app.inject({
        method: 'GET',
        url: '/api/v1/channels',
        headers: { cookie: `tl_session=${cookie.value}` },
      })
    ).json().data[0];
    // The shop's history: one opted-in customer with a paid order, one opted-out customer.
    const { jobs, database } = session.app.trustloop;
    const emit = (type: string, payload: unknown) =>
      jobs.appendEvents(database.db, [
        { type, accountId: channel.accountId, channelId: channel.id, payload } as never,
      ]);
    for (const email of ['in@example.com', 'out@example.com']) {
      const upserted = customer(email, '2026-10-01T10:00:00.000Z');
      await emit('customer.upserted', {
        ...upserted,
        customer: { ...upserted.customer, channelId: channel.id },
      });
    }
    for (const [email, status] of [
      ['in@example.com', 'subscribed'],
      ['out@example.com', 'unsubscribed'],
    ] as const)
      await emit('consent.changed', {
        customerId: `cus_${email}`,
        channelId: channel.id,
        email,
        status,
        previous: 'unknown',
        source: 'shop',
        changedAt: '2026-11-01T10:00:00.000Z',
        doubleOptIn: false,
      });
    const paid = order('in@example.com', 'ord-1', '2026-11-02T10:00:00.000Z');
    await emit('order.paid', { ...paid, order: { ...paid.order, channelId: channel.id } });
    await drainJobs(session.app);
  });
  afterAll(async () => {
    await session?.close();
    await fake?.close();
  });

  it('connects: a wrong API secret is refused on its field and nothing is saved, then the right one connects', async () => {
    onTestFailed(() =>
      page.screenshot({ path: `${SHOTS}/salesmanago-failed.png`, fullPage: true }).then(() => {}),
    );
    await page.goto(`${session.origin}/admin/integrations`);
    await page.getByRole('link', { name: 'Set up SALESmanago' }).click();
    await page.getByRole('heading', { name: 'SALESmanago for Sklep PL' }).waitFor();
    await page.getByText('API key: nothing to paste.', { exact: false }).waitFor();
    await expectAccessible(page, 'salesmanago (not connected)');

    await page.getByLabel('Client ID').fill(fake.clientId);
    await page.getByLabel('API secret').fill('not-the-secret');
    await page.getByLabel('Endpoint').fill(fake.url);
    await page.getByLabel('Contact owner email').fill(fake.owner);
    await page.getByRole('button', { name: 'Check and connect' }).click();
    const secret = page.getByLabel('API secret');
    await expect.poll(() => secret.getAttribute('aria-invalid'), { timeout: 15_000 }).toBe('true');
    expect(await secret.getAttribute('aria-describedby')).toContain('-error');
    // Worded by the admin from the check's code, in the page's language.
    await page.getByText('SALESmanago did not accept this client ID and API secret.').waitFor();
    expect(await session.app.trustloop.connectors.list(channel.accountId)).toEqual([]);

    await secret.fill(fake.apiSecret);
    await page.getByRole('button', { name: 'Check and connect' }).click();
    for (const tab of ['Integration', 'Modules', 'Data export', 'Settings', 'Account settings'])
      await page.getByRole('tab', { name: tab, exact: true }).waitFor();
    await page.getByText('Connected').first().waitFor();
    await expectAccessible(page, 'salesmanago (connected)');
    await page.screenshot({ path: `${SHOTS}/salesmanago-connected-en.png`, fullPage: true });
  });

  it('switches pop-ups and web push with the keyboard; the monitoring code to paste changes with them, a foreign form code is refused on its field', async () => {
    onTestFailed(() =>
      page.screenshot({ path: `${SHOTS}/salesmanago-failed.png`, fullPage: true }).then(() => {}),
    );
    await page.getByRole('tab', { name: 'Integration', exact: true }).focus();
    await page.keyboard.press('ArrowRight');
    const modules = page.getByRole('tabpanel', { name: 'Modules' });
    await modules.waitFor();
    await page.getByRole('button', { name: 'Copy Monitoring code' }).click();
    const plain = await clipboard(page);
    expect(plain).toContain(`var _smid = "${fake.clientId}";`);
    expect(plain).not.toContain('_smbanners');

    const popUps = modules.getByLabel('Pop-ups');
    await popUps.focus();
    await page.keyboard.press('Space');
    const formCode = modules.getByLabel(/Web push consent form code/);
    await formCode.focus();
    await page.keyboard.type('<script>alert(1)</script>');
    await page.keyboard.press('Enter');
    await expect.poll(() => formCode.getAttribute('aria-invalid'), { timeout: 15_000 }).toBe('true');

    await formCode.fill('');
    await formCode.focus();
    await page.keyboard.type(WEB_PUSH_FORM);
    await page.keyboard.press('Enter');
    await modules.getByText('Saved.').waitFor();
    await expect
      .poll(async () => {
        await page.getByRole('button', { name: 'Copy Monitoring code' }).click();
        return clipboard(page);
      })
      .toContain('var _smbanners = true;');
    const code = await clipboard(page);
    expect(code).toContain(`${fake.url}/dynamic/${fake.clientId}/popups.js`);
    expect(code).toContain(`sm('webPush', ["5c3037d3-9fd0-4565-a5cb-05847a978979", "360"]);`);
    await expectAccessible(page, 'salesmanago modules');
    await page.screenshot({ path: `${SHOTS}/salesmanago-modules-en.png`, fullPage: true });
  });

  it('exports the opted-in contacts with tags checked as typed, then the past orders with progress and counts; pressing again sends no order twice', async () => {
    onTestFailed(() =>
      page.screenshot({ path: `${SHOTS}/salesmanago-failed.png`, fullPage: true }).then(() => {}),
    );
    await page.getByRole('tab', { name: 'Data export', exact: true }).click();
    const panel = page.getByRole('tabpanel', { name: 'Data export' });
    await panel.getByLabel('Contacts').selectOption({ label: 'Opt-in only' });
    const tags = panel.getByLabel('Extra tags');
    await tags.fill('SPRING, 2026');
    await panel.getByText('Separate tags with commas only; tags have no spaces.').waitFor();
    await tags.fill('SPRING,IMPORT_2026');
    await panel
      .getByText('Separate tags with commas only; tags have no spaces.')
      .waitFor({ state: 'detached' });
    await panel.getByLabel('Also send past paid orders as purchases').check();
    await panel.getByText('Safe to press twice', { exact: false }).waitFor();

    const exportOnce = async () => {
      await panel.getByRole('button', { name: 'Start export' }).click();
      await panel.getByRole('progressbar', { name: 'Export progress' }).waitFor();
      // The worker (here the test) runs the export's jobs while the page polls its progress.
      await expect
        .poll(
          async () => {
            await drainJobs(session.app);
            return panel.getByRole('status').filter({ hasText: 'Done:' }).count();
          },
          { timeout: 20_000 },
        )
        .toBe(1);
      return panel.getByRole('status').filter({ hasText: 'Done:' }).innerText();
    };
    const first = await exportOnce();
    expect(first).toContain('Done: 1 sent, 0 failed.');
    expect(first).toContain('1 past order sent as purchases, 0 already sent before');
    expect(fake.contacts.get('in@example.com')?.tags).toEqual(
      new Set(['TRUSTLOOP', 'SPRING', 'IMPORT_2026']),
    );
    expect(fake.contacts.has('out@example.com')).toBe(false);
    await expectAccessible(page, 'salesmanago export');
    await page.screenshot({ path: `${SHOTS}/salesmanago-export-en.png`, fullPage: true });

    const second = await exportOnce();
    expect(second).toContain('0 past orders sent as purchases, 1 already sent before');
    expect(fake.events.filter((event) => event.contactExtEventType === 'PURCHASE')).toHaveLength(1);
  });

  it('gives the opt-in and opt-out callback URLs to copy: an opt-out in SALESmanago reaches Trustloop through the copied URL', async () => {
    onTestFailed(() =>
      page.screenshot({ path: `${SHOTS}/salesmanago-failed.png`, fullPage: true }).then(() => {}),
    );
    await page.getByRole('tab', { name: 'Account settings', exact: true }).click();
    const panel = page.getByRole('tabpanel', { name: 'Account settings' });
    await panel.getByRole('button', { name: 'Copy Opt-in callback URL' }).click();
    const optIn = await clipboard(page);
    await panel.getByRole('button', { name: 'Copy Opt-out callback URL' }).click();
    const optOut = await clipboard(page);
    fake.setCallbacks({ optIn, optOut });
    expect(await fake.simulateOptChange('in@example.com', 'opt-out')).toBe(200);
    expect(await session.app.trustloop.contacts.getConsent(channel.id, 'in@example.com')).toBe(
      'unsubscribed',
    );

    const fetchConsent = panel.getByLabel(
      'Fetch the consent status from SALESmanago when a contact registers',
    );
    await expect(fetchConsent.isChecked()).resolves.toBe(true);
    await fetchConsent.uncheck();
    await panel.getByRole('button', { name: 'Save' }).click();
    await panel.getByText('Saved.').waitFor();
    const [connection] = await session.app.trustloop.connectors.list(channel.accountId);
    expect(connection?.settings['fetchConsent']).toBe(false);
    await expectAccessible(page, 'salesmanago account settings');
    await page.screenshot({ path: `${SHOTS}/salesmanago-account-en.png`, fullPage: true });
  });
});

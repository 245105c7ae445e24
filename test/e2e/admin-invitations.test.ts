import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import {
  expectAccessible,
  noBrowser,
  type SignedInAdmin,
  startSignedInAdmin,
} from '../support/admin-browser.js';
import { type SmtpSink, startSmtpSink } from '../support/smtp-sink.js';

const SHOTS = '/tmp/shots/ainvites';
mkdirSync(SHOTS, { recursive: true });

describe.skipIf(noBrowser)('the admin app: invitations, their settings and email templates (A4)', () => {
  let session: SignedInAdmin;
  let sink: SmtpSink;
  let page: Page;
  let cookie: string;
  let channelId: string;

  beforeAll(async () => {
    sink = await startSmtpSink();
    session = await startSignedInAdmin({
      env: { SMTP_URL: sink.url, MAIL_FROM: 'Reviews <reviews@trustloop.test>' },
    });
    ({ page, cookie } = session);
    channelId = session.channel.id;
  });
  afterAll(async () => {
    await session?.close();
    await sink?.close();
  });

  const shotOnFailure = (name: string) =>
    onTestFailed(() =>
      page.screenshot({ path: `${SHOTS}/${name}-failed.png`, fullPage: true }).then(() => {}),
    );
  const api = (url: string) => session.app.inject({ method: 'GET', url, headers: { cookie } });

  it('uploads a CSV with a bad row and reads the report; lists, cancels and suppresses', async () => {
    shotOnFailure('invitations');
    await page.goto(`${session.origin}/admin/channels`);
    await page.getByRole('link', { name: 'Invitations' }).click();
    await page.getByRole('heading', { name: 'Send one invitation' }).waitFor();
    await expectAccessible(page, 'invitations (empty)');

    // The example file is there to download, and names the columns the page documents.
    const download = await page.getByRole('link', { name: 'Download an example file' }).getAttribute('href');
    expect(decodeURIComponent(download!.split(',').slice(1).join(','))).toMatch(/^email,name,reference,sku/);

    await page.getByLabel('CSV file').setInputFiles({
      name: 'orders.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'email,name,reference\nola@example.pl,Ola,9001\n,Bez Adresu,9002\nala@example.pl,Ala,9003\n',
      ),
    });
    await page.getByLabel('Delivery').nth(1).selectOption('link');
    await page.getByRole('button', { name: 'Upload' }).click();
    await page.getByText('3 rows read: 2 created, 0 already existed, 1 rejected.').waitFor();
    const rejected = page.getByRole('table', { name: 'Rejected rows' });
    await expect(rejected.getByRole('row').nth(1).textContent()).resolves.toBe('3email is missing');

    // Both invitations are listed with their state; one is cancelled, and says why.
    const list = page.getByRole('table', { name: 'Invitations' });
    await list.getByRole('row', { name: /ola@example\.pl/ }).waitFor();
    const ala = list.getByRole('row', { name: /ala@example\.pl/ });
    await expect(ala.getByText('Sent').count()).resolves.toBe(1);
    await ala.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Cancel invitation' }).click();
    await ala.getByText('Cancelled by you').waitFor();
    await expect(ala.getByText('Cancelled', { exact: true }).count()).resolves.toBe(1);

    // One sent by hand; sending it again creates nothing new.
    await page.getByLabel('Customer email').fill('jan@example.pl');
    await page.getByLabel('Order number').fill('9100');
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByText('Invitation for jan@example.pl created:').waitFor();
    await page.getByLabel('Customer email').fill('jan@example.pl');
    await page.getByLabel('Order number').fill('9100');
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByText('An invitation for jan@example.pl and this order already exists:').waitFor();

    // Suppressing an address suppresses its scheduled invitation; removing it lists it no more.
    await page.getByLabel('Email to suppress').fill('jan@example.pl');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    const suppressions = page.getByRole('table', { name: 'Suppression list' });
    await suppressions.getByRole('row', { name: /jan@example\.pl.*Added here/ }).waitFor();
    await list
      .getByRole('row', { name: /jan@example\.pl/ })
      .getByText('Suppressed')
      .waitFor();
    await page.screenshot({ path: `${SHOTS}/invitations-en.png`, fullPage: true });
    await expectAccessible(page, 'invitations (filled)');
    await suppressions.getByRole('button', { name: 'Remove jan@example.pl' }).click();
    await page.getByText('No suppressed addresses.').waitFor();

    const listed = (await api(`/api/v1/invitations?channelId=${channelId}`)).json().data;
    expect(listed.map((i: { email: string; state: string }) => `${i.email} ${i.state}`).sort()).toEqual([
      'ala@example.pl cancelled',
      'jan@example.pl suppressed',
      'ola@example.pl sent',
    ]);
  });

  it('lists 50 invitations, then the rest with “Show more”', async () => {
    shotOnFailure('list-more');
    const { invitations } = session.app.trustloop.reviews;
    const before = (await api(`/api/v1/invitations?channelId=${channelId}&limit=200`)).json().data.length;
    for (let n = 0; n < 52; n++)
      await invitations.create(session.channel.accountId, {
        channelId,
        email: `many${n}@example.com`,
        orderNumber: `#M-${n}`,
        method: 'api',
        delivery: 'link',
      });
    await page.goto(`${session.origin}/admin/invitations?channel=${channelId}`);
    const list = page.locator('section[aria-labelledby="invitation-list"]');
    const rows = list.locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(50);
    await list.getByRole('button', { name: 'Show more' }).click();
    await expect.poll(() => rows.count()).toBe(before + 52);
    await expect(list.getByRole('button', { name: 'Show more' }).count()).resolves.toBe(0);
    await expectAccessible(page, 'invitations (two pages)');
  });

  it('changes the invitation settings and keeps them', async () => {
    shotOnFailure('settings');
    await page.goto(`${session.origin}/admin/invitations/settings`);
    await page.getByLabel('Invite when the order is').selectOption('order.delivered');
    await page.getByLabel('Delay after the trigger (days)').fill('400');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Enter whole days from 0 to 365.').waitFor();
    await page.getByLabel('Delay after the trigger (days)').fill('3');
    await page.getByLabel('Send one reminder').check();
    await page.getByLabel('Reminder after (days)').fill('5');
    await page.getByLabel('Explicit-consent mode: invite only customers with marketing consent').check();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved').waitFor();
    expect((await api(`/api/v1/channels/${channelId}/invitation-settings`)).json()).toMatchObject({
      triggerEvent: 'order.delivered',
      delayDays: 3,
      reminderDays: 5,
      explicitConsent: true,
      espSends: false,
    });
    await page.reload();
    await expect(page.getByLabel('Reminder after (days)').inputValue()).resolves.toBe('5');
    await page.screenshot({ path: `${SHOTS}/settings-en.png`, fullPage: true });
    await expectAccessible(page, 'invitation settings');
  });

  it('edits the Polish invitation mail with a live preview and receives the test mail in Polish', async () => {
    shotOnFailure('templates');
    await page.goto(`${session.origin}/admin/invitations/templates?kind=invitation&locale=pl`);
    const subject = page.getByLabel('Subject');
    await expect(subject.inputValue()).resolves.toBe('Jak oceniasz zakupy w sklepie {shop}?');
    const preview = page.frameLocator('iframe[title="Preview of the mail"]');
    await preview.getByText('Wystaw opinię').waitFor();

    // An unknown placeholder is named on its field before anything is saved.
    await subject.fill('Oceń {sklep}');
    await page.getByText('unknown placeholder {sklep}; use {shop}, {name}, {order}').waitFor();
    await expect(subject.getAttribute('aria-invalid')).resolves.toBe('true');
    await preview.getByText('Wystaw opinię').waitFor(); // the last good preview stays meanwhile

    await subject.fill('Jak minęły zakupy w {shop}, {name}?');
    await page.getByLabel('Introduction').fill('Dziękujemy za zamówienie {order}!\n\nNapisz, co myślisz.');
    await page.getByLabel('Button text', { exact: true }).fill('Napisz opinię');
    await page.getByText('Subject: Jak minęły zakupy w Sklep PL, Anna Nowak?').waitFor();
    // The re-rendered preview shows the edited text, laid out at the frame's full width (an
    // isolated sandboxed frame used to lay a new document out at a stale size: blank or squeezed).
    await preview.getByText('Dziękujemy za zamówienie #1001!').waitFor();
    await preview.getByRole('link', { name: 'Zrezygnuj z próśb o opinię' }).waitFor();
    const frame = page.locator('iframe[title="Preview of the mail"]');
    const frameWidth = await frame.evaluate((element) => element.clientWidth);
    await expect
      .poll(() => preview.locator('html').evaluate((root) => root.clientWidth))
      .toBeGreaterThan(frameWidth - 20); // a scrollbar at most
    await page.screenshot({ path: `${SHOTS}/templates-pl-edited.png`, fullPage: true });
    await page.getByRole('button', { name: 'Save template' }).click();
    await page.getByText(/Your text, saved/).waitFor();

    await page.getByRole('button', { name: 'Send me a test' }).click();
    await page.getByText(`Test sent to ${session.owner.email}.`).waitFor();
    const [message] = sink.to(session.owner.email);
    expect(message!.mail.subject).toMatch(/^Jak minęły zakupy w Sklep PL, .+\?$/);
    expect(message!.mail.text).toContain('Dziękujemy za zamówienie #1001!');
    expect(message!.mail.text).toContain('Napisz opinię: ');
    expect(message!.mail.text).toContain('Zrezygnuj z próśb o opinię: ');
    expect(message!.mail.html).toContain('lang="pl"');

    const stored = (await api(`/api/v1/channels/${channelId}/invitation-templates/invitation/pl`)).json();
    expect(stored).toMatchObject({ custom: true, buttonText: 'Napisz opinię' });
    await page.screenshot({ path: `${SHOTS}/templates-pl-mail.png`, fullPage: true });
    await expectAccessible(page, 'email templates');

    // The same page in Polish.
    await page.getByLabel('Language').first().selectOption('pl');
    await page.getByRole('heading', { name: 'Szablony e-maili' }).waitFor();
    await page.screenshot({ path: `${SHOTS}/templates-pl-ui.png`, fullPage: true });
    await expectAccessible(page, 'email templates (pl)');
    await page.getByLabel('Język').first().selectOption('en');
  }, 90_000); // each keystroke asks for a preview: on a loaded machine this one test outgrows 30 s
});

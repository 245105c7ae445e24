import { createCipheriv, createHmac, randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import nodemailer from 'nodemailer';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  clipboard,
  expectAccessible,
  noBrowser,
  type SignedInAdmin,
  startSignedInAdmin,
} from '../support/admin-browser.js';

const SHOTS = '/tmp/shots/adminfix';
mkdirSync(SHOTS, { recursive: true });

/** docs/invitation-links.md, "Node.js": what a shop runs with the keys it copied. */
function buildReviewLink(
  keys: { encryptKey: string; authKey: string; linkTemplate: string },
  payload: Record<string, unknown>,
): string {
  const iv = randomBytes(16);
  const cipher = createCipheriv('aes-256-cbc', Buffer.from(keys.encryptKey, 'base64'), iv);
  const ciphertext = Buffer.concat([cipher.update(JSON.stringify(payload), 'utf8'), cipher.final()]);
  const mac = createHmac('sha256', Buffer.from(keys.authKey, 'base64'))
    .update(Buffer.concat([iv, ciphertext]))
    .digest();
  return keys.linkTemplate + encodeURIComponent(Buffer.concat([iv, ciphertext, mac]).toString('base64'));
}

describe.skipIf(noBrowser)('the admin app: BCC address and business-generated link keys', () => {
  let session: SignedInAdmin;
  let page: Page;
  let receiver: { port: number; stop(): Promise<void> };

  beforeAll(async () => {
    session = await startSignedInAdmin({
      channel: {
        name: 'Obchod CZ',
        domain: 'obchod.example.cz',
        locale: 'cs',
        currency: 'CZK',
        timeZone: 'Europe/Prague',
      },
    });
    ({ page } = session);
    receiver = await session.app.trustloop.reviews.invitations.startMailReceiver({
      host: '127.0.0.1',
      port: 0,
    });
  });
  afterAll(async () => {
    await receiver?.stop();
    await session?.close();
  });
  afterEach(async (context) => {
    if (context.task.result?.state === 'fail')
      await page.screenshot({ path: `${SHOTS}/inbox-failed.png`, fullPage: true });
  });

  it('shows the BCC address to copy, then the mails received at it, with the reason one could not be read', async () => {
    await page.goto(`${session.origin}/admin/integrations`);
    await page.getByRole('link', { name: 'Set up BCC address' }).click();
    await page.getByText('Nothing received yet').waitFor();
    await expectAccessible(page, 'bcc (empty)');
    await page.getByRole('button', { name: 'Copy BCC address' }).click();
    const address = await clipboard(page);
    expect(address).toMatch(/@/);

    // The shop's confirmation mails, with the copied address as their BCC, over real SMTP.
    const smtp = nodemailer.createTransport({
      host: '127.0.0.1',
      port: receiver.port,
      secure: false,
      ignoreTLS: true,
    });
    await smtp.sendMail({
      from: '"Obchod CZ" <orders@obchod.example.cz>',
      to: '"Jana Nováková" <jana@example.cz>',
      bcc: address,
      subject: 'Potvrzení objednávky č. 2001',
      text: 'Děkujeme za nákup!',
    });
    await smtp.sendMail({
      from: '"Obchod CZ" <orders@obchod.example.cz>',
      to: '"Jana Nováková" <jana@example.cz>',
      bcc: address,
      subject: 'Newsletter',
      text: 'Nic o objednávce.',
    });
    smtp.close();

    const row = (text: string) => page.getByRole('row').filter({ hasText: text });
    await row('Potvrzení objednávky č. 2001').waitFor({ timeout: 15_000 });
    await row('Newsletter').getByText('Could not be read').waitFor({ timeout: 15_000 });
    // The reason in the admin's own words (its catalogue, from the reason's code), not the server's English.
    await row('Newsletter').getByText('no order number in the subject, the text or the order data').waitFor();
    expect(await row('Potvrzení objednávky č. 2001').textContent()).toContain('jana@example.cz');
    await expectAccessible(page, 'bcc (received)');
    await page.screenshot({ path: `${SHOTS}/bcc-en.png`, fullPage: true });
  });

  it('gives the link keys and template to copy: a link built with them opens the questionnaire; after replacing the keys (confirmed) it no longer does', async () => {
    await page.goto(`${session.origin}/admin/integrations`);
    await page.getByRole('link', { name: 'Set up Business-generated links' }).click();
    const copied = async (label: string) => {
      await page.getByRole('button', { name: `Copy ${label}` }).click();
      return clipboard(page);
    };
    const keys = {
      encryptKey: await copied('Encrypt key (AES-256)'),
      authKey: await copied('Auth key (HMAC-SHA256)'),
      linkTemplate: await copied('Link template'),
    };
    await expectAccessible(page, 'link keys');
    await page.screenshot({ path: `${SHOTS}/link-keys-en.png`, fullPage: true });
    const link = buildReviewLink(keys, { email: 'petr@example.cz', name: 'Petr Svoboda', ref: '2002' });
    expect((await fetch(link)).status).toBe(200);

    await page.getByRole('button', { name: 'Replace the link keys' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Replace the link keys' }).click();
    await page.getByText('New keys are in place').waitFor();
    expect(await copied('Encrypt key (AES-256)')).not.toBe(keys.encryptKey);
    const stale = buildReviewLink(keys, { email: 'eva@example.cz', ref: '2003' });
    expect((await fetch(stale)).status).not.toBe(200);
  });
});

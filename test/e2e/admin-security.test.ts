import { mkdirSync } from 'node:fs';
import * as OTPAuth from 'otpauth';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import type { ManualClock } from '../../src/platform/clock.js';
import {
  type AdminSession,
  adminPage,
  clipboard,
  expectAccessible,
  firstSignIn,
  NEW_PASSWORD,
  noBrowser,
  signIn,
  startAdmin,
} from '../support/admin-browser.js';

const SHOTS = '/tmp/shots/adminfix';
mkdirSync(SHOTS, { recursive: true });

/** The code an authenticator app shows at `now` (docs/sign-in.md: SHA-1, 6 digits, 30 s). */
function codeAt(secret: string, now: Date): string {
  const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret), digits: 6, period: 30 });
  return totp.generate({ timestamp: now.getTime() });
}

describe.skipIf(noBrowser)('the admin app: two-factor sign-in (account security)', () => {
  let session: AdminSession;
  let page: Page;
  let secret: string;
  let recoveryCodes: string[];

  // The server's clock is the test's (a manual one): the app's code is computed for its time.
  const clock = () => session.app.clock as ManualClock;
  const codeFor = (secret: string) => codeAt(secret, clock().now());

  beforeAll(async () => {
    session = await startAdmin();
    ({ page } = await adminPage(session));
    await firstSignIn(page, session);
  });
  afterAll(async () => {
    await session?.close();
  });
  afterEach(async (context) => {
    if (context.task.result?.state === 'fail')
      await page.screenshot({
        path: `${SHOTS}/security-failed-${context.task.name.slice(0, 20)}.png`,
        fullPage: true,
      });
  });

  it('enrols with the QR code’s key and a code from the app; a wrong code is refused on its field; the recovery codes are shown once with copy', async () => {
    onTestFailed(() =>
      page.screenshot({ path: `${SHOTS}/security-failed.png`, fullPage: true }).then(() => {}),
    );
    await page.getByRole('link', { name: 'Security' }).click();
    await page.getByText('Two-factor sign-in is off').waitFor();
    await expectAccessible(page, 'security (off)');
    await page.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
    await page.getByRole('img', { name: 'QR code for your authenticator app' }).waitFor();
    secret = await page.getByRole('textbox', { name: 'Key for the app' }).inputValue();
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    await expectAccessible(page, 'security (enrolling)');
    await page.screenshot({ path: `${SHOTS}/security-enrol-en.png`, fullPage: true });

    await page.getByLabel('Code from the app').fill('12345');
    await page.getByRole('button', { name: 'Turn on', exact: true }).click();
    await page.getByText('Enter the 6 digits your authenticator app shows.').waitFor();
    // Six digits, but not the app's: the server's refusal lands on the same field.
    const wrong = String((Number(codeFor(secret)) + 500_000) % 1_000_000).padStart(6, '0');
    await page.getByLabel('Code from the app').fill(wrong);
    await page.getByRole('button', { name: 'Turn on', exact: true }).click();
    await expect.poll(() => page.getByLabel('Code from the app').getAttribute('aria-invalid')).toBe('true');

    await page.getByLabel('Code from the app').fill(codeFor(secret));
    await page.getByRole('button', { name: 'Turn on', exact: true }).click();
    await page.getByText('Two-factor sign-in is on.').waitFor();
    recoveryCodes = await page
      .getByRole('list', { name: 'Recovery codes' })
      .getByRole('listitem')
      .allTextContents();
    expect(recoveryCodes).toHaveLength(10);
    await page.getByRole('button', { name: 'Copy the recovery codes' }).click();
    expect((await clipboard(page)).split('\n')).toEqual(recoveryCodes);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download as a text file' }).click();
    expect((await download).suggestedFilename()).toBe('trustloop-recovery-codes.txt');
    await expectAccessible(page, 'security (recovery codes)');
    await page.screenshot({ path: `${SHOTS}/security-codes-en.png`, fullPage: true });
    await page.getByRole('button', { name: 'I have saved them' }).click();
    await page.getByText('Two-factor sign-in is on: signing in asks').waitFor();
    // Shown once: coming back shows no codes.
    await page.reload();
    await page.getByText('Two-factor sign-in is on: signing in asks').waitFor();
    expect(await page.getByRole('list', { name: 'Recovery codes' }).count()).toBe(0);
  });

  it('signs out and in again: the password alone is not enough, the app’s code signs in', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/admin/sign-in');
    await signIn(page, session, NEW_PASSWORD);
    const code = page.getByLabel('Code from your authenticator app');
    await code.waitFor();
    await expectAccessible(page, 'sign-in (code asked)');
    // The code of the enrolment was used once: half a minute later the app shows the next one.
    clock().advance(30_000);
    await code.fill(codeFor(secret));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/admin/channels');
  });

  it('signs in with a recovery code instead of the app, once per code', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/admin/sign-in');
    await signIn(page, session, NEW_PASSWORD);
    await page.getByRole('button', { name: 'Use a recovery code instead' }).click();
    await page.getByLabel('Recovery code').fill(recoveryCodes[0]!);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/admin/channels');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await signIn(page, session, NEW_PASSWORD);
    await page.getByRole('button', { name: 'Use a recovery code instead' }).click();
    await page.getByLabel('Recovery code').fill(recoveryCodes[0]!);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('The email or password is wrong.', { exact: false }).waitFor();
  });

  it('turns two-factor off after the password and a confirmation; sign-in asks for no code again', async () => {
    await page.getByLabel('Recovery code').fill(recoveryCodes[1]!);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/admin/channels');
    await page.getByRole('link', { name: 'Security' }).click();
    await page.getByLabel('Your password').fill('not my password');
    await page.getByRole('button', { name: 'Turn off two-factor sign-in' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Turn off two-factor sign-in' }).click();
    await expect.poll(() => page.getByLabel('Your password').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('Your password').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Turn off two-factor sign-in' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Turn off two-factor sign-in' }).click();
    await page.getByText('Two-factor sign-in is off').waitFor();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await signIn(page, session, NEW_PASSWORD);
    await page.waitForURL('**/admin/channels');
  });
});

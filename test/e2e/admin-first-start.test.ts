import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import {
  adminPage,
  expectAccessible,
  launchChromium,
  NEW_PASSWORD,
  noBrowser,
  signIn,
} from '../support/admin-browser.js';
import { freePort, type ServeProcess, spawnServe } from '../support/serve-process.js';

/** The owner login `trustloop serve` prints at its first start, read from its standard output. */
async function printedLogin(
  serve: ServeProcess,
  timeoutMs: number,
): Promise<{ email: string; password: string }> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const printed = /email: +(\S+)\n +one-time password: +(\S+)/.exec(serve.output());
    if (printed) return { email: printed[1]!, password: printed[2]! };
    if (serve.child.exitCode !== null || Date.now() > deadline)
      throw new Error(`no owner login was printed:\n${serve.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe.skipIf(noBrowser)('the admin app after `trustloop serve`’s first start (A1)', () => {
  let serve: ServeProcess | undefined;
  let browser: Browser | undefined;
  const dataDir = mkdtempSync(join(tmpdir(), 'trustloop-admin-first-start-'));
  afterAll(async () => {
    await browser?.close();
    await serve?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('signs in at /admin with the email and one-time password serve printed, must change it, and lands on adding a channel', async () => {
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    // A fresh DATA_DIR and no DATABASE_URL: the SQLite file serve creates there, as after `npm start`.
    serve = spawnServe({
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      PORT: String(port),
      BCC_SMTP_PORT: String(await freePort()),
      PUBLIC_URL: origin,
    });
    const [owner, launched] = await Promise.all([printedLogin(serve, 30_000), launchChromium()]);
    browser = launched;
    expect(owner.email).toBe('owner@trustloop.local');

    const { context, page } = await adminPage({ browser, origin });
    await signIn(
      page,
      { origin, owner: { email: owner.email, oneTimePassword: owner.password } },
      owner.password,
    );
    await page.waitForURL('**/admin/password');
    await expectAccessible(page, 'forced password change after serve');
    await page.getByLabel('One-time password').fill(owner.password);
    await page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel('New password again').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Save password' }).click();
    await page.waitForURL('**/admin/channels');
    await page.getByText('No channels yet').waitFor();
    await page.getByRole('button', { name: 'Add a channel' }).click();
    await page.getByRole('dialog').getByLabel('Domain').waitFor();
    await expectAccessible(page, 'add channel dialog after serve');
    await context.close();

    // The one-time password is spent: the served API now takes the new password only.
    const login = (password: string) =>
      fetch(`${origin}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: owner.email, password }),
      });
    expect((await login(owner.password)).status).toBe(401);
    expect((await login(NEW_PASSWORD)).status).toBe(200);
  }, 60_000);
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AdminSession,
  adminPage,
  clipboard,
  createChannel,
  expectAccessible,
  NEW_PASSWORD,
  noBrowser,
  signIn,
  signInOwner,
  startAdmin,
} from '../support/admin-browser.js';

describe.skipIf(noBrowser)('the admin app: sign-in, channels, API keys, users (A1)', () => {
  let session: AdminSession;

  beforeAll(async () => {
    session = await startAdmin();
  });
  afterAll(() => session?.close());

  it('a fresh start: the printed one-time password signs in, a new password is required, then it alone works', async () => {
    const { context, page } = await adminPage(session);
    await page.goto(`${session.origin}/`);
    await page.waitForURL('**/admin/sign-in');
    await expectAccessible(page, 'sign-in');

    // Empty fields are refused before anything is sent.
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByText('Enter an email address such as owner@example.com.').count()).resolves.toBe(
      1,
    );

    await signIn(page, session, session.owner.oneTimePassword);
    await page.waitForURL('**/admin/password');
    await expectAccessible(page, 'forced password change');
    // Other pages send a pending password change back here.
    await page.goto(`${session.origin}/admin/channels`);
    await page.waitForURL('**/admin/password');

    await page.getByLabel('One-time password').fill(session.owner.oneTimePassword);
    await page.getByLabel('New password', { exact: true }).fill('short');
    await page.getByLabel('New password again').fill('short');
    await page.getByRole('button', { name: 'Save password' }).click();
    await expect(page.getByText('Use at least 10 characters.').count()).resolves.toBe(1);

    await page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel('New password again').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Save password' }).click();
    await page.waitForURL('**/admin/channels');
    await page.getByText('No channels yet').waitFor();
    await expectAccessible(page, 'channels (empty)');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/admin/sign-in');
    await page.goto(`${session.origin}/admin/channels`);
    await page.waitForURL('**/admin/sign-in');

    // The one-time password no longer works; the new one does.
    await signIn(page, session, session.owner.oneTimePassword);
    await page.getByText('The email or password is wrong.').waitFor();
    await signIn(page, session, NEW_PASSWORD);
    await page.waitForURL('**/admin/channels');
    await context.close();
  });

  describe('signed in', () => {
    let page: Awaited<ReturnType<typeof adminPage>>['page'];

    beforeAll(async () => {
      ({ page } = await adminPage(session));
      await signInOwner(page, session);
    });

    it('creates a channel: its form marks the wrong fields before sending anything, then the channel appears', async () => {
      await page.goto(`${session.origin}/admin/channels`);
      await page.getByRole('button', { name: 'Add a channel' }).click();
      const dialog = page.getByRole('dialog');
      await expectAccessible(page, 'add channel dialog');
      await dialog.getByLabel('Domain').fill('https://not a host');
      await dialog.getByLabel('Currency').fill('zł');
      await dialog.getByRole('button', { name: 'Create channel' }).click();
      await expect(dialog.getByLabel('Name').getAttribute('aria-invalid')).resolves.toBe('true');
      await expect(dialog.getByLabel('Domain').getAttribute('aria-invalid')).resolves.toBe('true');
      await expect(dialog.getByLabel('Currency').getAttribute('aria-invalid')).resolves.toBe('true');
      await page.keyboard.press('Escape');

      await createChannel(page, session, {
        name: 'Sklep PL',
        domain: 'sklep.example.pl',
        locale: 'pl',
        currency: 'pln',
        timeZone: 'Europe/Warsaw',
      });
      // The list names the language in the admin's language, not by its code.
      await page
        .getByRole('row', { name: /Sklep PL/ })
        .getByRole('cell', { name: 'Polish', exact: true })
        .waitFor();
      const channels = await session.app.inject({
        method: 'GET',
        url: '/api/v1/channels',
        headers: { cookie: await sessionCookie(page) },
      });
      expect(channels.json().data).toEqual([
        expect.objectContaining({
          name: 'Sklep PL',
          domain: 'sklep.example.pl',
          defaultLocale: 'pl',
          currency: 'PLN',
          timeZone: 'Europe/Warsaw',
        }),
      ]);
      await expectAccessible(page, 'channels');
    });

    it('edits a channel, reveals and copies its public id and signing secret', async () => {
      await page.goto(`${session.origin}/admin/channels`);
      await page.getByRole('link', { name: 'Sklep PL' }).click();
      await page.getByRole('heading', { name: 'Sklep PL', level: 1 }).waitFor();
      await expectAccessible(page, 'channel');

      await page.getByLabel('Time zone').selectOption('Europe/Prague');
      await page.getByLabel('Currency').fill('CZK');
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByText('Saved.').waitFor();

      const cookie = await sessionCookie(page);
      const [channel] = (
        await session.app.inject({ method: 'GET', url: '/api/v1/channels', headers: { cookie } })
      ).json().data;
      expect(channel).toMatchObject({ currency: 'CZK', timeZone: 'Europe/Prague' });

      await page.getByRole('button', { name: 'Copy Public channel ID' }).click();
      expect(await clipboard(page)).toBe(channel.publicId);

      await page.getByRole('button', { name: 'Reveal signing secret' }).click();
      await page.getByRole('button', { name: 'Copy Signing secret' }).click();
      const secret = (
        await session.app.inject({
          method: 'GET',
          url: `/api/v1/channels/${channel.id}/signing-secret`,
          headers: { cookie },
        })
      ).json().signingSecret;
      expect(await clipboard(page)).toBe(secret);
    });

    it('creates an API key whose secret is shown once, copied, and works as a Bearer key with its scopes only', async () => {
      await page.goto(`${session.origin}/admin/account/api-keys`);
      await page.getByText('No API keys yet').waitFor();
      await expectAccessible(page, 'api keys (empty)');

      await page.getByRole('button', { name: 'Create key' }).click();
      await page.getByText('Choose at least one scope.').waitFor();

      await page.getByLabel('Name').fill('shop sync');
      await page.getByLabel('channels:read').check();
      await page.getByRole('button', { name: 'Create key' }).click();
      const dialog = page.getByRole('dialog', { name: 'Your new API key' });
      await dialog.waitFor();
      await expectAccessible(page, 'new api key dialog');
      await dialog.getByRole('button', { name: 'Copy API key' }).click();
      const key = await clipboard(page);
      expect(key).toMatch(/^tlk_/);
      await dialog.getByRole('button', { name: 'I have copied it' }).click();
      await page.getByRole('cell', { name: 'shop sync' }).waitFor();
      expect(await page.getByText(key).count()).toBe(0);

      const read = await session.app.inject({
        method: 'GET',
        url: '/api/v1/channels',
        headers: { authorization: `Bearer ${key}` },
      });
      expect(read.statusCode).toBe(200);
      const write = await session.app.inject({
        method: 'POST',
        url: '/api/v1/channels',
        headers: { authorization: `Bearer ${key}` },
        payload: {
          name: 'x',
          domain: 'x.example.com',
          defaultLocale: 'en',
          currency: 'EUR',
          timeZone: 'UTC',
        },
      });
      expect(write.statusCode).toBe(403);

      // Revoking asks first.
      await page.getByRole('button', { name: 'Revoke' }).click();
      await page.getByRole('alertdialog').getByRole('button', { name: 'Revoke' }).click();
      await page.getByText('No API keys yet').waitFor();
      const after = await session.app.inject({
        method: 'GET',
        url: '/api/v1/channels',
        headers: { authorization: `Bearer ${key}` },
      });
      expect(after.statusCode).toBe(401);
    });

    it('adds a viewer, whose one-time password is shown once with a copy button, and removes them after confirming', async () => {
      await page.goto(`${session.origin}/admin/account/users`);
      await page.getByRole('cell', { name: 'owner@trustloop.local' }).waitFor();
      await expectAccessible(page, 'users');
      await page.getByLabel('Email').fill('ewa@example.pl');
      await page.getByLabel('Name').fill('Ewa');
      await page.getByLabel('Role').selectOption('viewer');
      await page.getByRole('button', { name: 'Add user' }).click();
      await page.getByRole('button', { name: 'Copy One-time password' }).click();
      const oneTime = await clipboard(page);
      const login = await session.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: 'ewa@example.pl', password: oneTime },
      });
      expect(login.statusCode).toBe(200);
      expect(login.json().user).toMatchObject({ role: 'viewer', mustChangePassword: true });

      // The same email again: the server's 409 is worded by its code, in the admin's language, with its own words below.
      await page.getByLabel('Email').fill('ewa@example.pl');
      await page.getByLabel('Name').fill('Ewa again');
      await page.getByRole('button', { name: 'Add user' }).click();
      await page
        .getByRole('alert')
        .getByText('This clashes with what is already saved', { exact: false })
        .waitFor();
      await page.evaluate(() =>
        (globalThis as unknown as BrowserWindow).localStorage.setItem('trustloop.admin.locale', 'pl'),
      );
      await page.reload();
      await page.getByLabel('E-mail').fill('ewa@example.pl');
      await page.getByLabel('Imię i nazwisko').fill('Ewa znowu');
      await page.getByRole('button', { name: 'Dodaj użytkownika' }).click();
      const alert = page.getByRole('alert').filter({ hasText: 'To koliduje z tym, co już zapisano' });
      await alert.waitFor();
      // The worded code first; the server's own sentence follows, since it names what clashed.
      const text = (await alert.textContent()) ?? '';
      expect(text.startsWith('To koliduje z tym, co już zapisano')).toBe(true);
      expect(text).toContain('Odpowiedź serwera: „a user with email ewa@example.pl already exists”');
      await expectAccessible(page, 'users (pl, a worded 409)');
      await page.evaluate(() =>
        (globalThis as unknown as BrowserWindow).localStorage.setItem('trustloop.admin.locale', 'en'),
      );
      await page.reload();

      await page
        .getByRole('row', { name: /ewa@example\.pl/ })
        .getByRole('button', { name: 'Remove' })
        .click();
      await page.getByRole('alertdialog').getByRole('button', { name: 'Remove' }).click();
      await page.getByRole('cell', { name: 'ewa@example.pl' }).waitFor({ state: 'detached' });
    });
  });
});

/** The page's own storage, where the admin keeps the chosen language (test code runs in Node). */
type BrowserWindow = { localStorage: { setItem(key: string, value: string): void } };

async function sessionCookie(page: import('playwright-core').Page): Promise<string> {
  const cookie = (await page.context().cookies()).find((candidate) => candidate.name === 'tl_session');
  if (!cookie) throw new Error('no session cookie');
  return `tl_session=${cookie.value}`;
}

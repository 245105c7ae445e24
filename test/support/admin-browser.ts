import { existsSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { createTestApp, type TestApp } from './app.js';

export const CHROMIUM = '/usr/bin/chromium';
/** In CI the browser must be there (the CI script installs it); locally a missing one skips. */
export const noBrowser = !existsSync(CHROMIUM) && !process.env['CI'];
if (noBrowser)
  console.warn(`${CHROMIUM} is missing: the admin browser tests are skipped (apt-get install chromium)`);

const AXE = join(import.meta.dirname, '..', '..', 'node_modules', 'axe-core', 'axe.min.js');

export interface AdminSession {
  app: TestApp;
  origin: string;
  browser: Browser;
  /** The owner login the first start prints. */
  owner: { email: string; oneTimePassword: string };
  close(): Promise<void>;
}

/**
 * A fresh Trustloop listening on a real socket, as after `npm start` for the first time (its
 * owner created with a one-time password, exactly as `serve` does), and a headless Chromium.
 */
export async function startAdmin(env: Record<string, string> = {}): Promise<AdminSession> {
  // PUBLIC_URL is this very server, so the URLs the pages show (and the test copies) work as is.
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const app = await createTestApp('sqlite', { env: { PUBLIC_URL: origin, ...env } });
  const created = await app.trustloop.bootstrapOwner('owner@trustloop.local');
  if (!created?.oneTimePassword) throw new Error('a fresh database has no owner yet');
  await app.trustloop.app.listen({ host: '127.0.0.1', port });
  const browser = await launchChromium();
  return {
    app,
    origin,
    browser,
    owner: { email: created.user.email, oneTimePassword: created.oneTimePassword },
    async close() {
      await browser.close();
      await app.close();
    },
  };
}

/** Debian's Chromium, headless, as every admin browser test drives it. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-sync',
    ],
  });
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * A browser tab for the admin: clipboard readable (to check what the copy buttons copied),
 * page CSP bypassed only so that axe-core can be injected.
 */
export async function adminPage(
  session: Pick<AdminSession, 'browser' | 'origin'>,
  options: { locale?: string; width?: number } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await session.browser.newContext({
    bypassCSP: true,
    locale: options.locale ?? 'en-GB',
    viewport: { width: options.width ?? 1280, height: 900 },
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.origin });
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  return { context, page };
}

// The tests' TypeScript has no DOM library: what runs in the page is typed by hand.
interface PageGlobals {
  navigator: { clipboard: { readText(): Promise<string> } };
  document: unknown;
  axe?: { run(context: unknown): Promise<{ violations: AxeViolation[] }> };
}
interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: Array<{ target: unknown }>;
}

export async function clipboard(page: Page): Promise<string> {
  return page.evaluate(() => (globalThis as unknown as PageGlobals).navigator.clipboard.readText());
}

/** Runs axe-core on the page: no serious or critical violation may remain. */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const globals = globalThis as unknown as PageGlobals;
    const result = await globals.axe!.run(globals.document);
    return result.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        targets: violation.nodes.map((n) => n.target),
      }));
  });
  expect(violations, `axe on ${what}`).toEqual([]);
}

/** Signs in through the sign-in page and chooses a new password when asked to. */
export async function signIn(
  page: Page,
  session: Pick<AdminSession, 'origin' | 'owner'>,
  password: string,
): Promise<void> {
  await page.goto(`${session.origin}/admin/`);
  await page.getByLabel('Email').fill(session.owner.email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

export const NEW_PASSWORD = 'a long enough passphrase';

/** The owner's first sign-in: one-time password, then the forced change; ends on the channels page. */
export async function firstSignIn(page: Page, session: AdminSession): Promise<void> {
  await signIn(page, session, session.owner.oneTimePassword);
  await page.waitForURL('**/admin/password');
  await page.getByLabel('One-time password').fill(session.owner.oneTimePassword);
  await page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel('New password again').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Save password' }).click();
  await page.waitForURL('**/admin/channels');
}

/**
 * The owner signed in whether or not an earlier test of the file already changed the one-time
 * password (a filtered run skips it); ends on the channels page.
 */
export async function signInOwner(page: Page, session: AdminSession): Promise<void> {
  const changed = await session.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email: session.owner.email, password: NEW_PASSWORD },
  });
  if (changed.statusCode === 200) await signIn(page, session, NEW_PASSWORD);
  else await firstSignIn(page, session);
  await page.waitForURL('**/admin/channels');
}

/** Creates a channel through the channels page's dialog. */
export async function createChannel(
  page: Page,
  session: AdminSession,
  channel: { name: string; domain: string; locale: string; currency: string; timeZone: string },
): Promise<void> {
  await page.goto(`${session.origin}/admin/channels`);
  await page.getByRole('button', { name: 'Add a channel' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Name').fill(channel.name);
  await dialog.getByLabel('Domain').fill(channel.domain);
  await dialog.getByLabel('Language').selectOption(channel.locale);
  await dialog.getByLabel('Currency').fill(channel.currency);
  await dialog.getByLabel('Time zone').selectOption(channel.timeZone);
  await dialog.getByRole('button', { name: 'Create channel' }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.getByRole('link', { name: channel.name }).waitFor();
}

export type ChannelInput = Parameters<typeof createChannel>[2];

/** The shop most admin tests work in: Polish, złoty, Warsaw time. */
export const SKLEP_PL: ChannelInput = {
  name: 'Sklep PL',
  domain: 'sklep.example.pl',
  locale: 'pl',
  currency: 'PLN',
  timeZone: 'Europe/Warsaw',
};

/** A running admin with the owner signed in in a browser tab and one channel made on the channels page. */
export interface SignedInAdmin extends AdminSession {
  page: Page;
  /** The signed-in session's `Cookie` header, for the API calls a test makes beside the page. */
  cookie: string;
  /** The channel made through the channels page, as the API lists it. */
  channel: { id: string; accountId: string; publicId: string };
}

/**
 * How an admin browser test starts: a fresh Trustloop ({@link startAdmin}), the owner's first
 * sign-in with the forced password change, and a channel created through the channels page
 * (the Polish shop unless the test needs another). Close it with `close()` as any session.
 */
export async function startSignedInAdmin(
  options: { env?: Record<string, string>; channel?: ChannelInput } = {},
): Promise<SignedInAdmin> {
  const session = await startAdmin(options.env);
  try {
    const { page } = await adminPage(session);
    await firstSignIn(page, session);
    await createChannel(page, session, options.channel ?? SKLEP_PL);
    const sessionCookie = (await page.context().cookies()).find(
      (candidate) => candidate.name === 'tl_session',
    );
    if (!sessionCookie) throw new Error('signing in set no tl_session cookie');
    const cookie = `tl_session=${sessionCookie.value}`;
    const channels = await session.app.inject({
      method: 'GET',
      url: '/api/v1/channels',
      headers: { cookie },
    });
    const [channel] = channels.json().data as SignedInAdmin['channel'][];
    if (!channel) throw new Error(`the channel made on the page is not listed: ${channels.body}`);
    return { ...session, page, cookie, channel };
  } catch (error) {
    await session.close();
    throw error;
  }
}

import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { loadConfig } from '../src/platform/config.js';
import { createTrustloop, type Trustloop } from '../src/trustloop.js';

/**
 * A fresh Trustloop on its own SQLite file for the screenshot scripts, with the https address a
 * real install shows in the values to paste (and so no plain-http warning on the shop pages).
 */
export function screenshotTrustloop(): Promise<Trustloop> {
  const config = loadConfig({
    ...process.env,
    DATA_DIR: mkdtempSync(join(tmpdir(), 'trustloop-shots-')),
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'silent',
    TRUSTLOOP_MASTER_KEY: randomBytes(32).toString('base64'),
    PUBLIC_URL: 'https://reviews.sklep.example.pl',
  });
  return createTrustloop({ config });
}

/**
 * Debian's Chromium with one page in the admin's language, for the screenshot scripts. A sandboxed
 * preview frame is another process; full-page captures leave such frames blank unless they run in
 * the page's process (a headless capture matter: browsers paint them).
 */
export async function openScreenshotPage(locale: string): Promise<{ browser: Browser; page: Page }> {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-site-isolation-trials',
      '--disable-features=IsolateOrigins,site-per-process',
    ],
  });
  const context = await browser.newContext({
    locale: locale === 'pl' ? 'pl-PL' : 'en-GB',
    viewport: { width: 1280, height: 800 },
  });
  return { browser, page: await context.newPage() };
}

import { type Browser, chromium, type Page } from 'playwright-core';

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

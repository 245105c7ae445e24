import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it, onTestFailed } from 'vitest';
import { type EcomailFake, startEcomailFake } from '../fakes/ecomail/ecomail.fake.js';
import { type KlaviyoFake, startKlaviyoFake } from '../fakes/klaviyo/klaviyo.fake.js';
import {
  expectAccessible,
  noBrowser,
  type SignedInAdmin,
  startSignedInAdmin,
} from '../support/admin-browser.js';

const SHOTS = '/tmp/shots/adminpolish';

/**
 * A Polish merchant's refused keys: the live checks name their problem with a code, and the
 * admin words it on the field in Polish (verify.<code>), not in the server's English.
 */
describe.skipIf(noBrowser)('the admin app: live-check refusals worded in Polish', () => {
  let session: SignedInAdmin;
  let page: Page;
  let klaviyo: KlaviyoFake;
  let ecomail: EcomailFake;

  beforeAll(async () => {
    session = await startSignedInAdmin();
    klaviyo = await startKlaviyoFake({ rateLimits: false });
    ecomail = await startEcomailFake();
    ({ page } = session);
    await page.evaluate(() =>
      (
        globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }
      ).localStorage.setItem('trustloop.admin.locale', 'pl'),
    );
  });
  afterAll(async () => {
    await session?.close();
    await klaviyo?.close();
    await ecomail?.close();
  });

  it('Klaviyo: a wrong private key and a public key of another account, each on its field', async () => {
    onTestFailed(() =>
      page.screenshot({ path: `${SHOTS}/verify-pl-failed.png`, fullPage: true }).then(() => {}),
    );
    await page.goto(`${session.origin}/admin/integrations/${session.channel.id}/connector/klaviyo`);
    await page.getByLabel('Publiczny klucz API (site ID)').fill(klaviyo.publicKey);
    await page.getByLabel('Prywatny klucz API').fill('pk_wrong_0000000000000000000000000000');
    await page.getByLabel('Adres API (opcjonalnie)').fill(klaviyo.url);
    await page.getByRole('button', { name: 'Sprawdź i połącz' }).click();
    await page
      .getByText('Klaviyo odrzuciło ten klucz prywatny: sprawdź, czy został skopiowany w całości', {
        exact: false,
      })
      .waitFor();

    await page.getByLabel('Prywatny klucz API').fill(klaviyo.privateKey);
    await page.getByLabel('Publiczny klucz API (site ID)').fill('XyZ999');
    await page.getByRole('button', { name: 'Sprawdź i połącz' }).click();
    await page.getByText('Ten klucz publiczny należy do innego konta Klaviyo niż klucz prywatny.').waitFor();
    await expectAccessible(page, 'klaviyo (refused, pl)');
    await page.screenshot({ path: `${SHOTS}/klaviyo-refused-pl.png`, fullPage: true });
  });

  it('Ecomail: a refused key while loading the lists, worded on the key’s field', async () => {
    onTestFailed(() =>
      page.screenshot({ path: `${SHOTS}/verify-pl-failed.png`, fullPage: true }).then(() => {}),
    );
    await page.goto(`${session.origin}/admin/integrations/${session.channel.id}/connector/ecomail`);
    await page.getByLabel('Klucz API').fill('not-the-key');
    await page.getByLabel('Adres API (opcjonalnie)').fill(ecomail.url);
    await page.getByRole('button', { name: 'Wczytaj moje listy' }).click();
    await page
      .getByText(
        'Ecomail odrzuca ten klucz: sprawdź, czy został skopiowany w całości i czy jest nadal ważny.',
      )
      .waitFor();
    await page.screenshot({ path: `${SHOTS}/ecomail-refused-pl.png`, fullPage: true });
  });
});

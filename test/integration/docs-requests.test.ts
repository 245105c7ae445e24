import { readdirSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { type EcomailFake, startEcomailFake } from '../fakes/ecomail/ecomail.fake.js';
import { type KlaviyoFake, startKlaviyoFake } from '../fakes/klaviyo/klaviyo.fake.js';
import { type MagentoFake, startMagentoFake } from '../fakes/magento/magento.fake.js';
import { type PrestaShopFake, startPrestaShopFake } from '../fakes/prestashop/prestashop.fake.js';
import { type SalesmanagoFake, startSalesmanagoFake } from '../fakes/salesmanago/salesmanago.fake.js';
import { type ShoperFake, startShoperFake } from '../fakes/shoper/shoper.fake.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { dialects } from '../support/databases.js';
import {
  curlCommands,
  type DocReader,
  docReader,
  readDoc,
  readFixture,
  runDocRequests,
} from '../support/docs-requests.js';

/**
 * Every request sequence of docs/ and the README, run as written from a fresh start (the
 * first-start owner and one-time password), through the whole HTTP stack; the marketing
 * platforms are the fakes written from their documentation. See test/support/docs-requests.ts
 * for what a reader carries forward between commands.
 */
const TL = 'http://localhost:8080';
const CONNECTING = 'docs/connecting.md';
const PASSPHRASE = 'a passphrase chosen by the reader';

/** The commands each document's tests run; the last test checks no document has others. */
const RUN = new Map<string, Set<string>>();
function commandsOf(path: string, from?: string, to?: string): string[] {
  const commands = curlCommands(readDoc(path, from, to));
  const run = RUN.get(path) ?? new Set();
  for (const command of commands) run.add(command);
  RUN.set(path, run);
  return commands;
}

describe.each(dialects)('the docs, run as written, on %s', (kind) => {
  let app: TestApp;
  let reader: DocReader;

  // A fresh start for each document: the first-start owner exists, nothing else.
  beforeEach(async () => {
    app = await createTestApp(kind, { env: { PUBLIC_URL: TL } });
    return () => app.close();
  });

  /** connecting.md §1: sign in with the one-time password, choose a passphrase, an API key, a channel. */
  async function signInAndMakeAChannel() {
    const created = await app.trustloop.bootstrapOwner('owner@trustloop.local');
    reader = docReader({
      vars: { TL },
      placeholders: {
        '<one-time password>': created!.oneTimePassword!,
        '<your passphrase>': PASSPHRASE,
        '<Shopify signing secret>': 'shpss_docs_test_secret',
      },
    });
    await runDocRequests(app, commandsOf(CONNECTING, '## 1.', '## 2.'), reader);
  }

  describe('connecting.md', () => {
    let klaviyo: KlaviyoFake;
    let ecomail: EcomailFake;
    let salesmanago: SalesmanagoFake;
    let presta: PrestaShopFake;
    let shoper: ShoperFake;
    let magento: MagentoFake;
    beforeEach(async () => {
      presta = await startPrestaShopFake();
      shoper = await startShoperFake();
      magento = await startMagentoFake();
      klaviyo = await startKlaviyoFake();
      klaviyo.state.lists.set('XyZ789', {
        id: 'XyZ789',
        name: 'Newsletter',
        members: new Set(),
        created: '',
      });
      ecomail = await startEcomailFake({
        lists: [
          { id: 1, name: 'Zákazníci', customFields: { trustloop_points: { type: 'int', name: 'Points' } } },
          { id: 7, name: 'Newsletter' },
        ],
      });
      salesmanago = await startSalesmanagoFake({ clientId: 'abc123xyz', owner: 'shop@example.com' });
      return async () => {
        await Promise.all([
          klaviyo.close(),
          ecomail.close(),
          salesmanago.close(),
          presta.close(),
          shoper.close(),
          magento.close(),
        ]);
      };
    });

    it('answers every request, from the first sign-in to the marketing platforms, with 2xx', async () => {
      await signInAndMakeAChannel();
      // §2: PrestaShop and Shoper are the fakes written from their documentation.
      reader.placeholders['<Webservice key>'] = presta.key;
      reader.placeholders['<API user password>'] = shoper.password;
      reader.placeholders['<webhook secret>'] = 'shoper-docs-secret';
      reader.examples['https://presta.example.pl'] = presta.url;
      reader.examples['https://sklep.shoper.pl'] = shoper.url;
      // §2: the reader's Magento store is the fake written from Magento's REST docs.
      reader.placeholders['<Magento integration access token>'] = magento.token;
      reader.examples['https://sklep.example.pl'] = magento.url;
      await runDocRequests(app, commandsOf(CONNECTING, '## 2.', '## 6.'), reader);

      // §6: the reader's own platform credentials; the platforms' addresses are the fakes'.
      reader.vars['ECOMAIL_KEY'] = ecomail.apiKey;
      reader.placeholders['<private key>'] = klaviyo.privateKey;
      reader.placeholders['<API secret>'] = salesmanago.apiSecret;
      reader.examples['https://app3.salesmanago.pl'] = salesmanago.url;
      const fakeUrls: Record<string, string> = { klaviyo: klaviyo.url, ecomail: ecomail.url };
      reader.adjustBody = (url, body) => {
        const connector = String(body['connectorId'] ?? /\/connectors\/(\w+)\//.exec(url)?.[1]);
        const settings = body['settings'] as Record<string, unknown> | undefined;
        if (settings && fakeUrls[connector]) settings['baseUrl'] = fakeUrls[connector];
      };
      const platformCommands = commandsOf(CONNECTING, '## 6.');
      expect(platformCommands.length).toBeGreaterThanOrEqual(5);
      await runDocRequests(app, platformCommands, reader);

      // What the sequence promised: three platforms connected and a SALESmanago export running.
      const connections = await app.inject({
        method: 'GET',
        url: `/api/v1/connections?channelId=${reader.vars['CH']}`,
        headers: { authorization: `Bearer ${reader.vars['KEY']}` },
      });
      const ids = (connections.json() as { connections: Array<{ connectorId: string; status: string }> })
        .connections;
      expect(ids.map((c) => [c.connectorId, c.status]).sort()).toEqual([
        ['ecomail', 'active'],
        ['klaviyo', 'active'],
        ['salesmanago', 'active'],
      ]);
      expect(reader.lastIds['exp']).toMatch(/^exp_/);
    });
  });

  it('csv-import.md: imports orders over HTTP and reads the import and its rejected rows', async () => {
    await signInAndMakeAChannel();
    reader.files['orders.csv'] = readFixture('generic-orders.csv');
    await runDocRequests(app, commandsOf('docs/csv-import.md', '## Over HTTP'), reader);
    expect(reader.lastIds['imp']).toMatch(/^imp_/);
  });

  it('invitation-links.md: gets a link without sending, reads and rotates the link keys', async () => {
    await signInAndMakeAChannel();
    await runDocRequests(app, commandsOf('docs/invitation-links.md'), reader);
  });

  it('sign-in.md: a session from the command line, its CSRF token sent on a write', async () => {
    await signInAndMakeAChannel();
    reader.placeholders['<password>'] = PASSPHRASE;
    delete reader.vars['CSRF'];
    await runDocRequests(app, commandsOf('docs/sign-in.md'), reader);
  });
});

describe('the docs’ request sequences', () => {
  it('are all run by this file: no document has a curl command the tests above skip', () => {
    // docs/ also holds folders (screenshots): the documents are its Markdown files.
    const documents = [
      'README.md',
      ...readdirSync('docs')
        .filter((name) => name.endsWith('.md'))
        .map((name) => `docs/${name}`),
    ];
    const written = Object.fromEntries(
      documents
        .map((path) => [path, curlCommands(readDoc(path)).sort()] as const)
        .filter(([, commands]) => commands.length > 0),
    );
    const run = Object.fromEntries([...RUN].map(([path, commands]) => [path, [...commands].sort()]));
    expect(run).toEqual(written);
  });
});

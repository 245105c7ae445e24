import { mkdirSync } from 'node:fs';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { drainJobs, pointsCredited } from '../contract/contract-fixtures.js';
import { type EcomailFake, startEcomailFake } from '../fakes/ecomail/ecomail.fake.js';
import {
  expectAccessible,
  noBrowser,
  type SignedInAdmin,
  startSignedInAdmin,
} from '../support/admin-browser.js';

const SHOTS = '/tmp/shots/aloyalty';

describe.skipIf(noBrowser)('the admin app: syncs, exports and dead letters (A6)', () => {
  let session: SignedInAdmin;
  let page: Page;
  let fake: EcomailFake;
  let channel: SignedInAdmin['channel'];
  let connectionId: string;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    session = await startSignedInAdmin();
    fake = await startEcomailFake();
    ({ page, channel } = session);
    ({ id: connectionId } = await session.app.trustloop.connectors.connect(channel.accountId, {
      channelId: channel.id,
      connectorId: 'ecomail',
      settings: { apiKey: fake.apiKey, listId: '1', baseUrl: fake.url },
    }));
  });
  afterAll(async () => {
    await session?.close();
    await fake?.close();
  });

  it('a delivery Ecomail refused shows with Ecomail’s error; sending it again delivers it to Ecomail', async () => {
    onTestFailed(() => page.screenshot({ path: `${SHOTS}/syncs-failed.png`, fullPage: true }).then(() => {}));
    // Ecomail refuses the next write with its own words: the delivery gives up at once (a 422 is final).
    fake.failNext(1, { status: 422, body: { message: 'Subscriber email is blacklisted' } }, /subscribe/);
    const { jobs, database } = session.app.trustloop;
    await jobs.appendEvents(database.db, [
      {
        type: 'points.credited',
        accountId: channel.accountId,
        channelId: channel.id,
        payload: pointsCredited('late@example.com', 10, 60),
      },
    ]);
    await drainJobs(session.app);
    expect(fake.subscriber(1, 'late@example.com')).toBeUndefined();

    await page.getByRole('link', { name: 'Syncs', exact: true }).click();
    await page.waitForURL('**/admin/syncs');
    const ecomail = page.getByRole('region', { name: /Ecomail/ });
    await ecomail.getByRole('heading', { name: 'Dead letters (1)' }).waitFor();
    await ecomail.getByRole('cell', { name: /blacklisted/ }).waitFor();
    await expectAccessible(page, 'syncs (a dead letter)');
    await page.screenshot({ path: `${SHOTS}/syncs-dead.png`, fullPage: true });

    await ecomail.getByRole('button', { name: 'Send again', exact: true }).click();
    // The replayed job is due at once; the worker (here the test) runs it.
    await expect
      .poll(async () => (await drainJobs(session.app)).succeeded, { timeout: 10_000 })
      .toBeGreaterThan(0);
    expect(fake.subscriber(1, 'late@example.com')).toMatchObject({ email: 'late@example.com' });
    await ecomail.getByText('Nothing is waiting to be sent again.').waitFor();
  });

  it('an export started on the page shows its progress and its counts when done', async () => {
    onTestFailed(() => page.screenshot({ path: `${SHOTS}/syncs-failed.png`, fullPage: true }).then(() => {}));
    const ecomail = page.getByRole('region', { name: /Ecomail/ });
    await ecomail.getByText('No export yet.').waitFor();
    await ecomail.getByText('Start an export').click();
    await ecomail
      .getByRole('button', { name: /export/i })
      .last()
      .click();
    await ecomail
      .getByRole('row')
      .filter({ hasText: /running|complete/ })
      .first()
      .waitFor();
    await drainJobs(session.app);
    const row = ecomail.getByRole('row').filter({ hasText: /complete/ });
    await row.waitFor({ timeout: 10_000 });
    await expect(row.innerText()).resolves.toMatch(/1 of 1\s+1\s+0\s+0/);
    await expectAccessible(page, 'syncs (an export)');
    await page.screenshot({ path: `${SHOTS}/syncs.png`, fullPage: true });
  });

  it('follows an export started elsewhere through its event stream, without asking the API again', async () => {
    onTestFailed(() => page.screenshot({ path: `${SHOTS}/syncs-failed.png`, fullPage: true }).then(() => {}));
    const ecomail = page.getByRole('region', { name: /Ecomail/ });
    await ecomail
      .getByRole('row')
      .filter({ hasText: /complete/ })
      .first()
      .waitFor();
    // From here on the page may only learn of the export through GET …/live, never by a poll.
    const polls: string[] = [];
    const countPolls = (request: Request) => {
      if (/\/connections\/[^/]+\/(exports|health|dead-letters)$/.test(new URL(request.url()).pathname))
        polls.push(request.url());
    };
    page.on('request', countPolls);
    try {
      await session.app.trustloop.connectors.startExport(channel.accountId, connectionId);
      await ecomail
        .getByRole('row')
        .filter({ hasText: /running|catching/i })
        .first()
        .waitFor();
      await drainJobs(session.app);
      await expect
        .poll(() =>
          ecomail
            .getByRole('row')
            .filter({ hasText: /complete/ })
            .count(),
        )
        .toBe(2);
      expect(polls).toEqual([]);
    } finally {
      page.off('request', countPolls);
    }
    await page.screenshot({ path: `${SHOTS}/syncs-live.png`, fullPage: true });
  });

  it('three deliveries Ecomail refused are sent again with one “send every … again” and reach Ecomail', async () => {
    onTestFailed(() => page.screenshot({ path: `${SHOTS}/syncs-failed.png`, fullPage: true }).then(() => {}));
    const emails = ['ann@example.com', 'bob@example.com', 'cid@example.com'];
    // A 422 is final: each refused event becomes a dead letter of its own, of one kind.
    fake.failNext(3, { status: 422, body: { message: 'Subscriber email is blacklisted' } }, /subscribe/);
    const { jobs, database } = session.app.trustloop;
    for (const email of emails) {
      await jobs.appendEvents(database.db, [
        {
          type: 'points.credited',
          accountId: channel.accountId,
          channelId: channel.id,
          payload: pointsCredited(email, 10, 60),
        },
      ]);
    }
    await drainJobs(session.app);
    for (const email of emails) expect(fake.subscriber(1, email)).toBeUndefined();

    await page.goto(`${session.origin}/admin/syncs`);
    const ecomail = page.getByRole('region', { name: /Ecomail/ });
    await ecomail.getByRole('heading', { name: 'Dead letters (3)' }).waitFor();
    // One button for the one kind, worded (not the job's name).
    const replayAll = ecomail.getByRole('button', { name: /^Send every .+ again$/ });
    expect(await replayAll.allInnerTexts()).toEqual(['Send every delivery again']);
    await expectAccessible(page, 'syncs (three dead letters of one kind)');
    await page.screenshot({ path: `${SHOTS}/syncs-dead-kind.png`, fullPage: true });

    await replayAll.click();
    // Said even though the list is empty at once: all three are back in the queue.
    await ecomail.getByRole('status').filter({ hasText: '3 deliveries sent again.' }).waitFor();
    await ecomail.getByRole('heading', { name: 'Dead letters (0)' }).waitFor();
    await expect
      .poll(async () => (await drainJobs(session.app)).succeeded, { timeout: 10_000 })
      .toBeGreaterThan(0);
    await expect
      .poll(() => emails.filter((email) => fake.subscriber(1, email)).length, { timeout: 10_000 })
      .toBe(3);
    await ecomail.getByText('Nothing is waiting to be sent again.').waitFor();
  });
});

import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import {
  expectAccessible,
  noBrowser,
  type SignedInAdmin,
  startSignedInAdmin,
} from '../support/admin-browser.js';

const SHOTS = '/tmp/shots/aloyalty';

describe.skipIf(noBrowser)('the admin app: loyalty program editor and members (A5)', () => {
  let session: SignedInAdmin;
  let page: Page;
  let channel: SignedInAdmin['channel'];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    session = await startSignedInAdmin();
    ({ page, channel } = session);
  });
  afterAll(() => session?.close());

  it('builds a program: earning rule, a tier and a reward, and the hub preview shows what a member sees', async () => {
    onTestFailed(() =>
      page.screenshot({ path: `${SHOTS}/program-failed.png`, fullPage: true }).then(() => {}),
    );
    await page.goto(`${session.origin}/admin/`);
    await page.getByRole('link', { name: 'Loyalty', exact: true }).click();
    await page.waitForURL('**/admin/loyalty/program');
    await page.getByRole('heading', { name: 'Loyalty program' }).waitFor();
    await expectAccessible(page, 'loyalty program (defaults)');

    // A bad value is refused on its field before anything is sent.
    const earning = page.getByRole('group', { name: 'Earning' });
    await earning.getByLabel('Points', { exact: true }).fill('-3');
    await page.getByRole('button', { name: 'Save program' }).click();
    await earning.getByText('Enter a whole number from 0 to 1000000.').waitFor();

    await earning.getByLabel('Points', { exact: true }).fill('2');
    await page.getByLabel('Creating an account').fill('50');
    await page.getByLabel('Points expire').selectOption('fixed');
    await page.getByRole('button', { name: 'Save program' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();

    const newTier = page.getByRole('form', { name: 'New tier' });
    await newTier.getByLabel('Name').fill('Silver');
    await newTier.getByLabel('Threshold').fill('500');
    await newTier.getByLabel('Points multiplier').fill('1.5');
    await newTier.getByRole('button', { name: 'Add tier' }).click();
    await page.getByRole('form', { name: 'Silver' }).waitFor();

    const newReward = page.getByRole('form', { name: 'New reward' });
    await newReward.getByLabel('Name').fill('Rabat 10 zł');
    await newReward.getByLabel('Value (PLN or %)').fill('10');
    await newReward.getByLabel('Cost in points').fill('100');
    await newReward.getByRole('button', { name: 'Add reward' }).click();
    await page.getByRole('form', { name: 'Rabat 10 zł' }).waitFor();

    // The preview is the hub's own view model: Polish by the channel, 150 points cover the reward.
    await page.getByLabel('Balance', { exact: true }).fill('150');
    const hub = page.getByTestId('hub-preview');
    await hub.getByText('Rabat 10 zł').first().waitFor();
    await expect(hub.getAttribute('lang')).resolves.toBe('pl');
    await hub.getByText(/150/).first().waitFor();
    await hub
      .getByText(/Silver/)
      .first()
      .waitFor();
    await hub
      .getByText(/2 punkty/)
      .first()
      .waitFor();
    await expectAccessible(page, 'loyalty program (built)');
    await page.mouse.wheel(0, -100_000);
    await page.screenshot({ path: `${SHOTS}/program.png`, fullPage: true });

    // What was saved is what the API now holds.
    const settings = await session.app.trustloop.loyalty.program.getSettings(channel.accountId, channel.id);
    expect(settings).toMatchObject({ earning: { points: 2, perAmount: 100 }, signupPoints: 50 });
    expect(settings.expiry.mode).toBe('fixed');
  });

  it('finds a member by name, adjusts their points with a reason and shows the entry in the ledger', async () => {
    onTestFailed(() =>
      page.screenshot({ path: `${SHOTS}/member-failed.png`, fullPage: true }).then(() => {}),
    );
    const { contacts, loyalty } = session.app.trustloop;
    const email = 'anna.nowak@example.com';
    await contacts.upsertCustomer(session.app.trustloop.database.db, {
      accountId: channel.accountId,
      channelId: channel.id,
      email,
      firstName: 'Anna',
      lastName: 'Nowak',
    });
    const member = await loyalty.members.enrolByEmail(channel.accountId, channel.id, email);

    // The program page links to its members (the header keeps one "Loyalty" entry).
    await page.getByRole('link', { name: 'Loyalty', exact: true }).click();
    await page.getByRole('link', { name: 'Loyalty members' }).click();
    await page.waitForURL('**/admin/loyalty/members**');
    await page.getByLabel('Find a member').fill('anna now');
    await page.getByRole('link', { name: email }).waitFor();
    await expectAccessible(page, 'loyalty members (search)');
    await page.screenshot({ path: `${SHOTS}/members.png`, fullPage: true });
    // The referral code finds them too.
    await page.getByLabel('Find a member').fill(member.referralCode);
    await page.getByRole('link', { name: email }).click();
    await page.getByRole('heading', { name: email }).waitFor();

    await page.getByLabel('Points', { exact: true }).fill('0');
    await page.getByRole('button', { name: 'Book adjustment' }).click();
    await page.getByText('Enter a whole number other than 0, e.g. 50 or -50.').waitFor();

    await page.getByLabel('Points', { exact: true }).fill('120');
    await page.getByLabel('Reason').fill('Apology for a late parcel');
    await page.getByRole('button', { name: 'Book adjustment' }).click();
    const ledger = page.getByTestId('ledger');
    const row = ledger.getByRole('row').filter({ hasText: 'Apology for a late parcel' });
    await row.waitFor();
    await expect(row.innerText()).resolves.toMatch(/manual adjustment\s+\+120\s+120\s+Apology/);
    await expect(page.getByTestId('balance').innerText()).resolves.toBe('120');
    await expectAccessible(page, 'loyalty member');

    // Excluding asks first, then the page says so; including again restores the member.
    await page.getByRole('button', { name: 'Exclude from the program' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Exclude from the program' }).click();
    await page.getByRole('button', { name: 'Include again' }).waitFor();
    expect((await loyalty.members.get(channel.accountId, channel.id, member.memberId)).state).toBe(
      'excluded',
    );
    await page.screenshot({ path: `${SHOTS}/member.png`, fullPage: true });
    await page.getByRole('button', { name: 'Include again' }).click();
    await page.getByRole('button', { name: 'Exclude from the program' }).waitFor();
    expect((await loyalty.members.get(channel.accountId, channel.id, member.memberId)).state).toBe('member');
  });

  it('pages the members and a member’s ledger 50 at a time with “Show more”', async () => {
    onTestFailed(() =>
      page.screenshot({ path: `${SHOTS}/members-more-failed.png`, fullPage: true }).then(() => {}),
    );
    const { loyalty } = session.app.trustloop;
    const before = (await loyalty.members.list(channel.accountId, channel.id, { limit: 200 })).data.length;
    for (let n = 0; n < 55; n++)
      await loyalty.members.enrolByEmail(channel.accountId, channel.id, `pager${n}@example.com`);
    const member = await loyalty.members.enrolByEmail(
      channel.accountId,
      channel.id,
      'long.history@example.com',
    );
    for (let n = 1; n <= 53; n++)
      await loyalty.members.adjust(channel.accountId, channel.id, member.memberId, {
        points: n,
        reason: `entry ${n}`,
        actor: 'test',
      });

    await page.goto(`${session.origin}/admin/loyalty/members?channel=${channel.id}`);
    const rows = page.locator('table tbody tr');
    await expect.poll(() => rows.count()).toBe(50);
    await page.getByRole('button', { name: 'Show more' }).click();
    await expect.poll(() => rows.count()).toBe(before + 56);
    await expect(page.getByRole('button', { name: 'Show more' }).count()).resolves.toBe(0);
    await expectAccessible(page, 'loyalty members (two pages)');
    await page.screenshot({ path: `${SHOTS}/members-more.png`, fullPage: true });

    await page.getByRole('link', { name: 'long.history@example.com' }).click();
    const ledger = page.getByTestId('ledger').locator('tbody tr');
    await expect.poll(() => ledger.count()).toBe(50);
    await page.getByRole('button', { name: 'Show more' }).click();
    await expect.poll(() => ledger.count()).toBe(53);
    await page
      .getByTestId('ledger')
      .getByRole('row')
      .filter({ hasText: /entry 1$/ })
      .waitFor();
    await expectAccessible(page, 'loyalty member (ledger, two pages)');
  });
});

import { type ChildProcess, spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/platform/clock.js';
import { loadConfig } from '../../src/platform/config.js';
import { createTrustloop, type Trustloop } from '../../src/trustloop.js';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';
import { asTestApp, cliEnvironment } from '../support/cli.js';
import { dialects } from '../support/databases.js';
import { renderKlaviyoTemplate } from '../support/klaviyo-template.js';

interface Embeds {
  feed: { name: string; url: string };
  certified: boolean;
  certification: { grantedAt: string; grantedBy: string; reference: string | null } | null;
  selectedReviewIds: string[];
  snippets: { badge: string | null; stars: string; reviews: string };
}

/** Publishes reviews with these ratings on the tenant's channel; returns their ids in order. */
async function publishReviews(app: TestApp, tenant: Tenant, ratings: number[]): Promise<string[]> {
  const submitted = await app.trustloop.reviews.submit(
    app.trustloop.database.db,
    ratings.map((rating, i) => ({
      accountId: tenant.accountId,
      channelId: tenant.channelId,
      type: 'service' as const,
      rating,
      title: `Title ${i}`,
      text: `Great service number ${i}`,
      displayName: `Buyer ${i}`,
      email: `buyer${i}@example.com`,
      verifiedBuyer: false,
      source: 'api' as const,
    })),
  );
  await app.trustloop.jobs.runDueJobs();
  return submitted.map((review) => review.reviewId);
}

describe.each(dialects)('email embeds (R8) on %s', (kind) => {
  let app: TestApp;
  let tenant: Tenant;
  let reviewIds: string[];

  beforeAll(async () => {
    app = await createTestApp(kind, { clock: new ManualClock('2026-12-03T10:00:00.000Z') });
    tenant = await createTenant(app, 'Sklep Jana');
    reviewIds = await publishReviews(app, tenant, [5, 4, 4]);
  });
  afterAll(() => app.close());

  const describeEmbeds = async (shop: Tenant = tenant, locale?: string) =>
    (
      await app.inject({
        method: 'GET',
        url: `/api/v1/channels/${shop.channelId}/email-embeds${locale ? `?locale=${locale}` : ''}`,
        headers: shop.auth,
      })
    ).json() as Embeds;
  const patch = (payload: Record<string, unknown>, shop: Tenant = tenant) =>
    app.inject({
      method: 'PATCH',
      url: `/api/v1/channels/${shop.channelId}/email-embeds`,
      headers: shop.auth,
      payload,
    });
  const fetchFeed = async (embeds: Embeds) =>
    (await app.inject({ method: 'GET', url: new URL(embeds.feed.url).pathname })).json() as Record<
      string,
      unknown
    >;
  /** The snippet as Klaviyo renders it when it sends: the feed fetched, the template filled in. */
  const sendMail = async (embeds: Embeds, snippet: string) =>
    renderKlaviyoTemplate(snippet, { feeds: { [embeds.feed.name]: await fetchFeed(embeds) } });

  it('gives a feed name and URL, and snippets that read the feed', async () => {
    const embeds = await describeEmbeds();
    expect(embeds.feed.name).toBe('Trustloop_Sklep_Jana_PL');
    expect(embeds.feed.url).toMatch(/\/public\/v1\/email-feeds\/[\w-]{16,}$/);
    expect(embeds.snippets.stars).toContain(`{{ feeds.${embeds.feed.name}.rating.texts.pl.average }}`);
    expect(await sendMail(embeds, embeds.snippets.stars)).toContain('na 5');
  });

  it('transliterates the feed name: "Sklep Żółw & Syn" becomes Trustloop_Sklep_Zolw_Syn', async () => {
    const shop = await createTenant(app, 'Żółw');
    await app.trustloop.accounts.channels.update(shop.accountId, shop.channelId, {
      name: 'Sklep Żółw & Syn',
    });
    expect((await describeEmbeds(shop)).feed.name).toBe('Trustloop_Sklep_Zolw_Syn');
    await app.trustloop.accounts.channels.update(shop.accountId, shop.channelId, {
      name: 'Łódź Straße Ærø',
    });
    expect((await describeEmbeds(shop)).feed.name).toBe('Trustloop_Lodz_Strasse_AEro');
  });

  it('keeps every snippet email-safe: tables and inline styles, no scripts, no stylesheets', async () => {
    const shop = await createTenant(app, 'Bezpieczny');
    await app.trustloop.reviews.embeds.trustMarks.grant(shop.channelId, {
      actor: 'ops:test',
      reference: 'C-1',
    });
    const { snippets } = await describeEmbeds(shop);
    for (const html of [snippets.badge!, snippets.stars, snippets.reviews]) {
      expect(html).toMatch(/^<table role="presentation"/);
      expect(html).not.toMatch(/<script|<style|<link|class=|javascript:/i);
    }
  });

  it('refuses the trust mark from the merchant (API key or session): only the operator grants it, audited', async () => {
    const shop = await createTenant(app, 'Certyfikat');
    const refused = await patch({ certified: true }, shop);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error).toMatchObject({
      code: 'forbidden',
      details: [{ field: '/body/certified' }],
    });
    expect(refused.json().error.message).toMatch(/operator/);
    const session = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: shop.ownerEmail, password: shop.password },
    });
    const cookie = String(session.headers['set-cookie']).split(';')[0]!;
    const bySession = await app.inject({
      method: 'PATCH',
      url: `/api/v1/channels/${shop.channelId}/email-embeds`,
      headers: { cookie, 'x-csrf-token': session.json().csrfToken as string },
      payload: { certified: true },
    });
    expect(bySession.statusCode).toBe(403);
    expect(bySession.json().error.details).toEqual([expect.objectContaining({ field: '/body/certified' })]);
    let embeds = await describeEmbeds(shop);
    expect(embeds).toMatchObject({ certified: false, certification: null, snippets: { badge: null } });
    expect((await fetchFeed(embeds))['certified']).toBe(false);

    const { trustMarks } = app.trustloop.reviews.embeds;
    await expect(
      trustMarks.grant(shop.channelId, { actor: 'ops:jan', reference: ' ' }),
    ).rejects.toMatchObject({
      code: 'validation_failed',
      details: [{ field: 'reference' }],
    });
    await trustMarks.grant(shop.channelId, { actor: 'ops:jan', reference: 'TS-2026-0042' });
    embeds = await describeEmbeds(shop);
    expect(embeds).toMatchObject({
      certified: true,
      certification: { grantedBy: 'ops:jan', reference: 'TS-2026-0042' },
    });
    expect(await sendMail(embeds, embeds.snippets.badge!)).toContain('Certyfikowany sklep');

    (app.clock as ManualClock).advance(60_000);
    await trustMarks.revoke(shop.channelId, { actor: 'ops:ewa', note: 'certificate lapsed' });
    // A snippet pasted while certified stops showing the mark at the next send.
    const pasted = embeds.snippets.badge!;
    embeds = await describeEmbeds(shop);
    expect(embeds).toMatchObject({ certified: false, certification: null, snippets: { badge: null } });
    expect(await sendMail(embeds, pasted)).not.toContain('Certyfikowany sklep');
    const history = await trustMarks.history(shop.channelId);
    expect(history.map(({ action, actor, reference, note }) => ({ action, actor, reference, note }))).toEqual(
      [
        { action: 'revoked', actor: 'ops:ewa', reference: null, note: 'certificate lapsed' },
        { action: 'granted', actor: 'ops:jan', reference: 'TS-2026-0042', note: null },
      ],
    );
    await expect(trustMarks.grant('chn_missing', { actor: 'ops:jan', reference: 'X' })).rejects.toMatchObject(
      {
        code: 'not_found',
      },
    );
  });

  it('shows every selected review in the mail, in the chosen order (not only the first three)', async () => {
    const shop = await createTenant(app, 'Wybrane');
    const ids = await publishReviews(app, shop, [5, 4, 3, 5, 2]);
    const chosen = [ids[3]!, ids[0]!, ids[4]!, ids[1]!, ids[2]!];
    expect((await patch({ selectedReviewIds: chosen }, shop)).statusCode).toBe(200);
    const embeds = await describeEmbeds(shop);
    const feed = (await fetchFeed(embeds)) as { reviews: Array<{ id: string; stars: string }> };
    expect(feed.reviews.map((review) => review.id)).toEqual(chosen);
    const mail = await sendMail(embeds, embeds.snippets.reviews);
    expect([...mail.matchAll(/Great service number (\d)/g)].map((m) => m[1])).toEqual([
      '3',
      '0',
      '4',
      '1',
      '2',
    ]);
  });

  it('gives an anonymous review its date and verified mark with no stray separator before them', async () => {
    const shop = await createTenant(app, 'Anonim');
    const [review] = await app.trustloop.reviews.submit(app.trustloop.database.db, [
      {
        accountId: shop.accountId,
        channelId: shop.channelId,
        type: 'service',
        rating: 5,
        text: 'Nameless but happy',
        displayName: null,
        email: 'nameless@example.com',
        verifiedBuyer: true,
        invitationId: 'inv_nameless',
        orderId: 'ord_nameless',
        source: 'invitation',
      },
    ]);
    await app.trustloop.jobs.runDueJobs();
    expect((await patch({ selectedReviewIds: [review!.reviewId] }, shop)).statusCode).toBe(200);
    const embeds = await describeEmbeds(shop);
    const line = (await sendMail(embeds, embeds.snippets.reviews)).match(/color:#888888;">([^<]*)</)?.[1];
    expect(line).toBe('3 grudnia 2026 &middot; Zweryfikowany zakup');
  });

  it('refuses a selection naming unknown, foreign or unpublished reviews, and one too long, changing nothing', async () => {
    const shop = await createTenant(app, 'Odmowa');
    const [own] = await publishReviews(app, shop, [5]);
    expect((await patch({ selectedReviewIds: [own!] }, shop)).statusCode).toBe(200);
    const [rejected] = await publishReviews(app, shop, [1]);
    await app.trustloop.reviews.commands.moderate(
      shop.accountId,
      rejected!,
      { action: 'reject', reason: 'spam' },
      { kind: 'user', id: null },
    );

    const refused = await patch({ selectedReviewIds: [own!, 'rev_nope', reviewIds[0]!] }, shop);
    expect(refused.statusCode).toBe(400);
    const error = refused.json().error as {
      code: string;
      message: string;
      details: Array<Record<string, unknown>>;
    };
    expect(error.code).toBe('validation_failed');
    expect(error.message).toContain('rev_nope');
    expect(error.message).toContain(reviewIds[0]);
    expect(error.details).toEqual([
      expect.objectContaining({ field: '/body/selectedReviewIds/1', reviewId: 'rev_nope' }),
      expect.objectContaining({ field: '/body/selectedReviewIds/2', reviewId: reviewIds[0] }),
    ]);
    const unpublished = await patch({ selectedReviewIds: [rejected!] }, shop);
    expect(unpublished.statusCode).toBe(400);
    expect(unpublished.json().error.message).toContain(`review ${rejected} is rejected`);
    const tooMany = await patch({ selectedReviewIds: Array.from({ length: 21 }, () => own!) }, shop);
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().error.message).toMatch(/at most 20 reviews/);
    expect((await describeEmbeds(shop)).selectedReviewIds).toEqual([own]);
  });

  it('words counts when the mail is sent, with each language’s plural: 3 opinie, 5 opinii, 22 opinie', async () => {
    const shop = await createTenant(app, 'Liczby');
    const embeds = await describeEmbeds(shop);
    const snippet = embeds.snippets.stars;
    const counts: Array<[number, string]> = [
      [1, '1 opinia'],
      [3, '3 opinie'],
      [5, '5 opinii'],
      [22, '22 opinie'],
    ];
    let published = 0;
    for (const [count, words] of counts) {
      await publishReviews(
        app,
        shop,
        Array.from({ length: count - published }, () => 5),
      );
      published = count;
      // The snippet copied once, before any review existed: the mail still says the right thing.
      expect(await sendMail(embeds, snippet)).toContain(`(${words})`);
    }
  });

  it('prints the average with the locale’s decimal mark, half stars and localized review dates', async () => {
    await patch({ selectedReviewIds: [reviewIds[0]!] });
    const expected: Record<string, [string, string, string]> = {
      pl: ['4,3', '3 opinie', '3 grudnia 2026'],
      cs: ['4,3', '3 hodnocení', '3. prosince 2026'],
      de: ['4,3', '3 Bewertungen', '3. Dezember 2026'],
      sv: ['4,3', '3 omdömen', '3 december 2026'],
      en: ['4.3', '3 reviews', 'December 3, 2026'],
    };
    for (const [locale, [average, count, date]] of Object.entries(expected)) {
      const embeds = await describeEmbeds(tenant, locale);
      const stars = await sendMail(embeds, embeds.snippets.stars);
      expect(stars).toContain(`<strong>${average}</strong>`);
      expect(stars).toContain(count);
      // 4.33 → four full stars and a half one.
      expect(stars.match(/<span style="color:#f5a623;">&#9733;<\/span>/g)).toHaveLength(4);
      expect(stars.match(/direction:rtl;/g)).toHaveLength(1);
      expect(await sendMail(embeds, embeds.snippets.reviews)).toContain(date);
    }
  });
});

describe('trustloop trust-mark (CLI) on sqlite', () => {
  const ROOT = fileURLToPath(new URL('../..', import.meta.url));
  let dataDir: string;
  let env: Record<string, string>;
  let trustloop: Trustloop;
  let shop: Tenant;

  beforeAll(async () => {
    ({ dataDir, env } = cliEnvironment('trust-mark'));
    trustloop = await createTrustloop({ config: loadConfig(env) });
    shop = await createTenant(asTestApp(trustloop), 'Operator');
  });
  afterAll(async () => {
    await trustloop.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  function cli(...args: string[]): Promise<{ code: number | null; output: string }> {
    const child: ChildProcess = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', 'trust-mark', ...args],
      { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })));
  }

  it('grants the trust mark with an audit entry naming the operator and the certificate', async () => {
    const granted = await cli('grant', shop.channelId, '--operator', 'ops:jan', '--reference', 'TS-1');
    expect(granted.output).toContain(`trust mark granted to channel ${shop.channelId} by ops:jan`);
    expect(granted.code).toBe(0);
    const embeds = await trustloop.reviews.embeds.describe(shop.accountId, shop.channelId);
    expect(embeds.certified).toBe(true);
    const [entry] = await trustloop.reviews.embeds.trustMarks.history(shop.channelId);
    expect(entry).toMatchObject({ action: 'granted', actor: 'ops:jan', reference: 'TS-1' });
  }, 60_000);
});

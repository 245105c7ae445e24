import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/platform/clock.js';
import type { Invitation, LinkKeys } from '../../src/reviews/invitations/index.js';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';
import { dialects } from '../support/databases.js';
import {
  configureInvitations,
  DAY_MS,
  linkPath,
  listInvitations,
  postInvitation,
} from '../support/invitations-fixtures.js';

type BuildLink = (keys: LinkKeys & { linkTemplate: string }, payload: Record<string, unknown>) => string;

/** The Node example of docs/invitation-links.md, run as written. */
async function docsNodeExample(): Promise<BuildLink> {
  const markdown = readFileSync(new URL('../../docs/invitation-links.md', import.meta.url), 'utf8');
  const code = /### Node\.js\s+```js\n([\s\S]*?)```/.exec(markdown)?.[1];
  if (!code) throw new Error('docs/invitation-links.md has no Node.js example');
  const file = join(mkdtempSync(join(tmpdir(), 'bgl-doc-')), 'build-link.mjs');
  writeFileSync(file, code);
  return ((await import(pathToFileURL(file).href)) as { buildReviewLink: BuildLink }).buildReviewLink;
}

describe.each(dialects)('invitation links on %s', (kind) => {
  let app: TestApp;
  let shop: Tenant;
  let buildReviewLink: BuildLink;
  const clock = new ManualClock('2026-06-01T09:00:00.000Z');

  beforeAll(async () => {
    app = await createTestApp(kind, { clock, env: { PUBLIC_URL: 'https://reviews.shop.test' } });
    buildReviewLink = await docsNodeExample();
  });
  afterAll(() => app.close());
  beforeEach(async () => {
    shop = await createTenant(app, 'Links');
  });

  const keysOf = async (tenant: Tenant) => {
    const response = await app.inject({
      method: 'GET',
      url: `/api/v1/channels/${tenant.channelId}/invitation-link-keys`,
      headers: tenant.auth,
    });
    expect(response.statusCode).toBe(200);
    return response.json() as LinkKeys & { linkTemplate: string };
  };
  const open = (url: string) =>
    app.inject({ method: 'GET', url: url.replace('https://reviews.shop.test', '') });
  const post = (invitation: Invitation, form: string, headers: Record<string, string> = {}) =>
    app.inject({
      method: 'POST',
      url: linkPath(invitation),
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      payload: form,
    });

  describe('unique links', () => {
    it('are unguessable per-invitation tokens of at least 128 bits', async () => {
      const a = await postInvitation(app, shop, { email: 'a@example.org', orderNumber: '1', send: 'link' });
      const b = await postInvitation(app, shop, { email: 'b@example.org', orderNumber: '2', send: 'link' });
      const tokens = [a, b].map((r) => linkPath(r.body.invitation).split('/')[2]!);
      expect(tokens[0]).not.toBe(tokens[1]);
      for (const token of tokens)
        expect(Buffer.from(token, 'base64url').length * 8).toBeGreaterThanOrEqual(128);
    });

    it('stay open 180 days by default, then answer 410 with a localized page', async () => {
      const { body } = await postInvitation(app, shop, {
        email: 'late@example.org',
        orderNumber: '3',
        send: 'link',
      });
      clock.advance(179 * DAY_MS);
      expect((await open(body.invitation.link)).statusCode).toBe(200);
      clock.advance(2 * DAY_MS);
      const expired = await open(body.invitation.link);
      expect(expired.statusCode).toBe(410);
      expect(expired.headers['content-type']).toContain('text/html');
      expect(expired.body).toContain('Ten link wygasł');
      expect((await post(body.invitation, 'service_rating=5')).statusCode).toBe(410);
      expect((await listInvitations(app, shop, '&state=expired')).map((i) => i.id)).toEqual([
        body.invitation.id,
      ]);
    });

    it('follow the channel link validity setting', async () => {
      await configureInvitations(app, shop, { linkValidityDays: 10 });
      const { body } = await postInvitation(app, shop, {
        email: 'ten@example.org',
        orderNumber: '4',
        send: 'link',
      });
      clock.advance(10 * DAY_MS + 1000);
      expect((await open(body.invitation.link)).statusCode).toBe(410);
    });

    it('an unknown or mangled token gets a clear 404 page', async () => {
      for (const path of ['/r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', '/r/short', '/r/%3Cscript%3E']) {
        const response = await app.inject({
          method: 'GET',
          url: path,
          headers: { 'accept-language': 'sv-SE' },
        });
        expect(response.statusCode, path).toBe(404);
        expect(response.body).toContain('Vi kunde inte öppna länken');
      }
    });
  });

  describe('business-generated links', () => {
    it('built exactly as the docs show, open the questionnaire and create the invitation once', async () => {
      await configureInvitations(app, shop, { reviewType: 'both' });
      const keys = await keysOf(shop);
      expect(keys.linkTemplate).toBe(`https://reviews.shop.test/r/bgl/${shop.publicId}?p=`);
      const link = buildReviewLink(keys, {
        email: 'Bgl@Example.org',
        name: 'Ana Novak',
        ref: '1001',
        skus: ['MUG-1'],
      });

      const first = await open(link);
      expect(first.statusCode).toBe(303);
      const questionnaire = await app.inject({ method: 'GET', url: first.headers.location as string });
      expect(questionnaire.statusCode).toBe(200);
      expect(questionnaire.body).toContain('name="product_0_rating"');

      const again = await open(
        buildReviewLink(keys, { email: 'bgl@example.org', name: 'Ana', ref: '#1001' }),
      );
      expect(again.headers.location).toBe(first.headers.location);
      const invitations = await listInvitations(app, shop);
      expect(invitations).toHaveLength(1);
      expect(invitations[0]).toMatchObject({
        method: 'business_link',
        delivery: 'link',
        email: 'bgl@example.org',
        orderNumber: '1001',
        products: [{ sku: 'MUG-1', title: 'MUG-1' }],
      });
    });

    it('for an order that already has an invitation, opens that one', async () => {
      const { body } = await postInvitation(app, shop, { email: 'known@example.org', orderNumber: '#2002' });
      const link = buildReviewLink(await keysOf(shop), {
        email: 'known@example.org',
        name: 'K',
        ref: '2002',
      });
      expect((await open(link)).headers.location).toBe(linkPath(body.invitation));
    });

    it('refuses a tampered link with a clear page and creates nothing', async () => {
      const keys = await keysOf(shop);
      const link = buildReviewLink(keys, { email: 'evil@example.org', name: 'Eve', ref: '3003' });
      const blob = Buffer.from(decodeURIComponent(link.split('?p=')[1]!), 'base64');
      blob[20] = blob[20]! ^ 0x01;
      const tampered = `${keys.linkTemplate}${encodeURIComponent(blob.toString('base64'))}`;
      const response = await open(tampered);
      expect(response.statusCode).toBe(400);
      expect(response.body).toContain('Nie udało się otworzyć linku');
      expect((await open(`${keys.linkTemplate}`)).statusCode).toBe(400);
      expect((await open(`${keys.linkTemplate}${'A'.repeat(200)}`)).statusCode).toBe(400);
      expect(await listInvitations(app, shop)).toEqual([]);
    });

    it("refuses a link built with another channel's keys, and old keys after a rotation", async () => {
      const other = await createTenant(app, 'Other');
      const foreign = buildReviewLink(
        { ...(await keysOf(other)), linkTemplate: (await keysOf(shop)).linkTemplate },
        {
          email: 'x@example.org',
          name: 'X',
          ref: '1',
        },
      );
      expect((await open(foreign)).statusCode).toBe(400);

      const before = await keysOf(shop);
      const rotated = await app.inject({
        method: 'POST',
        url: `/api/v1/channels/${shop.channelId}/invitation-link-keys/rotate`,
        headers: shop.auth,
      });
      expect(rotated.json().encryptKey).not.toBe(before.encryptKey);
      const stale = buildReviewLink(before, { email: 'x@example.org', name: 'X', ref: '1' });
      expect((await open(stale)).statusCode).toBe(400);
      expect(
        (await open(buildReviewLink(rotated.json(), { email: 'x@example.org', name: 'X', ref: '1' })))
          .statusCode,
      ).toBe(303);
    });
  });
});

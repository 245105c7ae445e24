import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';
import { dialects } from '../support/databases.js';
import {
  adminRequest,
  invitedReview,
  publicGet,
  setModeration,
  submitOne,
} from '../support/reviews-fixtures.js';

const upload = (app: TestApp, tenant: Tenant, csv: string, channelId = tenant.channelId) =>
  app.inject({
    method: 'POST',
    url: `/api/v1/channels/${channelId}/reviews/import`,
    headers: { ...tenant.auth, 'content-type': 'text/csv' },
    payload: csv,
  });

const GOOD_CSV = [
  'rating,date,title,text,name,email,language,product_sku,product_title,external_id',
  '5,2023-03-14,Lovely,"Soft, warm and well made",Ola K.,ola@example.org,pl,SCARF-1,Wool scarf,shopify-1',
  '2,2024-01-02T10:30:00+01:00,,Arrived late,Jan,,en,,,shopify-2',
  '7,2024-02-02,,Out of range,,,,,,shopify-3',
  '4,,,No date,,,,,,shopify-4',
  '3,2024-05-05,,Bad address,,not-an-email,,,,shopify-5',
].join('\n');

describe.each(dialects)('bulk moderation, CSV import and the snippet preview (A3, R8, R10) on %s', (kind) => {
  let app: TestApp;
  let tenant: Tenant;
  let other: Tenant;
  const pending: string[] = [];

  beforeAll(async () => {
    app = await createTestApp(kind);
    tenant = await createTenant(app);
    other = await createTenant(app, 'Other');
    await setModeration(app, tenant, { publishMode: 'manual' });
    for (const rating of [5, 4, 1]) {
      pending.push(
        (await submitOne(app, invitedReview(tenant, { rating, text: `Rated ${rating}` }))).reviewId,
      );
    }
  });
  afterAll(() => app.close());

  describe('bulk moderation', () => {
    it('publishes several reviews at once, the public summary counts them, a retry changes nothing', async () => {
      const body = { ids: pending.slice(0, 2), action: 'publish' };
      const first = await adminRequest(app, tenant, 'POST', '/api/v1/reviews/moderation', body);
      expect(first.statusCode, first.body).toBe(200);
      expect(first.json().items.map((item: { status: string }) => item.status)).toEqual([
        'published',
        'published',
      ]);
      const summary = (await publicGet(app, `/public/v1/channels/${tenant.publicId}/summary`)).json();
      expect(summary).toMatchObject({ count: 2, average: 4.5 });

      const again = await adminRequest(app, tenant, 'POST', '/api/v1/reviews/moderation', body);
      expect(again.statusCode).toBe(200);
      const audit = await adminRequest(app, tenant, 'GET', `/api/v1/reviews/${pending[0]}/audit`);
      expect(audit.json().items.map((entry: { action: string }) => entry.action)).toEqual([
        'submitted',
        'status',
      ]);
    });

    it('rejects with an enumerated reason, audited; a missing reason is refused naming the field', async () => {
      const missing = await adminRequest(app, tenant, 'POST', '/api/v1/reviews/moderation', {
        ids: [pending[2]],
        action: 'reject',
      });
      expect(missing.statusCode).toBe(400);
      expect(missing.json().error.details[0].field).toBe('/body/reason');
      const rejected = await adminRequest(app, tenant, 'POST', '/api/v1/reviews/moderation', {
        ids: [pending[2]],
        action: 'reject',
        reason: 'spam',
      });
      expect(rejected.statusCode).toBe(200);
      const audit = await adminRequest(app, tenant, 'GET', `/api/v1/reviews/${pending[2]}/audit`);
      expect(audit.json().items.at(-1)).toMatchObject({ action: 'status', to: 'rejected', reason: 'spam' });
    });

    it('changes none when one id is not the account’s, listing it', async () => {
      const theirs = (await submitOne(app, invitedReview(other))).reviewId;
      const response = await adminRequest(app, tenant, 'POST', '/api/v1/reviews/moderation', {
        ids: [pending[0], theirs],
        action: 'flag',
        reason: 'reported',
      });
      expect(response.statusCode).toBe(404);
      expect(response.json().error.details).toEqual([
        { field: '/body/ids/1', message: `no review ${theirs}` },
      ]);
      expect((await adminRequest(app, tenant, 'GET', `/api/v1/reviews/${pending[0]}`)).json().status).toBe(
        'published',
      );
    });
  });

  describe('CSV import', () => {
    it('imports the good rows with their dates, as imported and never verified, and reports each bad row by line and column', async () => {
      const response = await upload(app, tenant, GOOD_CSV);
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json()).toEqual({
        rows: 5,
        imported: 2,
        duplicates: 0,
        rejected: [
          { line: 4, column: 'rating', message: 'must be a whole number from 1 to 5', code: 'rating' },
          { line: 5, column: 'date', message: expect.stringContaining('is required'), code: 'date_required' },
          { line: 6, column: 'email', message: 'is not an email address', code: 'email' },
        ],
      });
      const imported = (
        await adminRequest(app, tenant, 'GET', `/api/v1/reviews?channelId=${tenant.channelId}&source=import`)
      ).json().items;
      expect(imported).toEqual([
        expect.objectContaining({ rating: 2, createdAt: '2024-01-02T09:30:00.000Z', verifiedBuyer: false }),
        expect.objectContaining({
          rating: 5,
          createdAt: '2023-03-14T00:00:00.000Z',
          source: 'import',
          verifiedBuyer: false,
          product: expect.objectContaining({ sku: 'SCARF-1', title: 'Wool scarf' }),
          text: 'Soft, warm and well made',
        }),
      ]);
    });

    it('names each rejected row’s problem by a code the admin words in its language', async () => {
      const csv = [
        'rating,date,type,title,language,product_sku,product_gtin,external_id',
        `4,2024-02-30x,,,,,,code-1`,
        `4,2999-01-01,,,,,,code-2`,
        `4,2024-02-02,,${'t'.repeat(151)},,,,code-3`,
        `4,2024-02-02,,,not a language,,,code-4`,
        `4,2024-02-02,product,,,,,code-5`,
        `4,2024-02-02,,,,SKU-1,123,code-6`,
        `4,2024-02-02,gift,,,,,code-7`,
      ].join('\n');
      const response = await upload(app, tenant, csv);
      expect(response.statusCode, response.body).toBe(200);
      const rejected = response.json().rejected as Array<{ line: number; column: string; code?: string }>;
      expect(rejected.map(({ line, column, code }) => ({ line, column, code }))).toEqual([
        { line: 2, column: 'date', code: 'date_format' },
        { line: 3, column: 'date', code: 'date_future' },
        { line: 4, column: 'title', code: 'too_long' },
        { line: 5, column: 'language', code: 'language' },
        { line: 6, column: 'product_sku', code: 'product' },
        { line: 7, column: 'product_gtin', code: 'gtin' },
        { line: 8, column: 'type', code: 'type' },
      ]);
    });

    it('imports nothing twice when the same file comes again', async () => {
      const again = await upload(app, tenant, GOOD_CSV);
      expect(again.json()).toMatchObject({ rows: 5, imported: 0, duplicates: 2 });
    });

    it('refuses a file whose header has an unknown column or lacks a required one, naming it', async () => {
      const unknown = await upload(app, tenant, 'rating,date,stars\n5,2024-01-01,5');
      expect(unknown.statusCode).toBe(400);
      expect(unknown.json().error.message).toContain('"stars"');
      const noDate = await upload(app, tenant, 'rating,text\n5,Fine');
      expect(noDate.statusCode).toBe(400);
      expect(noDate.json().error.message).toContain('no date column');
    });

    it('refuses a file over 5 MB and another account’s channel', async () => {
      const big = `rating,date,text\n${`5,2024-01-01,${'x'.repeat(4000)}\n`.repeat(1400)}`;
      expect((await upload(app, tenant, big)).statusCode).toBe(413);
      expect((await upload(app, tenant, GOOD_CSV, other.channelId)).statusCode).toBe(404);
    });
  });

  describe('the snippet preview', () => {
    it('renders exactly the selected published reviews, in order, without saving the selection', async () => {
      const response = await adminRequest(
        app,
        tenant,
        'POST',
        `/api/v1/channels/${tenant.channelId}/email-embeds/preview?locale=en`,
        { selectedReviewIds: [pending[1], pending[0]] },
      );
      expect(response.statusCode, response.body).toBe(200);
      const html: string = response.json().html;
      expect(html.indexOf('Rated 4')).toBeGreaterThan(-1);
      expect(html.indexOf('Rated 4')).toBeLessThan(html.indexOf('Rated 5'));
      expect(html).not.toContain('{%');
      // The trust mark is the operator's to grant: an uncertified channel has none to preview.
      expect(response.json().badgeHtml).toBeNull();
      const saved = await adminRequest(
        app,
        tenant,
        'GET',
        `/api/v1/channels/${tenant.channelId}/email-embeds`,
      );
      expect(saved.json().selectedReviewIds).toEqual([]);
    });

    it('refuses a review that is not published, naming its place in the list', async () => {
      const response = await adminRequest(
        app,
        tenant,
        'POST',
        `/api/v1/channels/${tenant.channelId}/email-embeds/preview`,
        { selectedReviewIds: [pending[0], pending[2]] },
      );
      expect(response.statusCode).toBe(400);
      expect(response.json().error.details).toEqual([
        expect.objectContaining({ field: '/body/selectedReviewIds/1', reviewId: pending[2] }),
      ]);
    });
  });
});

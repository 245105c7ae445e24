import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';
import { dialects } from '../support/databases.js';
import { postInvitation } from '../support/invitations-fixtures.js';
import { adjust, loyaltyBase, setUpProgram } from '../support/loyalty-fixtures.js';
import { seededInt } from '../support/seeded-random.js';

/**
 * The admin's long lists page by keyset (A4, A5): the invitations of a channel, its loyalty
 * members and one member's ledger. Each test walks a list 7 rows a page while new rows are
 * written between and during the page requests (a seeded number each time): every row that
 * existed when the walk began is read exactly once, and no row is read twice.
 */
const PAGE = 7;
const EXISTING = 23;

interface Walk {
  read: string[];
  pages: number;
}

describe.each(dialects)('admin list paging on %s', (kind) => {
  let app: TestApp;
  let tenant: Tenant;

  beforeAll(async () => {
    app = await createTestApp(kind);
    tenant = await createTenant(app);
  });
  afterAll(() => app?.close());

  /** Walks a list to its end, writing a seeded number of new rows before and while asking for each page. */
  async function walk(
    url: (cursor: string | undefined) => string,
    rowsOf: (body: Record<string, unknown>) => Array<{ id: string }>,
    cursorOf: (body: Record<string, unknown>) => string | undefined,
    write: () => Promise<unknown>,
  ): Promise<Walk> {
    const read: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const writes = Array.from({ length: seededInt(3) }, () => write());
      const [response] = await Promise.all([
        app.inject({ method: 'GET', url: url(cursor), headers: tenant.auth }),
        ...writes,
      ]);
      expect(response.statusCode, response.body).toBe(200);
      const body = response.json() as Record<string, unknown>;
      const rows = rowsOf(body);
      expect(rows.length).toBeLessThanOrEqual(PAGE);
      read.push(...rows.map((row) => row.id));
      cursor = cursorOf(body);
      pages += 1;
      await write();
    } while (cursor);
    return { read, pages };
  }

  function expectEachOnce(walked: Walk, existing: string[]) {
    expect(walked.pages).toBeGreaterThan(1);
    expect(new Set(walked.read).size, 'a row was read twice').toBe(walked.read.length);
    const missing = existing.filter((id) => !walked.read.includes(id));
    expect(missing, 'rows that existed before the walk and were never read').toEqual([]);
  }

  it('invitations: every invitation is read once while new ones are created', async () => {
    let n = 0;
    const invite = async () => {
      n += 1;
      const { status, body } = await postInvitation(app, tenant, {
        email: `buyer${n}@example.com`,
        orderNumber: `#${1000 + n}`,
        send: 'link',
      });
      expect(status).toBe(201);
      return body.invitation.id;
    };
    const existing: string[] = [];
    for (let i = 0; i < EXISTING; i++) existing.push(await invite());
    const walked = await walk(
      (cursor) =>
        `/api/v1/invitations?channelId=${tenant.channelId}&limit=${PAGE}${cursor ? `&cursor=${cursor}` : ''}`,
      (body) => body['data'] as Array<{ id: string }>,
      (body) => body['nextCursor'] as string | undefined,
      invite,
    );
    expectEachOnce(walked, existing);
  });

  it('loyalty members: every member is read once while new ones enrol', async () => {
    await setUpProgram(app, tenant);
    let n = 0;
    const enrol = async () => {
      n += 1;
      const response = await app.inject({
        method: 'POST',
        url: `${loyaltyBase(tenant)}/members`,
        headers: tenant.auth,
        payload: { email: `member${n}@example.com` },
      });
      expect(response.statusCode, response.body).toBe(200);
      return (response.json() as { memberId: string }).memberId;
    };
    const existing: string[] = [];
    for (let i = 0; i < EXISTING; i++) existing.push(await enrol());
    const walked = await walk(
      (cursor) => `${loyaltyBase(tenant)}/members?limit=${PAGE}${cursor ? `&cursor=${cursor}` : ''}`,
      (body) => (body['data'] as Array<{ memberId: string }>).map((member) => ({ id: member.memberId })),
      (body) => body['nextCursor'] as string | undefined,
      enrol,
    );
    expectEachOnce(walked, existing);
  });

  it('a member’s ledger: every entry is read once while points are adjusted', async () => {
    await setUpProgram(app, tenant);
    const member = await app.inject({
      method: 'POST',
      url: `${loyaltyBase(tenant)}/members`,
      headers: tenant.auth,
      payload: { email: 'ledger-walker@example.com' },
    });
    const { memberId } = member.json() as { memberId: string };
    const credit = async () => {
      const response = await adjust(app, tenant, memberId, 1 + seededInt(50));
      expect(response.statusCode, response.body).toBe(201);
    };
    for (let i = 0; i < EXISTING; i++) await credit();
    const ledgerUrl = `${loyaltyBase(tenant)}/members/${memberId}/ledger`;
    const before = (
      await app.inject({ method: 'GET', url: `${ledgerUrl}?limit=200`, headers: tenant.auth })
    ).json() as { items: Array<{ entryId: string }> };
    const existing = before.items.map((entry) => entry.entryId);
    expect(existing).toHaveLength(EXISTING);
    const walked = await walk(
      (cursor) => `${ledgerUrl}?limit=${PAGE}${cursor ? `&before=${cursor}` : ''}`,
      (body) => (body['items'] as Array<{ entryId: string }>).map((entry) => ({ id: entry.entryId })),
      (body) => body['nextCursor'] as string | undefined,
      credit,
    );
    expectEachOnce(walked, existing);
  });

  it('a cursor that is not one of the members list is refused naming it', async () => {
    const response = await app.inject({
      method: 'GET',
      url: `${loyaltyBase(tenant)}/members?cursor=not-a-cursor`,
      headers: tenant.auth,
    });
    expect(response.statusCode).toBe(400);
    expect(JSON.stringify(response.json().error)).toContain('cursor');
  });
});

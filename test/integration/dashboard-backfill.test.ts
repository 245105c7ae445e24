import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/platform/clock.js';
import { migrateToLatest } from '../../src/platform/db/migrator.js';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';
import { createTestDatabase, dialects } from '../support/databases.js';

// biome-ignore lint/suspicious/noExplicitAny: rows written as a database before migration 0023 held them
type Raw = Kysely<any>;

const at = (day: string) => `${day}T10:00:00.000Z`;

/**
 * A database that already held reviews, invitations, members and ledger entries when migration
 * 0023 arrived: the migration counts them once, so the dashboard shows the history from the
 * first view on, and the triggers count what comes after.
 */
describe.each(dialects)('the dashboard rollups backfilled by migration 0023 on %s', (kind) => {
  let app: TestApp;
  let tenant: Tenant;

  beforeAll(async () => {
    const database = await createTestDatabase(kind, { upTo: '0022_review_admin_indexes' });
    app = await createTestApp(kind, { clock: new ManualClock(new Date(at('2026-12-02'))), database });
    tenant = await createTenant(app);
    const db = database.database.db as Raw;
    const scope = { account_id: tenant.accountId, channel_id: tenant.channelId };
    const review = (id: string, rating: number, day: string) => ({
      ...scope,
      id,
      type: 'service',
      rating,
      has_text: 0,
      search_text: '',
      verified_buyer: 0,
      source: 'import',
      status: 'pending',
      created_at: at(day),
      updated_at: at(day),
    });
    await db
      .insertInto('reviews')
      .values([
        review('rev_a', 5, '2026-11-17'),
        review('rev_b', 2, '2026-11-18'),
        review('rev_c', 4, '2026-12-01'),
      ])
      .execute();
    const invitation = (id: string, state: string, sent: boolean, opened: boolean) => ({
      ...scope,
      id,
      email: `${id}@example.org`,
      products: '[]',
      locale: 'pl',
      type: 'service',
      method: 'csv',
      delivery: 'email',
      state,
      link_token: `tok_${id}`,
      link_expires_at: at('2027-01-01'),
      scheduled_at: at('2026-11-24'),
      sent_at: sent ? at('2026-11-24') : null,
      opened_at: opened ? at('2026-11-25') : null,
      created_at: at('2026-11-24'),
      updated_at: at('2026-11-24'),
    });
    await db
      .insertInto('invitations')
      .values([
        invitation('inv_a', 'completed', true, false),
        invitation('inv_b', 'sent', true, true),
        invitation('inv_c', 'scheduled', false, false),
      ])
      .execute();
    const member = (id: string, state: string) => ({
      ...scope,
      id,
      email: `${id}@example.org`,
      state,
      balance: 0,
      uncollected: 0,
      pin: '000000',
      referral_code: `ref_${id}`,
      created_at: at('2026-11-02'),
      updated_at: at('2026-11-02'),
    });
    await db
      .insertInto('loyalty_members')
      .values([member('mem_a', 'member'), member('mem_b', 'member'), member('mem_c', 'excluded')])
      .execute();
    const entry = (id: string, kind: string, points: number, day: string) => ({
      ...scope,
      id,
      member_id: 'mem_a',
      kind,
      points,
      balance_after: 0,
      idempotency_key: id,
      cause: 'order',
      uncollected: 0,
      created_at: at(day),
    });
    await db
      .insertInto('loyalty_ledger')
      .values([
        entry('le_1', 'credit', 300, '2026-11-03'),
        entry('le_2', 'debit', -120, '2026-11-04'),
        entry('le_3', 'adjustment', 40, '2026-11-04'),
        entry('le_4', 'expiry', -30, '2026-11-30'),
      ])
      .execute();
    await migrateToLatest(database.database);
  });
  afterAll(() => app.close());

  it('shows the history written before the migration, counted once', async () => {
    const response = await app.inject({
      method: 'GET',
      url: `/api/v1/channels/${tenant.channelId}/dashboard?weeks=5`,
      headers: tenant.auth,
    });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.reviews.weeks).toEqual([
      { week: '2026-11-02', reviews: 0, averageRating: null },
      { week: '2026-11-09', reviews: 0, averageRating: null },
      { week: '2026-11-16', reviews: 2, averageRating: 3.5 },
      { week: '2026-11-23', reviews: 0, averageRating: null },
      { week: '2026-11-30', reviews: 1, averageRating: 4 },
    ]);
    expect(body.invitations.methods).toEqual([
      { method: 'csv', invited: 3, sent: 2, opened: 2, completed: 1 },
    ]);
    // The adjustment is neither credited nor redeemed.
    expect(body.points.total).toEqual({ credited: 300, redeemed: 120, expired: 30, redemptions: 1 });
    expect(body.points.weeks[0]).toEqual({
      week: '2026-11-02',
      credited: 300,
      redeemed: 120,
      expired: 0,
      redemptions: 1,
    });
    expect(body.members).toEqual({ tiers: [{ tierId: null, name: null, members: 2 }], total: 2 });
  });

  it('counts later writes on top, through the triggers', async () => {
    const db = app.trustloop.database.db as Raw;
    await db.updateTable('loyalty_members').set({ state: 'excluded' }).where('id', '=', 'mem_b').execute();
    await db.deleteFrom('reviews').where('id', '=', 'rev_b').execute();
    await db.updateTable('invitations').set({ state: 'completed' }).where('id', '=', 'inv_b').execute();
    const body = (
      await app.inject({
        method: 'GET',
        url: `/api/v1/channels/${tenant.channelId}/dashboard?weeks=5`,
        headers: tenant.auth,
      })
    ).json();
    expect(body.reviews.weeks[2]).toEqual({ week: '2026-11-16', reviews: 1, averageRating: 5 });
    expect(body.invitations.methods).toEqual([
      { method: 'csv', invited: 3, sent: 2, opened: 2, completed: 2 },
    ]);
    expect(body.members.total).toBe(1);
  });
});

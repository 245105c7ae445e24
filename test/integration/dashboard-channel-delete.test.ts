import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/platform/clock.js';
import { migrateToLatest } from '../../src/platform/db/migrator.js';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';
import { createTestDatabase, dialects } from '../support/databases.js';

// biome-ignore lint/suspicious/noExplicitAny: the rollup tables are read and seeded as raw rows
type Raw = Kysely<any>;

const ROLLUPS = ['review_weeks', 'invitation_weeks', 'loyalty_weeks', 'loyalty_tier_members'] as const;
const at = (day: string) => `${day}T10:00:00.000Z`;

/** A review, an invitation, a member in a tier and two ledger entries: a row in every rollup. */
async function seedHistory(db: Raw, tenant: Tenant, tag: string) {
  const scope = { account_id: tenant.accountId, channel_id: tenant.channelId };
  await db
    .insertInto('reviews')
    .values({
      ...scope,
      id: `rev_${tag}`,
      type: 'service',
      rating: 5,
      has_text: 0,
      search_text: '',
      verified_buyer: 0,
      source: 'import',
      status: 'published',
      created_at: at('2026-11-17'),
      updated_at: at('2026-11-17'),
    })
    .execute();
  await db
    .insertInto('invitations')
    .values({
      ...scope,
      id: `inv_${tag}`,
      email: `${tag}@example.org`,
      products: '[]',
      locale: 'pl',
      type: 'service',
      method: 'csv',
      delivery: 'email',
      state: 'sent',
      link_token: `tok_${tag}`,
      link_expires_at: at('2027-01-01'),
      scheduled_at: at('2026-11-24'),
      sent_at: at('2026-11-24'),
      created_at: at('2026-11-24'),
      updated_at: at('2026-11-24'),
    })
    .execute();
  await db
    .insertInto('loyalty_members')
    .values({
      ...scope,
      id: `mem_${tag}`,
      email: `${tag}@example.org`,
      state: 'member',
      balance: 0,
      uncollected: 0,
      pin: '000000',
      referral_code: `ref_${tag}`,
      created_at: at('2026-11-02'),
      updated_at: at('2026-11-02'),
    })
    .execute();
  const entry = (id: string, kind: string, points: number) => ({
    ...scope,
    id: `le_${tag}_${id}`,
    member_id: `mem_${tag}`,
    kind,
    points,
    balance_after: 0,
    idempotency_key: `le_${tag}_${id}`,
    cause: 'order',
    uncollected: 0,
    created_at: at('2026-11-03'),
  });
  await db
    .insertInto('loyalty_ledger')
    .values([entry('1', 'credit', 300), entry('2', 'debit', -100)])
    .execute();
}

/** How many rollup rows each table holds for a channel. */
async function rollupRows(db: Raw, channelId: string) {
  const counts: Record<string, number> = {};
  for (const table of ROLLUPS) {
    const rows = await db
      .selectFrom(table)
      .select('channel_id')
      .where('channel_id', '=', channelId)
      .execute();
    counts[table] = rows.length;
  }
  return counts;
}

const NONE = { review_weeks: 0, invitation_weeks: 0, loyalty_weeks: 0, loyalty_tier_members: 0 };
const ONE_EACH = { review_weeks: 1, invitation_weeks: 1, loyalty_weeks: 1, loyalty_tier_members: 1 };

/**
 * Deleting a channel cascades to its reviews, invitations, members and ledger; the dashboard's
 * rollups, written by triggers, must go too (migration 0035), including those left behind by
 * channels deleted before it.
 */
describe.each(dialects)('a deleted channel’s dashboard rollups on %s', (kind) => {
  let app: TestApp;
  let db: Raw;
  let kept: Tenant;
  let deletedEarlier: Tenant;

  const deleteChannel = (tenant: Tenant) =>
    app.inject({ method: 'DELETE', url: `/api/v1/channels/${tenant.channelId}`, headers: tenant.auth });

  beforeAll(async () => {
    const database = await createTestDatabase(kind, { upTo: '0034_admin_list_indexes' });
    app = await createTestApp(kind, { clock: new ManualClock(new Date(at('2026-12-02'))), database });
    db = database.database.db as Raw;
    kept = await createTenant(app, 'Kept');
    deletedEarlier = await createTenant(app, 'Deleted earlier');
    await seedHistory(db, kept, 'kept');
    await seedHistory(db, deletedEarlier, 'earlier');
    const deleted = await deleteChannel(deletedEarlier);
    expect(deleted.statusCode, deleted.body).toBe(204);
    // Before migration 0035 the ledger's weeks stayed with their points, the rest as zero rows.
    expect(await rollupRows(db, deletedEarlier.channelId)).toEqual(ONE_EACH);
    await migrateToLatest(database.database);
  });
  afterAll(() => app.close());

  it('removes the rollups that channels deleted before the migration left behind', async () => {
    expect(await rollupRows(db, deletedEarlier.channelId)).toEqual(NONE);
    expect(await rollupRows(db, kept.channelId)).toEqual(ONE_EACH);
  });

  it('deletes a channel’s rollups with the channel, and only that channel’s', async () => {
    const doomed = await createTenant(app, 'Doomed');
    await seedHistory(db, doomed, 'doomed');
    expect(await rollupRows(db, doomed.channelId)).toEqual(ONE_EACH);

    const deleted = await deleteChannel(doomed);
    expect(deleted.statusCode, deleted.body).toBe(204);
    expect(await rollupRows(db, doomed.channelId)).toEqual(NONE);
    expect(await rollupRows(db, kept.channelId)).toEqual(ONE_EACH);
    const dashboard = await app.inject({
      method: 'GET',
      url: `/api/v1/channels/${kept.channelId}/dashboard?weeks=5`,
      headers: kept.auth,
    });
    expect(dashboard.json().points.total).toMatchObject({ credited: 300, redeemed: 100 });
  });
});

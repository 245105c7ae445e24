/**
 * Bulk history for the dashboard benchmark (SQLite), generated inside the database with
 * INSERT … SELECT over a recursive counter: 1,000,000 orders over three years, 300,000
 * invitations, 100,000 loyalty members on three tiers and 1,000,000 ledger entries. The rows go
 * in through the real tables, so the rollup triggers of migration 0023 count them as they would
 * count live writes (reviews are seeded by admin-review-list.ts the same way).
 */
import { type Kysely, sql } from 'kysely';
import type { DialectKind } from '../../src/platform/db/index.js';

const START_EPOCH = Date.parse('2023-12-01T00:00:00Z') / 1000;
const THREE_YEARS_S = 3 * 365 * 86_400;
const METHODS = ['manual', 'csv', 'api', 'automatic', 'bcc', 'business_link', 'klaviyo_flow'];

/** An ISO-8601 UTC time `i` steps of `count` into the three years (SQLite). */
const at = (count: number) =>
  sql.raw(`strftime('%Y-%m-%dT%H:%M:%fZ', ${START_EPOCH} + i * ${THREE_YEARS_S / count}, 'unixepoch')`);
const counter = (count: number) =>
  sql`with recursive n(i) as (select 0 union all select i + 1 from n where i < ${count - 1})`;

export interface DashboardHistory {
  orders: number;
  invitations: number;
  members: number;
  ledgerEntries: number;
}

export const DASHBOARD_HISTORY: DashboardHistory = {
  orders: 1_000_000,
  invitations: 300_000,
  members: 100_000,
  ledgerEntries: 1_000_000,
};

export async function seedDashboardHistory(
  db: Kysely<unknown>,
  kind: DialectKind,
  target: { accountId: string; channelId: string },
  shape: DashboardHistory = DASHBOARD_HISTORY,
): Promise<void> {
  if (kind !== 'sqlite') throw new Error('the dashboard benchmark seeds SQLite (its target database)');
  const { accountId, channelId } = target;
  await sql`${counter(shape.orders)}
    insert into orders (id, account_id, channel_id, source, external_id, number, customer_id, email, first_name,
      last_name, phone, customer_locale, currency, subtotal, discount_total, shipping_total, tax_total, total,
      refunded_total, line_items, discount_codes, referral_code, shipping_address_hash, locale, placed_at, paid_at,
      fulfilled_at, delivered_at, cancelled_at, source_updated_at, created_at, updated_at)
    select 'ord_bench' || i, ${accountId}, ${channelId}, 'api', 'ext' || i, '#' || i, null,
      'c' || (i % 200000) || '@bench.example.com', 'Ann', 'Buyer', null, 'pl', 'PLN', 10000 + i % 9000, 0, 1500, 0,
      11500 + i % 9000, 0, '[]', '[]', null, null, 'pl', ${at(shape.orders)}, ${at(shape.orders)}, null, null, null,
      ${at(shape.orders)}, ${at(shape.orders)}, ${at(shape.orders)}
    from n`.execute(db);

  const method = sql.raw(`case i % 7 ${METHODS.map((m, k) => `when ${k} then '${m}'`).join(' ')} end`);
  // Of every 10: 6 sent, then 3 of those opened, 2 of those answered; 2 scheduled; 1 cancelled; 1 suppressed.
  const state = sql.raw(
    "case when i % 10 < 2 then 'completed' when i % 10 < 6 then 'sent' when i % 10 < 8 then 'scheduled' when i % 10 = 8 then 'cancelled' else 'suppressed' end",
  );
  const when = at(shape.invitations);
  await sql`${counter(shape.invitations)}
    insert into invitations (id, account_id, channel_id, email, name, order_id, order_number, order_ref, products,
      locale, type, method, delivery, state, state_reason, dedupe_key, link_token, link_expires_at, scheduled_at,
      sent_at, reminded_at, used_at, opened_at, created_at, updated_at)
    select 'inv_bench' || i, ${accountId}, ${channelId}, 'c' || i || '@bench.example.com', null, 'ord_bench' || i,
      '#' || i, null, '[]', 'pl', 'service', ${method}, 'email', ${state}, null, null, 'tok_bench' || i, ${when},
      ${when}, case when i % 10 < 6 then ${when} end, null, case when i % 10 < 2 then ${when} end,
      case when i % 10 < 3 then ${when} end, ${when}, ${when}
    from n`.execute(db);

  for (const [index, threshold] of [500, 2000, 5000].entries()) {
    await sql`insert into loyalty_tiers (id, account_id, channel_id, name, icon_url, threshold, multiplier_pct, perks,
        created_at, updated_at)
      values (${`tier_bench${index}`}, ${accountId}, ${channelId}, ${['Silver', 'Gold', 'Platinum'][index]}, null,
        ${threshold}, 100, '[]', '2023-12-01T00:00:00.000Z', '2023-12-01T00:00:00.000Z')`.execute(db);
  }
  const tier = sql.raw(
    "case i % 10 when 0 then 'tier_bench2' when 1 then 'tier_bench1' when 2 then 'tier_bench1' when 3 then 'tier_bench0' when 4 then 'tier_bench0' when 5 then 'tier_bench0' else null end",
  );
  await sql`${counter(shape.members)}
    insert into loyalty_members (id, account_id, channel_id, email, customer_id, state, balance, uncollected, pin,
      referral_code, tier_id, tier_held_until, birthday_md, shipping_hash, last_activity_at, enrolled_at, created_at, updated_at)
    select 'mem_bench' || i, ${accountId}, ${channelId}, 'c' || i || '@bench.example.com', null,
      case when i % 50 = 0 then 'excluded' else 'member' end, 0, 0, '123456', 'refbench' || i, ${tier}, null, null,
      null, ${at(shape.members)}, ${at(shape.members)}, ${at(shape.members)}, ${at(shape.members)}
    from n`.execute(db);

  // Of every 20 entries: 16 credits, 3 redemptions, 1 expiry.
  const ledgerKind = sql.raw(
    "case when i % 20 < 16 then 'credit' when i % 20 < 19 then 'debit' else 'expiry' end",
  );
  const points = sql.raw('case when i % 20 < 16 then 100 + i % 200 else -(50 + i % 100) end');
  await sql`${counter(shape.ledgerEntries)}
    insert into loyalty_ledger (id, account_id, channel_id, member_id, kind, points, balance_after, idempotency_key,
      cause, reference, reason, actor, uncollected, created_at)
    select 'le_bench' || i, ${accountId}, ${channelId}, 'mem_bench' || (i % ${shape.members}), ${ledgerKind}, ${points},
      0, 'bench:' || i, 'order', null, null, null, 0, ${at(shape.ledgerEntries)}
    from n`.execute(db);
  await sql`pragma wal_checkpoint(truncate)`.execute(db);
}

type Trustloop = Awaited<ReturnType<typeof import('../../src/trustloop.js').createTrustloop>>;

const p95 = (samples: number[]) => [...samples].sort((a, b) => a - b)[Math.ceil(samples.length * 0.95) - 1]!;

async function timed(rounds: number, run: () => Promise<unknown>): Promise<number> {
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  return p95(samples);
}

/**
 * p95 of each of the dashboard's aggregate reads (50 rounds each): every domain's rollup read
 * through its door, and the whole route through HTTP (in-process inject: routing, auth, SQL,
 * JSON). For comparison, the same weekly numbers computed by scanning the raw tables (10 rounds),
 * which is what the rollups spare every view.
 */
export async function measureDashboard(
  trustloop: Trustloop,
  target: { accountId: string; channelId: string },
  cookie: string,
): Promise<Array<{ name: string; p95: number }>> {
  const { accountId, channelId } = target;
  const from = '2026-09-14';
  const route = (weeks: number) => async () => {
    const response = await trustloop.app.inject({
      method: 'GET',
      url: `/api/v1/channels/${channelId}/dashboard?weeks=${weeks}`,
      headers: { cookie },
    });
    if (response.statusCode !== 200) throw new Error(`dashboard: ${response.statusCode} ${response.body}`);
  };
  const db = trustloop.database.db;
  const week = sql.raw(`date(created_at, 'weekday 0', '-6 days')`);
  return [
    {
      name: 'reviews per week, distribution, funnel',
      p95: await timed(50, () => trustloop.reviews.dashboard(accountId, channelId, from)),
    },
    {
      name: 'points per week, members by tier',
      p95: await timed(50, () => trustloop.loyalty.dashboard(accountId, channelId, from)),
    },
    {
      name: 'sync health (connections)',
      p95: await timed(50, async () => {
        for (const c of await trustloop.connectors.list(accountId, channelId))
          await trustloop.connectors.health(accountId, c.id);
      }),
    },
    { name: 'GET …/dashboard, 12 weeks (HTTP)', p95: await timed(50, route(12)) },
    { name: 'GET …/dashboard, 52 weeks (HTTP)', p95: await timed(50, route(52)) },
    {
      name: 'without rollups: reviews per week by scan',
      p95: await timed(10, () =>
        sql`select ${week} as week, count(*), sum(rating) from reviews
          where channel_id = ${channelId} and created_at >= ${from} group by 1`.execute(db),
      ),
    },
    {
      name: 'without rollups: invitation funnel by scan',
      p95: await timed(10, () =>
        sql`select method, count(*), sum(sent_at is not null), sum(opened_at is not null), sum(state = 'completed')
          from invitations where channel_id = ${channelId} and created_at >= ${from} group by method`.execute(
          db,
        ),
      ),
    },
    {
      name: 'without rollups: points per week by scan',
      p95: await timed(10, () =>
        sql`select ${week} as week, kind, sum(points) from loyalty_ledger
          where channel_id = ${channelId} and created_at >= ${from} group by 1, 2`.execute(db),
      ),
    },
    {
      name: 'without rollups: members by tier by scan',
      p95: await timed(10, () =>
        sql`select tier_id, count(*) from loyalty_members where channel_id = ${channelId} and state = 'member'
          group by tier_id`.execute(db),
      ),
    },
  ];
}

/** Whether every rollup agrees with a recount of its raw table (all weeks). */
export async function rollupsAgree(trustloop: Trustloop, channelId: string): Promise<boolean> {
  const db = trustloop.database.db;
  const one = async (query: ReturnType<typeof sql>) => JSON.stringify((await query.execute(db)).rows);
  const pairs = [
    [
      sql`select sum(reviews) as n, sum(rating_sum) as s from review_weeks where channel_id = ${channelId}`,
      sql`select count(*) as n, sum(rating) as s from reviews where channel_id = ${channelId}`,
    ],
    [
      sql`select sum(invited) as n, sum(sent) as s, sum(completed) as c from invitation_weeks where channel_id = ${channelId}`,
      sql`select count(*) as n, sum(sent_at is not null) as s, sum(state = 'completed') as c from invitations where channel_id = ${channelId}`,
    ],
    [
      sql`select sum(credited) - sum(redeemed) - sum(expired) as p from loyalty_weeks where channel_id = ${channelId}`,
      sql`select sum(points) as p from loyalty_ledger where channel_id = ${channelId} and kind in ('credit', 'debit', 'expiry')`,
    ],
    [
      sql`select sum(members) as n from loyalty_tier_members where channel_id = ${channelId}`,
      sql`select count(*) as n from loyalty_members where channel_id = ${channelId} and state = 'member'`,
    ],
  ] as const;
  for (const [rollup, raw] of pairs) if ((await one(rollup)) !== (await one(raw))) return false;
  return true;
}

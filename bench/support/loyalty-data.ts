/**
 * Bulk data for the loyalty benchmarks, generated inside the database with INSERT … SELECT over
 * a recursive counter (no per-row round trips): members with several lots each and the ledger
 * credits behind them, so balance = sum(ledger) holds before and after the run.
 */
import { type Kysely, sql } from 'kysely';
import type { DialectKind } from '../../src/platform/db/index.js';

export interface BenchShape {
  members: number;
  /** Per member: [points, expiresAt] of each lot, oldest first. */
  lots: Array<{ points: number; expiresAt: string }>;
  /** Only every n-th member's first lot ends tonight; the others' end on `laterExpiresAt`. */
  expiringEvery: number;
  laterExpiresAt: string;
  /** Every n-th member's second lot ends on the notice day. */
  noticeEvery: number;
  noticeExpiresAt: string;
}

const pad = (kind: DialectKind, expr: ReturnType<typeof sql>) =>
  kind === 'postgres' ? sql`lpad(cast(${expr} as text), 8, '0')` : sql`printf('%08d', ${expr})`;

export async function generateMembers(
  db: Kysely<unknown>,
  kind: DialectKind,
  target: { accountId: string; channelId: string },
  shape: BenchShape,
  createdAt: string,
): Promise<void> {
  const balance = shape.lots.reduce((sum, lot) => sum + lot.points, 0);
  const id = pad(kind, sql`i`);
  await sql`
    with recursive n(i) as (select 1 union all select i + 1 from n where i < ${shape.members})
    insert into loyalty_members (id, account_id, channel_id, email, customer_id, state, balance, uncollected, pin,
      referral_code, tier_id, tier_held_until, birthday_md, shipping_hash, last_activity_at, enrolled_at, created_at, updated_at)
    select 'mem_' || ${id}, ${target.accountId}, ${target.channelId}, 'm' || ${id} || '@bench.example.com', null, 'member',
      ${balance}, 0, '123456', 'ref' || ${id}, null, null, null, null, ${createdAt}, ${createdAt}, ${createdAt}, ${createdAt}
    from n`.execute(db);
  for (const [index, lot] of shape.lots.entries()) {
    const lotId = sql`'lot_' || substr(m.id, 5) || '_' || ${String(index)}`;
    const every = (n: number, then: string) =>
      sql`case when cast(substr(m.id, 5) as integer) % ${n} = 0 then ${then} else ${lot.expiresAt} end`;
    const expiresAt =
      index === 0
        ? sql`case when cast(substr(m.id, 5) as integer) % ${shape.expiringEvery} = 0 then ${lot.expiresAt} else ${shape.laterExpiresAt} end`
        : index === 1
          ? every(shape.noticeEvery, shape.noticeExpiresAt)
          : sql`${lot.expiresAt}`;
    await sql`
      insert into loyalty_ledger (id, account_id, channel_id, member_id, kind, points, balance_after, idempotency_key,
        cause, reference, reason, actor, uncollected, created_at)
      select 'le_' || substr(m.id, 5) || '_' || ${String(index)}, m.account_id, m.channel_id, m.id, 'credit', ${lot.points},
        ${shape.lots.slice(0, index + 1).reduce((sum, l) => sum + l.points, 0)}, 'bench:' || ${lotId}, 'order', null, null, null, 0, ${createdAt}
      from loyalty_members m where m.channel_id = ${target.channelId}`.execute(db);
    await sql`
      insert into loyalty_lots (id, account_id, channel_id, member_id, entry_id, points, remaining, expires_at, created_at)
      select ${lotId}, m.account_id, m.channel_id, m.id, 'le_' || substr(m.id, 5) || '_' || ${String(index)},
        ${lot.points}, ${lot.points}, ${kind === 'postgres' ? sql`cast(${expiresAt} as timestamptz)` : expiresAt}, ${createdAt}
      from loyalty_members m where m.channel_id = ${target.channelId}`.execute(db);
  }
  // A real program's lots were written over months, not a second before the nightly run: let
  // the bulk load settle first. On PostgreSQL that is what autovacuum does (statistics, and the
  // visibility map that lets it answer from an index alone) and the checkpoint that follows
  // gigabytes of WAL; on SQLite, the checkpoint of its WAL into the database file.
  if (kind === 'postgres') {
    await sql`vacuum analyze`.execute(db);
    await sql`checkpoint`.execute(db).catch(() => {}); // needs superuser or pg_checkpoint
  } else {
    await sql`pragma wal_checkpoint(truncate)`.execute(db);
  }
}

/** Members whose cached balance differs from the sum of their ledger (should be none). */
export async function balanceMismatches(db: Kysely<unknown>, channelId: string): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    select count(*) as n from loyalty_members m
    where m.channel_id = ${channelId}
      and m.balance <> (select coalesce(sum(points), 0) from loyalty_ledger l where l.member_id = m.id)`.execute(
    db,
  );
  return Number(rows[0]?.n ?? 0);
}

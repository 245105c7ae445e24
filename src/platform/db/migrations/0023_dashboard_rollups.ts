import { sql } from 'kysely';
import type { DialectKind } from '../database.js';
import type { PortableMigration } from '../migrator.js';

/**
 * The dashboard's rollups (A7): per channel and ISO week (its Monday, UTC, `YYYY-MM-DD`) the
 * reviews received and their rating sum, the invitations created / sent / opened / completed by
 * method, the points credited / redeemed / expired and the redemptions; per channel and tier
 * the enrolled members. Triggers keep them in the writing transaction for every writer
 * (requests, jobs, imports, the expiry's insert-select), as migration 0024 does for the hub;
 * the rows already there are counted once here. The dashboard reads a few dozen rows instead of
 * scanning reviews, invitations or the ledger on each view.
 */
type Row = 'new' | 'old';

interface Rollup {
  table: string;
  source: string;
  /** Key columns after (channel_id) and the expression of each for a source row. */
  keys: Record<string, (row: Row, kind: DialectKind) => string>;
  /** Counter columns and what one source row adds to each. */
  counters: Record<string, (row: Row, kind: DialectKind) => string>;
  /** Whether a source row counts at all. */
  counts?: (row: Row) => string;
  /** The columns whose change moves a row between buckets (no update trigger when empty). */
  moves: string[];
  /** Deletes take the row out again (the ledger is append-only: none). */
  deletes: boolean;
}

const week = (column: string) => (row: Row, kind: DialectKind) =>
  kind === 'postgres'
    ? `to_char(date_trunc('week', ${row}.${column} at time zone 'UTC'), 'YYYY-MM-DD')`
    : `date(${row}.${column}, 'weekday 0', '-6 days')`;
const oneIf = (condition: (row: Row) => string) => (row: Row) =>
  `case when ${condition(row)} then 1 else 0 end`;
const pointsIf = (ledgerKind: string, sign: '' | '-') => (row: Row) =>
  `case when ${row}.kind = '${ledgerKind}' then ${sign}${row}.points else 0 end`;

const ROLLUPS: Rollup[] = [
  {
    table: 'review_weeks',
    source: 'reviews',
    keys: { week: week('created_at') },
    counters: { reviews: () => '1', rating_sum: (row) => `${row}.rating` },
    moves: ['channel_id', 'created_at', 'rating'],
    deletes: true,
  },
  {
    table: 'invitation_weeks',
    source: 'invitations',
    keys: { week: week('created_at'), method: (row) => `${row}.method` },
    counters: {
      invited: () => '1',
      sent: oneIf((row) => `${row}.sent_at is not null`),
      // A funnel narrows: an answer counts as opened even when the form was posted unopened.
      opened: oneIf((row) => `(${row}.opened_at is not null or ${row}.state = 'completed')`),
      completed: oneIf((row) => `${row}.state = 'completed'`),
    },
    moves: ['channel_id', 'created_at', 'method', 'sent_at', 'opened_at', 'state'],
    deletes: true,
  },
  {
    table: 'loyalty_weeks',
    source: 'loyalty_ledger',
    keys: { week: week('created_at') },
    counters: {
      credited: pointsIf('credit', ''),
      redeemed: pointsIf('debit', '-'),
      expired: pointsIf('expiry', '-'),
      redemptions: oneIf((row) => `${row}.kind = 'debit'`),
    },
    counts: (row) => `${row}.kind in ('credit', 'debit', 'expiry')`,
    moves: [],
    deletes: false,
  },
  {
    table: 'loyalty_tier_members',
    source: 'loyalty_members',
    keys: { tier_key: (row) => `coalesce(${row}.tier_id, '')` },
    counters: { members: () => '1' },
    counts: (row) => `${row}.state = 'member'`,
    moves: ['channel_id', 'tier_id', 'state'],
    deletes: true,
  },
];

/** Adds one source row to its bucket (an upsert; nothing when the row does not count). */
function addRow(rollup: Rollup, row: Row, kind: DialectKind): string {
  const keys = Object.keys(rollup.keys);
  const counters = Object.keys(rollup.counters);
  const columns = ['account_id', 'channel_id', ...keys, ...counters].join(', ');
  const values = [
    `${row}.account_id`,
    `${row}.channel_id`,
    ...keys.map((key) => rollup.keys[key]!(row, kind)),
    ...counters.map((counter) => rollup.counters[counter]!(row, kind)),
  ].join(', ');
  const updates = counters.map((c) => `${c} = ${rollup.table}.${c} + excluded.${c}`).join(', ');
  // The WHERE is required by SQLite between an INSERT … SELECT and its ON CONFLICT.
  return `insert into ${rollup.table} (${columns}) select ${values} where ${rollup.counts?.(row) ?? 'true'}
    on conflict (channel_id, ${keys.join(', ')}) do update set ${updates}`;
}

/** Takes one source row out of its bucket again. */
function removeRow(rollup: Rollup, row: Row, kind: DialectKind): string {
  const sets = Object.entries(rollup.counters)
    .map(([counter, value]) => `${counter} = ${counter} - (${value(row, kind)})`)
    .join(', ');
  const match = Object.entries(rollup.keys)
    .map(([key, value]) => `${key} = ${value(row, kind)}`)
    .join(' and ');
  return `update ${rollup.table} set ${sets}
    where channel_id = ${row}.channel_id and ${match} and ${rollup.counts?.(row) ?? 'true'}`;
}

function moved(rollup: Rollup, kind: DialectKind): string {
  const differs = kind === 'postgres' ? 'is distinct from' : 'is not';
  return rollup.moves.map((column) => `old.${column} ${differs} new.${column}`).join(' or ');
}

async function createTriggers(db: Parameters<PortableMigration['up']>[0], rollup: Rollup, kind: DialectKind) {
  const name = (suffix: string) => sql.raw(`${rollup.source}_${rollup.table}_${suffix}`);
  const source = sql.table(rollup.source);
  if (kind === 'postgres') {
    await sql`create or replace function ${name('apply')}() returns trigger as $$
      begin
        if tg_op <> 'INSERT' then ${sql.raw(removeRow(rollup, 'old', kind))}; end if;
        if tg_op <> 'DELETE' then ${sql.raw(addRow(rollup, 'new', kind))}; end if;
        return null;
      end $$ language plpgsql`.execute(db);
    const events = sql.raw(rollup.deletes ? 'insert or delete' : 'insert');
    await sql`create trigger ${name('rows')} after ${events} on ${source}
      for each row execute function ${name('apply')}()`.execute(db);
    if (rollup.moves.length > 0) {
      await sql`create trigger ${name('moves')} after update on ${source}
        for each row when (${sql.raw(moved(rollup, kind))}) execute function ${name('apply')}()`.execute(db);
    }
    return;
  }
  await sql`create trigger ${name('insert')} after insert on ${source}
    begin ${sql.raw(addRow(rollup, 'new', kind))}; end`.execute(db);
  if (rollup.deletes) {
    await sql`create trigger ${name('delete')} after delete on ${source}
      begin ${sql.raw(removeRow(rollup, 'old', kind))}; end`.execute(db);
  }
  if (rollup.moves.length > 0) {
    await sql`create trigger ${name('update')} after update on ${source} when ${sql.raw(moved(rollup, kind))}
      begin ${sql.raw(removeRow(rollup, 'old', kind))}; ${sql.raw(addRow(rollup, 'new', kind))}; end`.execute(
      db,
    );
  }
}

/** Counts the rows already there, once, with the same expressions the triggers use. */
async function backfill(db: Parameters<PortableMigration['up']>[0], rollup: Rollup, kind: DialectKind) {
  const keys = Object.entries(rollup.keys);
  const counters = Object.entries(rollup.counters);
  const keyExpressions = keys.map(([, value]) => value('source' as Row, kind));
  await sql`insert into ${sql.table(rollup.table)}
      (account_id, channel_id, ${sql.raw([...keys, ...counters].map(([column]) => column).join(', '))})
    select min(source.account_id), source.channel_id, ${sql.raw(keyExpressions.join(', '))},
      ${sql.raw(counters.map(([, value]) => `sum(${value('source' as Row, kind)})`).join(', '))}
    from ${sql.table(rollup.source)} as source
    where ${sql.raw(rollup.counts?.('source' as Row) ?? 'true')}
    group by source.channel_id, ${sql.raw(keyExpressions.join(', '))}`.execute(db);
}

export const m0023DashboardRollups: PortableMigration = {
  async up(db, t, kind) {
    const weekly = (table: ReturnType<typeof db.schema.createTable>) =>
      table
        .addColumn('account_id', 'text', (c) => c.notNull())
        .addColumn('channel_id', 'text', (c) => c.notNull())
        .addColumn('week', 'text', (c) => c.notNull());
    await weekly(db.schema.createTable('review_weeks'))
      .addColumn('reviews', 'integer', (c) => c.notNull())
      .addColumn('rating_sum', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('review_weeks_pk', ['channel_id', 'week'])
      .execute();
    await weekly(db.schema.createTable('invitation_weeks'))
      .addColumn('method', 'text', (c) => c.notNull())
      .addColumn('invited', 'integer', (c) => c.notNull())
      .addColumn('sent', 'integer', (c) => c.notNull())
      .addColumn('opened', 'integer', (c) => c.notNull())
      .addColumn('completed', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('invitation_weeks_pk', ['channel_id', 'week', 'method'])
      .execute();
    await weekly(db.schema.createTable('loyalty_weeks'))
      .addColumn('credited', t.bigint, (c) => c.notNull())
      .addColumn('redeemed', t.bigint, (c) => c.notNull())
      .addColumn('expired', t.bigint, (c) => c.notNull())
      .addColumn('redemptions', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('loyalty_weeks_pk', ['channel_id', 'week'])
      .execute();
    await db.schema
      .createTable('loyalty_tier_members')
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('channel_id', 'text', (c) => c.notNull())
      // The member's tier id, '' for members below the first tier.
      .addColumn('tier_key', 'text', (c) => c.notNull())
      .addColumn('members', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('loyalty_tier_members_pk', ['channel_id', 'tier_key'])
      .execute();
    for (const rollup of ROLLUPS) {
      await backfill(db, rollup, kind);
      await createTriggers(db, rollup, kind);
    }
  },
};

import type { PortableMigration } from '../migrator.js';

/** The outbox (events), the job queue (event deliveries and due-dated jobs) and recurring schedules. */
export const m0002Jobs: PortableMigration = {
  async up(db, t) {
    // No foreign key to accounts: the log outlives nothing it refers to, and system jobs have no account.
    await db.schema
      .createTable('events')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('channel_id', 'text')
      .addColumn('occurred_at', t.timestamp, (c) => c.notNull())
      .addColumn('recorded_at', t.timestamp, (c) => c.notNull())
      .addColumn('payload', t.json, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('events_account_idx').on('events').columns(['account_id', 'id']).execute();
    await db.schema.createIndex('events_type_idx').on('events').columns(['type', 'id']).execute();

    await db.schema
      .createTable('jobs')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('payload', t.json, (c) => c.notNull())
      .addColumn('account_id', 'text')
      .addColumn('event_id', 'text')
      .addColumn('subscriber', 'text')
      .addColumn('dedupe_key', 'text')
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('run_at', t.timestamp, (c) => c.notNull())
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('max_attempts', 'integer', (c) => c.notNull())
      .addColumn('lease_until', t.timestamp)
      .addColumn('locked_by', 'text')
      .addColumn('last_error', 'text')
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addColumn('updated_at', t.timestamp, (c) => c.notNull())
      .addColumn('finished_at', t.timestamp)
      .execute();
    // Idempotency lives in unique indexes (NULLs never collide on either engine).
    await db.schema.createIndex('jobs_dedupe_key_uq').on('jobs').column('dedupe_key').unique().execute();
    await db.schema
      .createIndex('jobs_delivery_uq')
      .on('jobs')
      .columns(['event_id', 'subscriber'])
      .unique()
      .execute();
    // The claim query: due pending jobs by run_at, expired leases by lease_until.
    await db.schema.createIndex('jobs_due_idx').on('jobs').columns(['state', 'run_at']).execute();
    await db.schema.createIndex('jobs_lease_idx').on('jobs').columns(['state', 'lease_until']).execute();
    await db.schema.createIndex('jobs_account_idx').on('jobs').columns(['account_id', 'id']).execute();

    await db.schema
      .createTable('schedules')
      .addColumn('name', 'text', (c) => c.primaryKey())
      .addColumn('cron', 'text', (c) => c.notNull())
      .addColumn('time_zone', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('payload', t.json, (c) => c.notNull())
      .addColumn('next_run_at', t.timestamp, (c) => c.notNull())
      .addColumn('last_run_at', t.timestamp)
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addColumn('updated_at', t.timestamp, (c) => c.notNull())
      .execute();
  },
};

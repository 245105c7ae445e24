import type { PortableMigration } from '../migrator.js';

/** Customers per channel, their external ids, consent history, erasure records, contacts settings. */
export const m0003Contacts: PortableMigration = {
  async up(db, t, kind) {
    await db.schema
      .createTable('customers')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('channel_id', 'text', (c) => c.notNull().references('channels.id').onDelete('cascade'))
      // Stored lower-cased, so this unique index is the unique (channel_id, lower(email)).
      .addColumn('email', 'text', (c) => c.notNull())
      .addColumn('first_name', 'text')
      .addColumn('last_name', 'text')
      .addColumn('phone', 'text')
      .addColumn('locale', 'text')
      .addColumn('birthday', 'text')
      .addColumn('tags', t.json, (c) => c.notNull())
      .addColumn('consent_status', 'text', (c) => c.notNull())
      .addColumn('consent_source', 'text')
      .addColumn('consent_changed_at', t.timestamp)
      .addColumn('consent_double_opt_in', t.flag, (c) => c.notNull().defaultTo(0))
      .addColumn('registered_at', t.timestamp)
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addColumn('updated_at', t.timestamp, (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('customers_channel_email_uq')
      .on('customers')
      .columns(['channel_id', 'email'])
      .unique()
      .execute();
    await db.schema
      .createIndex('customers_account_channel_idx')
      .on('customers')
      .columns(['account_id', 'channel_id', 'id'])
      .execute();

    await db.schema
      .createTable('customer_external_ids')
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('channel_id', 'text', (c) => c.notNull())
      .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id').onDelete('cascade'))
      .addColumn('platform', 'text', (c) => c.notNull())
      .addColumn('external_id', 'text', (c) => c.notNull())
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addPrimaryKeyConstraint('customer_external_ids_pk', ['channel_id', 'platform', 'external_id'])
      .execute();
    await db.schema
      .createIndex('customer_external_ids_customer_uq')
      .on('customer_external_ids')
      .columns(['customer_id', 'platform'])
      .unique()
      .execute();

    await db.schema
      .createTable('consent_history')
      // The order changes were applied in, even when several share a millisecond.
      .$call((table) =>
        kind === 'postgres'
          ? table.addColumn('seq', 'bigserial', (c) => c.primaryKey())
          : table.addColumn('seq', 'integer', (c) => c.primaryKey().autoIncrement()),
      )
      .addColumn('id', 'text', (c) => c.notNull().unique())
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('channel_id', 'text', (c) => c.notNull())
      .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id').onDelete('cascade'))
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('previous', 'text', (c) => c.notNull())
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('changed_at', t.timestamp, (c) => c.notNull())
      .addColumn('recorded_at', t.timestamp, (c) => c.notNull())
      .addColumn('double_opt_in', t.flag, (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema
      .createIndex('consent_history_customer_idx')
      .on('consent_history')
      .columns(['customer_id', 'seq'])
      .execute();

    await db.schema
      .createTable('contacts_settings')
      .addColumn('channel_id', 'text', (c) => c.primaryKey().references('channels.id').onDelete('cascade'))
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('default_tags', t.json, (c) => c.notNull())
      .addColumn('updated_at', t.timestamp, (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('customer_erasures')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('channel_id', 'text', (c) => c.notNull().references('channels.id').onDelete('cascade'))
      .addColumn('customer_id', 'text')
      .addColumn('email_hash', 'text', (c) => c.notNull())
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('erased_at', t.timestamp, (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('customer_erasures_email_idx')
      .on('customer_erasures')
      .columns(['channel_id', 'email_hash'])
      .execute();
  },
};

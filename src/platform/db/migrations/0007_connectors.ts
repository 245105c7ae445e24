import type { PortableMigration } from '../migrator.js';

/**
 * Connectors: connections to marketing platforms (settings with sealed secrets), the profile
 * mirror first exports read from, the per-connection delivery ledger, and export runs.
 */
export const m0007Connectors: PortableMigration = {
  async up(db, t) {
    await db.schema
      .createTable('connector_connections')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('channel_id', 'text', (c) => c.notNull())
      .addColumn('connector_id', 'text', (c) => c.notNull())
      .addColumn('settings', t.json, (c) => c.notNull())
      .addColumn('inbound_secret', 'text', (c) => c.notNull())
      .addColumn('event_types', t.json, (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('last_sync_at', t.timestamp)
      .addColumn('last_error', 'text')
      .addColumn('last_error_at', t.timestamp)
      .addColumn('sent_count', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('failed_count', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addColumn('updated_at', t.timestamp, (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('connector_connections_account_idx')
      .on('connector_connections')
      .columns(['account_id', 'channel_id'])
      .execute();

    await db.schema
      .createTable('connector_profiles')
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('channel_id', 'text', (c) => c.notNull())
      .addColumn('email', 'text', (c) => c.notNull())
      .addColumn('first_name', 'text')
      .addColumn('last_name', 'text')
      .addColumn('phone', 'text')
      .addColumn('locale', 'text')
      .addColumn('external_id', 'text')
      .addColumn('properties', t.json, (c) => c.notNull())
      .addColumn('consent', 'text')
      .addColumn('updated_at', t.timestamp, (c) => c.notNull())
      .addPrimaryKeyConstraint('connector_profiles_pk', ['channel_id', 'email'])
      .execute();

    // One row per (connection, event, step) that reached the platform: a retry skips what is done.
    await db.schema
      .createTable('connector_deliveries')
      .addColumn('connection_id', 'text', (c) => c.notNull())
      .addColumn('event_id', 'text', (c) => c.notNull())
      .addColumn('step', 'text', (c) => c.notNull())
      .addColumn('delivered_at', t.timestamp, (c) => c.notNull())
      .addPrimaryKeyConstraint('connector_deliveries_pk', ['connection_id', 'event_id', 'step'])
      .execute();

    await db.schema
      .createTable('connector_exports')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('connection_id', 'text', (c) => c.notNull())
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('cursor', 'text')
      .addColumn('total', 'integer', (c) => c.notNull())
      .addColumn('submitted', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('completed', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('failed', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('last_error', 'text')
      .addColumn('started_at', t.timestamp, (c) => c.notNull())
      .addColumn('finished_at', t.timestamp)
      .execute();
    await db.schema
      .createIndex('connector_exports_connection_idx')
      .on('connector_exports')
      .columns(['connection_id', 'id'])
      .execute();

    // R8: per channel, the email web feed's unguessable token, the certified badge flag and
    // the reviews the merchant picked for email snippets.
    await db.schema
      .createTable('connector_email_embeds')
      .addColumn('channel_id', 'text', (c) => c.primaryKey())
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('feed_token', 'text', (c) => c.notNull().unique())
      .addColumn('certified', t.flag, (c) => c.notNull().defaultTo(0))
      .addColumn('selected_review_ids', t.json, (c) => c.notNull())
      .addColumn('updated_at', t.timestamp, (c) => c.notNull())
      .execute();
  },
};

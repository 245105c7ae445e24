import type { PortableMigration } from '../migrator.js';

/**
 * Review invitations (R3–R5): per-channel settings, the invitation ledger (one row per
 * channel + email + order + review type, carried by a unique dedupe key), the channel's
 * suppression list, order blocks (cancelled or fully refunded orders), the consent
 * projection used in explicit-consent mode, and the BCC mails received.
 */
export const m0008Invitations: PortableMigration = {
  async up(db, t) {
    await db.schema
      .createTable('invitation_settings')
      .addColumn('channel_id', 'text', (c) => c.primaryKey().references('channels.id').onDelete('cascade'))
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('trigger_event', 'text', (c) => c.notNull())
      .addColumn('delay_days', 'integer', (c) => c.notNull())
      .addColumn('review_type', 'text', (c) => c.notNull())
      .addColumn('reminder_days', 'integer')
      .addColumn('link_validity_days', 'integer', (c) => c.notNull())
      .addColumn('cooldown_days', 'integer', (c) => c.notNull())
      .addColumn('cooldown_scope', 'text', (c) => c.notNull())
      .addColumn('esp_sends', t.flag, (c) => c.notNull())
      .addColumn('explicit_consent', t.flag, (c) => c.notNull())
      .addColumn('logo_url', 'text')
      .addColumn('sender_name', 'text')
      .addColumn('bcc_token', 'text', (c) => c.notNull().unique())
      // Sealed with the secret box (associated data names channel and key).
      .addColumn('link_encrypt_key', 'text', (c) => c.notNull())
      .addColumn('link_auth_key', 'text', (c) => c.notNull())
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addColumn('updated_at', t.timestamp, (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('invitations')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('channel_id', 'text', (c) => c.notNull().references('channels.id').onDelete('cascade'))
      .addColumn('email', 'text', (c) => c.notNull())
      .addColumn('name', 'text')
      .addColumn('order_id', 'text')
      .addColumn('order_number', 'text')
      .addColumn('order_ref', 'text')
      .addColumn('products', t.json, (c) => c.notNull())
      .addColumn('locale', 'text', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('method', 'text', (c) => c.notNull())
      .addColumn('delivery', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('state_reason', 'text')
      // channel|email|order|type; NULL without an order (the cooldown applies instead).
      .addColumn('dedupe_key', 'text', (c) => c.unique())
      .addColumn('link_token', 'text', (c) => c.notNull().unique())
      .addColumn('link_expires_at', t.timestamp, (c) => c.notNull())
      .addColumn('scheduled_at', t.timestamp, (c) => c.notNull())
      .addColumn('sent_at', t.timestamp)
      .addColumn('reminded_at', t.timestamp)
      .addColumn('used_at', t.timestamp)
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addColumn('updated_at', t.timestamp, (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('invitations_channel_email_idx')
      .on('invitations')
      .columns(['channel_id', 'email', 'created_at'])
      .execute();
    await db.schema
      .createIndex('invitations_order_idx')
      .on('invitations')
      .columns(['channel_id', 'order_ref'])
      .execute();
    await db.schema
      .createIndex('invitations_account_idx')
      .on('invitations')
      .columns(['account_id', 'id'])
      .execute();

    await db.schema
      .createTable('invitation_suppressions')
      .addColumn('channel_id', 'text', (c) => c.notNull().references('channels.id').onDelete('cascade'))
      .addColumn('email', 'text', (c) => c.notNull())
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addPrimaryKeyConstraint('invitation_suppressions_pk', ['channel_id', 'email'])
      .execute();

    await db.schema
      .createTable('invitation_order_blocks')
      .addColumn('channel_id', 'text', (c) => c.notNull().references('channels.id').onDelete('cascade'))
      .addColumn('order_ref', 'text', (c) => c.notNull())
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addPrimaryKeyConstraint('invitation_order_blocks_pk', ['channel_id', 'order_ref'])
      .execute();

    await db.schema
      .createTable('invitation_consents')
      .addColumn('channel_id', 'text', (c) => c.notNull().references('channels.id').onDelete('cascade'))
      .addColumn('email', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('changed_at', t.timestamp, (c) => c.notNull())
      .addPrimaryKeyConstraint('invitation_consents_pk', ['channel_id', 'email'])
      .execute();

    await db.schema
      .createTable('invitation_bcc_messages')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('channel_id', 'text', (c) => c.notNull().references('channels.id').onDelete('cascade'))
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('reason', 'text')
      .addColumn('mail_from', 'text')
      .addColumn('subject', 'text')
      .addColumn('recipient', 'text')
      .addColumn('order_number', 'text')
      .addColumn('invitation_id', 'text')
      .addColumn('size_bytes', 'integer', (c) => c.notNull())
      .addColumn('received_at', t.timestamp, (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('invitation_bcc_messages_channel_idx')
      .on('invitation_bcc_messages')
      .columns(['channel_id', 'id'])
      .execute();
  },
};

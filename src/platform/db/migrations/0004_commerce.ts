import type { PortableMigration } from '../migrator.js';

/** Orders, their lines and refunds; shop connections; inbound webhook deliveries; GDPR data requests. */
export const m0004Commerce: PortableMigration = {
  async up(db, t) {
    await db.schema
      .createTable('orders')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('channel_id', 'text', (c) => c.notNull().references('channels.id').onDelete('cascade'))
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('external_id', 'text', (c) => c.notNull())
      .addColumn('number', 'text', (c) => c.notNull())
      .addColumn('customer_id', 'text')
      .addColumn('email', 'text')
      .addColumn('first_name', 'text')
      .addColumn('last_name', 'text')
      .addColumn('phone', 'text')
      .addColumn('customer_locale', 'text')
      .addColumn('currency', 'text', (c) => c.notNull())
      .addColumn('subtotal', t.bigint, (c) => c.notNull())
      .addColumn('discount_total', t.bigint, (c) => c.notNull())
      .addColumn('shipping_total', t.bigint, (c) => c.notNull())
      .addColumn('tax_total', t.bigint, (c) => c.notNull())
      .addColumn('total', t.bigint, (c) => c.notNull())
      .addColumn('refunded_total', t.bigint, (c) => c.notNull())
      .addColumn('line_items', t.json, (c) => c.notNull())
      .addColumn('discount_codes', t.json, (c) => c.notNull())
      .addColumn('referral_code', 'text')
      .addColumn('shipping_address_hash', 'text')
      .addColumn('locale', 'text')
      .addColumn('placed_at', t.timestamp, (c) => c.notNull())
      .addColumn('paid_at', t.timestamp)
      .addColumn('fulfilled_at', t.timestamp)
      .addColumn('delivered_at', t.timestamp)
      .addColumn('cancelled_at', t.timestamp)
      .addColumn('source_updated_at', t.timestamp, (c) => c.notNull())
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addColumn('updated_at', t.timestamp, (c) => c.notNull())
      .execute();
    // Idempotency of every order source: one row per (channel, source, external id).
    await db.schema
      .createIndex('orders_external_uq')
      .on('orders')
      .columns(['channel_id', 'source', 'external_id'])
      .unique()
      .execute();
    await db.schema.createIndex('orders_channel_idx').on('orders').columns(['channel_id', 'id']).execute();
    await db.schema.createIndex('orders_number_idx').on('orders').columns(['channel_id', 'number']).execute();
    await db.schema.createIndex('orders_email_idx').on('orders').columns(['channel_id', 'email']).execute();

    await db.schema
      .createTable('order_refunds')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('order_id', 'text', (c) => c.notNull().references('orders.id').onDelete('cascade'))
      .addColumn('external_id', 'text', (c) => c.notNull())
      .addColumn('amount', t.bigint, (c) => c.notNull())
      .addColumn('line_items', t.json, (c) => c.notNull())
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addColumn('recorded_at', t.timestamp, (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('order_refunds_external_uq')
      .on('order_refunds')
      .columns(['order_id', 'external_id'])
      .unique()
      .execute();

    await db.schema
      .createTable('shop_connections')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('channel_id', 'text', (c) => c.notNull().references('channels.id').onDelete('cascade'))
      .addColumn('platform', 'text', (c) => c.notNull())
      // Sealed with the secret box, bound to this row's id.
      .addColumn('webhook_secret', 'text', (c) => c.notNull())
      .addColumn('shop_domain', 'text')
      .addColumn('fulfilled_on', 'text', (c) => c.notNull())
      .addColumn('delivered_on', 'text', (c) => c.notNull())
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addColumn('updated_at', t.timestamp, (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('shop_connections_channel_uq')
      .on('shop_connections')
      .columns(['channel_id', 'platform'])
      .unique()
      .execute();

    // A delivery id is inserted in the same transaction as its effect: seen twice, applied once.
    await db.schema
      .createTable('inbound_deliveries')
      .addColumn('channel_id', 'text', (c) => c.notNull().references('channels.id').onDelete('cascade'))
      .addColumn('platform', 'text', (c) => c.notNull())
      .addColumn('delivery_id', 'text', (c) => c.notNull())
      .addColumn('topic', 'text', (c) => c.notNull())
      .addColumn('received_at', t.timestamp, (c) => c.notNull())
      .addPrimaryKeyConstraint('inbound_deliveries_pk', ['channel_id', 'platform', 'delivery_id'])
      .execute();

    await db.schema
      .createTable('data_requests')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('channel_id', 'text', (c) => c.notNull().references('channels.id').onDelete('cascade'))
      .addColumn('platform', 'text', (c) => c.notNull())
      .addColumn('external_id', 'text')
      .addColumn('email', 'text', (c) => c.notNull())
      .addColumn('export', t.json, (c) => c.notNull())
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('data_requests_channel_idx')
      .on('data_requests')
      .columns(['channel_id', 'id'])
      .unique()
      .execute();
  },
};

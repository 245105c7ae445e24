import type { PortableMigration } from '../migrator.js';

/**
 * The storefront widgets' per-channel settings (W4, docs/widgets.md): the theme (colours and
 * corner radius, JSON) and the reviews the merchant picked for the carousel (JSON array of ids,
 * in the order shown). A channel without a row uses the widgets' defaults.
 */
export const m0032WidgetSettings: PortableMigration = {
  async up(db, t) {
    await db.schema
      .createTable('widget_settings')
      .addColumn('channel_id', 'text', (c) => c.primaryKey())
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('theme', 'text', (c) => c.notNull())
      .addColumn('carousel_review_ids', 'text', (c) => c.notNull())
      .addColumn('updated_at', t.timestamp, (c) => c.notNull())
      .execute();
  },
};

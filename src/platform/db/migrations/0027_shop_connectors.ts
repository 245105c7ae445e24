import type { PortableMigration } from '../migrator.js';

/**
 * Shop connectors (S5): a connection keeps its platform's other settings (`settings`: JSON of
 * the plain ones, `secret_settings`: sealed JSON of the secret ones), and, for platforms
 * Trustloop pulls from, where each resource's pull has got to (`pull_cursor`, JSON of
 * resource → {updatedAt, id}, written in the transaction that applied the page), who pulls now
 * (`pull_lease_until`) and its health (`last_sync_at`, `last_error`, `last_error_at`).
 * A pulled record that cannot be read is kept in `shop_pull_dead_letters` and the pull moves on.
 */
export const m0027ShopConnectors: PortableMigration = {
  async up(db) {
    const add = (column: string) =>
      db.schema.alterTable('shop_connections').addColumn(column, 'text').execute();
    await db.schema
      .alterTable('shop_connections')
      .addColumn('settings', 'text', (c) => c.notNull().defaultTo('{}'))
      .execute();
    for (const column of [
      'secret_settings',
      'pull_cursor',
      'pull_lease_until',
      'last_sync_at',
      'last_error',
      'last_error_at',
    ])
      await add(column);
    await db.schema
      .createTable('shop_pull_dead_letters')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('connection_id', 'text', (c) =>
        c.notNull().references('shop_connections.id').onDelete('cascade'),
      )
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('resource', 'text', (c) => c.notNull())
      .addColumn('external_id', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('error', 'text', (c) => c.notNull())
      .addColumn('payload', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    // One letter per version of a record: a page pulled twice adds nothing.
    await db.schema
      .createIndex('shop_pull_dead_letters_record')
      .on('shop_pull_dead_letters')
      .columns(['connection_id', 'resource', 'external_id', 'updated_at'])
      .unique()
      .execute();
  },
};

import type { PortableMigration } from '../migrator.js';

/**
 * CSV backfill (S4): one row per imported file and channel, with the checkpoint that makes a
 * crashed import resumable, and the rows it rejected with their line numbers.
 */
export const m0009Imports: PortableMigration = {
  async up(db, t) {
    await db.schema
      .createTable('imports')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('channel_id', 'text', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('format', 'text', (c) => c.notNull())
      .addColumn('encoding', 'text', (c) => c.notNull())
      .addColumn('delimiter', 'text', (c) => c.notNull())
      .addColumn('decimal_comma', t.flag, (c) => c.notNull().defaultTo(0))
      .addColumn('file_name', 'text', (c) => c.notNull())
      .addColumn('file_path', 'text', (c) => c.notNull())
      .addColumn('sha256', 'text', (c) => c.notNull())
      .addColumn('bytes_total', t.bigint, (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('runs', 'integer', (c) => c.notNull().defaultTo(1))
      // The last line whose effects are committed; a restart skips up to it.
      .addColumn('checkpoint_line', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('bytes_read', t.bigint, (c) => c.notNull().defaultTo(0))
      .addColumn('imported', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('unchanged', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('rejected', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('error', 'text')
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addColumn('updated_at', t.timestamp, (c) => c.notNull())
      .addColumn('started_at', t.timestamp)
      .addColumn('finished_at', t.timestamp)
      .execute();
    // The same file imported again into the same channel is the same import (resume or no-op).
    await db.schema
      .createIndex('imports_file_uq')
      .on('imports')
      .columns(['channel_id', 'type', 'sha256'])
      .unique()
      .execute();
    await db.schema.createIndex('imports_account_idx').on('imports').columns(['account_id', 'id']).execute();

    await db.schema
      .createTable('import_rejections')
      .addColumn('import_id', 'text', (c) => c.notNull().references('imports.id').onDelete('cascade'))
      .addColumn('line', 'integer', (c) => c.notNull())
      .addColumn('code', 'text', (c) => c.notNull())
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('raw', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('import_rejections_pk', ['import_id', 'line'])
      .execute();
  },
};

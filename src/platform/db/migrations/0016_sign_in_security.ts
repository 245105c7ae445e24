import type { PortableMigration } from '../migrator.js';

/**
 * Sign-in security: optional TOTP two-factor per user (the secret sealed with the secret box,
 * the last accepted time step so a code works once), single-use recovery codes stored hashed,
 * and the failure counters of the sign-in throttle (docs/sign-in.md), shared by every API
 * process because they live in the database.
 */
export const m0016SignInSecurity: PortableMigration = {
  async up(db, t) {
    await db.schema.alterTable('users').addColumn('totp_secret', 'text').execute();
    await db.schema
      .alterTable('users')
      .addColumn('totp_enabled', t.flag, (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema.alterTable('users').addColumn('totp_last_step', t.bigint).execute();

    await db.schema
      .createTable('user_recovery_codes')
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('code_hash', 'text', (c) => c.notNull())
      .addColumn('used_at', t.timestamp)
      .addPrimaryKeyConstraint('user_recovery_codes_pk', ['user_id', 'code_hash'])
      .execute();

    await db.schema
      .createTable('sign_in_throttle')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('failures', 'integer', (c) => c.notNull())
      .addColumn('window_ends_at', t.timestamp, (c) => c.notNull())
      .execute();
    // Ended counters are deleted as failures come in; the index keeps that a short range scan.
    await db.schema
      .createIndex('sign_in_throttle_ends_idx')
      .on('sign_in_throttle')
      .column('window_ends_at')
      .execute();
  },
};

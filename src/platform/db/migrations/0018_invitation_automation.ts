import { sql } from 'kysely';
import type { PortableMigration } from '../migrator.js';

/**
 * Backfilled history must not invite (R3): automatic invitations get an on/off switch and a
 * window (days) beyond which an order's trigger is too old to invite for.
 *
 * A NEW channel starts with automatic invitations off until the merchant enables them. A
 * channel that existed before this version keeps working as it did (on): every settings row
 * already stored takes the column default 1, and the channels that exist but never stored
 * their invitation settings (they are created on first use) are listed in
 * `invitation_legacy_channels`, so their settings row, when it comes, starts on too. Only
 * channels created after this migration start off.
 */
export const m0018InvitationAutomation: PortableMigration = {
  async up(db, t) {
    await db.schema
      .alterTable('invitation_settings')
      .addColumn('automatic_enabled', t.flag, (c) => c.notNull().defaultTo(1))
      .execute();
    await db.schema
      .alterTable('invitation_settings')
      .addColumn('trigger_window_days', 'integer', (c) => c.notNull().defaultTo(30))
      .execute();
    await db.schema
      .createTable('invitation_legacy_channels')
      .addColumn('channel_id', 'text', (c) => c.primaryKey().references('channels.id').onDelete('cascade'))
      .execute();
    await sql`insert into invitation_legacy_channels (channel_id)
      select id from channels
      where id not in (select channel_id from invitation_settings)`.execute(db);
  },
};

import { sql } from 'kysely';
import type { PortableMigration } from '../migrator.js';

/** The dashboard's rollup tables (migration 0023), which have no foreign key to `channels`. */
const ROLLUP_TABLES = ['review_weeks', 'invitation_weeks', 'loyalty_weeks', 'loyalty_tier_members'];

/**
 * A deleted channel's dashboard rollups go with it. Deleting a channel cascades to its reviews,
 * invitations, members and ledger, but the rollups are written by triggers and not tied to the
 * channel: the deletes only counted them down to zero rows, and the append-only ledger's weeks
 * (no delete trigger) kept their points. A trigger on `channels` removes them in the deleting
 * statement, whichever path deletes the channel; rows that channels deleted before this
 * migration left behind are removed here once.
 */
export const m0035RollupsLeaveWithChannel: PortableMigration = {
  async up(db, _t, kind) {
    for (const table of ROLLUP_TABLES) {
      await sql`delete from ${sql.table(table)} where channel_id not in (select id from channels)`.execute(
        db,
      );
    }
    const deletes = ROLLUP_TABLES.map((table) => `delete from ${table} where channel_id = old.id;`).join(' ');
    if (kind === 'postgres') {
      await sql`create or replace function channels_rollups_delete() returns trigger as $$
        begin ${sql.raw(deletes)} return null; end $$ language plpgsql`.execute(db);
      await sql`create trigger channels_rollups_delete after delete on channels
        for each row execute function channels_rollups_delete()`.execute(db);
      return;
    }
    await sql`create trigger channels_rollups_delete after delete on channels
      begin ${sql.raw(deletes)} end`.execute(db);
  },
};

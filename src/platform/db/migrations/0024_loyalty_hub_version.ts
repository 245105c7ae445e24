import { sql } from 'kysely';
import type { PortableMigration } from '../migrator.js';

/**
 * `loyalty_members.hub_version` changes whenever anything the customer hub shows about a member
 * changes: the member row itself, their ledger, lots, orders (pending points, spend) and
 * coupons. The hub keeps each member's view while the version it was built from is current, so
 * the database, not every write path, says when a view is stale: a trigger fires in the
 * writing transaction, for every process and every writer (imports and jobs included).
 */
const MEMBER_TABLES = ['loyalty_ledger', 'loyalty_lots', 'loyalty_orders', 'loyalty_coupons'] as const;

export const m0024LoyaltyHubVersion: PortableMigration = {
  async up(db, _t, kind) {
    await db.schema
      .alterTable('loyalty_members')
      .addColumn('hub_version', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    if (kind === 'postgres') {
      await sql`create or replace function loyalty_member_touched() returns trigger as $$
        begin
          new.hub_version := old.hub_version + 1;
          return new;
        end $$ language plpgsql`.execute(db);
      await sql`create trigger loyalty_members_hub_version before update on loyalty_members
        for each row execute function loyalty_member_touched()`.execute(db);
      await sql`create or replace function loyalty_member_row_touched() returns trigger as $$
        begin
          if tg_op <> 'INSERT' then
            update loyalty_members set hub_version = hub_version + 1 where id = old.member_id;
          end if;
          if tg_op <> 'DELETE' and (tg_op = 'INSERT' or new.member_id is distinct from old.member_id) then
            update loyalty_members set hub_version = hub_version + 1 where id = new.member_id;
          end if;
          return null;
        end $$ language plpgsql`.execute(db);
      for (const table of MEMBER_TABLES) {
        await sql`create trigger ${sql.raw(`${table}_hub_version`)} after insert or update or delete
          on ${sql.table(table)} for each row execute function loyalty_member_row_touched()`.execute(db);
      }
      return;
    }
    // SQLite: recursive triggers are off by default, and the WHEN clause skips the update a
    // trigger below makes, so no trigger fires itself.
    await sql`create trigger loyalty_members_hub_version after update on loyalty_members
      when new.hub_version = old.hub_version
      begin
        update loyalty_members set hub_version = hub_version + 1 where id = new.id;
      end`.execute(db);
    for (const table of MEMBER_TABLES) {
      const name = (event: string) => sql.raw(`${table}_hub_version_${event}`);
      await sql`create trigger ${name('insert')} after insert on ${sql.table(table)}
        begin
          update loyalty_members set hub_version = hub_version + 1 where id = new.member_id;
        end`.execute(db);
      await sql`create trigger ${name('update')} after update on ${sql.table(table)}
        begin
          update loyalty_members set hub_version = hub_version + 1 where id in (old.member_id, new.member_id);
        end`.execute(db);
      await sql`create trigger ${name('delete')} after delete on ${sql.table(table)}
        begin
          update loyalty_members set hub_version = hub_version + 1 where id = old.member_id;
        end`.execute(db);
    }
  },
};

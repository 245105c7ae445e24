import { type Kysely, type Migration, type MigrationResultSet, Migrator } from 'kysely';
import type { PortableTypes } from './column-types.js';
import { portableTypes } from './column-types.js';
import type { Database, DialectKind } from './database.js';
import { migrations } from './migrations/index.js';

/** A migration written once for both engines; `types` hides their differences. */
export interface PortableMigration {
  // biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists
  up(db: Kysely<any>, types: PortableTypes, kind: DialectKind): Promise<void>;
}

function provider(kind: DialectKind) {
  const types = portableTypes(kind);
  return {
    async getMigrations(): Promise<Record<string, Migration>> {
      const out: Record<string, Migration> = {};
      for (const [name, migration] of Object.entries(migrations)) {
        out[name] = { up: (db) => migration.up(db, types, kind) };
      }
      return out;
    },
  };
}

function migratorFor(database: Database<unknown>, allowUnorderedMigrations = false): Migrator {
  return new Migrator({
    db: database.db,
    provider: provider(database.kind),
    migrationTableName: 'schema_migrations',
    migrationLockTableName: 'schema_migrations_lock',
    ...(database.schema ? { migrationTableSchema: database.schema } : {}),
    allowUnorderedMigrations,
  });
}

/** Applies every migration up to and including `name` (tests of a migration seed the data before it). */
export async function migrateUpTo(database: Database<unknown>, name: string): Promise<MigrationResultSet> {
  const result = await migratorFor(database).migrateTo(name);
  if (result.error) throw result.error instanceof Error ? result.error : new Error(String(result.error));
  return result;
}

/** Applies every pending migration; throws with the failing migration's name. */
export async function migrateToLatest(database: Database<unknown>): Promise<MigrationResultSet> {
  // Features are built in parallel under reserved numbers, so one may land after a higher
  // number has run somewhere; each migration stands alone, so a late lower one still applies.
  const migrator = migratorFor(database, true);
  const result = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error');
    const cause = result.error instanceof Error ? result.error : new Error(String(result.error));
    throw new Error(`migration ${failed?.migrationName ?? '(unknown)'} failed: ${cause.message}`, { cause });
  }
  return result;
}

import type { Command } from 'commander';
import { loadConfig } from '../platform/config.js';
import { migrateToLatest, openDatabase } from '../platform/db/index.js';

export function registerMigrateCommand(program: Command) {
  program
    .command('migrate')
    .description('Apply pending database migrations and exit')
    .action(async () => {
      const config = loadConfig();
      const database = await openDatabase({
        url: config.db.url,
        sqlite: config.db.sqlite,
        namedStatements: config.db.namedStatements,
      });
      try {
        const result = await migrateToLatest(database);
        const applied = result.results ?? [];
        if (applied.length === 0) console.log(`the ${config.db.kind} database is up to date`);
        for (const migration of applied) console.log(`applied ${migration.migrationName}`);
      } finally {
        await database.close();
      }
    });
}

import { Command } from 'commander';
import { ConfigError } from '../platform/config.js';
import { VERSION } from '../trustloop.js';
import { registerExportCommand } from './export.command.js';
import { registerImportCommands } from './import.command.js';
import { registerJobsCommands } from './jobs.command.js';
import { registerMigrateCommand } from './migrate.command.js';
import { registerPullCommand } from './pull.command.js';
import { parseRoles, ROLES } from './roles.js';
import { registerSecretsCommands } from './secrets.command.js';
import { registerServeCommand } from './serve.command.js';
import { registerTrustMarkCommands } from './trust-mark.command.js';
import { registerUserCommands } from './user.command.js';

const program = new Command()
  .name('trustloop')
  .description('Reviews, review invitations and loyalty for online shops')
  .version(VERSION)
  .showHelpAfterError();

registerServeCommand(program, ROLES, parseRoles);
registerMigrateCommand(program);
registerUserCommands(program);
registerJobsCommands(program);
registerSecretsCommands(program);
registerImportCommands(program);
registerExportCommand(program);
registerPullCommand(program);
registerTrustMarkCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`configuration error: ${error.message}`);
    process.exit(2);
  }
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

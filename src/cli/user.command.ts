import type { Command } from 'commander';
import { ROLES, type Role } from '../accounts/index.js';
import { loadConfig } from '../platform/config.js';
import { createTrustloop } from '../trustloop.js';

interface CreateOptions {
  email: string;
  name: string;
  role: Role;
  account?: string;
  newAccount?: string;
}

export function registerUserCommands(program: Command) {
  const user = program.command('user').description('Manage admin users');
  user
    .command('create')
    .description('Create a user and print a one-time password to change at first sign-in')
    .requiredOption('--email <email>', 'sign-in email')
    .option('--name <name>', 'display name', 'Admin')
    .option('--role <role>', `one of ${ROLES.join(', ')}`, 'admin')
    .option('--account <id>', 'the account to add the user to (default: the only account)')
    .option('--new-account <name>', 'create a new account with this user as its owner')
    .action(async (options: CreateOptions) => {
      if (!(ROLES as readonly string[]).includes(options.role)) {
        throw new Error(`--role must be one of ${ROLES.join(', ')}`);
      }
      const trustloop = await createTrustloop({ config: loadConfig() });
      try {
        const { users } = trustloop.accounts;
        let created: Awaited<ReturnType<typeof users.addUser>>;
        if (options.newAccount) {
          created = await users.createAccount(options.newAccount, {
            email: options.email,
            name: options.name,
          });
        } else {
          const accountId = options.account ?? (await users.firstAccountId());
          if (!accountId) throw new Error('there is no account yet: pass --new-account "<name>"');
          await users.getAccount(accountId);
          created = await users.addUser(accountId, {
            email: options.email,
            name: options.name,
            role: options.role,
          });
        }
        console.log(
          `created ${created.user.role} ${created.user.email} (${created.user.id}) in account ${created.user.accountId}`,
        );
        console.log(`one-time password: ${created.oneTimePassword}`);
      } finally {
        await trustloop.stop();
      }
    });
}

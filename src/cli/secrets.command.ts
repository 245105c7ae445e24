import type { Command } from 'commander';
import { loadConfig } from '../platform/config.js';
import { createTrustloop } from '../trustloop.js';

export function registerSecretsCommands(program: Command) {
  const secrets = program.command('secrets').description('Manage secrets encrypted at rest');
  secrets
    .command('rotate')
    .description(
      'Re-encrypt every stored secret under the current master key (run after moving the old key to TRUSTLOOP_PREVIOUS_MASTER_KEYS)',
    )
    .action(async () => {
      const trustloop = await createTrustloop({ config: loadConfig() });
      try {
        const count = await trustloop.rotateSecrets();
        console.log(`re-encrypted ${count} secret(s) under the current master key`);
      } finally {
        await trustloop.stop();
      }
    });
}

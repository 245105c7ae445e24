import type { Command } from 'commander';
import { loadConfig } from '../platform/config.js';
import { createTrustloop } from '../trustloop.js';

interface ChangeOptions {
  operator: string;
  reference?: string;
  note?: string;
}

/**
 * The "certified" trust mark of a channel (R8). Only whoever runs this instance can use this
 * command (it opens the database directly); no merchant session or API key can set the mark.
 */
export function registerTrustMarkCommands(program: Command) {
  const trustMark = program
    .command('trust-mark')
    .description('Grant or revoke the "certified" trust mark of a channel (operator only, audited)');

  async function run(action: (trustloop: Awaited<ReturnType<typeof createTrustloop>>) => Promise<void>) {
    const trustloop = await createTrustloop({ config: loadConfig() });
    try {
      await action(trustloop);
    } finally {
      await trustloop.stop();
    }
  }

  trustMark
    .command('grant <channelId>')
    .description('Let the channel show the trust mark in its email snippets')
    .requiredOption('--operator <name>', 'who decides, recorded in the audit (e.g. ops:jan)')
    .requiredOption('--reference <text>', 'the certificate or decision the grant rests on')
    .option('--note <text>', 'anything else worth keeping with the audit entry')
    .action((channelId: string, options: ChangeOptions) =>
      run(async (trustloop) => {
        const entry = await trustloop.reviews.embeds.trustMarks.grant(channelId, {
          actor: options.operator,
          reference: options.reference ?? '',
          note: options.note ?? null,
        });
        console.log(`trust mark granted to channel ${channelId} by ${entry.actor} (audit ${entry.id})`);
      }),
    );

  trustMark
    .command('revoke <channelId>')
    .description('Take the trust mark away: snippets stop showing it at the next send')
    .requiredOption('--operator <name>', 'who decides, recorded in the audit (e.g. ops:jan)')
    .option('--note <text>', 'why, kept with the audit entry')
    .action((channelId: string, options: ChangeOptions) =>
      run(async (trustloop) => {
        const entry = await trustloop.reviews.embeds.trustMarks.revoke(channelId, {
          actor: options.operator,
          note: options.note ?? null,
        });
        console.log(`trust mark revoked for channel ${channelId} by ${entry.actor} (audit ${entry.id})`);
      }),
    );

  trustMark
    .command('history <channelId>')
    .description('Every grant and revocation of the channel, newest first')
    .action((channelId: string) =>
      run(async (trustloop) => {
        for (const entry of await trustloop.reviews.embeds.trustMarks.history(channelId)) {
          console.log(
            [entry.createdAt, entry.action, entry.actor, entry.reference ?? '-', entry.note ?? ''].join('\t'),
          );
        }
      }),
    );
}

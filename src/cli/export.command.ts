import { setTimeout as sleep } from 'node:timers/promises';
import type { Command } from 'commander';
import type { ExportRun } from '../connectors/index.js';
import { loadConfig } from '../platform/config.js';
import { createTrustloop } from '../trustloop.js';
import { favourMemoryOverSpeed } from './memory.js';
import { progressReporter } from './progress.js';

interface ExportOptions {
  account?: string;
  consent?: string;
  from?: string;
  to?: string;
  tags?: string;
  transactions?: boolean;
}

const POLL_MS = 500;

/**
 * `trustloop export <connection-id>`: the first export of every profile to a marketing
 * platform, with a progress bar. This process works the export job itself (as one more worker),
 * so it needs no running server; a server's workers may share the work, never duplicate it.
 */
export function registerExportCommand(program: Command): void {
  program
    .command('export')
    .description('Export every customer profile to a connected marketing platform (the first sync)')
    .argument('<connection-id>', 'the connection (GET /api/v1/connections lists them)')
    .option('--account <id>', 'the account (default: the first one)')
    .option('--consent <state>', 'all (default), subscribed (opt-in) or unsubscribed (opt-out)')
    .option('--from <date>', 'only contacts first known from this date (and orders paid from it)')
    .option('--to <date>', 'only contacts first known up to this date, inclusive (and orders paid up to it)')
    .option('--tags <list>', 'extra tags for the exported contacts, comma-separated without spaces')
    .option('--transactions', 'also send the past paid orders as purchases, each once per connection')
    .action(async (connectionId: string, options: ExportOptions) => {
      favourMemoryOverSpeed();
      const trustloop = await createTrustloop({ config: loadConfig() });
      try {
        const accountId = options.account ?? (await trustloop.accounts.users.firstAccountId());
        if (!accountId) throw new Error('there is no account yet: start Trustloop once (npm start)');
        let run = await trustloop.connectors.startExport(accountId, connectionId, {
          ...(options.consent === undefined ? {} : { consent: options.consent }),
          ...(options.from === undefined ? {} : { from: options.from }),
          ...(options.to === undefined ? {} : { to: options.to }),
          ...(options.tags === undefined ? {} : { tags: options.tags }),
          ...(options.transactions ? { transactions: true } : {}),
        });
        console.log(`exporting ${run.total} profiles as export ${run.id}`);
        await trustloop.start(['worker']);
        const reporter = progressReporter(connectionId, (progress: ExportRun) => ({
          done: progress.completed + progress.failed,
          total: progress.total,
          detail: `sent ${progress.submitted}, done ${progress.completed}, failed ${progress.failed} of ${progress.total}`,
        }));
        try {
          while (run.status === 'running') {
            reporter.update(run);
            await sleep(POLL_MS);
            run = await trustloop.connectors.getExport(accountId, connectionId, run.id);
          }
          reporter.update(run);
        } finally {
          reporter.stop();
        }
        if (run.status === 'failed')
          throw new Error(`the export failed: ${run.lastError ?? 'unknown error'}`);
        console.log(`done: ${run.completed} profiles exported, ${run.failed} refused by the platform`);
        if (run.choices.transactions)
          console.log(`purchases: ${run.purchases.sent} sent, ${run.purchases.skipped} already sent before`);
        if (run.lastError) console.log(`last error from the platform: ${run.lastError}`);
      } finally {
        await trustloop.stop();
      }
    });
}

import { setTimeout as sleep } from 'node:timers/promises';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import type { ExportRun } from '../connectors/index.js';
import { loadConfig } from '../platform/config.js';
import { createTrustloop } from '../trustloop.js';

interface ExportOptions {
  account?: string;
}

const POLL_MS = 500;

function progressReporter(connectionId: string) {
  const counts = (run: ExportRun) => `sent ${run.submitted}, done ${run.completed}, failed ${run.failed}`;
  if (process.stdout.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: `${connectionId} [{bar}] {percentage}% | {counts} | eta {eta_formatted}`, hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    return {
      update(run: ExportRun) {
        if (!started) bar.start(Math.max(run.total, 1), 0, { counts: '' });
        started = true;
        bar.update(run.completed + run.failed, { counts: counts(run) });
      },
      stop: () => bar.stop(),
    };
  }
  let last = 0;
  return {
    update(run: ExportRun) {
      if (performance.now() - last < 2000) return;
      last = performance.now();
      const percent = run.total ? Math.floor(((run.completed + run.failed) / run.total) * 100) : 100;
      console.log(`${percent}% · ${counts(run)} of ${run.total}`);
    },
    stop() {},
  };
}

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
    .action(async (connectionId: string, options: ExportOptions) => {
      const trustloop = await createTrustloop({ config: loadConfig() });
      try {
        const accountId = options.account ?? (await trustloop.accounts.users.firstAccountId());
        if (!accountId) throw new Error('there is no account yet: start Trustloop once (npm start)');
        let run = await trustloop.connectors.startExport(accountId, connectionId);
        console.log(`exporting ${run.total} profiles as export ${run.id}`);
        await trustloop.start(['worker']);
        const reporter = progressReporter(connectionId);
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
        if (run.lastError) console.log(`last error from the platform: ${run.lastError}`);
      } finally {
        await trustloop.stop();
      }
    });
}

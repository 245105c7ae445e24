import type { Command } from 'commander';
import { loadConfig } from '../platform/config.js';
import { JOB_STATES, type JobState } from '../platform/jobs/index.js';
import { createTrustloop } from '../trustloop.js';

interface ListOptions {
  state?: JobState;
  kind?: string;
  account?: string;
  limit: string;
}

export function registerJobsCommands(program: Command) {
  const jobsCommand = program.command('jobs').description('Inspect background jobs and replay dead letters');

  jobsCommand
    .command('list')
    .description('List jobs, newest first')
    .option('--state <state>', `one of ${JOB_STATES.join(', ')}`)
    .option('--kind <kind>', 'only jobs of this kind')
    .option('--account <id>', 'only jobs of this account')
    .option('--limit <n>', 'how many', '50')
    .action(async (options: ListOptions) => {
      if (options.state && !(JOB_STATES as readonly string[]).includes(options.state)) {
        throw new Error(`--state must be one of ${JOB_STATES.join(', ')}`);
      }
      const limit = Number(options.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new Error('--limit must be 1 to 1000');
      const trustloop = await createTrustloop({ config: loadConfig() });
      try {
        const page = await trustloop.jobs.listJobs({
          limit,
          ...(options.state ? { state: options.state } : {}),
          ...(options.kind ? { kind: options.kind } : {}),
          ...(options.account ? { accountId: options.account } : {}),
        });
        const counts = await trustloop.jobs.counts(options.account ? { accountId: options.account } : {});
        console.log(
          Object.entries(counts)
            .map(([state, n]) => `${state} ${n}`)
            .join(' · '),
        );
        for (const job of page.items) {
          const error = job.lastError ? `  last error: ${job.lastError.split('\n')[0]}` : '';
          console.log(
            `${job.id}  ${job.state.padEnd(9)} ${job.kind.padEnd(28)} attempts ${job.attempts}/${job.maxAttempts}  run at ${job.runAt}${error}`,
          );
        }
      } finally {
        await trustloop.stop();
      }
    });

  jobsCommand
    .command('replay')
    .description('Run a dead-lettered job again, or all of them with --all-dead')
    .argument('[job-id]', 'the dead job to replay')
    .option('--all-dead', 'replay every dead job')
    .option('--kind <kind>', 'with --all-dead: only jobs of this kind')
    .option('--account <id>', 'with --all-dead: only jobs of this account')
    .action(
      async (jobId: string | undefined, options: { allDead?: boolean; kind?: string; account?: string }) => {
        if (!jobId && !options.allDead) throw new Error('name a job id, or pass --all-dead');
        const trustloop = await createTrustloop({ config: loadConfig() });
        try {
          if (jobId) {
            if (!(await trustloop.jobs.replayJob(jobId)))
              throw new Error(`job ${jobId} is not dead or does not exist`);
            console.log(`job ${jobId} will run again`);
          } else {
            const count = await trustloop.jobs.replayDead({
              ...(options.kind ? { kind: options.kind } : {}),
              ...(options.account ? { accountId: options.account } : {}),
            });
            console.log(`${count} dead job(s) will run again`);
          }
        } finally {
          await trustloop.stop();
        }
      },
    );
}

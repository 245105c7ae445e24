import type { TrustloopCore } from '../trustloop.js';

/** How often the count is read again while waiting. */
const POLL_MS = 1_000;
/** Without a line on a terminal, a changed count is printed at most this often. */
const PRINT_EVERY_MS = 2_000;
/** Nothing moved and no worker holds a job for this long: no server is doing the work. */
const STALL_MS = 15_000;

interface Left {
  events: number;
  jobs: number;
  running: number;
}

/** "1 event", "1,200 events": how the CLI counts things. */
export const plural = (n: number, one: string) => `${n.toLocaleString('en')} ${one}${n === 1 ? '' : 's'}`;
const describe = (left: Left) => `${plural(left.events, 'event')} and ${plural(left.jobs, 'job')}`;

async function leftOf(trustloop: Pick<TrustloopCore, 'jobs'>, accountId: string): Promise<Left> {
  const events = await trustloop.jobs.countUnrelayed({ accountId });
  const { due, running } = await trustloop.jobs.countInHand({ accountId });
  return { events, jobs: due + running, running };
}

/**
 * Imported rows are committed; what they set off (profile copies for the marketing platforms,
 * invitations, points) is done by the worker of the running server afterwards. By default the
 * CLI counts that work down until it is done, so "done" is not read as "everything is done";
 * with `wait: false`, or when nothing moves (no server runs), it says how to watch it instead.
 */
export async function followUp(
  trustloop: Pick<TrustloopCore, 'jobs'>,
  accountId: string,
  wait: boolean,
): Promise<void> {
  const watch = `watch with \`trustloop jobs list --state pending --account ${accountId}\``;
  let left = await leftOf(trustloop, accountId);
  if (left.events === 0 && left.jobs === 0) {
    console.log('all follow-up processing is done');
    return;
  }
  if (!wait) {
    console.log(
      `still processing ${describe(left)} in the background (a running \`trustloop serve\` does it; ${watch})`,
    );
    return;
  }
  console.log(
    'waiting for the follow-up processing by the running `trustloop serve` (Ctrl-C stops the waiting, not the work; --no-wait skips it)',
  );
  const tty = process.stdout.isTTY;
  const started = performance.now();
  let moved = started;
  let printed = 0;
  let shown = '';
  const show = (line: string, force = false) => {
    if (line === shown || (!tty && !force && performance.now() - printed < PRINT_EVERY_MS)) return;
    shown = line;
    printed = performance.now();
    if (tty) process.stdout.write(`\r\x1b[2K${line}`);
    else console.log(line);
  };
  show(`still processing ${describe(left)}`, true);
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    const now = await leftOf(trustloop, accountId);
    if (now.events === 0 && now.jobs === 0) break;
    if (now.events !== left.events || now.jobs !== left.jobs || now.running > 0) moved = performance.now();
    left = now;
    show(`still processing ${describe(left)}`);
    if (performance.now() - moved > STALL_MS) {
      if (tty) process.stdout.write('\n');
      console.log(
        `nothing was processed for ${STALL_MS / 1000} s: is \`trustloop serve\` running? ${describe(left)} wait for it; ${watch}`,
      );
      return;
    }
  }
  if (tty) process.stdout.write('\n');
  console.log(
    `all follow-up processing is done (after ${Math.round((performance.now() - started) / 1000)} s)`,
  );
}

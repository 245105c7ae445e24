import { setTimeout as sleep } from 'node:timers/promises';
import { type Command, InvalidArgumentError } from 'commander';
import { type PullSummary, SHOP_PLATFORMS, type ShopPlatform } from '../commerce/index.js';
import { loadConfig } from '../platform/config.js';
import { RetryableError } from '../platform/jobs/index.js';
import { createTrustloop } from '../trustloop.js';
import { type ChannelOptions, resolveChannel } from './channel-option.js';
import { followUp, plural } from './follow-up.js';

interface PullOptions extends ChannelOptions {
  wait: boolean;
}

/** A shop that is down without saying when to come back is asked again after this long at first. */
const FIRST_RETRY_MS = 2_000;
const LONGEST_RETRY_MS = 60_000;
/** How often a connection held by another pull is looked at again. */
const HELD_POLL_MS = 500;

function parsePlatform(value: string): ShopPlatform {
  if (!(SHOP_PLATFORMS as readonly string[]).includes(value))
    throw new InvalidArgumentError(`use one of ${SHOP_PLATFORMS.join(', ')}`);
  return value as ShopPlatform;
}

/**
 * `trustloop pull <platform>`: reads a shop that Trustloop pulls from (Magento 2,
 * PrestaShop, Shoper) up to now, in this process and with a line per page, instead of waiting
 * for the running server's next scheduled pull. Each page is written together with the cursor
 * after it, so a pull killed at any point and run again goes on after the last page written.
 * A pull that crashed holds its connection until its lease ends (5 × JOBS_LEASE_MS): this
 * command waits for that and says so, as it does while a server's worker is pulling.
 */
export function registerPullCommand(program: Command): void {
  program
    .command('pull')
    .description('Read a shop connection (Magento 2, PrestaShop, Shoper) up to now; resumable')
    .argument(
      '<platform>',
      `the shop platform connected to the channel (${SHOP_PLATFORMS.join(', ')})`,
      parsePlatform,
    )
    .option('--channel <id>', 'the channel (needed when the account has several)')
    .option('--account <id>', 'the account (default: the first one)')
    .option('--no-wait', 'do not wait for the follow-up processing by the running server')
    .action(async (platform: ShopPlatform, options: PullOptions) => {
      const trustloop = await createTrustloop({ config: loadConfig() });
      try {
        const { accountId, id: channelId, name } = await resolveChannel(trustloop, options);
        console.log(`pulling ${platform} into channel ${name}`);
        const { maxAttempts } = trustloop.config.jobs;
        const onPage = (resource: string, tally: PullSummary) =>
          console.log(`${resource}: page ${tally.pages} · ${plural(tally.applied, 'record')} written so far`);
        let toldHeld = false;
        let failures = 0;
        for (;;) {
          let summary: PullSummary;
          try {
            summary = await trustloop.commerce.pullShop(accountId, channelId, platform, onPage);
          } catch (error) {
            if (!(error instanceof RetryableError) || ++failures >= maxAttempts) throw error;
            const waitMs =
              error.retryAfterMs ?? Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * 2 ** (failures - 1));
            console.log(
              `the shop did not answer: ${error.message}; trying again in ${Math.ceil(waitMs / 1000)} s`,
            );
            await sleep(waitMs);
            continue;
          }
          if (!summary.ran) {
            if (!toldHeld)
              console.log(
                `another pull holds this connection until ${summary.heldUntil ?? 'it ends'} ` +
                  '(a server’s worker, or a pull that crashed); waiting for it',
              );
            toldHeld = true;
            await sleep(HELD_POLL_MS);
            continue;
          }
          console.log(
            `done: ${plural(summary.applied, 'record')} written from ${plural(summary.pages, 'page')}` +
              (summary.deadLetters > 0
                ? `, ${plural(summary.deadLetters, 'record')} kept as dead letters`
                : ''),
          );
          break;
        }
        await followUp(trustloop, accountId, options.wait);
      } finally {
        await trustloop.stop();
      }
    });
}

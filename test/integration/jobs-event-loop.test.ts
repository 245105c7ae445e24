import { describe, expect, it } from 'vitest';
import { SLICE_MS } from '../../src/platform/jobs/event-loop.js';
import { dialects } from '../support/databases.js';
import { useJobsTestbed } from '../support/job-fixtures.js';

/** Busy for `ms` without giving the event loop a turn, as SQLite's synchronous queries are. */
function busy(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // spin
  }
}

describe.each(dialects)('background work and the event loop on %s', (kind) => {
  const t = useJobsTestbed(kind);

  it('a delivery of a large batch lets the event loop in between its events (no stall of the HTTP server)', async () => {
    const jobs = t.build();
    const events = 600;
    let handled = 0;
    jobs.registerSubscriber({
      name: 'mirror',
      eventTypes: '*',
      // Each event costs 3 ms of synchronous work: the batch holds the loop 1.8 s if it never yields.
      handle: async () => {
        busy(3);
        handled++;
      },
    });
    await t.test.database.db.transaction().execute((trx) =>
      jobs.appendEvents(
        trx,
        Array.from({ length: events }, (_, n) => ({
          type: 'customer.imported',
          accountId: 'acc_1',
          payload: { n },
        })),
      ),
    );
    await jobs.relayEvents();

    // What a request arriving meanwhile would wait: the longest time between two turns of the loop.
    let last = performance.now();
    let longest = 0;
    const ticker = setInterval(() => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
    }, 1);
    const started = performance.now();
    try {
      await jobs.runDueJobs();
    } finally {
      clearInterval(ticker);
    }
    const took = performance.now() - started;

    expect(handled).toBe(events);
    expect(took).toBeGreaterThan(events * 3);
    // A slice plus one event, with room for a loaded machine (its scheduler may pause the process); the batch took 1.8 s or more.
    expect(longest).toBeLessThan(SLICE_MS + 3 + 500);
  });
});

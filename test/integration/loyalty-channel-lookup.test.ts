import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/platform/clock.js';
import { AppError } from '../../src/platform/errors.js';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';
import { dialects } from '../support/databases.js';
import {
  anOrder,
  customerEvent,
  deliver,
  memberOf,
  orderEvent,
  setUpProgram,
} from '../support/loyalty-fixtures.js';

/**
 * The loyalty domain looks the channel up (in the accounts domain) before every piece of
 * work. A lookup that fails for a passing reason must be retried; only a channel that is
 * really gone ends the work.
 */
describe.each(dialects)('loyalty work whose channel lookup fails on %s', (kind) => {
  let app: TestApp;
  let clock: ManualClock;
  let tenant: Tenant;
  afterEach(() => app.close());

  async function start(at: string, settings: Parameters<typeof setUpProgram>[2]) {
    clock = new ManualClock(at);
    app = await createTestApp(kind, { clock });
    tenant = await createTenant(app); // Europe/Warsaw
    await setUpProgram(app, tenant, settings);
  }

  /** The next `count` channel lookups fail with `error`, at the accounts domain's door. */
  function failLookups(count: number, error: () => Error) {
    const channels = app.trustloop.accounts.channels;
    const real = channels.get.bind(channels);
    let left = count;
    channels.get = async (accountId, channelId) => {
      if (left > 0) {
        left--;
        throw error();
      }
      return real(accountId, channelId);
    };
  }
  const databaseError = () => new Error('Connection terminated unexpectedly');

  it('credits an order’s points on the retry after the channel lookup failed once', async () => {
    await start('2026-05-09T10:00:00Z', { earning: { points: 1, perAmount: 100, awardOn: 'paid' } });
    const order = anOrder(tenant);
    failLookups(1, databaseError);
    const first = await deliver(app, tenant, [orderEvent('paid', order)]);
    expect(first.retried).toBe(1);
    expect((await memberOf(app, tenant, order.customer.email!)).body.balance).toBe(0);

    clock.advance(60_000);
    await app.trustloop.jobs.runDueJobs();
    expect((await memberOf(app, tenant, order.customer.email!)).body.balance).toBe(100);
  });

  it('ends the work without a retry when the channel is really gone', async () => {
    await start('2026-05-09T10:00:00Z', { earning: { points: 1, perAmount: 100, awardOn: 'paid' } });
    const order = anOrder(tenant);
    failLookups(1, () => AppError.notFound('channel'));
    const run = await deliver(app, tenant, [orderEvent('paid', order)]);
    expect(run).toMatchObject({ retried: 0, dead: 0 });
    clock.advance(60_000);
    await app.trustloop.jobs.runDueJobs();
    expect((await memberOf(app, tenant, order.customer.email!)).status).toBe(404);
  });

  it('retries the nightly run after a failed lookup, and the birthday points land the same night', async () => {
    await start('2026-05-09T10:00:00Z', { birthdayPoints: 30 });
    await deliver(app, tenant, [customerEvent(tenant, 'bday@example.com', { birthday: '--05-10' })]);
    failLookups(1, databaseError);
    clock.set('2026-05-10T08:05:00Z'); // the hourly tick, on 10 May in Warsaw
    const first = await app.trustloop.jobs.runDueJobs();
    expect(first.retried).toBe(1);
    expect((await memberOf(app, tenant, 'bday@example.com')).body.balance).toBe(0);

    clock.advance(60_000); // the retry, well before the next hourly tick
    await app.trustloop.jobs.runDueJobs();
    expect((await memberOf(app, tenant, 'bday@example.com')).body.balance).toBe(30);
  });
});

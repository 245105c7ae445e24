import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { type Jobs, PermanentError } from '../../src/platform/jobs/index.js';
import { dialects } from '../support/databases.js';
import { type TestEvents, useJobsTestbed } from '../support/job-fixtures.js';
import { waitFor } from '../support/job-wait.js';

describe.each(dialects)('schedules, operations and the worker on %s', (kind) => {
  const t = useJobsTestbed(kind);

  describe('schedules', () => {
    const nightly = {
      name: 'nightly-expiry',
      cron: '30 2 * * *',
      timeZone: 'Europe/Warsaw',
      kind: 'expire',
      payload: {},
    };

    it('a recurring schedule fires once per occurrence even when two workers tick', async () => {
      t.clock.set('2026-03-27T12:00:00.000Z');
      const runs: string[] = [];
      const workers = [t.build(), t.build()];
      for (const jobs of workers) {
        jobs.registerHandler('expire', async (job) => void runs.push(job.runAt));
        await jobs.schedule(nightly); // every process declares it at start: idempotent
      }
      const [a, b] = workers as [Jobs<TestEvents>, Jobs<TestEvents>];
      expect(await a.listSchedules()).toMatchObject([
        { name: 'nightly-expiry', nextRunAt: '2026-03-28T01:30:00.000Z' },
      ]);

      // Four nights across the spring-forward change (2026-03-29: 02:30 does not exist).
      for (const night of [
        '2026-03-28T01:45:00Z',
        '2026-03-29T01:45:00Z',
        '2026-03-30T00:45:00Z',
        '2026-03-31T00:45:00Z',
      ]) {
        t.clock.set(night);
        await Promise.all([a.runDueJobs(), b.runDueJobs(), a.runDueJobs()]);
      }

      expect(runs.sort()).toEqual([
        '2026-03-28T01:30:00.000Z',
        '2026-03-29T01:30:00.000Z',
        '2026-03-30T00:30:00.000Z',
        '2026-03-31T00:30:00.000Z',
      ]);
      const stored = await a.listJobs({ kind: 'expire', limit: 10 });
      expect(stored.items.map((job) => job.dedupeKey).sort()).toEqual([
        'schedule:nightly-expiry:2026-03-28T01:30:00.000Z',
        'schedule:nightly-expiry:2026-03-29T01:30:00.000Z',
        'schedule:nightly-expiry:2026-03-30T00:30:00.000Z',
        'schedule:nightly-expiry:2026-03-31T00:30:00.000Z',
      ]);
    });

    it('occurrences missed while no worker ran fire once, as the latest', async () => {
      const jobs = t.build();
      jobs.registerHandler('expire', async () => {});
      await jobs.schedule(nightly);
      t.clock.set('2026-04-05T12:00:00.000Z');

      expect((await jobs.runDueJobs()).succeeded).toBe(1);
      expect((await jobs.listJobs({ kind: 'expire', limit: 10 })).items[0]?.runAt).toBe(
        '2026-04-05T00:30:00.000Z',
      );
      expect((await jobs.listSchedules())[0]?.nextRunAt).toBe('2026-04-06T00:30:00.000Z');
    });

    it('rescheduling with a new cron moves the next occurrence; unschedule stops it', async () => {
      const jobs = t.build();
      await jobs.schedule(nightly);
      await jobs.schedule({ ...nightly, cron: '0 6 * * *' });
      expect((await jobs.listSchedules())[0]?.nextRunAt).toBe('2026-04-02T04:00:00.000Z');
      await expect(jobs.schedule({ ...nightly, timeZone: 'Nowhere/Land' })).rejects.toThrow(/time zone/);

      expect(await jobs.unschedule(nightly.name)).toBe(true);
      t.clock.set('2026-04-03T00:00:00.000Z');
      expect((await jobs.runDueJobs()).processed).toBe(0);
    });
  });

  describe('operations', () => {
    it("one account's jobs are invisible to another account's queries", async () => {
      const jobs = t.build();
      jobs.registerHandler('push', async () => {
        throw new PermanentError('no');
      });
      const mine = await jobs.enqueue(t.test.database.db, { kind: 'push', payload: {}, accountId: 'acc_1' });
      await jobs.enqueue(t.test.database.db, { kind: 'push', payload: {}, accountId: 'acc_2' });
      await jobs.runDueJobs();

      expect(await jobs.getJob(mine.id, 'acc_2')).toBeUndefined();
      expect(await jobs.replayJob(mine.id, 'acc_2')).toBe(false);
      expect(
        (await jobs.listJobs({ accountId: 'acc_2', limit: 10 })).items.map((job) => job.accountId),
      ).toEqual(['acc_2']);
      expect(await jobs.replayJob(mine.id, 'acc_1')).toBe(true);
    });

    it('lists jobs by state and kind, in descending id order, page by page', async () => {
      const jobs = t.build();
      for (let n = 0; n < 5; n++) await jobs.enqueue(t.test.database.db, { kind: 'a', payload: { n } });
      await jobs.enqueue(t.test.database.db, { kind: 'b', payload: {} });

      const first = await jobs.listJobs({ kind: 'a', state: 'pending', limit: 2 });
      const rest = await jobs.listJobs({ kind: 'a', state: 'pending', limit: 10, cursor: first.nextCursor! });
      expect(first.items).toHaveLength(2);
      expect(rest.items).toHaveLength(3);
      expect(rest.nextCursor).toBeUndefined();
      // Ids are time-ordered to the millisecond; within one millisecond their order is random.
      const ids = [...first.items, ...rest.items].map((job) => job.id);
      expect([...ids].sort().reverse()).toEqual(ids);
      expect(
        new Set([...first.items, ...rest.items].map((job) => (job.payload as { n: number }).n)).size,
      ).toBe(5);
    });

    it('exposes processed, pending, dead and lag metrics', async () => {
      const metrics = new Registry();
      const jobs = t.build({ metrics });
      jobs.registerHandler('ok', async () => {});
      jobs.registerHandler('bad', async () => {
        throw new PermanentError('no');
      });
      await jobs.enqueue(t.test.database.db, { kind: 'ok', payload: {} });
      await jobs.enqueue(t.test.database.db, { kind: 'bad', payload: {} });
      await jobs.runDueJobs();
      await jobs.enqueue(t.test.database.db, { kind: 'ok', payload: {} });
      t.clock.advance(90_000);

      const text = await metrics.metrics();
      expect(text).toContain('trustloop_jobs_processed_total{kind="ok",outcome="done"} 1');
      expect(text).toContain('trustloop_jobs_processed_total{kind="bad",outcome="dead"} 1');
      expect(text).toContain('trustloop_jobs_pending 1');
      expect(text).toContain('trustloop_jobs_dead 1');
      expect(text).toContain('trustloop_jobs_lag_seconds 90');
      expect(text).toContain('trustloop_outbox_unrelayed_events 0');
    });

    it('counts events waiting for the relay as lag, so a stopped worker shows', async () => {
      const metrics = new Registry();
      const jobs = t.build({ metrics });
      jobs.registerSubscriber({ name: 'audit', eventTypes: '*', handle: async () => {} });
      await jobs.appendEvents(t.test.database.db, [{ type: 'order.paid', accountId: 'acc_1', payload: {} }]);
      t.clock.advance(120_000);

      let text = await metrics.metrics();
      expect(text).toContain('trustloop_outbox_unrelayed_events 1');
      expect(text).toContain('trustloop_jobs_lag_seconds 120');

      await jobs.runDueJobs();
      text = await metrics.metrics();
      expect(text).toContain('trustloop_outbox_unrelayed_events 0');
      expect(text).toContain('trustloop_jobs_lag_seconds 0');
    });
  });

  describe('worker', () => {
    it('processes jobs in the background, and stop waits for the job in flight', async () => {
      const jobs = t.build();
      let release!: () => void;
      const gate = new Promise<void>((resolve) => {
        release = resolve;
      });
      let started = false;
      jobs.registerHandler('slow', async () => {
        started = true;
        await gate;
      });
      jobs.registerHandler('quick', async () => {});
      const slow = await jobs.enqueue(t.test.database.db, { kind: 'slow', payload: {} });
      for (let n = 0; n < 10; n++) await jobs.enqueue(t.test.database.db, { kind: 'quick', payload: { n } });

      const worker = jobs.startWorker({ workerId: 'w1' });
      await waitFor('the quick jobs to finish', async () => (await jobs.counts()).done === 10);
      await waitFor('the slow job to start', () => started);
      let stopped = false;
      const stopping = worker.stop().then(() => {
        stopped = true;
      });
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(stopped).toBe(false);
      release();
      await stopping;

      expect(await jobs.getJob(slow.id)).toMatchObject({ state: 'done', lockedBy: 'w1' });
    });
  });
});

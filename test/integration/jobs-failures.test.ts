import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { PermanentError, RetryableError } from '../../src/platform/jobs/index.js';
import { dialects } from '../support/databases.js';
import { useJobsTestbed } from '../support/job-fixtures.js';

describe.each(dialects)('job failures and leases on %s', (kind) => {
  const t = useJobsTestbed(kind);

  describe('failures', () => {
    it('a throwing handler is retried with backoff, then dead-lettered with its last error, and runs again when replayed', async () => {
      const jobs = t.build();
      let calls = 0;
      let healthy = false;
      jobs.registerHandler('flaky', async () => {
        calls++;
        if (!healthy) throw new Error(`boom ${calls}`);
      });
      const { id } = await jobs.enqueue(t.test.database.db, { kind: 'flaky', payload: {} });

      expect(await jobs.runDueJobs()).toMatchObject({ processed: 1, retried: 1 });
      // Attempt 1 failed: half of the 1 s window.
      expect(await jobs.getJob(id)).toMatchObject({
        state: 'pending',
        attempts: 1,
        runAt: '2026-04-01T10:00:00.500Z',
      });
      t.clock.advance(499);
      expect((await jobs.runDueJobs()).processed).toBe(0);
      t.clock.advance(1);
      expect(await jobs.runDueJobs()).toMatchObject({ processed: 1, retried: 1 });
      // Attempt 2 failed: half of the 2 s window.
      expect(await jobs.getJob(id)).toMatchObject({ attempts: 2, runAt: '2026-04-01T10:00:01.500Z' });
      t.clock.advance(1_000);
      expect(await jobs.runDueJobs()).toMatchObject({ processed: 1, dead: 1 });

      const dead = await jobs.getJob(id);
      expect(dead).toMatchObject({ state: 'dead', attempts: 3, finishedAt: '2026-04-01T10:00:01.500Z' });
      expect(dead?.lastError).toContain('boom 3');
      expect((await jobs.counts()).dead).toBe(1);

      healthy = true;
      expect(await jobs.replayJob(id)).toBe(true);
      expect(await jobs.getJob(id)).toMatchObject({ state: 'pending', attempts: 0 });
      expect(await jobs.runDueJobs()).toMatchObject({ processed: 1, succeeded: 1 });
      expect(await jobs.getJob(id)).toMatchObject({ state: 'done', attempts: 1 });
      expect(calls).toBe(4);
      expect(await jobs.replayJob(id)).toBe(false);
    });

    it('RetryableError.retryAfterMs sets the exact next run time', async () => {
      const jobs = t.build();
      jobs.registerHandler('push', async () => {
        throw new RetryableError('429 Too Many Requests', { retryAfterMs: 42_000 });
      });
      const { id } = await jobs.enqueue(t.test.database.db, { kind: 'push', payload: {} });
      await jobs.runDueJobs();

      expect(await jobs.getJob(id)).toMatchObject({ state: 'pending', runAt: '2026-04-01T10:00:42.000Z' });
    });

    it('a PermanentError dead-letters the job at once', async () => {
      const jobs = t.build();
      jobs.registerHandler('push', async () => {
        throw new PermanentError('the API key lacks write access');
      });
      const { id } = await jobs.enqueue(t.test.database.db, { kind: 'push', payload: {}, maxAttempts: 10 });

      expect(await jobs.runDueJobs()).toMatchObject({ processed: 1, dead: 1 });
      const job = await jobs.getJob(id);
      expect(job).toMatchObject({ state: 'dead', attempts: 1 });
      expect(job?.lastError).toContain('the API key lacks write access');
    });

    it('a failing subscriber is retried on its own, without redelivering to the others', async () => {
      const jobs = t.build();
      let okCalls = 0;
      let failing = true;
      jobs.registerSubscriber({ name: 'ok', eventTypes: '*', handle: async () => void okCalls++ });
      jobs.registerSubscriber({
        name: 'esp',
        eventTypes: '*',
        handle: async () => {
          if (failing) throw new Error('ESP down');
        },
      });
      await jobs.appendEvents(t.test.database.db, [{ type: 'order.paid', accountId: 'acc_1', payload: {} }]);
      expect(await jobs.runDueJobs()).toMatchObject({ succeeded: 1, retried: 1 });
      failing = false;
      t.clock.advance(60_000);
      expect(await jobs.runDueJobs()).toMatchObject({ succeeded: 1, retried: 0 });
      expect(okCalls).toBe(1);
    });

    it('replayDead replays only the dead jobs of the given account and kind', async () => {
      const jobs = t.build();
      jobs.registerHandler('push', async () => {
        throw new PermanentError('no');
      });
      for (const accountId of ['acc_1', 'acc_1', 'acc_2']) {
        await jobs.enqueue(t.test.database.db, { kind: 'push', payload: {}, accountId });
      }
      await jobs.runDueJobs();

      expect(await jobs.replayDead({ accountId: 'acc_1', kind: 'other' })).toBe(0);
      expect(await jobs.replayDead({ accountId: 'acc_1' })).toBe(2);
      expect(await jobs.counts({ accountId: 'acc_1' })).toMatchObject({ pending: 2, dead: 0 });
      expect(await jobs.counts({ accountId: 'acc_2' })).toMatchObject({ pending: 0, dead: 1 });
    });
  });

  describe('leases', () => {
    async function simulateDeadWorker(id: string, attempts: number) {
      await sql`update jobs set state = 'running', attempts = ${attempts}, locked_by = 'dead-worker',
        lease_until = ${'2026-04-01T09:59:59.000Z'} where id = ${id}`.execute(t.test.database.db);
    }

    it('a job whose worker died is claimed again once its lease has expired', async () => {
      const jobs = t.build();
      let ran = 0;
      jobs.registerHandler('work', async () => void ran++);
      const { id } = await jobs.enqueue(t.test.database.db, { kind: 'work', payload: {} });
      await simulateDeadWorker(id, 1);

      expect(await jobs.runDueJobs()).toMatchObject({ succeeded: 1 });
      expect(await jobs.getJob(id)).toMatchObject({ state: 'done', attempts: 2 });
      expect(ran).toBe(1);
    });

    it('a job whose worker died during its last attempt is dead-lettered, not run again', async () => {
      const jobs = t.build();
      jobs.registerHandler('work', async () => {});
      const { id } = await jobs.enqueue(t.test.database.db, { kind: 'work', payload: {} });
      await simulateDeadWorker(id, 3);

      await jobs.runDueJobs();
      const job = await jobs.getJob(id);
      expect(job).toMatchObject({ state: 'dead', attempts: 3 });
      expect(job?.lastError).toContain('lease expired');
    });

    it('a running job whose lease has not expired is left alone', async () => {
      const jobs = t.build();
      jobs.registerHandler('work', async () => {});
      const { id } = await jobs.enqueue(t.test.database.db, { kind: 'work', payload: {} });
      await sql`update jobs set state = 'running', attempts = 1, locked_by = 'alive',
        lease_until = ${'2026-04-01T10:00:30.000Z'} where id = ${id}`.execute(t.test.database.db);

      expect((await jobs.runDueJobs()).processed).toBe(0);
    });
  });
});

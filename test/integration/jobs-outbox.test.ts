import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../src/platform/jobs/index.js';
import { dialects } from '../support/databases.js';
import { useJobsTestbed } from '../support/job-fixtures.js';

describe.each(dialects)('outbox and due-dated jobs on %s', (kind) => {
  const t = useJobsTestbed(kind);

  describe('outbox', () => {
    it('an event appended in a rolled-back transaction leaves neither the event nor a delivery', async () => {
      const jobs = t.build();
      jobs.registerSubscriber({ name: 'audit', eventTypes: '*', handle: async () => {} });
      await expect(
        t.test.database.db.transaction().execute(async (trx) => {
          await jobs.appendEvents(trx, [
            { type: 'order.paid', accountId: 'acc_1', payload: { orderId: 'o1' } },
          ]);
          throw new Error('the command failed after appending');
        }),
      ).rejects.toThrow('the command failed');

      expect((await jobs.listEvents({ limit: 10 })).items).toEqual([]);
      expect((await jobs.listJobs({ limit: 10 })).items).toEqual([]);
    });

    it('a committed append stores the event, and the relay gives it one pending delivery per matching subscriber', async () => {
      const jobs = t.build();
      jobs.registerSubscriber({ name: 'audit', eventTypes: '*', handle: async () => {} });
      jobs.registerSubscriber({ name: 'loyalty', eventTypes: ['order.paid'], handle: async () => {} });
      jobs.registerSubscriber({ name: 'reviews', eventTypes: ['order.delivered'], handle: async () => {} });
      const [event] = await t.test.database.db.transaction().execute((trx) =>
        jobs.appendEvents(trx, [
          {
            type: 'order.paid',
            accountId: 'acc_1',
            channelId: 'ch_1',
            payload: { orderId: 'o1', total: 1299 },
          },
        ]),
      );

      expect(await jobs.getEvent(event!.id)).toEqual({
        id: event!.id,
        type: 'order.paid',
        accountId: 'acc_1',
        channelId: 'ch_1',
        occurredAt: '2026-04-01T10:00:00.000Z',
        payload: { orderId: 'o1', total: 1299 },
      });
      expect((await jobs.listJobs({ limit: 10 })).items).toEqual([]);
      expect(await jobs.relayEvents()).toBe(1);
      const deliveries = (await jobs.listJobs({ limit: 10 })).items;
      expect(deliveries.map((job) => job.subscriber).sort()).toEqual(['audit', 'loyalty']);
      expect(deliveries.every((job) => job.eventId === event!.id && job.state === 'pending')).toBe(true);
      expect(deliveries.every((job) => job.accountId === 'acc_1')).toBe(true);
    });

    it('relaying again, or in several workers at once, creates each batch’s delivery once (a batch larger than one relay round)', async () => {
      const jobs = t.build();
      jobs.registerSubscriber({ name: 'audit', eventTypes: '*', handle: async () => {} });
      await t.test.database.db.transaction().execute((trx) =>
        jobs.appendEvents(
          trx,
          Array.from({ length: 450 }, (_, n) => ({ type: 'order.paid', accountId: 'acc_1', payload: { n } })),
        ),
      );

      const relayed = await Promise.all([jobs.relayEvents(), jobs.relayEvents(), jobs.relayEvents()]);
      expect(relayed.reduce((sum, n) => sum + n, 0)).toBe(450);
      expect(await jobs.relayEvents()).toBe(0);
      expect((await jobs.counts()).pending).toBe(1);
    });

    it('each subscriber receives each event it listens to exactly once, one job per account’s batch', async () => {
      const jobs = t.build();
      const seen: Record<string, string[]> = { audit: [], loyalty: [] };
      const record = (name: string) => async (event: StoredEvent) => {
        seen[name]!.push(`${event.type}:${(event.payload as { n: number }).n}`);
      };
      jobs.registerSubscriber({ name: 'audit', eventTypes: '*', handle: record('audit') });
      jobs.registerSubscriber({ name: 'loyalty', eventTypes: ['order.paid'], handle: record('loyalty') });
      await t.test.database.db.transaction().execute((trx) =>
        jobs.appendEvents(trx, [
          { type: 'order.paid', accountId: 'acc_1', payload: { n: 1 } },
          { type: 'order.placed', accountId: 'acc_1', payload: { n: 2 } },
          { type: 'order.paid', accountId: 'acc_2', payload: { n: 3 } },
        ]),
      );

      expect(await jobs.runDueJobs()).toEqual({ processed: 4, succeeded: 4, retried: 0, dead: 0 });
      expect(await jobs.runDueJobs()).toEqual({ processed: 0, succeeded: 0, retried: 0, dead: 0 });
      expect(seen['audit']!.sort()).toEqual(['order.paid:1', 'order.paid:3', 'order.placed:2']);
      expect(seen['loyalty']!.sort()).toEqual(['order.paid:1', 'order.paid:3']);
      expect((await jobs.counts()).done).toBe(4);
    });

    it('lists events newest first with cursor pagination, scoped to an account', async () => {
      const jobs = t.build();
      for (let n = 0; n < 5; n++) {
        await jobs.appendEvents(t.test.database.db, [
          { type: 'review.submitted', accountId: 'acc_1', payload: { n } },
        ]);
      }
      await jobs.appendEvents(t.test.database.db, [
        { type: 'review.submitted', accountId: 'acc_2', payload: {} },
      ]);

      const first = await jobs.listEvents({ accountId: 'acc_1', limit: 3 });
      const second = await jobs.listEvents({ accountId: 'acc_1', limit: 3, cursor: first.nextCursor! });
      const ids = [...first.items, ...second.items].map((event) => event.id);
      expect(ids).toHaveLength(5);
      expect(new Set(ids).size).toBe(5);
      expect(second.nextCursor).toBeUndefined();
      expect([...ids].sort().reverse()).toEqual(ids);
      expect(await jobs.getEvent(ids[0]!, 'acc_2')).toBeUndefined();
    });
  });

  describe('due-dated jobs', () => {
    it('enqueueing twice with one dedupe key creates one job', async () => {
      const jobs = t.build();
      const first = await jobs.enqueue(t.test.database.db, {
        kind: 'invite',
        payload: { a: 1 },
        dedupeKey: 'inv:1',
      });
      const second = await jobs.enqueue(t.test.database.db, {
        kind: 'invite',
        payload: { a: 2 },
        dedupeKey: 'inv:1',
      });

      expect(first.created).toBe(true);
      expect(second).toEqual({ id: first.id, created: false });
      const stored = await jobs.listJobs({ limit: 10 });
      expect(stored.items).toHaveLength(1);
      expect(stored.items[0]!.payload).toEqual({ a: 1 });
    });

    it('a job waits until the clock reaches its run time', async () => {
      const jobs = t.build();
      const ran: unknown[] = [];
      jobs.registerHandler('invite', async (job) => {
        ran.push(job.payload);
      });
      await jobs.enqueue(t.test.database.db, {
        kind: 'invite',
        payload: { orderId: 'o1' },
        runAt: '2026-04-08T10:00:00Z',
      });

      expect((await jobs.runDueJobs()).processed).toBe(0);
      t.clock.set('2026-04-08T10:00:00.000Z');
      expect((await jobs.runDueJobs()).succeeded).toBe(1);
      expect(ran).toEqual([{ orderId: 'o1' }]);
    });

    it('cancelling by dedupe key stops the pending job and frees the key', async () => {
      const jobs = t.build();
      const first = await jobs.enqueue(t.test.database.db, {
        kind: 'invite',
        payload: {},
        dedupeKey: 'inv:2',
      });

      expect(await jobs.cancelByDedupeKey(t.test.database.db, 'inv:2')).toBe(true);
      expect(await jobs.cancelByDedupeKey(t.test.database.db, 'inv:2')).toBe(false);
      expect((await jobs.getJob(first.id))?.state).toBe('cancelled');
      expect((await jobs.runDueJobs()).processed).toBe(0);
      expect(
        (await jobs.enqueue(t.test.database.db, { kind: 'invite', payload: {}, dedupeKey: 'inv:2' })).created,
      ).toBe(true);
    });

    it('an enqueue inside a rolled-back transaction leaves no job', async () => {
      const jobs = t.build();
      await expect(
        t.test.database.db.transaction().execute(async (trx) => {
          await jobs.enqueue(trx, { kind: 'invite', payload: {}, dedupeKey: 'inv:3' });
          throw new Error('rollback');
        }),
      ).rejects.toThrow('rollback');
      expect((await jobs.counts()).pending).toBe(0);
    });
  });
});

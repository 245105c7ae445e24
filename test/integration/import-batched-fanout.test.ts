import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrderEvent } from '../../src/commerce/index.js';
import type { StoredEvent } from '../../src/platform/jobs/index.js';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';
import { dialects } from '../support/databases.js';

const HEADER =
  'external_id,number,email,first_name,last_name,currency,total,placed_at,paid_at,refunded_amount,sku,title,quantity,unit_price';

/**
 * `count` one-line orders of seven people, each person's orders spread over the file; every
 * other order paid (two events), and `refundTooLarge` orders refunding more than their total
 * (refused by commerce when the refund is recorded, after the order itself was written).
 */
function ordersCsv(prefix: string, count: number, refundTooLarge: ReadonlySet<number> = new Set()): string {
  const lines = [HEADER];
  for (let n = 0; n < count; n++) {
    const email = `person${n % 7}-${prefix}@example.pl`;
    const minute = String(n % 60).padStart(2, '0');
    const paid = n % 2 === 0 ? `2024-05-01T10:${minute}:30Z` : '';
    const refunded = refundTooLarge.has(n) ? '99.00' : '';
    lines.push(
      `${prefix}-${n},${n},${email},Ola,Nowak,PLN,10.00,2024-05-01T10:${minute}:00Z,${paid},${refunded},SKU-1,Świeca,1,10.00`,
    );
  }
  return `${lines.join('\n')}\n`;
}

describe.each(dialects)('orders CSV import fans out per batch on %s', (kind) => {
  let app: TestApp;
  let seen: StoredEvent[];

  beforeAll(async () => {
    app = await createTestApp(kind);
    seen = [];
    // A subscriber listening to everything: what every other subscriber is given, it is given.
    app.trustloop.jobs.registerSubscriber({
      name: 'test.recorder',
      eventTypes: '*',
      handle: async (event) => void seen.push(event),
    });
  });
  afterAll(() => app.close());

  const jobsTable = () =>
    app.trustloop.database.db as Kysely<{
      jobs: { id: string; account_id: string | null; subscriber: string | null; kind: string };
    }>;

  async function importOrders(tenant: Tenant, csv: string, batchSize: number) {
    const path = join(app.trustloop.config.env.dataDir, `orders-${tenant.accountId}-${Date.now()}.csv`);
    await writeFile(path, csv);
    const { record } = await app.trustloop.commerce.imports.prepare({
      accountId: tenant.accountId,
      channelId: tenant.channelId,
      type: 'orders',
      path,
      read: { format: 'generic', encoding: 'auto', delimiter: 'auto', decimalComma: false },
    });
    return app.trustloop.commerce.imports.run(record.id, { batchSize });
  }

  async function deliveriesBySubscriber(accountId: string): Promise<Map<string, number>> {
    const rows = await jobsTable()
      .selectFrom('jobs')
      .select(['subscriber'])
      .where('account_id', '=', accountId)
      .where('kind', 'like', 'deliver:%')
      .execute();
    const counts = new Map<string, number>();
    for (const { subscriber } of rows) counts.set(subscriber!, (counts.get(subscriber!) ?? 0) + 1);
    return counts;
  }

  async function drain() {
    for (let round = 0; round < 30; round++) {
      const summary = await app.trustloop.jobs.runDueJobs();
      if (summary.processed === 0) return;
    }
    throw new Error('jobs did not drain in 30 rounds');
  }

  async function eventsOf(accountId: string): Promise<StoredEvent[]> {
    const all: StoredEvent[] = [];
    let cursor: string | undefined;
    do {
      const page = await app.trustloop.jobs.listEvents({
        accountId,
        limit: 500,
        ...(cursor ? { cursor } : {}),
      });
      all.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return all.reverse();
  }

  it('gives each subscriber one delivery job per batch of orders, not one per order', async () => {
    const shop = await createTenant(app);
    const done = await importOrders(shop, ordersCsv('F', 240), 50);
    expect(done).toMatchObject({ status: 'finished', imported: 240, rejected: 0 });
    const events = await eventsOf(shop.accountId);
    expect(events.filter((e) => e.type === 'order.placed')).toHaveLength(240);
    expect(events.filter((e) => e.type === 'order.paid')).toHaveLength(120);

    await app.trustloop.jobs.relayEvents();
    const perSubscriber = await deliveriesBySubscriber(shop.accountId);
    // At most one per batch (the relay may join whole batches it finds together).
    for (const [subscriber, jobs] of perSubscriber)
      expect(jobs, subscriber).toBeLessThanOrEqual(Math.ceil(240 / 50));
    expect(perSubscriber.get('test.recorder')).toBeGreaterThan(0);
  });

  it('delivers every event of the import once and in the order appended, so each person’s in order', async () => {
    const shop = await createTenant(app);
    await importOrders(shop, ordersCsv('G', 130), 40);
    await drain();
    const appended = await eventsOf(shop.accountId);
    const delivered = seen.filter((event) => event.accountId === shop.accountId);
    expect(delivered.map((e) => e.id)).toEqual(appended.map((e) => e.id));
    const placedOf = (email: string) =>
      delivered
        .filter((e) => e.type === 'order.placed' && (e.payload as OrderEvent).order.customer.email === email)
        .map((e) => Number((e.payload as OrderEvent).order.externalId.split('-')[1]));
    const person = placedOf('person3-g@example.pl');
    expect(person.length).toBeGreaterThan(10);
    expect(person).toEqual([...person].sort((a, b) => a - b));
  });

  it('rolls back a refused order alone: the rest of its batch is stored and announced', async () => {
    const shop = await createTenant(app);
    const done = await importOrders(shop, ordersCsv('H', 30, new Set([4, 17])), 100);
    expect(done).toMatchObject({ imported: 28, rejected: 2 });
    const placed = (await eventsOf(shop.accountId))
      .filter((e) => e.type === 'order.placed')
      .map((e) => (e.payload as OrderEvent).order.externalId);
    expect(placed).toHaveLength(28);
    expect(placed).not.toContain('H-4');
    expect(placed).not.toContain('H-17');
    const refused = await app.trustloop.commerce.findOrder(shop.channelId, {
      source: 'import',
      externalId: 'H-4',
    });
    expect(refused).toBeUndefined();
  });

  it('changes nothing when the file is imported again: no new event, no new job', async () => {
    const shop = await createTenant(app);
    const csv = ordersCsv('K', 60);
    await importOrders(shop, csv, 25);
    await app.trustloop.jobs.relayEvents();
    const eventsBefore = (await eventsOf(shop.accountId)).map((e) => e.id);
    const jobsBefore = await deliveriesBySubscriber(shop.accountId);

    const again = await importOrders(shop, csv, 25);
    expect(again).toMatchObject({ runs: 2, imported: 0, unchanged: 60, rejected: 0 });
    await app.trustloop.jobs.relayEvents();
    expect((await eventsOf(shop.accountId)).map((e) => e.id)).toEqual(eventsBefore);
    expect(await deliveriesBySubscriber(shop.accountId)).toEqual(jobsBefore);
  });
});

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';
import { dialects } from '../support/databases.js';
import { TEST_SEED } from '../support/seeded-random.js';

/**
 * The import's bulk path (one lookup per batch, multi-row inserts) against its one-by-one path
 * (each row through upsertCustomer / recordOrder in a savepoint): random files of new, repeated,
 * changed, refused and duplicated rows, imported in the same order into two channels, one
 * through each path, leave the same tables, the same events in the same order and the same
 * import reports.
 */

const CUSTOMERS_HEADER = 'email,first_name,last_name,accepts_marketing,external_id,tags,registered_at';
const ORDERS_HEADER =
  'external_id,number,email,first_name,last_name,currency,total,placed_at,paid_at,refunded_amount,sku,title,quantity,unit_price';

// Few people, ids and names, so rows repeat, change, collide and clash within and across batches.
const email = fc.constantFrom(
  'p1@example.pl',
  'p2@example.pl',
  'P2@Example.pl',
  'p3@example.pl',
  'not-an-email',
);
const firstName = fc.constantFrom('Ala', 'Ola', '');
const customerRow = fc
  .record({
    email,
    firstName,
    lastName: fc.constantFrom('Kot', 'Nowak'),
    marketing: fc.constantFrom('', 'yes', 'no', 'maybe'),
    externalId: fc.constantFrom('', 'C-1', 'C-2'),
    tags: fc.constantFrom('', 'vip', '"vip,new"'),
    registeredAt: fc.constantFrom('', '2024-01-01T10:00:00Z', '2024-03-01T10:00:00Z'),
  })
  .map((r) =>
    [r.email, r.firstName, r.lastName, r.marketing, r.externalId, r.tags, r.registeredAt].join(','),
  );

const orderUnit = fc
  .record({
    id: fc.constantFrom('O-1', 'O-2', 'O-3', 'O-4'),
    email: fc.constantFrom('p1@example.pl', 'p2@example.pl', 'p4@example.pl', '', 'bad@'),
    firstName,
    placedAt: fc.constantFrom('2024-05-01T10:00:00Z', '2024-05-02T10:00:00Z'),
    paidAt: fc.constantFrom('', '2024-05-03T10:00:00Z'),
    refunded: fc.constantFrom('', '', '', '5.00', '99.00'),
    quantities: fc.array(fc.constantFrom('1', '2', 'x'), { minLength: 1, maxLength: 2 }),
  })
  .map((o) =>
    o.quantities.map((quantity, line) =>
      [
        o.id,
        o.id.slice(2),
        o.email,
        o.firstName,
        'Nowak',
        'PLN',
        '20.00',
        o.placedAt,
        o.paidAt,
        o.refunded,
        `SKU-${line}`,
        'Świeca',
        quantity,
        '10.00',
      ].join(','),
    ),
  );

const file = fc.oneof(
  fc.record({
    type: fc.constant('customers' as const),
    lines: fc.array(customerRow, { minLength: 1, maxLength: 14 }),
    batchSize: fc.integer({ min: 1, max: 6 }),
  }),
  fc.record({
    type: fc.constant('orders' as const),
    lines: fc.array(orderUnit, { minLength: 1, maxLength: 10 }).map((units) => units.flat()),
    batchSize: fc.integer({ min: 1, max: 6 }),
  }),
);

type Row = Record<string, unknown>;
type Db = Kysely<Record<string, Row>>;

describe.each(dialects)('the bulk import path on %s', (kind) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp(kind);
  });
  afterAll(() => app.close());

  const db = () => app.trustloop.database.db as unknown as Db;

  async function importFile(
    tenant: Tenant,
    f: { type: 'customers' | 'orders'; lines: string[]; batchSize: number },
    bulk: boolean,
    n: number,
  ) {
    const header = f.type === 'customers' ? CUSTOMERS_HEADER : ORDERS_HEADER;
    const path = join(app.trustloop.config.env.dataDir, `${tenant.channelId}-${n}.csv`);
    await writeFile(path, `${[header, ...f.lines].join('\n')}\n`);
    const { record } = await app.trustloop.commerce.imports.prepare({
      accountId: tenant.accountId,
      channelId: tenant.channelId,
      type: f.type,
      path,
      read: { format: 'generic', encoding: 'auto', delimiter: 'auto', decimalComma: false },
    });
    const done = await app.trustloop.commerce.imports.run(record.id, { batchSize: f.batchSize, bulk });
    const rejections = await db()
      .selectFrom('import_rejections')
      .select(['line', 'code', 'reason'])
      .where('import_id', '=', record.id)
      .orderBy('line')
      .execute();
    const { status, imported, unchanged, rejected } = done;
    return { status, imported, unchanged, rejected, rejections };
  }

  /** Everything the channel holds, with generated ids replaced by what they stand for. */
  async function stateOf(tenant: Tenant) {
    const customers = await db()
      .selectFrom('customers')
      .selectAll()
      .where('channel_id', '=', tenant.channelId)
      .orderBy('email')
      .execute();
    const orders = await db()
      .selectFrom('orders')
      .selectAll()
      .where('channel_id', '=', tenant.channelId)
      .orderBy('external_id')
      .execute();
    const names = new Map<string, string>([
      [tenant.accountId, 'account'],
      [tenant.channelId, 'channel'],
    ]);
    for (const c of customers) names.set(c['id'] as string, `customer ${c['email']}`);
    for (const o of orders) names.set(o['id'] as string, `order ${o['external_id']}`);
    const orderIds = orders.map((o) => o['id'] as string);
    const refunds = orderIds.length
      ? await db().selectFrom('order_refunds').selectAll().where('order_id', 'in', orderIds).execute()
      : [];
    for (const r of refunds) names.set(r['id'] as string, `refund ${r['external_id']}`);
    const externalIds = await db()
      .selectFrom('customer_external_ids')
      .selectAll()
      .where('channel_id', '=', tenant.channelId)
      .execute();
    const history = await db()
      .selectFrom('consent_history')
      .selectAll()
      .where('channel_id', '=', tenant.channelId)
      .orderBy('seq')
      .execute();
    const events = await db()
      .selectFrom('events')
      .selectAll()
      .where('account_id', '=', tenant.accountId)
      .where('type', 'not like', 'account.%')
      .where('type', 'not like', 'channel.%')
      .orderBy('id')
      .execute();
    for (const [i, e] of events.entries()) names.set(e['id'] as string, `event ${i}`);
    // A batch is named by the first event its transaction appended, which may be a refused row's.
    const batches = new Map<string, string>();
    for (const e of events)
      if (!batches.has(e['batch_id'] as string))
        batches.set(e['batch_id'] as string, `batch ${batches.size}`);
    const named = (value: unknown): unknown =>
      JSON.parse(JSON.stringify(value), (_key, v) => (typeof v === 'string' ? (names.get(v) ?? v) : v));
    const without = (row: Row, ...columns: string[]) =>
      Object.fromEntries(Object.entries(row).filter(([column]) => !columns.includes(column)));
    const historyByPerson: Record<string, Row[]> = {};
    for (const h of history) {
      const person = names.get(h['customer_id'] as string) ?? '?';
      historyByPerson[person] = [...(historyByPerson[person] ?? []), without(h, 'seq', 'id')];
    }
    return named({
      customers: customers.map((c) => without(c, 'id')),
      externalIds: externalIds
        .map((x) => without(x, 'created_at'))
        .sort((a, b) =>
          `${a['platform']}|${a['external_id']}`.localeCompare(`${b['platform']}|${b['external_id']}`),
        ),
      // Each person's consent history in its order (rows of different people may interleave differently).
      history: historyByPerson,
      orders: orders.map((o) => without(o, 'id')),
      refunds: refunds
        .map((r) => without(r, 'id'))
        .sort((a, b) => String(a['external_id']).localeCompare(String(b['external_id']))),
      events: events.map((e) => ({
        ...without(e, 'id', 'relayed_at'),
        batch_id: batches.get(e['batch_id'] as string),
        payload: JSON.parse(e['payload'] as string),
      })),
    });
  }

  it('leaves the same rows, events and reports as writing every row one by one', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(file, { minLength: 1, maxLength: 3 }), async (files) => {
        const bulk = await createTenant(app);
        const oneByOne = await createTenant(app);
        for (const [n, f] of files.entries()) {
          const viaBulk = await importFile(bulk, f, true, n);
          const viaUnits = await importFile(oneByOne, f, false, n);
          expect(viaBulk).toEqual(viaUnits);
        }
        expect(await stateOf(bulk)).toEqual(await stateOf(oneByOne));
      }),
      { seed: TEST_SEED, numRuns: kind === 'sqlite' ? 40 : 15 },
    );
  }, 600_000);
});

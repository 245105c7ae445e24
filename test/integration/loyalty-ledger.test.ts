import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/platform/clock.js';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';
import { dialects } from '../support/databases.js';
import {
  adjust,
  anOrder,
  createReward,
  deliver,
  loyaltyBase,
  orderEvent,
  refundEvent,
  setUpProgram,
  shopperToken,
} from '../support/loyalty-fixtures.js';

/**
 * The persisted ledger under random sequences of real causes — orders paid, cancelled and
 * refunded (each delivered once or twice), redemptions, manual adjustments and nightly expiry —
 * keeps its invariants: balance = sum(ledger) = lots, no lot below zero or consumed twice, and
 * no idempotency key booked twice.
 */
type Step =
  | { kind: 'order'; amount: number; deliveries: number }
  | { kind: 'cancel'; pick: number; deliveries: number }
  | { kind: 'refund'; pick: number; share: number; deliveries: number }
  | { kind: 'redeem' }
  | { kind: 'adjust'; points: number }
  | { kind: 'night'; days: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('order' as const),
    amount: fc.integer({ min: 100, max: 30_000 }),
    deliveries: fc.integer({ min: 1, max: 2 }),
  }),
  fc.record({
    kind: fc.constant('cancel' as const),
    pick: fc.nat(),
    deliveries: fc.integer({ min: 1, max: 2 }),
  }),
  fc.record({
    kind: fc.constant('refund' as const),
    pick: fc.nat(),
    share: fc.integer({ min: 1, max: 100 }),
    deliveries: fc.integer({ min: 1, max: 2 }),
  }),
  fc.constant({ kind: 'redeem' as const }),
  fc.record({
    kind: fc.constant('adjust' as const),
    points: fc.integer({ min: -300, max: 300 }).filter((n) => n !== 0),
  }),
  fc.record({ kind: fc.constant('night' as const), days: fc.integer({ min: 1, max: 60 }) }),
);

describe.each(dialects)('ledger invariants under random causes on %s', (kind) => {
  let app: TestApp;
  let clock: ManualClock;

  beforeAll(async () => {
    clock = new ManualClock('2026-01-01T10:00:00Z');
    app = await createTestApp(kind, { clock });
  });
  afterAll(() => app.close());

  async function check(tenant: Tenant, email: string) {
    const db = app.trustloop.database.db;
    const { rows } = await sql<{
      balance: number;
      ledger: number;
      lots: number;
      negative_lots: number;
      keys: number;
      distinct_keys: number;
    }>`
      select m.balance,
        (select coalesce(sum(points), 0) from loyalty_ledger where member_id = m.id) as ledger,
        (select coalesce(sum(remaining), 0) from loyalty_lots where member_id = m.id) as lots,
        (select count(*) from loyalty_lots where member_id = m.id and (remaining < 0 or remaining > points)) as negative_lots,
        (select count(*) from loyalty_ledger where member_id = m.id) as keys,
        (select count(distinct idempotency_key) from loyalty_ledger where member_id = m.id) as distinct_keys
      from loyalty_members m where m.channel_id = ${tenant.channelId} and m.email = ${email}`.execute(db);
    const row = rows[0];
    if (!row) return;
    const n = (value: unknown) => Number(value);
    expect(n(row.balance)).toBe(n(row.ledger));
    expect(n(row.lots)).toBe(Math.max(0, n(row.balance)));
    expect(n(row.negative_lots)).toBe(0);
    expect(n(row.keys)).toBe(n(row.distinct_keys));
  }

  it.each(['cap', 'allow_negative'] as const)(
    'holds under the %s policy',
    async (policy) => {
      await fc.assert(
        fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (steps) => {
          const tenant = await createTenant(app);
          await setUpProgram(app, tenant, {
            negativeBalance: policy,
            expiry: { mode: 'fixed', months: 1, noticeDays: 5 },
          });
          const { rewardId } = await createReward(app, tenant, {
            name: 'R',
            kind: 'free_shipping',
            pointsCost: 70,
          });
          const email = `prop-${tenant.channelId}@example.com`;
          const orders: ReturnType<typeof anOrder>[] = [];
          let memberId: string | undefined;
          for (const item of steps) {
            if (item.kind === 'order') {
              const order = anOrder(tenant, {
                email,
                subtotal: item.amount,
                total: item.amount,
                shippingTotal: 0,
              });
              orders.push(order);
              await deliver(
                app,
                tenant,
                Array.from({ length: item.deliveries }, () => orderEvent('paid', order)),
              );
            } else if (item.kind === 'cancel' && orders.length > 0) {
              const order = orders[item.pick % orders.length]!;
              await deliver(
                app,
                tenant,
                Array.from({ length: item.deliveries }, () => orderEvent('cancelled', order)),
              );
            } else if (item.kind === 'refund' && orders.length > 0) {
              const order = orders[item.pick % orders.length]!;
              const amount = Math.max(
                1,
                Math.floor((order.total - order.refundedTotal) * (item.share / 100)),
              );
              if (order.refundedTotal >= order.total) continue;
              const event = refundEvent(order, amount, order.refundedTotal + amount >= order.total);
              order.refundedTotal += amount;
              await deliver(
                app,
                tenant,
                Array.from({ length: item.deliveries }, () => event),
              );
            } else if (item.kind === 'redeem') {
              const token = await shopperToken(app, tenant, email);
              const response = await app.inject({
                method: 'POST',
                url: `/public/v1/channels/${tenant.publicId}/hub/redeem`,
                headers: { authorization: `Shopper ${token}` },
                payload: { rewardId },
              });
              expect([201, 403, 422]).toContain(response.statusCode);
            } else if (item.kind === 'adjust') {
              memberId ??= (
                await app.inject({
                  method: 'GET',
                  url: `${loyaltyBase(tenant)}/members?email=${email}`,
                  headers: tenant.auth,
                })
              ).json().data[0]?.memberId;
              if (memberId) expect((await adjust(app, tenant, memberId, item.points)).statusCode).toBe(201);
            } else if (item.kind === 'night') {
              clock.advance(item.days * 86_400_000);
              await app.trustloop.jobs.runDueJobs();
            }
            await check(tenant, email);
          }
        }),
        { numRuns: 6 },
      );
    },
    120_000,
  );
});

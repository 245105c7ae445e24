import { sql } from 'kysely';
import type { MemberSnapshot, PointsChanged } from '../../src/loyalty/index.js';
import type { ManualClock } from '../../src/platform/clock.js';
import type { DomainEvent, NewEvent, RunSummary } from '../../src/platform/jobs/index.js';
import type { Tenant, TestApp } from '../support/app.js';

/** A member as loyalty snapshots it after a change. */
export function member(email: string, overrides: Partial<MemberSnapshot> = {}): MemberSnapshot {
  return {
    memberId: `mem_${email}`,
    channelId: 'ch_placeholder',
    email,
    customerId: null,
    state: 'member',
    balance: 120,
    pin: '4711',
    referralCode: 'JANA42',
    referralUrl: 'https://shop.example.com/?ref=JANA42',
    tier: { tierId: 'tier_gold', name: 'Gold', iconUrl: null },
    nextExpiry: { points: 40, date: '2027-01-31', expiresAt: '2027-01-31T22:59:59.000Z' },
    lastActivityAt: '2026-11-23T10:00:00.000Z',
    ...overrides,
  };
}

export function pointsCredited(email: string, points = 50, balance = 120): PointsChanged {
  return {
    member: member(email, { balance }),
    entry: {
      entryId: `le_${email}_${points}`,
      kind: 'credit',
      cause: 'order',
      points,
      balanceAfter: balance,
      idempotencyKey: `order:${email}:earn`,
      reference: 'ord_1',
      reason: null,
      actor: null,
      uncollected: 0,
      createdAt: '2026-11-23T10:00:00.000Z',
    },
  };
}

/** Appends a domain event as a domain command would (its own transaction). */
export async function appendEvent(
  app: TestApp,
  tenant: Tenant,
  type: string,
  payload: unknown,
): Promise<DomainEvent> {
  const { jobs, database } = app.trustloop;
  const [event] = await jobs.appendEvents(database.db, [
    { type, accountId: tenant.accountId, channelId: tenant.channelId, payload } as NewEvent,
  ]);
  return event!;
}

/** Runs due jobs until none is left due now (deliveries enqueue further deliveries). */
export async function drainJobs(app: TestApp): Promise<RunSummary> {
  const total: RunSummary = { processed: 0, succeeded: 0, retried: 0, dead: 0 };
  for (let round = 0; round < 20; round++) {
    const summary = await app.trustloop.jobs.runDueJobs();
    for (const key of Object.keys(total) as Array<keyof RunSummary>) total[key] += summary[key];
    if (summary.processed === 0) return total;
  }
  throw new Error('jobs kept becoming due after 20 rounds');
}

export function advance(app: TestApp, ms: number): void {
  (app.clock as ManualClock).advance(ms);
}

/** One scheduled minute of shop pulls: the tick enqueues each due connection's pull, the worker runs it. */
export async function shopPullMinutePasses(app: TestApp): Promise<void> {
  advance(app, 60_000);
  await app.trustloop.jobs.enqueue(app.trustloop.database.db, {
    kind: 'commerce.shop-pull.tick',
    payload: {},
  });
  await drainJobs(app);
}

/** The delivery jobs of a connection in a state, via the admin door. */
export async function deliveryJobs(app: TestApp, tenant: Tenant, state: 'pending' | 'dead' | 'done') {
  const page = await app.trustloop.jobs.listJobs({
    accountId: tenant.accountId,
    kind: 'connectors.deliver',
    state,
    limit: 100,
  });
  return page.items;
}

/**
 * Trustloop's database refusing to record webhook deliveries (as when it is briefly unavailable):
 * a trigger fails every insert into `inbound_deliveries`, so a delivery's transaction fails and
 * the webhook is answered 5xx. `false` drops the trigger again.
 */
export async function databaseRefusesDeliveries(app: TestApp, refuses: boolean): Promise<void> {
  const { db, kind } = app.trustloop.database;
  const statements =
    kind === 'sqlite'
      ? refuses
        ? [
            `create trigger tl_test_refuse before insert on inbound_deliveries
             begin select raise(abort, 'the database is unavailable (test)'); end`,
          ]
        : ['drop trigger if exists tl_test_refuse']
      : refuses
        ? [
            `create or replace function tl_test_refuse() returns trigger language plpgsql as
             $$ begin raise exception 'the database is unavailable (test)'; end $$`,
            `create trigger tl_test_refuse before insert on inbound_deliveries
             for each row execute function tl_test_refuse()`,
          ]
        : ['drop trigger if exists tl_test_refuse on inbound_deliveries'];
  for (const statement of statements) await sql.raw(statement).execute(db);
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clock } from '../../src/platform/clock.js';
import { drainJobs } from '../contract/contract-fixtures.js';
import { type SalesmanagoFake, startSalesmanagoFake } from '../fakes/salesmanago/salesmanago.fake.js';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';
import { dialects } from '../support/databases.js';
import { connectSalesmanago } from '../support/salesmanago-connection.js';

/**
 * Time that passes as the code reads it (one millisecond per read), as on a real server: the
 * consent's time (taken when the request arrives) is always a little older than the
 * `customer.upserted` event appended after the customer is written.
 */
class PassingClock implements Clock {
  #ms = Date.parse('2026-12-01T12:00:00.000Z');
  now(): Date {
    this.#ms += 1;
    return new Date(this.#ms);
  }
}

const SUBSCRIBED = 1_000;
/** Requests in flight at once: what a shop's burst of sign-ups looks like. */
const IN_FLIGHT = 50;

describe.each(dialects)('consent in the profile copy that exports read, on %s', (kind) => {
  let app: TestApp;
  const fakes: SalesmanagoFake[] = [];

  beforeAll(async () => {
    // Many fan-outs in flight at once, so both events of one customer often run side by side.
    app = await createTestApp(kind, { clock: new PassingClock(), env: { JOBS_CONCURRENCY: '10' } });
  });
  afterAll(async () => {
    await Promise.all(fakes.map((fake) => fake.close()));
    await app.close();
  });

  async function createAll(tenant: Tenant, bodies: Array<Record<string, unknown>>) {
    for (let start = 0; start < bodies.length; start += IN_FLIGHT) {
      const responses = await Promise.all(
        bodies.slice(start, start + IN_FLIGHT).map((payload) =>
          app.inject({
            method: 'POST',
            url: `/api/v1/channels/${tenant.channelId}/customers`,
            headers: tenant.auth,
            payload,
          }),
        ),
      );
      for (const response of responses) expect(response.statusCode, response.body).toBe(201);
    }
  }

  async function runExport(tenant: Tenant, connectionId: string, payload: Record<string, unknown>) {
    const started = await app.inject({
      method: 'POST',
      url: `/api/v1/connections/${connectionId}/exports`,
      headers: tenant.auth,
      payload,
    });
    expect(started.statusCode, started.body).toBe(202);
    await drainJobs(app);
    const run = await app.inject({
      method: 'GET',
      url: `/api/v1/connections/${connectionId}/exports/${(started.json() as { id: string }).id}`,
      headers: tenant.auth,
    });
    expect(run.json()).toMatchObject({ status: 'complete' });
  }

  it('exports every customer created subscribed as opted in, and an opt-in-only export sends exactly them', async () => {
    const tenant = await createTenant(app);
    const subscribed = Array.from(
      { length: SUBSCRIBED },
      (_, n) => `in-${String(n).padStart(4, '0')}@example.com`,
    );
    const others = ['out-1@example.com', 'out-2@example.com', 'unknown-1@example.com'];
    await createAll(tenant, [
      ...subscribed.map((email) => ({ email, firstName: 'Ala', consent: { status: 'subscribed' } })),
      { email: others[0], consent: { status: 'unsubscribed' } },
      { email: others[1], consent: { status: 'unsubscribed' } },
      { email: others[2], firstName: 'Ola' },
    ]);
    await drainJobs(app);

    const fake = await startSalesmanagoFake();
    fakes.push(fake);
    const created = await connectSalesmanago(app, tenant, fake);
    expect(created.statusCode, created.body).toBe(201);
    const connectionId = (created.json() as { id: string }).id;

    await runExport(tenant, connectionId, { consent: 'subscribed' });
    expect([...fake.contacts.keys()].sort()).toEqual(subscribed);
    const notOptedIn = subscribed.filter((email) => fake.contacts.get(email)?.emailOptIn !== 'opt-in');
    expect(notOptedIn).toEqual([]);

    await runExport(tenant, connectionId, { consent: 'all' });
    expect([...fake.contacts.keys()].sort()).toEqual([...subscribed, ...others].sort());
    const lost = subscribed.filter((email) => fake.contacts.get(email)?.emailOptIn !== 'opt-in');
    expect(lost).toEqual([]);
    expect(fake.contacts.get(others[0]!)?.emailOptIn).toBe('opt-out');
  }, 240_000);
});

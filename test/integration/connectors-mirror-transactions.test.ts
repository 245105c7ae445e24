import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FANOUT_SUBSCRIBER } from '../../src/connectors/connectors.dispatch.js';
import { drainJobs } from '../contract/contract-fixtures.js';
import { createTenant, createTestApp, type TestApp } from '../support/app.js';
import { postgresAvailable } from '../support/databases.js';
import { importCustomersCsv } from '../support/import-fixtures.js';

// The fan-out writes the profile mirror a group of events at a time, in one transaction, on
// PostgreSQL as on SQLite: a transaction per event cost two round trips and a commit more per
// event. Rows PostgreSQL wrote in one transaction share their `xmin`.
describe.skipIf(!postgresAvailable())('the profile mirror on postgres', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp('postgres');
  });
  afterAll(() => app.close());

  it("writes a batch's profiles in one transaction per group of events", async () => {
    const tenant = await createTenant(app);
    await importCustomersCsv(app.trustloop, tenant, 30);
    await app.trustloop.jobs.relayEvents();
    await drainJobs(app);

    const db = app.trustloop.database.db;
    const { rows } = await sql<{ profiles: number; transactions: number }>`
      select count(*)::int as profiles, count(distinct xmin::text)::int as transactions
      from connector_profiles where channel_id = ${tenant.channelId}`.execute(db);
    expect(rows[0]).toEqual({ profiles: 30, transactions: 1 });
    const deliveries = await sql<{ n: number }>`
      select count(*)::int as n from jobs where subscriber = ${FANOUT_SUBSCRIBER} and state = 'done'`.execute(
      db,
    );
    expect(deliveries.rows[0]!.n).toBe(1);
  });
});

import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/platform/clock.js';
import { drainJobs } from '../contract/contract-fixtures.js';
import { type EcomailFake, startEcomailFake } from '../fakes/ecomail/ecomail.fake.js';
import { type KlaviyoFake, startKlaviyoFake } from '../fakes/klaviyo/klaviyo.fake.js';
import { startSalesmanagoFake } from '../fakes/salesmanago/salesmanago.fake.js';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';
import { dialects } from '../support/databases.js';
import {
  type ExportBody,
  exportState as exportStateOf,
  startExport as startExportRequest,
} from '../support/export-requests.js';
import { importCustomersCsv, importPaidOrdersCsv } from '../support/import-fixtures.js';

const CUSTOMERS = 120;
/** Connections that receive no live profile pushes: whatever reaches the fake came from the export. */
const NO_LIVE_PROFILES = { eventTypes: ['review.submitted'] };

/**
 * Issue 12, "exports see the truth": an export started right after an import covers every
 * customer the import committed, though the background fan-out that fills the profile copy
 * has not run; and one export per connection runs at a time, resumed rather than doubled.
 */
describe.each(dialects)('exports after an import, on %s', (kind) => {
  let app: TestApp;
  let clock: ManualClock;
  let klaviyo: KlaviyoFake;
  let ecomail: EcomailFake;

  beforeAll(async () => {
    clock = new ManualClock(new Date());
    // One job at a time, oldest due first: the export runs before any fan-out of the import.
    app = await createTestApp(kind, { clock, env: { JOBS_CONCURRENCY: '1' } });
    [klaviyo, ecomail] = await Promise.all([startKlaviyoFake({ rateLimits: false }), startEcomailFake()]);
  });
  afterAll(async () => {
    await Promise.all([klaviyo.close(), ecomail.close()]);
    await app.close();
  });

  const importCustomers = (tenant: Tenant, count: number) => importCustomersCsv(app.trustloop, tenant, count);

  async function connect(tenant: Tenant, connectorId: string, settings: Record<string, unknown>) {
    const created = await app.inject({
      method: 'POST',
      url: '/api/v1/connections',
      headers: tenant.auth,
      payload: { channelId: tenant.channelId, connectorId, settings, ...NO_LIVE_PROFILES },
    });
    expect(created.statusCode, created.body).toBe(201);
    return created.json<{ id: string }>().id;
  }

  const startExport = (tenant: Tenant, connectionId: string, choices: Record<string, unknown> = {}) =>
    startExportRequest(app, tenant, connectionId, choices);
  const exportState = (tenant: Tenant, connectionId: string, exportId: string) =>
    exportStateOf(app, tenant, connectionId, exportId);

  /** Profiles in the copy the fan-out keeps (what exports streamed before issue 12). */
  async function mirrored(tenant: Tenant): Promise<number> {
    const { rows } = await sql<{
      n: number;
    }>`select count(*) as n from connector_profiles where channel_id = ${tenant.channelId}`.execute(
      app.trustloop.database.db,
    );
    return Number(rows[0]!.n);
  }

  /** Starts the export with the import's fan-out still waiting, then runs the jobs, export first. */
  async function exportRightAfterImport(tenant: Tenant, connectionId: string): Promise<ExportBody> {
    expect(await mirrored(tenant)).toBe(0);
    const started = await startExport(tenant, connectionId);
    expect(started.statusCode, started.body).toBe(202);
    expect(started.json()).toMatchObject({ phase: 'catching_up', status: 'running', resumed: false });
    clock.advance(1_000); // the fan-out jobs the next run creates are due after the export
    await drainJobs(app);
    return exportState(tenant, connectionId, started.json<ExportBody>().id);
  }

  it('sends every customer a CSV import committed to Klaviyo, though none had been processed in the background yet', async () => {
    const tenant = await createTenant(app);
    const connectionId = await connect(tenant, 'klaviyo', {
      publicKey: klaviyo.publicKey,
      privateKey: klaviyo.privateKey,
      baseUrl: klaviyo.url,
    });
    const before = klaviyo.state.profiles.size;
    const emails = await importCustomers(tenant, CUSTOMERS);

    const run = await exportRightAfterImport(tenant, connectionId);

    expect(run).toMatchObject({
      status: 'complete',
      phase: 'contacts',
      total: CUSTOMERS,
      submitted: CUSTOMERS,
      completed: CUSTOMERS,
      failed: 0,
      caughtUp: CUSTOMERS,
    });
    expect(klaviyo.state.profiles.size - before).toBe(CUSTOMERS);
    for (const email of emails) expect(klaviyo.state.profileByEmail(email), email).toBeDefined();
    const rowsSent = [...klaviyo.state.importJobs.values()].reduce(
      (sum, job) => sum + job.profiles.length,
      0,
    );
    expect(rowsSent).toBe(CUSTOMERS);
  });

  it('sends every customer a CSV import committed to Ecomail, with the consent the import gave', async () => {
    const tenant = await createTenant(app);
    const connectionId = await connect(tenant, 'ecomail', {
      apiKey: ecomail.apiKey,
      listId: '1',
      baseUrl: ecomail.url,
    });
    const emails = await importCustomers(tenant, CUSTOMERS);

    const run = await exportRightAfterImport(tenant, connectionId);

    expect(run).toMatchObject({
      status: 'complete',
      total: CUSTOMERS,
      completed: CUSTOMERS,
      caughtUp: CUSTOMERS,
    });
    for (const email of emails) expect(ecomail.subscriber(1, email), email).toBeDefined();
    // accepts_marketing "yes" on even rows: those are subscribed (status 1) in Ecomail.
    expect(ecomail.subscriber(1, emails[0]!)?.status).toBe(1);
  });

  it('sends the paid orders a CSV import committed a moment before, though none had been processed in the background yet', async () => {
    const tenant = await createTenant(app);
    const salesmanago = await startSalesmanagoFake();
    try {
      const connectionId = await connect(tenant, 'salesmanago', {
        clientId: salesmanago.clientId,
        apiSecret: salesmanago.apiSecret,
        endpoint: salesmanago.url,
        owner: salesmanago.owner,
      });
      const orderIds = await importPaidOrdersCsv(app.trustloop, tenant, 30);
      const { rows } = await sql<{ n: number }>`
        select count(*) as n from connector_orders where channel_id = ${tenant.channelId}`.execute(
        app.trustloop.database.db,
      );
      expect(Number(rows[0]!.n)).toBe(0);

      const started = await startExport(tenant, connectionId, { transactions: true });
      expect(started.statusCode, started.body).toBe(202);
      clock.advance(1_000); // the fan-out jobs the next run creates are due after the export
      await drainJobs(app);
      const run = await exportState(tenant, connectionId, started.json<ExportBody>().id);

      expect(run).toMatchObject({
        status: 'complete',
        phase: 'transactions',
        purchases: { sent: 30, skipped: 0 },
      });
      const sent = salesmanago.events
        .filter((event) => event.contactExtEventType === 'PURCHASE')
        .map((event) => event.externalId);
      expect(sent).toHaveLength(30);
      // Each order once, though its own events are delivered after the export.
      expect(new Set(sent).size).toBe(30);
      expect(orderIds).toHaveLength(30);
    } finally {
      await salesmanago.close();
    }
  });

  it('adds only the customers the profile copy lacks, over several pages, and keeps the profiles it holds as they are', async () => {
    // 2,500 customers are three catch-up pages of 1,000 (newest first). With the copy lacking the
    // newest 1,600, the first page is read by ids and emails, the next two whole (see catchUpPage).
    const tenant = await createTenant(app);
    const connectionId = await connect(tenant, 'klaviyo', {
      publicKey: klaviyo.publicKey,
      privateKey: klaviyo.privateKey,
      baseUrl: klaviyo.url,
    });
    const emails = await importCustomers(tenant, 2_500);
    await drainJobs(app);
    expect(await mirrored(tenant)).toBe(2_500);
    const db = app.trustloop.database.db;
    const newestFirst = (
      await sql<{
        email: string;
      }>`select email from customers where channel_id = ${tenant.channelId} order by id desc`.execute(db)
    ).rows.map((row) => row.email);
    const lacking = newestFirst.slice(0, 1_600);
    for (let at = 0; at < lacking.length; at += 400) {
      const emailsHere = lacking.slice(at, at + 400);
      await sql`delete from connector_profiles where channel_id = ${tenant.channelId} and email in (${sql.join(emailsHere)})`.execute(
        db,
      );
    }
    // One profile on the second page and one on the third, as the copy holds them: kept, not read again.
    const heldOnSecond = newestFirst[1_700]!;
    const heldOnThird = newestFirst[2_400]!;
    await sql`update connector_profiles set first_name = ${'Held'} where channel_id = ${tenant.channelId} and email in (${heldOnSecond}, ${heldOnThird})`.execute(
      db,
    );

    const started = await startExport(tenant, connectionId);
    expect(started.statusCode, started.body).toBe(202);
    await drainJobs(app);

    expect(await exportState(tenant, connectionId, started.json<ExportBody>().id)).toMatchObject({
      status: 'complete',
      total: 2_500,
      completed: 2_500,
      caughtUp: 2_500,
    });
    expect(await mirrored(tenant)).toBe(2_500);
    for (const email of emails) expect(klaviyo.state.profileByEmail(email), email).toBeDefined();
    expect(klaviyo.state.profileByEmail(heldOnSecond)?.first_name).toBe('Held');
    expect(klaviyo.state.profileByEmail(heldOnThird)?.first_name).toBe('Held');
    const restored = klaviyo.state.profileByEmail(lacking[0]!);
    expect(restored?.first_name).toMatch(/^Ala\d+$/);
  });

  it('resumes the unfinished export when asked again instead of starting a second one, and refuses other choices naming it', async () => {
    const tenant = await createTenant(app);
    const connectionId = await connect(tenant, 'klaviyo', {
      publicKey: klaviyo.publicKey,
      privateKey: klaviyo.privateKey,
      baseUrl: klaviyo.url,
    });
    await importCustomers(tenant, 10);
    const first = (await startExport(tenant, connectionId)).json<ExportBody>();

    const again = await startExport(tenant, connectionId);
    const other = await startExport(tenant, connectionId, { consent: 'subscribed' });

    expect(again.statusCode).toBe(202);
    expect(again.json()).toMatchObject({ id: first.id, resumed: true, status: 'running' });
    expect(other.statusCode).toBe(409);
    expect(other.json()).toMatchObject({ error: { code: 'conflict' } });
    expect(other.json<{ error: { message: string } }>().error.message).toContain(first.id);
    await drainJobs(app);
    expect(await exportState(tenant, connectionId, first.id)).toMatchObject({
      status: 'complete',
      total: 10,
    });
    const runs = await sql<{
      n: number;
    }>`select count(*) as n from connector_exports where connection_id = ${connectionId}`.execute(
      app.trustloop.database.db,
    );
    expect(Number(runs.rows[0]!.n)).toBe(1);
  });

  it('leaves an export another worker holds alone until that claim lapses, then finishes it once', async () => {
    const tenant = await createTenant(app);
    const connectionId = await connect(tenant, 'klaviyo', {
      publicKey: klaviyo.publicKey,
      privateKey: klaviyo.privateKey,
      baseUrl: klaviyo.url,
    });
    await importCustomers(tenant, 10);
    const run = (await startExport(tenant, connectionId)).json<ExportBody>();
    const db = app.trustloop.database.db;
    const held = new Date(clock.now().getTime() + 60_000).toISOString();
    await sql`update connector_exports set claimed_by = ${'clm_other_worker'}, claim_until = ${held} where id = ${run.id}`.execute(
      db,
    );
    const jobsBefore = klaviyo.state.importJobs.size;

    await app.trustloop.jobs.runDueJobs();

    expect(await exportState(tenant, connectionId, run.id)).toMatchObject({
      status: 'running',
      phase: 'catching_up',
      submitted: 0,
    });
    expect(klaviyo.state.importJobs.size).toBe(jobsBefore);

    clock.advance(61_000);
    await drainJobs(app);

    expect(await exportState(tenant, connectionId, run.id)).toMatchObject({
      status: 'complete',
      submitted: 10,
      completed: 10,
    });
    expect(klaviyo.state.importJobs.size).toBe(jobsBefore + 1);
  });
});

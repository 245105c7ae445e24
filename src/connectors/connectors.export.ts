import type { Kysely } from 'kysely';
import type { Clock } from '../platform/clock.js';
import { newId } from '../platform/ids.js';
import type { Jobs } from '../platform/jobs/index.js';
import type { Connection, ConnectionsStore } from './connections.store.js';
import { ConnectorFailure, toJobError } from './connector-failure.js';
import type { ConnectorRegistry } from './connector-registry.js';
import type { ConnectorsTables } from './connectors.tables.js';
import { mirrorCount, mirrorPage } from './profile-mirror.js';

export const EXPORT_JOB = 'connectors.export';

export interface ExportRun {
  id: string;
  connectionId: string;
  status: 'running' | 'complete' | 'failed';
  total: number;
  submitted: number;
  completed: number;
  failed: number;
  lastError: string | null;
  startedAt: string;
  finishedAt: string | null;
}

export async function exportRun(db: Kysely<ConnectorsTables>, id: string): Promise<ExportRun | undefined> {
  const row = await db.selectFrom('connector_exports').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id,
    connectionId: row.connection_id,
    status: row.status as ExportRun['status'],
    total: row.total,
    submitted: row.submitted,
    completed: row.completed,
    failed: row.failed,
    lastError: row.last_error,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
  };
}

/** Records a run and enqueues its job; the job streams the profile mirror in pages. */
export async function startExportRun(
  deps: { db: Kysely<ConnectorsTables>; jobs: Jobs; clock: Clock },
  connection: Connection,
): Promise<ExportRun> {
  const id = newId('exp');
  const total = await mirrorCount(deps.db, connection.channelId);
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('connector_exports')
      .values({
        id,
        connection_id: connection.id,
        account_id: connection.accountId,
        status: 'running',
        cursor: null,
        total,
        submitted: 0,
        completed: 0,
        failed: 0,
        last_error: null,
        started_at: deps.clock.now().toISOString(),
        finished_at: null,
      })
      .execute();
    await deps.jobs.enqueue(trx, {
      kind: EXPORT_JOB,
      accountId: connection.accountId,
      dedupeKey: `export:${id}`,
      payload: { exportId: id, connectionId: connection.id },
    });
  });
  return (await exportRun(deps.db, id))!;
}

/**
 * The export job: one page at a time (the connector's batch size), progress and cursor saved
 * after each, so a retried or crashed run resumes where it stopped; profile imports are
 * upserts, so a page sent twice changes nothing.
 */
export function registerExport(deps: {
  db: Kysely<ConnectorsTables>;
  jobs: Jobs;
  clock: Clock;
  registry: ConnectorRegistry;
  store: ConnectionsStore;
}): void {
  const { db, clock, registry, store } = deps;
  deps.jobs.registerHandler<{ exportId: string; connectionId: string }>(EXPORT_JOB, async (job) => {
    const run = await db
      .selectFrom('connector_exports')
      .selectAll()
      .where('id', '=', job.payload.exportId)
      .executeTakeFirst();
    if (run?.status !== 'running') return;
    const finish = async (status: 'complete' | 'failed', error: string | null): Promise<void> => {
      await db
        .updateTable('connector_exports')
        .set({ status, last_error: error, finished_at: clock.now().toISOString() })
        .where('id', '=', run.id)
        .execute();
    };
    const found = await store.target(run.connection_id);
    if (!found) return finish('failed', 'the connection was removed');
    const connector = registry.get(found.connection.connectorId);
    const bulk = connector.descriptor.capabilities.bulkExport;
    if (!bulk) return finish('failed', `${connector.descriptor.displayName} has no bulk export`);
    let cursor = run.cursor;
    for (;;) {
      const page = await mirrorPage(db, found.target.channelId, cursor, bulk.batchSize);
      if (page.length === 0) return finish('complete', null);
      let progress: Awaited<ReturnType<typeof connector.bulkExport>>;
      try {
        progress = await connector.bulkExport(found.target, page);
      } catch (error) {
        if (!(error instanceof ConnectorFailure)) throw error;
        await db
          .updateTable('connector_exports')
          .set({ last_error: error.message })
          .where('id', '=', run.id)
          .execute();
        await store.recordFailure(
          run.connection_id,
          error.message,
          error.kind === 'auth_invalid' ? 'auth_invalid' : 'error',
        );
        if (error.kind === 'auth_invalid' || error.kind === 'permanent')
          await finish('failed', error.message);
        throw toJobError(error);
      }
      cursor = page[page.length - 1]!.email;
      await db
        .updateTable('connector_exports')
        .set((eb) => ({
          cursor,
          submitted: eb('submitted', '+', progress.submitted),
          completed: eb('completed', '+', progress.completed),
          failed: eb('failed', '+', progress.failed),
        }))
        .where('id', '=', run.id)
        .execute();
      await store.recordSuccess(run.connection_id);
    }
  });
}

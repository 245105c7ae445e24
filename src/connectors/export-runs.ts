import type { Kysely, Selectable } from 'kysely';
import type { Clock } from '../platform/clock.js';
import { AppError } from '../platform/errors.js';
import { newId } from '../platform/ids.js';
import type { Jobs } from '../platform/jobs/index.js';
import type { Connection } from './connections.store.js';
import type { ConnectorExportsTable, ConnectorsTables } from './connectors.tables.js';
import { DEFAULT_CHOICES, type ExportChoices, filterOf } from './export-choices.js';
import { mirrorCount } from './profile-mirror.js';

export const EXPORT_JOB = 'connectors.export';

/**
 * Where a run stands. `catching_up`: copying the customers the contacts domain has committed
 * but whose fan-out has not reached the profile mirror yet (an export right after an import);
 * `contacts`: sending profiles; `transactions`: sending past paid orders, when chosen.
 */
export type ExportPhase = 'catching_up' | 'contacts' | 'transactions';

export interface ExportRun {
  id: string;
  connectionId: string;
  status: 'running' | 'complete' | 'failed';
  /** Contacts the run selects: counted at the start, and again once it has caught up. */
  total: number;
  submitted: number;
  completed: number;
  failed: number;
  lastError: string | null;
  startedAt: string;
  finishedAt: string | null;
  choices: ExportChoices;
  phase: ExportPhase;
  /** Customers read from the contacts domain while catching up. */
  caughtUp: number;
  purchases: { sent: number; skipped: number };
}

function choicesOf(text: string): ExportChoices {
  return { ...DEFAULT_CHOICES, ...(JSON.parse(text) as Partial<ExportChoices>) };
}

const PHASES: readonly ExportPhase[] = ['catching_up', 'contacts', 'transactions'];

function runOf(row: Selectable<ConnectorExportsTable>): ExportRun {
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
    choices: choicesOf(row.choices),
    phase: (PHASES as readonly string[]).includes(row.phase) ? (row.phase as ExportPhase) : 'contacts',
    caughtUp: Number(row.caught_up),
    purchases: { sent: row.purchases_sent, skipped: row.purchases_skipped },
  };
}

export async function exportRun(db: Kysely<ConnectorsTables>, id: string): Promise<ExportRun | undefined> {
  const row = await db.selectFrom('connector_exports').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? runOf(row) : undefined;
}

/** A connection's latest runs, newest first. */
export async function exportRuns(
  db: Kysely<ConnectorsTables>,
  connectionId: string,
  limit: number,
): Promise<ExportRun[]> {
  const rows = await db
    .selectFrom('connector_exports')
    .selectAll()
    .where('connection_id', '=', connectionId)
    .orderBy('started_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map(runOf);
}

const sameChoices = (a: ExportChoices, b: ExportChoices) =>
  a.consent === b.consent &&
  a.from === b.from &&
  a.to === b.to &&
  a.transactions === b.transactions &&
  a.tags.join(',') === b.tags.join(',');

/**
 * Starts a run, or resumes the connection's unfinished one: one export per connection runs at a
 * time, so asking again after a crash (`kill -9` of the CLI, a restarted server) continues the
 * same run from its cursor instead of sending everything a second time. Asking with other
 * choices while a run is unfinished is a conflict naming it.
 */
export async function startExportRun(
  deps: { db: Kysely<ConnectorsTables>; jobs: Jobs; clock: Clock },
  connection: Connection,
  choices: ExportChoices = DEFAULT_CHOICES,
): Promise<{ run: ExportRun; resumed: boolean }> {
  const unfinished = await deps.db
    .selectFrom('connector_exports')
    .select(['id', 'choices'])
    .where('connection_id', '=', connection.id)
    .where('status', '=', 'running')
    .orderBy('started_at')
    .executeTakeFirst();
  if (unfinished) {
    if (!sameChoices(choicesOf(unfinished.choices), choices))
      throw new AppError(
        'conflict',
        `export ${unfinished.id} of this connection is still running with other choices; wait for it to finish (GET …/exports/${unfinished.id})`,
      );
    await ensureJob(deps, connection, unfinished.id);
    return { run: (await exportRun(deps.db, unfinished.id))!, resumed: true };
  }
  const id = newId('exp');
  const total = await mirrorCount(deps.db, connection.channelId, filterOf(choices));
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
        choices: JSON.stringify(choices),
        phase: 'catching_up',
        order_cursor: null,
        purchases_sent: 0,
        purchases_skipped: 0,
        claimed_by: null,
        claim_until: null,
        catch_up_cursor: null,
        caught_up: 0,
      })
      .execute();
    await deps.jobs.enqueue(trx, exportJob(connection, id));
  });
  return { run: (await exportRun(deps.db, id))!, resumed: false };
}

function exportJob(connection: Connection, exportId: string) {
  return {
    kind: EXPORT_JOB,
    accountId: connection.accountId,
    dedupeKey: `export:${exportId}`,
    payload: { exportId, connectionId: connection.id },
  };
}

/**
 * The run's job is usually still there (pending, or running under a dead worker's lease that
 * another worker takes over once it expires); one that ran out of attempts is replayed.
 */
async function ensureJob(
  deps: { db: Kysely<ConnectorsTables>; jobs: Jobs },
  connection: Connection,
  exportId: string,
): Promise<void> {
  const { id, created } = await deps.jobs.enqueue(deps.db, exportJob(connection, exportId));
  if (created) return;
  const job = await deps.jobs.getJob(id, connection.accountId);
  if (job?.state === 'dead') await deps.jobs.replayJob(id, connection.accountId);
}

/**
 * Takes the run for one job attempt (`holder`) when nobody holds it or the holder's claim ran
 * out. Answers how long to wait when another attempt holds it.
 */
export async function claimRun(
  db: Kysely<ConnectorsTables>,
  id: string,
  holder: string,
  at: { now: Date; ms: number },
): Promise<{ claimed: true } | { claimed: false; waitMs: number }> {
  const now = at.now.toISOString();
  const result = await db
    .updateTable('connector_exports')
    .set({ claimed_by: holder, claim_until: new Date(at.now.getTime() + at.ms).toISOString() })
    .where('id', '=', id)
    .where('status', '=', 'running')
    .where((eb) =>
      eb.or([eb('claimed_by', 'is', null), eb('claim_until', '<', now), eb('claimed_by', '=', holder)]),
    )
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 1) return { claimed: true };
  const row = await db
    .selectFrom('connector_exports')
    .select('claim_until')
    .where('id', '=', id)
    .executeTakeFirst();
  const until = row?.claim_until ? new Date(row.claim_until).getTime() : at.now.getTime();
  return { claimed: false, waitMs: Math.max(until - at.now.getTime(), 0) + 100 };
}

import type { Kysely } from 'kysely';
import type { Executor } from '../../platform/jobs/index.js';
import type { ImportRejectionsTable, ImportsTable, ImportTables } from './import.tables.js';
import type {
  ImportFormat,
  ImportRecord,
  ImportStatus,
  ImportType,
  Rejection,
  RejectionCode,
} from './import.types.js';

// Stays well below PostgreSQL's bind-parameter limit per statement.
const INSERT_CHUNK = 500;

export function toRecord(row: ImportsTable): ImportRecord {
  return {
    id: row.id,
    channelId: row.channel_id,
    type: row.type as ImportType,
    format: row.format as ImportFormat,
    encoding: row.encoding,
    delimiter: row.delimiter,
    decimalComma: row.decimal_comma === 1,
    fileName: row.file_name,
    sha256: row.sha256,
    status: row.status as ImportStatus,
    runs: row.runs,
    checkpointLine: row.checkpoint_line,
    bytesTotal: row.bytes_total,
    bytesRead: row.bytes_read,
    imported: row.imported,
    unchanged: row.unchanged,
    rejected: row.rejected,
    error: row.error,
    createdAt: row.created_at,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
  };
}

/** What a committed batch leaves behind: where to resume, and the totals so far. */
export interface Checkpoint {
  line: number;
  bytesRead: number;
  imported: number;
  unchanged: number;
  rejected: number;
}

/** The imports and import_rejections tables; every read by an account is scoped by it. */
export function createImportStore(db: Kysely<ImportTables>) {
  const tables = (executor: Executor) => executor as Kysely<ImportTables>;

  return {
    async byId(id: string): Promise<ImportsTable | undefined> {
      return db.selectFrom('imports').selectAll().where('id', '=', id).executeTakeFirst();
    },

    async ofAccount(accountId: string, channelId: string, id: string): Promise<ImportsTable | undefined> {
      return db
        .selectFrom('imports')
        .selectAll()
        .where('account_id', '=', accountId)
        .where('channel_id', '=', channelId)
        .where('id', '=', id)
        .executeTakeFirst();
    },

    async byFile(channelId: string, type: ImportType, sha256: string): Promise<ImportsTable | undefined> {
      return db
        .selectFrom('imports')
        .selectAll()
        .where('channel_id', '=', channelId)
        .where('type', '=', type)
        .where('sha256', '=', sha256)
        .executeTakeFirst();
    },

    async insert(row: ImportsTable): Promise<void> {
      await db.insertInto('imports').values(row).execute();
    },

    /**
     * Readies an existing import for another run: a finished file starts over from its first
     * line (every row is checked again, and unchanged rows say so); any other keeps its checkpoint.
     */
    async rerun(row: ImportsTable, changes: Partial<ImportsTable>, now: string): Promise<void> {
      const restart = row.status === 'finished';
      await db.transaction().execute(async (trx) => {
        if (restart) await trx.deleteFrom('import_rejections').where('import_id', '=', row.id).execute();
        await trx
          .updateTable('imports')
          .set({
            ...changes,
            status: 'pending',
            runs: row.runs + 1,
            error: null,
            updated_at: now,
            finished_at: null,
            ...(restart ? { checkpoint_line: 0, bytes_read: 0, imported: 0, unchanged: 0, rejected: 0 } : {}),
          })
          .where('id', '=', row.id)
          .execute();
      });
    },

    async setStatus(
      id: string,
      status: ImportStatus,
      now: string,
      error: string | null = null,
    ): Promise<void> {
      await db
        .updateTable('imports')
        .set({
          status,
          error,
          updated_at: now,
          ...(status === 'running' ? { started_at: now } : {}),
          ...(status === 'finished' || status === 'failed' ? { finished_at: now } : {}),
        })
        .where('id', '=', id)
        .execute();
    },

    /** Records a batch's rejections and its checkpoint through `executor` (the batch's transaction). */
    async commit(
      executor: Executor,
      id: string,
      checkpoint: Checkpoint,
      rejections: readonly Rejection[],
      now: string,
    ): Promise<void> {
      const trx = tables(executor);
      for (let start = 0; start < rejections.length; start += INSERT_CHUNK) {
        const rows: ImportRejectionsTable[] = rejections
          .slice(start, start + INSERT_CHUNK)
          .map((r) => ({ import_id: id, line: r.line, code: r.code, reason: r.reason, raw: r.raw }));
        await trx
          .insertInto('import_rejections')
          .values(rows)
          .onConflict((oc) => oc.columns(['import_id', 'line']).doNothing())
          .execute();
      }
      await trx
        .updateTable('imports')
        .set({
          checkpoint_line: checkpoint.line,
          bytes_read: checkpoint.bytesRead,
          imported: checkpoint.imported,
          unchanged: checkpoint.unchanged,
          rejected: checkpoint.rejected,
          updated_at: now,
        })
        .where('id', '=', id)
        .execute();
    },

    /** Rejected rows in line order, after `afterLine`. */
    async rejections(id: string, afterLine: number, limit: number): Promise<Rejection[]> {
      const rows = await db
        .selectFrom('import_rejections')
        .select(['line', 'code', 'reason', 'raw'])
        .where('import_id', '=', id)
        .where('line', '>', afterLine)
        .orderBy('line')
        .limit(limit)
        .execute();
      return rows.map((row) => ({ ...row, code: row.code as RejectionCode }));
    },

    /** How many rows were rejected for each reason code, most frequent first. */
    async rejectionSummary(id: string): Promise<Array<{ code: RejectionCode; count: number }>> {
      const rows = await db
        .selectFrom('import_rejections')
        .select(['code', db.fn.countAll<number>().as('count')])
        .where('import_id', '=', id)
        .groupBy('code')
        .execute();
      return rows
        .map((row) => ({ code: row.code as RejectionCode, count: Number(row.count) }))
        .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
    },
  };
}

export type ImportStore = ReturnType<typeof createImportStore>;

import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { access, mkdir, rename, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parse } from 'csv-parse/sync';
import type { Kysely } from 'kysely';
import type { Accounts } from '../../accounts/index.js';
import type { Clock } from '../../platform/clock.js';
import { isUniqueViolation } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { detectDelimiter, FileError, readFirstLine, resolveEncoding, scanFile } from './csv-source.js';
import { createImportStore, toRecord } from './import.store.js';
import type { ImportsTable, ImportTables } from './import.tables.js';
import type {
  ImportPorts,
  ImportProgress,
  ImportRecord,
  ImportType,
  ReadOptions,
  Rejection,
  RejectionCode,
} from './import.types.js';
import { chooseFormat } from './import-formats.js';
import { runImport } from './import-runner.js';
import { writeRejectedReport } from './rejected-report.js';

export interface ImportServiceDeps {
  db: Kysely<ImportTables>;
  clock: Clock;
  accounts: Pick<Accounts, 'channels'>;
  ports: ImportPorts;
  /** Uploaded files are kept under `<dataDir>/imports` until their import is run again. */
  dataDir: string;
}

export interface PrepareInput {
  accountId: string;
  channelId: string;
  type: ImportType;
  path: string;
  /** What to call the file in reports; its base name by default. */
  fileName?: string;
  read: ReadOptions;
}

/** What `prepare` did with the file: a new import, the unfinished one resumed, or a finished one run again. */
export type PrepareOutcome = 'new' | 'resumed' | 'rerun';

export interface ImportDetails extends ImportRecord {
  /** Rejected rows by reason code, most frequent first. */
  errors: Array<{ code: RejectionCode; count: number }>;
}

const DEFAULT_BATCH = 100;

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

function asInvalidFile(error: unknown): never {
  if (error instanceof FileError) throw new AppError('unprocessable', error.message, { cause: error });
  throw error;
}

/** Imports CSV files of orders or customers into a channel, resumably and idempotently. */
export function createImportService(deps: ImportServiceDeps) {
  const { db, clock, accounts } = deps;
  const store = createImportStore(db);
  const now = () => clock.now().toISOString();

  async function owned(accountId: string, channelId: string, importId: string): Promise<ImportsTable> {
    const row = await store.ofAccount(accountId, channelId, importId);
    if (!row) throw AppError.notFound('import');
    return row;
  }

  const service = {
    /**
     * Reads what it needs from the file (sha256, encoding, delimiter, format, header) and finds
     * or creates its import. A header without the format's required columns throws
     * (`unprocessable`, naming them) before anything is stored.
     */
    async prepare(input: PrepareInput): Promise<{ record: ImportRecord; outcome: PrepareOutcome }> {
      await accounts.channels.get(input.accountId, input.channelId);
      const read = input.read;
      let resolved: Pick<ImportsTable, 'format' | 'encoding' | 'delimiter'>;
      let scan: Awaited<ReturnType<typeof scanFile>>;
      try {
        scan = await scanFile(input.path);
        const encoding = resolveEncoding(read.encoding, scan);
        const headerLine = await readFirstLine(input.path, encoding);
        const delimiter = read.delimiter === 'auto' ? detectDelimiter(headerLine) : read.delimiter;
        const header = (parse(headerLine, { delimiter, relax_quotes: true }) as string[][])[0] ?? [];
        if (header.length === 0) throw new FileError('the file is empty: it has no header line');
        resolved = { format: chooseFormat(input.type, read.format, header).format, encoding, delimiter };
      } catch (error) {
        asInvalidFile(error);
      }
      const changes = {
        ...resolved,
        decimal_comma: read.decimalComma ? 1 : 0,
        file_path: input.path,
        file_name: input.fileName ?? basename(input.path),
      };
      const existing = await store.byFile(input.channelId, input.type, scan.sha256);
      if (existing) {
        const outcome: PrepareOutcome =
          existing.status === 'pending' || existing.status === 'running' ? 'resumed' : 'rerun';
        if (outcome === 'rerun') await store.rerun(existing, changes, now());
        else await db.updateTable('imports').set(changes).where('id', '=', existing.id).execute();
        return { record: toRecord((await store.byId(existing.id))!), outcome };
      }
      const at = now();
      const row: ImportsTable = {
        id: newId('imp'),
        account_id: input.accountId,
        channel_id: input.channelId,
        type: input.type,
        ...changes,
        sha256: scan.sha256,
        bytes_total: scan.bytes,
        status: 'pending',
        runs: 1,
        checkpoint_line: 0,
        bytes_read: 0,
        imported: 0,
        unchanged: 0,
        rejected: 0,
        error: null,
        created_at: at,
        updated_at: at,
        started_at: null,
        finished_at: null,
      };
      try {
        await store.insert(row);
      } catch (error) {
        // The same file prepared at the same moment elsewhere: that import is this one.
        if (!isUniqueViolation(error)) throw error;
        return service.prepare(input);
      }
      return { record: toRecord(row), outcome: 'new' };
    },

    /**
     * Runs a prepared import to its end, from its checkpoint: rows already committed are
     * skipped, and rows after it are written again harmlessly (idempotent by external id).
     */
    async run(
      importId: string,
      options: { batchSize?: number; onProgress?: (progress: ImportProgress) => void } = {},
    ): Promise<ImportRecord> {
      const row = await store.byId(importId);
      if (!row) throw AppError.notFound('import');
      const channel = await accounts.channels.get(row.account_id, row.channel_id);
      await store.setStatus(row.id, 'running', now());
      try {
        await runImport(
          { db, store, ports: deps.ports, clock },
          row,
          {
            accountId: row.account_id,
            channelId: row.channel_id,
            timeZone: channel.timeZone,
            decimalComma: row.decimal_comma === 1,
            startedAt: row.created_at,
          },
          {
            batchSize: options.batchSize ?? DEFAULT_BATCH,
            ...(options.onProgress ? { onProgress: options.onProgress } : {}),
          },
        );
      } catch (error) {
        await store.setStatus(
          row.id,
          'failed',
          now(),
          error instanceof Error ? error.message : String(error),
        );
        asInvalidFile(error);
      }
      await store.setStatus(row.id, 'finished', now());
      return toRecord((await store.byId(row.id))!);
    },

    async get(accountId: string, channelId: string, importId: string): Promise<ImportDetails> {
      const row = await owned(accountId, channelId, importId);
      return { ...toRecord(row), errors: await store.rejectionSummary(row.id) };
    },

    /** Rejected rows in line order, `limit` at a time after `afterLine`. */
    async rejections(
      accountId: string,
      channelId: string,
      importId: string,
      page: { afterLine?: number; limit: number },
    ): Promise<Rejection[]> {
      const row = await owned(accountId, channelId, importId);
      return store.rejections(row.id, page.afterLine ?? 0, page.limit);
    },

    /** Writes the rejected-rows report (line, reason, raw) to `path`; returns how many rows it lists. */
    async writeRejectedReport(importId: string, path: string): Promise<number> {
      return writeRejectedReport((afterLine, limit) => store.rejections(importId, afterLine, limit), path);
    },

    /**
     * `prepare` for a file `storeUpload` wrote: the file is kept as `<dataDir>/imports/<id>.csv`
     * (one copy per import however often it is uploaded), or deleted when the header is refused.
     */
    async prepareUpload(input: PrepareInput): Promise<{ record: ImportRecord; outcome: PrepareOutcome }> {
      let prepared: { record: ImportRecord; outcome: PrepareOutcome };
      try {
        prepared = await service.prepare(input);
      } catch (error) {
        await rm(input.path, { force: true });
        throw error;
      }
      const kept = join(deps.dataDir, 'imports', `${prepared.record.id}.csv`);
      if (await exists(kept)) await rm(input.path, { force: true });
      else await rename(input.path, kept);
      await db.updateTable('imports').set({ file_path: kept }).where('id', '=', prepared.record.id).execute();
      return prepared;
    },

    /**
     * Streams an uploaded body to `<dataDir>/imports/` without holding it in memory and
     * returns where it is; the caller prepares it like any file.
     */
    async storeUpload(channelId: string, body: Readable): Promise<string> {
      const dir = join(deps.dataDir, 'imports');
      await mkdir(dir, { recursive: true });
      const path = join(dir, `${channelId}-${Date.parse(now())}-${randomBytes(6).toString('hex')}.csv`);
      const partial = `${path}.partial`;
      try {
        await pipeline(body, createWriteStream(partial));
        await rename(partial, path);
      } catch (error) {
        await rm(partial, { force: true });
        throw error;
      }
      return path;
    },
  };
  return service;
}

export type ImportService = ReturnType<typeof createImportService>;

/**
 * CSV backfill of orders and customers (spec S4): resumable after a crash, idempotent when a
 * file is imported again, with progress and a report of rejected rows. The commerce domain
 * composes it; the CLI (`trustloop import`) and the upload route drive it.
 *
 * @example
 * const imports = createImport(ctx, { commerce, contacts });
 * const { record } = await imports.service.prepare({ accountId, channelId, type: 'orders', path, read });
 * await imports.service.run(record.id, { onProgress: (p) => bar.update(p.bytesRead) });
 */
import type { Kysely } from 'kysely';
import type { ModuleContext } from '../../accounts/index.js';
import { AppError } from '../../platform/errors.js';
import type { HttpServer } from '../../platform/http/server.js';
import { PermanentError } from '../../platform/jobs/index.js';
import { IMPORT_JOB, importRoutes } from './import.routes.js';
import { createImportService, type ImportService } from './import.service.js';
import type { ImportTables } from './import.tables.js';
import type { ImportPorts } from './import.types.js';

export { IMPORT_JOB, UPLOAD_LIMIT_BYTES } from './import.routes.js';
export {
  createImportService,
  type ImportDetails,
  type ImportService,
  type PrepareOutcome,
} from './import.service.js';
export type { ImportTables } from './import.tables.js';
export {
  IMPORT_FORMATS,
  IMPORT_STATUSES,
  IMPORT_TYPES,
  type ImportFormat,
  type ImportPorts,
  type ImportProgress,
  type ImportRecord,
  type ImportStatus,
  type ImportType,
  type ReadOptions,
  type Rejection,
} from './import.types.js';

/**
 * Builds the import service over the commerce and contacts services, registers the job that
 * runs uploaded files, and returns the upload/status/report routes.
 */
export function createImport(
  ctx: ModuleContext,
  ports: ImportPorts,
): { service: ImportService; routes: (app: HttpServer) => Promise<void> } {
  const db = ctx.database.db as Kysely<ImportTables>;
  const service = createImportService({
    db,
    clock: ctx.clock,
    accounts: ctx.accounts,
    ports,
    dataDir: ctx.config.env.dataDir,
  });
  ctx.jobs.registerHandler<{ importId: string }>(IMPORT_JOB, async (job) => {
    try {
      await service.run(job.payload.importId);
    } catch (error) {
      // A file that cannot be read will not become readable by retrying; anything else resumes.
      if (error instanceof AppError && error.status < 500)
        throw new PermanentError(error.message, { cause: error });
      throw error;
    }
  });
  return {
    service,
    routes: importRoutes({
      auth: ctx.accounts.auth,
      channels: ctx.accounts.channels,
      imports: service,
      jobs: ctx.jobs,
      db,
    }),
  };
}

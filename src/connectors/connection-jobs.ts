import { type JobRecord, type Jobs, payloadText } from '../platform/jobs/index.js';
import { DELIVER_JOB } from './connectors.dispatch.js';
import { EXPORT_JOB } from './export-runs.js';

const JOB_SCAN_PAGE = 200;

/** The job kinds that work for one connection; each carries `connectionId` in its payload. */
export const CONNECTION_JOB_KINDS = [DELIVER_JOB, EXPORT_JOB] as const;

/**
 * Dead or pending delivery and export jobs of one connection, newest first. Jobs know their
 * connection only by payload, so the account's jobs of each kind are scanned by page.
 */
export async function connectionJobs(
  jobs: Pick<Jobs, 'listJobs'>,
  accountId: string,
  connectionId: string,
  state: 'dead' | 'pending',
  limit: number,
  kinds: readonly string[] = CONNECTION_JOB_KINDS,
): Promise<JobRecord[]> {
  const found: JobRecord[] = [];
  for (const kind of kinds) {
    let cursor: string | undefined;
    do {
      const page = await jobs.listJobs({
        accountId,
        kind,
        state,
        limit: JOB_SCAN_PAGE,
        ...(cursor ? { cursor } : {}),
      });
      for (const job of page.items) {
        if (payloadText(job, 'connectionId') === connectionId) found.push(job);
      }
      cursor = page.nextCursor;
    } while (cursor && found.length < limit);
  }
  return found.sort((a, b) => (a.id < b.id ? 1 : -1)).slice(0, limit);
}

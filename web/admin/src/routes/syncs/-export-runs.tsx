import type { ExportRunView } from '../../api/syncs';
import { useI18n } from '../../i18n/i18n';

/** A connection's latest exports: progress, sent, skipped, failed. */
export function ExportRuns({ runs }: { runs: readonly ExportRunView[] }) {
  const { t, formatDateTime } = useI18n();
  if (runs.length === 0) return <p className="hint">{t('syncs.noExports')}</p>;
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{t('syncs.started')}</th>
          <th scope="col">{t('syncs.state')}</th>
          <th scope="col">{t('syncs.progress')}</th>
          <th scope="col">{t('syncs.sent')}</th>
          <th scope="col">{t('syncs.skipped')}</th>
          <th scope="col">{t('syncs.failed')}</th>
        </tr>
      </thead>
      <tbody>
        {runs.map((run) => {
          const done = run.completed + run.failed;
          return (
            <tr key={run.id}>
              <td>{formatDateTime(run.startedAt)}</td>
              <td>
                {run.finishedAt
                  ? t('syncs.finished', { status: run.status, at: formatDateTime(run.finishedAt) })
                  : t('syncs.running', { phase: run.phase })}
                {run.lastError ? <span className="field-error"> {run.lastError}</span> : null}
              </td>
              <td>
                <progress
                  max={Math.max(run.total, 1)}
                  value={Math.min(done, Math.max(run.total, 1))}
                  aria-label={t('syncs.progressOf', { done, total: run.total })}
                />{' '}
                {t('syncs.progressOf', { done, total: run.total })}
              </td>
              <td>{run.completed + run.purchases.sent}</td>
              <td>{run.purchases.skipped}</td>
              <td>{run.failed}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

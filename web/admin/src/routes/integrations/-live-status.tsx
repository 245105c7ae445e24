import type { Connection } from '../../api/integrations';
import { useDeadLetters, useHealth, useReplay } from '../../api/integrations';
import { useI18n } from '../../i18n/i18n';
import { ErrorMessage, Loading } from '../../ui/page';
import { StatusBadge } from './-status';

/** Connected or not, last sync, last error and dead letters, fetched again every few seconds. */
export function LiveStatus({ connection }: { connection: Connection }) {
  const { t, has, formatDateTime } = useI18n();
  // A dead letter's kind in the merchant's words; a kind the admin does not know by its name.
  const kindName = (kind: string) => {
    const key = `health.kindName.${kind}`;
    return has(key) ? t(key) : kind;
  };
  const health = useHealth(connection.id);
  const deadLetters = useDeadLetters(connection.id);
  const replay = useReplay(connection.id);
  if (health.isPending) return <Loading />;
  if (!health.data) return <ErrorMessage error={health.error} />;
  const { counts } = health.data;
  return (
    <div className="status" aria-live="polite">
      <dl className="facts">
        <dt>{t('health.status')}</dt>
        <dd>
          <StatusBadge status={health.data.status} />
        </dd>
        <dt>{t('health.lastSync')}</dt>
        <dd>{formatDateTime(health.data.lastSyncAt)}</dd>
        <dt>{t('health.lastError')}</dt>
        <dd>
          {health.data.lastError
            ? `${health.data.lastError} (${formatDateTime(health.data.lastErrorAt)})`
            : t('health.noError')}
        </dd>
        <dt>{t('health.deliveries')}</dt>
        <dd>{t('health.counts', counts)}</dd>
      </dl>
      {deadLetters.data && deadLetters.data.length > 0 ? (
        <>
          <h3>{t('health.deadLetters', { count: deadLetters.data.length })}</h3>
          <ErrorMessage error={replay.error} />
          <ul className="dead-letters">
            {deadLetters.data.map((job) => (
              <li key={job.id}>
                {kindName(job.kind)} — {job.lastError ?? ''} ({formatDateTime(job.updatedAt)})
                <button type="button" className="secondary" onClick={() => replay.mutate(job.id)}>
                  {t('health.replay')}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

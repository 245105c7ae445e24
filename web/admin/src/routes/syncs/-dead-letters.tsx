import { useReplay } from '../../api/integrations';
import type { DeadLetter } from '../../api/syncs';
import { useReplayKind } from '../../api/syncs';
import { useI18n } from '../../i18n/i18n';
import { ErrorMessage } from '../../ui/page';

/** The platform's words only: a stored job error also carries the stack trace below them. */
function firstLine(error: string | null): string {
  return error ? (error.split('\n')[0] ?? error).replace(/^\w*Error: /, '') : '—';
}

/** Deliveries that gave up, with the platform's last error; send one again, or all of a kind. */
export function DeadLetters({
  connectionId,
  deadLetters,
}: {
  connectionId: string;
  deadLetters: readonly DeadLetter[];
}) {
  const { t, has, formatDateTime } = useI18n();
  const replay = useReplay(connectionId);
  const replayKind = useReplayKind(connectionId);
  // A kind Trustloop knows is worded; another shows as the job's own name.
  const kindName = (kind: string) => {
    const key = `syncs.kindName.${kind}`;
    return has(key) ? t(key) : kind;
  };
  const replayKindLabel = (kind: string) => {
    const key = `syncs.replayKind.${kind}`;
    return has(key) ? t(key) : t('syncs.replayKind', { kind });
  };
  // Said also once the list has emptied: replaying all of a kind usually empties it.
  const replayed = replayKind.data ? (
    <p role="status" className="note">
      {t('syncs.replayed', { count: replayKind.data.replayed })}
    </p>
  ) : null;
  if (deadLetters.length === 0)
    return (
      <>
        {replayed}
        <p className="hint">{t('syncs.noDeadLetters')}</p>
      </>
    );
  const kinds = [...new Set(deadLetters.map((job) => job.kind))];
  return (
    <>
      <ErrorMessage error={replay.error ?? replayKind.error} />
      {replayed}
      <div className="actions start">
        {kinds.map((kind) => (
          <button
            key={kind}
            type="button"
            className="secondary"
            disabled={replayKind.isPending}
            onClick={() => replayKind.mutate(kind)}
          >
            {replayKindLabel(kind)}
          </button>
        ))}
      </div>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('syncs.kind')}</th>
            <th scope="col">{t('syncs.platformError')}</th>
            <th scope="col">{t('syncs.attempts')}</th>
            <th scope="col">{t('syncs.when')}</th>
            <th scope="col">{t('common.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {deadLetters.map((job) => (
            <tr key={job.id}>
              <td>{kindName(job.kind)}</td>
              <td>{firstLine(job.lastError)}</td>
              <td>{job.attempts}</td>
              <td>{formatDateTime(job.updatedAt)}</td>
              <td>
                <button
                  type="button"
                  className="secondary"
                  disabled={replay.isPending}
                  onClick={() => replay.mutate(job.id)}
                >
                  {t('syncs.replay')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

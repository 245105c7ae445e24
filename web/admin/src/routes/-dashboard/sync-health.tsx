import { Link } from '@tanstack/react-router';
import type { Dashboard } from '../../api/dashboard';
import { useConnectors } from '../../api/integrations';
import { useI18n } from '../../i18n/i18n';
import { StatusBadge } from '../integrations/-status';
import { useFormats } from './format';

/** Each marketing platform connection: its state, last sync, failures and dead letters. */
export function SyncHealth({ channelId, syncs }: { channelId: string; syncs: Dashboard['syncs'] }) {
  const { t, formatDateTime } = useI18n();
  const f = useFormats();
  const connectors = useConnectors();
  const nameOf = (id: string) => connectors.data?.find((c) => c.id === id)?.displayName ?? id;
  return (
    <section className="card" aria-labelledby="sync-health-title" data-testid="sync-health">
      <h2 id="sync-health-title">{t('dash.syncs.title')}</h2>
      {syncs.length === 0 ? (
        <p className="hint">{t('dash.syncs.none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('dash.syncs.platform')}</th>
              <th scope="col">{t('dash.syncs.status')}</th>
              <th scope="col">{t('dash.syncs.lastSync')}</th>
              <th scope="col">{t('dash.syncs.failed')}</th>
              <th scope="col">{t('dash.syncs.pending')}</th>
              <th scope="col">{t('dash.syncs.dead')}</th>
            </tr>
          </thead>
          <tbody>
            {syncs.map((sync) => (
              <tr key={sync.connectionId}>
                <th scope="row">{nameOf(sync.connectorId)}</th>
                <td data-label={t('dash.syncs.status')}>
                  <StatusBadge status={sync.status} />
                </td>
                <td data-label={t('dash.syncs.lastSync')}>{formatDateTime(sync.lastSyncAt)}</td>
                <td data-label={t('dash.syncs.failed')}>{f.number(sync.failed)}</td>
                <td data-label={t('dash.syncs.pending')}>{f.number(sync.pending)}</td>
                <td data-label={t('dash.syncs.dead')}>{f.number(sync.deadLetters)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        <Link to="/syncs" search={{ channel: channelId }}>
          {t('dash.syncs.details')}
        </Link>
      </p>
    </section>
  );
}

import { createFileRoute, Link, useNavigate } from '@tanstack/react-router';
import { useChannels } from '../../api/channels';
import {
  type Connection,
  type ConnectorDescriptor,
  useConnections,
  useConnectors,
} from '../../api/integrations';
import {
  useConnectionDeadLetters,
  useConnectionExports,
  useConnectionHealth,
  useConnectionLive,
} from '../../api/syncs';
import { useI18n } from '../../i18n/i18n';
import { ChannelPicker, channelSearch } from '../../ui/channel-picker';
import { EmptyState, ErrorMessage, Loading, Page } from '../../ui/page';
import { usePlatformName } from '../../ui/platform-name';
import { ExportForm } from '../integrations/-export-form';
import { StatusBadge } from '../integrations/-status';
import { DeadLetters } from './-dead-letters';
import { ExportRuns } from './-export-runs';

export const Route = createFileRoute('/syncs/')({ validateSearch: channelSearch, component: SyncsPage });

/** Exports, syncs and background work (A6): every connection of the channel, live. */
function SyncsPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const search = Route.useSearch();
  const channels = useChannels();
  const channel = channels.data?.find((c) => c.id === search.channel) ?? channels.data?.[0];
  const connectors = useConnectors();
  const connections = useConnections(channel?.id);
  if (channels.isPending || connectors.isPending) return <Loading />;
  return (
    <Page title={t('syncs.title')}>
      <ErrorMessage error={channels.error ?? connectors.error ?? connections.error} />
      <ChannelPicker
        label={t('syncs.channel')}
        channels={channels.data}
        value={channel?.id}
        onChange={(id) => void navigate({ to: '/syncs', search: { channel: id } })}
      />
      {connections.data?.length === 0 ? (
        <EmptyState title={t('syncs.none')}>
          <Link to="/integrations" search={channel ? { channel: channel.id } : {}}>
            {t('nav.integrations')}
          </Link>
        </EmptyState>
      ) : null}
      {connections.data?.map((connection) => {
        const descriptor = connectors.data?.find((d) => d.id === connection.connectorId);
        return descriptor ? (
          <ConnectionSyncs key={connection.id} connection={connection} descriptor={descriptor} />
        ) : null;
      })}
    </Page>
  );
}

function ConnectionSyncs({
  connection,
  descriptor,
}: {
  connection: Connection;
  descriptor: ConnectorDescriptor;
}) {
  const { t, formatDateTime } = useI18n();
  const platformName = usePlatformName();
  const live = useConnectionLive(connection.id);
  const health = useConnectionHealth(connection.id, live);
  const exports = useConnectionExports(connection.id, live);
  const deadLetters = useConnectionDeadLetters(connection.id, live);
  const headingId = `sync-${connection.id}`;
  return (
    <section className="card sync" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {platformName(descriptor)} <StatusBadge status={health.data?.status ?? connection.status} />
      </h2>
      <ErrorMessage error={health.error ?? exports.error ?? deadLetters.error} />
      {health.data ? (
        <dl className="facts" aria-live="polite">
          <dt>{t('syncs.lastSync')}</dt>
          <dd>{formatDateTime(health.data.lastSyncAt)}</dd>
          <dt>{t('syncs.lastError')}</dt>
          <dd>
            {health.data.lastError
              ? `${health.data.lastError} (${formatDateTime(health.data.lastErrorAt)})`
              : t('syncs.noError')}
          </dd>
          <dt>{t('syncs.deliveries')}</dt>
          <dd data-testid="delivery-counts">{t('syncs.counts', health.data.counts)}</dd>
        </dl>
      ) : null}
      <h3>{t('syncs.exports')}</h3>
      {exports.data ? <ExportRuns runs={exports.data} /> : null}
      {descriptor.capabilities.bulkExport ? (
        <details className="start-export">
          <summary>{t('syncs.startExport')}</summary>
          <ExportForm connection={connection} descriptor={descriptor} />
        </details>
      ) : null}
      <h3>{t('syncs.deadLetters', { count: deadLetters.data?.length ?? 0 })}</h3>
      {deadLetters.data ? <DeadLetters connectionId={connection.id} deadLetters={deadLetters.data} /> : null}
    </section>
  );
}

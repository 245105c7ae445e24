import { createFileRoute, Link, useNavigate } from '@tanstack/react-router';
import { useChannels } from '../../api/channels';
import { type ConnectorDescriptor, useConnections, useConnectors } from '../../api/integrations';
import { type ShopDescriptor, useShopConnection, useShopConnectors } from '../../api/shops';
import { useI18n } from '../../i18n/i18n';
import { EmptyState, ErrorMessage, Loading, Page } from '../../ui/page';
import { usePlatformName } from '../../ui/platform-name';
import { StatusBadge } from './-status';

export const Route = createFileRoute('/integrations/')({
  validateSearch: (search: Record<string, unknown>): { channel?: string } =>
    typeof search['channel'] === 'string' ? { channel: search['channel'] } : {},
  component: Integrations,
});

function Integrations() {
  const { t } = useI18n();
  const platformName = usePlatformName();
  const search = Route.useSearch();
  const navigate = useNavigate();
  const channels = useChannels();
  const channelId = search.channel ?? channels.data?.[0]?.id;
  const connectors = useConnectors();
  const shops = useShopConnectors();
  const connections = useConnections(channelId);

  if (channels.isPending) return <Loading />;
  if (channels.data?.length === 0)
    return (
      <Page title={t('integrations.title')}>
        <EmptyState title={t('integrations.noChannelTitle')}>
          <p>{t('integrations.noChannelText')}</p>
          <Link to="/channels" className="button">
            {t('nav.channels')}
          </Link>
        </EmptyState>
      </Page>
    );

  const connectionOf = (descriptor: ConnectorDescriptor) =>
    connections.data?.find((connection) => connection.connectorId === descriptor.id);

  return (
    <Page title={t('integrations.title')}>
      <ErrorMessage error={channels.error ?? shops.error ?? connectors.error ?? connections.error} />
      {channels.data && channels.data.length > 1 ? (
        <label className="channel-picker">
          <span>{t('integrations.channel')}</span>
          <select
            value={channelId}
            onChange={(event) =>
              void navigate({ to: '/integrations', search: { channel: event.target.value } })
            }
          >
            {channels.data.map((channel) => (
              <option key={channel.id} value={channel.id}>
                {channel.name}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {channelId ? (
        <>
          <h2>{t('integrations.shops')}</h2>
          {shops.isPending ? <Loading /> : null}
          <ul className="cards">
            {shops.data?.map((shop) => (
              <ShopCard key={shop.id} channelId={channelId} shop={shop} />
            ))}
          </ul>
          <h2>{t('integrations.marketing')}</h2>
          {connectors.isPending ? <Loading /> : null}
          <ul className="cards">
            {connectors.data?.map((descriptor) => {
              const connection = connectionOf(descriptor);
              return (
                <li key={descriptor.id} className="card integration">
                  <h3>{platformName(descriptor)}</h3>
                  <StatusBadge status={connection?.status ?? 'not_connected'} />
                  <Link
                    to="/integrations/$channelId/connector/$connectorId"
                    params={{ channelId, connectorId: descriptor.id }}
                  >
                    {t('integrations.open', { name: platformName(descriptor) })}
                  </Link>
                </li>
              );
            })}
          </ul>
          <h2>{t('integrations.invitations')}</h2>
          <ul className="cards">
            <li className="card integration">
              <h3>{t('bcc.name')}</h3>
              <p>{t('bcc.summary')}</p>
              <Link to="/integrations/$channelId/bcc" params={{ channelId }}>
                {t('integrations.open', { name: t('bcc.name') })}
              </Link>
            </li>
            <li className="card integration">
              <h3>{t('linkKeys.name')}</h3>
              <p>{t('linkKeys.summary')}</p>
              <Link to="/integrations/$channelId/link-keys" params={{ channelId }}>
                {t('integrations.open', { name: t('linkKeys.name') })}
              </Link>
            </li>
          </ul>
        </>
      ) : null}
    </Page>
  );
}

/** A shop platform's card: connected or not (its connection, read like its page reads it). */
function ShopCard({ channelId, shop }: { channelId: string; shop: ShopDescriptor }) {
  const { t } = useI18n();
  const connection = useShopConnection(channelId, shop.id);
  return (
    <li className="card integration">
      <h3>{shop.displayName}</h3>
      {connection.isPending ? null : <StatusBadge status={connection.data ? 'active' : 'not_connected'} />}
      <p>{t(`integrations.shop.${shop.id}.summary`)}</p>
      <Link to="/integrations/$channelId/shop/$platform" params={{ channelId, platform: shop.id }}>
        {t('integrations.open', { name: shop.displayName })}
      </Link>
    </li>
  );
}

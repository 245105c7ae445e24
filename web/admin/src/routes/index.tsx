import { createFileRoute, Link, redirect, useNavigate } from '@tanstack/react-router';
import { channelList, useChannels } from '../api/channels';
import { DASHBOARD_WEEKS, type Dashboard, useDashboard } from '../api/dashboard';
import { useI18n } from '../i18n/i18n';
import { ChannelPicker, channelSearch } from '../ui/channel-picker';
import { EmptyState, ErrorMessage, Loading, Page } from '../ui/page';
import {
  DistributionChart,
  FunnelChart,
  PointsChart,
  RedemptionsChart,
  ReviewsChart,
  TiersChart,
} from './-dashboard/charts';
import './-dashboard/dashboard.css';
import { useFormats } from './-dashboard/format';
import { SyncHealth } from './-dashboard/sync-health';

/**
 * The admin's home, where sign-in lands: the channel's dashboard (A7), in its own chunk loaded
 * only after sign-in. An account without a channel yet (the first start) is sent to add one.
 */
export const Route = createFileRoute('/')({
  validateSearch: channelSearch,
  beforeLoad: async ({ context }) => {
    const channels = await context.queryClient.ensureQueryData(channelList.query(context.api));
    if (channels.length === 0) throw redirect({ to: '/channels' });
  },
  component: DashboardPage,
});

function DashboardPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const search = Route.useSearch();
  const channels = useChannels();
  const channel = channels.data?.find((c) => c.id === search.channel) ?? channels.data?.[0];
  const dashboard = useDashboard(channel?.id);
  if (channels.isPending) return <Loading />;
  return (
    <Page title={t('dash.title')}>
      <ErrorMessage error={channels.error ?? dashboard.error} />
      <ChannelPicker
        label={t('dash.channel')}
        channels={channels.data}
        value={channel?.id}
        onChange={(id) => void navigate({ to: '/', search: { channel: id } })}
      />
      {channels.data?.length === 0 ? (
        <EmptyState title={t('dash.noChannel')}>
          <Link to="/channels">{t('dash.addChannel')}</Link>
        </EmptyState>
      ) : null}
      {channel && dashboard.isPending ? <Loading /> : null}
      {channel && dashboard.data ? <ChannelDashboard channelId={channel.id} data={dashboard.data} /> : null}
    </Page>
  );
}

function hasHistory(data: Dashboard): boolean {
  const published = Object.values(data.reviews.distribution).reduce((sum, count) => sum + count, 0);
  const points = data.points.total;
  return (
    data.reviews.received + published + data.invitations.total.invited + data.members.total > 0 ||
    points.credited + points.redeemed + points.expired > 0
  );
}

function ChannelDashboard({ channelId, data }: { channelId: string; data: Dashboard }) {
  const { t } = useI18n();
  const f = useFormats();
  if (!hasHistory(data)) {
    return (
      <>
        <EmptyState title={t('dash.empty', { weeks: DASHBOARD_WEEKS })}>
          <p>{t('dash.emptyNext')}</p>
          <ul className="next-steps">
            <li>
              <Link to="/integrations" search={{ channel: channelId }}>
                {t('dash.linkIntegrations')}
              </Link>
            </li>
            <li>
              <Link to="/invitations">{t('dash.linkInvitations')}</Link>
            </li>
            <li>
              <Link to="/reviews/import">{t('dash.linkImport')}</Link>
            </li>
          </ul>
        </EmptyState>
        <SyncHealth channelId={channelId} syncs={data.syncs} />
      </>
    );
  }
  const kpis = [
    { label: t('dash.kpi.reviews'), value: f.number(data.reviews.received) },
    { label: t('dash.kpi.average'), value: f.rating(data.reviews.averageRating) },
    { label: t('dash.kpi.sent'), value: f.number(data.invitations.total.sent) },
    { label: t('dash.kpi.credited'), value: f.number(data.points.total.credited) },
    { label: t('dash.kpi.members'), value: f.number(data.members.total) },
  ];
  return (
    <>
      <p className="hint">{t('dash.period', { weeks: data.weeks.length })}</p>
      <dl className="kpis">
        {kpis.map((kpi) => (
          <div key={kpi.label} className="kpi">
            <dt>{kpi.label}</dt>
            <dd>{kpi.value}</dd>
          </div>
        ))}
      </dl>
      <div className="charts">
        <ReviewsChart reviews={data.reviews} />
        <DistributionChart distribution={data.reviews.distribution} />
        <FunnelChart invitations={data.invitations} />
        <PointsChart points={data.points} />
        <RedemptionsChart points={data.points} />
        <TiersChart members={data.members} />
      </div>
      <SyncHealth channelId={channelId} syncs={data.syncs} />
    </>
  );
}

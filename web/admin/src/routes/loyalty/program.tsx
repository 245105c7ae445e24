import { createFileRoute, Link, useNavigate } from '@tanstack/react-router';
import { useChannels } from '../../api/channels';
import { useLoyaltySettings, useRewards, useTiers } from '../../api/loyalty';
import { useI18n } from '../../i18n/i18n';
import { ChannelPicker, channelSearch } from '../../ui/channel-picker';
import { EmptyState, ErrorMessage, Loading, Page } from '../../ui/page';
import { HubPreviewPanel } from './-hub-preview';
import { RewardsEditor } from './-rewards';
import { ProgramSettingsForm } from './-settings-form';
import { TiersEditor } from './-tiers';
import './loyalty.css';

export const Route = createFileRoute('/loyalty/program')({
  validateSearch: channelSearch,
  component: ProgramPage,
});

/** The program editor (A5): rules, tiers and rewards beside the hub a member would see. */
function ProgramPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const search = Route.useSearch();
  const channels = useChannels();
  const channel = channels.data?.find((c) => c.id === search.channel) ?? channels.data?.[0];
  if (channels.isPending) return <Loading />;
  if (!channel)
    return (
      <Page title={t('loyalty.program.title')}>
        <ErrorMessage error={channels.error} />
        <EmptyState title={t('loyalty.noChannel')}>
          <Link to="/channels" className="button">
            {t('nav.channels')}
          </Link>
        </EmptyState>
      </Page>
    );
  return (
    <Page
      title={t('loyalty.program.title')}
      actions={
        <Link to="/loyalty/members" search={{ channel: channel.id }}>
          {t('loyalty.members.title')}
        </Link>
      }
    >
      <ChannelPicker
        label={t('loyalty.channel')}
        channels={channels.data}
        value={channel.id}
        onChange={(id) => void navigate({ to: '/loyalty/program', search: { channel: id } })}
      />
      <Program
        key={channel.id}
        channelId={channel.id}
        currency={channel.currency}
        locale={channel.defaultLocale}
      />
    </Page>
  );
}

function Program(props: { channelId: string; currency: string; locale: string }) {
  const settings = useLoyaltySettings(props.channelId);
  const tiers = useTiers(props.channelId);
  const rewards = useRewards(props.channelId);
  if (settings.isPending || tiers.isPending || rewards.isPending) return <Loading />;
  if (!settings.data || !tiers.data || !rewards.data)
    return <ErrorMessage error={settings.error ?? tiers.error ?? rewards.error} />;
  return (
    <div className="program-editor">
      <div className="program-main">
        <ProgramSettingsForm channelId={props.channelId} currency={props.currency} settings={settings.data} />
        <TiersEditor channelId={props.channelId} tiers={tiers.data} basis={settings.data.tiers.basis} />
        <RewardsEditor
          channelId={props.channelId}
          currency={props.currency}
          tiers={tiers.data}
          rewards={rewards.data}
        />
      </div>
      <aside className="program-aside">
        <HubPreviewPanel channelId={props.channelId} tiers={tiers.data} defaultLocale={props.locale} />
      </aside>
    </div>
  );
}

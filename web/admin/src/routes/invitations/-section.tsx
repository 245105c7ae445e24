import { Link, useNavigate } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useChannels } from '../../api/channels';
import { useI18n } from '../../i18n/i18n';
import { EmptyState, ErrorMessage, Loading, Page } from '../../ui/page';
import './-invitations.css';

export type InvitationsPath = '/invitations' | '/invitations/settings' | '/invitations/templates';

/** `?channel=` picks the channel; without it, the first one. */
export function validateChannelSearch(search: Record<string, unknown>): { channel?: string } {
  return typeof search['channel'] === 'string' ? { channel: search['channel'] } : {};
}

/**
 * The frame of every invitations page: its title, the links between the three pages and the
 * channel picker; `children` gets the chosen channel's id.
 */
export function InvitationsSection(props: {
  path: InvitationsPath;
  title: string;
  channel: string | undefined;
  children: (channelId: string) => ReactNode;
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const channels = useChannels();
  const channelId = props.channel ?? channels.data?.[0]?.id;
  const search = channelId ? { channel: channelId } : {};
  if (channels.isPending) return <Loading />;
  return (
    <Page title={props.title}>
      <nav aria-label={t('inv.tabs')} className="section-tabs">
        <Link to="/invitations" search={search} activeOptions={{ exact: true, includeSearch: false }}>
          {t('inv.tab.list')}
        </Link>
        <Link to="/invitations/settings" search={search} activeOptions={{ includeSearch: false }}>
          {t('inv.tab.settings')}
        </Link>
        <Link to="/invitations/templates" search={search} activeOptions={{ includeSearch: false }}>
          {t('inv.tab.templates')}
        </Link>
      </nav>
      <ErrorMessage error={channels.error} />
      {channels.data && channels.data.length > 1 ? (
        <label className="channel-picker">
          <span>{t('inv.channel')}</span>
          <select
            value={channelId}
            onChange={(event) => void navigate({ to: props.path, search: { channel: event.target.value } })}
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
        props.children(channelId)
      ) : (
        <EmptyState title={t('inv.noChannel')}>
          <Link to="/channels" className="button">
            {t('nav.channels')}
          </Link>
        </EmptyState>
      )}
    </Page>
  );
}

import { createFileRoute, Link, useNavigate } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useChannels } from '../../../api/channels';
import { useMemberSearch } from '../../../api/loyalty';
import { useI18n } from '../../../i18n/i18n';
import { ChannelPicker } from '../../../ui/channel-picker';
import { LoadMore } from '../../../ui/load-more';
import { EmptyState, ErrorMessage, Loading, Page } from '../../../ui/page';
import { MemberState } from '../-member-state';
import '../loyalty.css';

export const Route = createFileRoute('/loyalty/members/')({
  validateSearch: (search: Record<string, unknown>): { channel?: string; q?: string } => ({
    ...(typeof search['channel'] === 'string' ? { channel: search['channel'] } : {}),
    ...(typeof search['q'] === 'string' ? { q: search['q'] } : {}),
  }),
  component: MembersPage,
});

/** Member lookup (A5): by email, name or referral code; the newest members when nothing is typed. */
function MembersPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const search = Route.useSearch();
  const channels = useChannels();
  const channel = channels.data?.find((c) => c.id === search.channel) ?? channels.data?.[0];
  const [text, setText] = useState(search.q ?? '');
  // The address follows the typing (a lookup can be shared and survives a reload), a moment later.
  useEffect(() => {
    const timer = setTimeout(() => {
      if ((search.q ?? '') !== text)
        void navigate({
          to: '/loyalty/members',
          search: { ...(channel ? { channel: channel.id } : {}), ...(text ? { q: text } : {}) },
          replace: true,
        });
    }, 250);
    return () => clearTimeout(timer);
  }, [text, search.q, channel, navigate]);
  const members = useMemberSearch(channel?.id ?? '', search.q ?? '');
  if (channels.isPending) return <Loading />;
  if (!channel)
    return (
      <Page title={t('loyalty.members.title')}>
        <EmptyState title={t('loyalty.noChannel')} />
      </Page>
    );
  return (
    <Page
      title={t('loyalty.members.title')}
      actions={
        <Link to="/loyalty/program" search={{ channel: channel.id }}>
          {t('loyalty.program.title')}
        </Link>
      }
    >
      <ChannelPicker
        label={t('loyalty.channel')}
        channels={channels.data}
        value={channel.id}
        onChange={(id) => void navigate({ to: '/loyalty/members', search: { channel: id } })}
      />
      <search className="member-search">
        <label htmlFor="member-q">{t('loyalty.members.search')}</label>
        <input
          id="member-q"
          type="search"
          value={text}
          onChange={(event) => setText(event.target.value)}
          aria-describedby="member-q-hint"
        />
        <p className="hint" id="member-q-hint">
          {t('loyalty.members.searchHint')}
        </p>
      </search>
      <ErrorMessage error={members.error} />
      {members.rows && members.rows.length === 0 ? (
        <EmptyState
          title={search.q ? t('loyalty.members.none', { q: search.q }) : t('loyalty.members.empty')}
        />
      ) : null}
      {members.rows && members.rows.length > 0 ? (
        <table>
          <caption className="sr-only">{t('loyalty.members.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('loyalty.member.email')}</th>
              <th scope="col">{t('loyalty.member.state')}</th>
              <th scope="col">{t('loyalty.member.balance')}</th>
              <th scope="col">{t('loyalty.member.tier')}</th>
              <th scope="col">{t('loyalty.member.referralCode')}</th>
            </tr>
          </thead>
          <tbody>
            {members.rows.map((member) => (
              <tr key={member.memberId}>
                <td>
                  <Link
                    to="/loyalty/members/$channelId/$memberId"
                    params={{ channelId: channel.id, memberId: member.memberId }}
                  >
                    {member.email}
                  </Link>
                </td>
                <td>
                  <MemberState state={member.state} />
                </td>
                <td>{member.balance}</td>
                <td>{member.tier?.name ?? '—'}</td>
                <td>
                  <code>{member.referralCode}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <LoadMore
        hasMore={members.hasNextPage}
        loading={members.isFetchingNextPage}
        onMore={() => void members.fetchNextPage()}
      />
    </Page>
  );
}

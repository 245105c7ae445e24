import { useState } from 'react';
import { type ListState, useCancelInvitation, useInvitations } from '../../api/invitations';
import { type MessageKey, useI18n } from '../../i18n/i18n';
import { ConfirmButton } from '../../ui/confirm';
import { DataTable } from '../../ui/data-table';
import { LoadMore } from '../../ui/load-more';
import { ReasonText, StateBadge } from './-state';

const STATES: ListState[] = [
  'scheduled',
  'sent',
  'opened',
  'completed',
  'cancelled',
  'suppressed',
  'expired',
];

/** The channel's invitations, newest first, with their state and why; live ones can be cancelled. */
export function InvitationList({ channelId }: { channelId: string }) {
  const { t, has, formatDateTime } = useI18n();
  const [state, setState] = useState<ListState | ''>('');
  const list = useInvitations(channelId, state || undefined);
  const cancel = useCancelInvitation(channelId);
  const method = (value: string) => {
    const key = `inv.method.${value}`;
    return has(key) ? t(key as MessageKey) : value;
  };
  return (
    <section className="card" aria-labelledby="invitation-list">
      <h2 id="invitation-list">{t('inv.list.title')}</h2>
      <label className="channel-picker">
        <span>{t('inv.list.filter')}</span>
        <select value={state} onChange={(event) => setState(event.target.value as ListState | '')}>
          <option value="">{t('inv.list.all')}</option>
          {STATES.map((value) => (
            <option key={value} value={value}>
              {t(`inv.state.${value}`)}
            </option>
          ))}
        </select>
      </label>
      <DataTable
        caption={t('inv.list.title')}
        rows={list.rows}
        pending={list.isPending}
        error={list.error ?? cancel.error}
        empty={t('inv.list.empty')}
        rowKey={(invitation) => invitation.id}
        columns={[
          { header: t('inv.list.email'), cell: (invitation) => invitation.email },
          { header: t('inv.list.order'), cell: (invitation) => invitation.orderNumber ?? '—' },
          { header: t('inv.list.state'), cell: (invitation) => <StateBadge invitation={invitation} /> },
          { header: t('inv.list.why'), cell: (invitation) => <ReasonText reason={invitation.stateReason} /> },
          { header: t('inv.list.method'), cell: (invitation) => method(invitation.method) },
          {
            header: t('inv.list.when'),
            cell: (invitation) => formatDateTime(invitation.sentAt ?? invitation.scheduledAt),
          },
        ]}
        actions={(invitation) =>
          invitation.state === 'scheduled' || invitation.state === 'sent' ? (
            <ConfirmButton
              title={t('inv.list.cancelTitle', { email: invitation.email })}
              description={t('inv.list.cancelText')}
              confirmLabel={t('inv.list.cancelConfirm')}
              onConfirm={() => cancel.mutate(invitation.id)}
            >
              {t('inv.list.cancel')}
            </ConfirmButton>
          ) : null
        }
      />
      <LoadMore
        hasMore={list.hasNextPage}
        loading={list.isFetchingNextPage}
        onMore={() => void list.fetchNextPage()}
      />
    </section>
  );
}

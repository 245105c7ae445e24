import { useState } from 'react';
import { type ListState, useCancelInvitation, useInvitations } from '../../api/invitations';
import { type MessageKey, useI18n } from '../../i18n/i18n';
import { ConfirmButton } from '../../ui/confirm';
import { EmptyState, ErrorMessage, Loading } from '../../ui/page';
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
      <ErrorMessage error={list.error ?? cancel.error} />
      {list.isPending ? <Loading /> : null}
      {list.data?.length === 0 ? <EmptyState title={t('inv.list.empty')} /> : null}
      {list.data && list.data.length > 0 ? (
        <table>
          <caption className="sr-only">{t('inv.list.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('inv.list.email')}</th>
              <th scope="col">{t('inv.list.order')}</th>
              <th scope="col">{t('inv.list.state')}</th>
              <th scope="col">{t('inv.list.why')}</th>
              <th scope="col">{t('inv.list.method')}</th>
              <th scope="col">{t('inv.list.when')}</th>
              <th scope="col">
                <span className="sr-only">{t('common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.data.map((invitation) => (
              <tr key={invitation.id}>
                <td>{invitation.email}</td>
                <td>{invitation.orderNumber ?? '—'}</td>
                <td>
                  <StateBadge invitation={invitation} />
                </td>
                <td>
                  <ReasonText reason={invitation.stateReason} />
                </td>
                <td>{method(invitation.method)}</td>
                <td>{formatDateTime(invitation.sentAt ?? invitation.scheduledAt)}</td>
                <td>
                  {invitation.state === 'scheduled' || invitation.state === 'sent' ? (
                    <ConfirmButton
                      title={t('inv.list.cancelTitle', { email: invitation.email })}
                      description={t('inv.list.cancelText')}
                      confirmLabel={t('inv.list.cancelConfirm')}
                      onConfirm={() => cancel.mutate(invitation.id)}
                    >
                      {t('inv.list.cancel')}
                    </ConfirmButton>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

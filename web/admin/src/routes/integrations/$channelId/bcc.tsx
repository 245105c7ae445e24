import { createFileRoute } from '@tanstack/react-router';
import { useChannel } from '../../../api/channels';
import { useBccAddress, useBccMessages } from '../../../api/invitation-inbox';
import { useI18n } from '../../../i18n/i18n';
import { CopyValue } from '../../../ui/copy';
import { EmptyState, ErrorMessage, Loading, Page, Step, Steps } from '../../../ui/page';

export const Route = createFileRoute('/integrations/$channelId/bcc')({ component: BccPage });

/**
 * The BCC address for order confirmations (R3, "automatic feedback"): copy it into the shop's
 * confirmation emails, then watch what arrived and why any mail could not be read.
 */
function BccPage() {
  const { channelId } = Route.useParams();
  const { t, has, formatDateTime } = useI18n();
  const channel = useChannel(channelId);
  const address = useBccAddress(channelId);
  const messages = useBccMessages(channelId);
  /** The reason in the merchant's language; the invitation checks' own refusal quoted as the server words it. */
  const reasonText = (message: { reason: string | null; reasonCode: string | null }) => {
    if (message.reasonCode === 'already_invited')
      return t('bcc.reason.already_invited', {
        method: /\(([^)]*)\)$/.exec(message.reason ?? '')?.[1] ?? '',
      });
    const key = `bcc.reason.${message.reasonCode}`;
    return has(key) ? t(key, { detail: message.reason ?? '' }) : (message.reason ?? '');
  };
  return (
    <Page title={t('bcc.title', { channel: channel.data?.name ?? '' })}>
      <Steps>
        <Step title={t('bcc.step.address')}>
          <p>{t('bcc.intro')}</p>
          {address.isPending ? <Loading /> : null}
          <ErrorMessage error={address.error} />
          {address.data ? <CopyValue label={t('bcc.address')} value={address.data} /> : null}
          <p className="hint">{t('bcc.bccOnly')}</p>
        </Step>
        <Step title={t('bcc.step.received')}>
          {messages.isPending ? <Loading /> : null}
          <ErrorMessage error={messages.error} />
          {messages.data?.length === 0 ? (
            <EmptyState title={t('bcc.emptyTitle')}>
              <p>{t('bcc.emptyText')}</p>
            </EmptyState>
          ) : null}
          {messages.data && messages.data.length > 0 ? (
            <table>
              <caption className="sr-only">{t('bcc.step.received')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('bcc.receivedAt')}</th>
                  <th scope="col">{t('bcc.subject')}</th>
                  <th scope="col">{t('bcc.recipient')}</th>
                  <th scope="col">{t('bcc.order')}</th>
                  <th scope="col">{t('bcc.outcome')}</th>
                </tr>
              </thead>
              <tbody>
                {messages.data.map((message) => (
                  <tr key={message.id}>
                    <td>{formatDateTime(message.receivedAt)}</td>
                    <td>{message.subject ?? '—'}</td>
                    <td>{message.recipient ?? '—'}</td>
                    <td>{message.orderNumber ?? '—'}</td>
                    <td
                      className={message.status === 'unparsed' ? 'field-state-create' : 'field-state-present'}
                    >
                      {t(`bcc.status.${message.status}`)}
                      {message.reason ? <span className="hint"> — {reasonText(message)}</span> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </Step>
      </Steps>
    </Page>
  );
}

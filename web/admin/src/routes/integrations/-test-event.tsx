import { type Connection, useSendTestEvent } from '../../api/integrations';
import { useI18n } from '../../i18n/i18n';
import { ErrorMessage } from '../../ui/page';

/**
 * "Send test event" (Standard Webhooks endpoints): one signed `webhook.test` sent now, and what
 * the endpoint answered — its status code, or why it could not be reached.
 */
export function TestEvent({ connection }: { connection: Connection }) {
  const { t } = useI18n();
  const send = useSendTestEvent(connection.id);
  const result = send.data;
  return (
    <>
      <p>{t('testEvent.intro')}</p>
      <div className="actions">
        <button type="button" disabled={send.isPending} onClick={() => send.mutate()}>
          {send.isPending ? t('testEvent.sending') : t('testEvent.send')}
        </button>
      </div>
      <div role="status" className="test-event-result">
        {result && !send.isPending ? (
          <p className={result.delivered ? 'note' : 'warning'}>
            {result.delivered
              ? t('testEvent.delivered', { status: result.status ?? 0, id: result.messageId })
              : result.status === null
                ? t('testEvent.unreachable', { error: result.error ?? '' })
                : t('testEvent.refused', { status: result.status, error: result.error ?? '' })}
          </p>
        ) : null}
      </div>
      <ErrorMessage error={send.error} />
    </>
  );
}

import { createFileRoute } from '@tanstack/react-router';
import { useChannel } from '../../../api/channels';
import { useLinkKeys, useRotateLinkKeys } from '../../../api/invitation-inbox';
import { useI18n } from '../../../i18n/i18n';
import { ConfirmButton } from '../../../ui/confirm';
import { CopyValue } from '../../../ui/copy';
import { ErrorMessage, Loading, Page, Step, Steps } from '../../../ui/page';

export const Route = createFileRoute('/integrations/$channelId/link-keys')({ component: LinkKeysPage });

/**
 * Business-generated links (docs/invitation-links.md): the shop builds each customer's link
 * with the channel's encrypt and auth keys; replacing the keys stops the old links.
 */
function LinkKeysPage() {
  const { channelId } = Route.useParams();
  const { t } = useI18n();
  const channel = useChannel(channelId);
  const keys = useLinkKeys(channelId);
  const rotate = useRotateLinkKeys(channelId);
  return (
    <Page title={t('linkKeys.title', { channel: channel.data?.name ?? '' })}>
      <p>{t('linkKeys.intro')}</p>
      <Steps>
        <Step title={t('linkKeys.step.keys')}>
          {keys.isPending ? <Loading /> : null}
          <ErrorMessage error={keys.error} />
          {keys.data ? (
            <>
              <CopyValue label={t('linkKeys.encryptKey')} value={keys.data.encryptKey} />
              <CopyValue label={t('linkKeys.authKey')} value={keys.data.authKey} />
              <p className="hint">{t('linkKeys.secretHint')}</p>
            </>
          ) : null}
        </Step>
        <Step title={t('linkKeys.step.template')}>
          <p>{t('linkKeys.templateIntro')}</p>
          {keys.data ? <CopyValue label={t('linkKeys.template')} value={keys.data.linkTemplate} /> : null}
          <p className="hint">{t('linkKeys.payload')}</p>
        </Step>
      </Steps>
      <section className="card danger-zone" aria-labelledby="rotate-keys">
        <h2 id="rotate-keys">{t('linkKeys.rotate')}</h2>
        <p>{t('linkKeys.rotateWhen')}</p>
        <ErrorMessage error={rotate.error} />
        <ConfirmButton
          title={t('linkKeys.rotateTitle')}
          description={t('linkKeys.rotateText')}
          confirmLabel={t('linkKeys.rotate')}
          onConfirm={() => rotate.mutate()}
          disabled={rotate.isPending}
        >
          {t('linkKeys.rotate')}
        </ConfirmButton>
        <p role="status">{rotate.isSuccess ? t('linkKeys.rotated') : ''}</p>
      </section>
    </Page>
  );
}

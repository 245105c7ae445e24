import { createFileRoute, Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import {
  type Channel,
  useChannel,
  useDeleteChannel,
  useRevealSigningSecret,
  useRotateSigningSecret,
  useUpdateChannel,
} from '../../api/channels';
import { useI18n } from '../../i18n/i18n';
import { ConfirmButton } from '../../ui/confirm';
import { CopyValue } from '../../ui/copy';
import { formValues, useFormErrors } from '../../ui/form';
import { ErrorMessage, Loading, Page } from '../../ui/page';
import { ChannelFields, checkChannel, toChannelInput } from './-channel-form';

export const Route = createFileRoute('/channels/$channelId')({ component: ChannelPage });

function ChannelPage() {
  const { channelId } = Route.useParams();
  const { t } = useI18n();
  const channel = useChannel(channelId);
  if (channel.isPending) return <Loading />;
  if (!channel.data) return <ErrorMessage error={channel.error} />;
  return (
    <Page
      title={channel.data.name}
      actions={
        <Link to="/integrations" search={{ channel: channelId }} className="button secondary">
          {t('channels.integrations')}
        </Link>
      }
    >
      <EditChannel channel={channel.data} />
      <Keys channel={channel.data} />
      <DeleteChannel channel={channel.data} />
    </Page>
  );
}

function EditChannel({ channel }: { channel: Channel }) {
  const { t } = useI18n();
  const update = useUpdateChannel(channel.id);
  const errors = useFormErrors();
  return (
    <section className="card" aria-labelledby="channel-settings">
      <h2 id="channel-settings">{t('channels.settings')}</h2>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const values = formValues(event.currentTarget);
          if (!errors.check(checkChannel(values, t))) return;
          update.mutate(toChannelInput(values), { onError: errors.fail });
        }}
      >
        <ChannelFields channel={channel} errors={errors} />
        <ErrorMessage error={errors.formError} />
        <div className="actions">
          <button type="submit" disabled={update.isPending}>
            {t('common.save')}
          </button>
          <span role="status">{update.isSuccess ? t('common.saved') : ''}</span>
        </div>
      </form>
    </section>
  );
}

function Keys({ channel }: { channel: Channel }) {
  const { t } = useI18n();
  const reveal = useRevealSigningSecret(channel.id);
  const rotate = useRotateSigningSecret(channel.id);
  const [secret, setSecret] = useState<string | undefined>(undefined);
  return (
    <section className="card" aria-labelledby="channel-keys">
      <h2 id="channel-keys">{t('channels.keys')}</h2>
      <CopyValue label={t('channels.publicId')} value={channel.publicId} />
      <p className="hint">{t('channels.publicIdHint')}</p>
      <h3>{t('channels.signingSecret')}</h3>
      <p className="hint">{t('channels.signingSecretHint')}</p>
      {secret ? <CopyValue label={t('channels.signingSecret')} value={secret} /> : null}
      <ErrorMessage error={reveal.error ?? rotate.error} />
      <div className="actions">
        {secret ? null : (
          <button
            type="button"
            className="secondary"
            onClick={() => reveal.mutate(undefined, { onSuccess: setSecret })}
          >
            {t('channels.reveal')}
          </button>
        )}
        <ConfirmButton
          title={t('channels.rotateTitle')}
          description={t('channels.rotateText')}
          confirmLabel={t('channels.rotate')}
          onConfirm={() => rotate.mutate(undefined, { onSuccess: setSecret })}
        >
          {t('channels.rotate')}
        </ConfirmButton>
      </div>
    </section>
  );
}

function DeleteChannel({ channel }: { channel: Channel }) {
  const { t } = useI18n();
  const remove = useDeleteChannel(channel.id);
  const navigate = useNavigate();
  return (
    <section className="card danger-zone" aria-labelledby="channel-delete">
      <h2 id="channel-delete">{t('channels.delete')}</h2>
      <p>{t('channels.deleteText')}</p>
      <ErrorMessage error={remove.error} />
      <ConfirmButton
        title={t('channels.deleteTitle', { name: channel.name })}
        description={t('channels.deleteText')}
        confirmLabel={t('channels.delete')}
        onConfirm={() => remove.mutate(undefined, { onSuccess: () => void navigate({ to: '/channels' }) })}
      >
        {t('channels.delete')}
      </ConfirmButton>
    </section>
  );
}

import { createFileRoute, Link } from '@tanstack/react-router';
import { Dialog } from 'radix-ui';
import { useState } from 'react';
import { useChannels, useCreateChannel } from '../../api/channels';
import { useI18n } from '../../i18n/i18n';
import { formValues, useFormErrors } from '../../ui/form';
import { EmptyState, ErrorMessage, Loading, Page } from '../../ui/page';
import { ChannelFields, checkChannel, toChannelInput } from './-channel-form';

export const Route = createFileRoute('/channels/')({ component: Channels });

function NewChannel() {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const create = useCreateChannel();
  const errors = useFormErrors();
  return (
    <Dialog.Root
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        errors.clear();
      }}
    >
      <Dialog.Trigger asChild>
        <button type="button">{t('channels.add')}</button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="overlay" />
        <Dialog.Content className="dialog">
          <Dialog.Title>{t('channels.addTitle')}</Dialog.Title>
          <Dialog.Description>{t('channels.addIntro')}</Dialog.Description>
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              const values = formValues(event.currentTarget);
              if (!errors.check(checkChannel(values, t))) return;
              create.mutate(toChannelInput(values), {
                onSuccess: () => setOpen(false),
                onError: errors.fail,
              });
            }}
          >
            <ChannelFields errors={errors} />
            <ErrorMessage error={errors.formError} />
            <div className="actions">
              <Dialog.Close asChild>
                <button type="button" className="secondary">
                  {t('common.cancel')}
                </button>
              </Dialog.Close>
              <button type="submit" disabled={create.isPending}>
                {t('channels.create')}
              </button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function Channels() {
  const { t, locale } = useI18n();
  const languageNames = new Intl.DisplayNames([locale], { type: 'language' });
  const channels = useChannels();
  return (
    <Page title={t('channels.title')} actions={<NewChannel />}>
      {channels.isPending ? <Loading /> : null}
      <ErrorMessage error={channels.error} />
      {channels.data?.length === 0 ? (
        <EmptyState title={t('channels.emptyTitle')}>
          <p>{t('channels.emptyText')}</p>
        </EmptyState>
      ) : null}
      {channels.data && channels.data.length > 0 ? (
        <table>
          <caption className="sr-only">{t('channels.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('channels.name')}</th>
              <th scope="col">{t('channels.domain')}</th>
              <th scope="col">{t('channels.locale')}</th>
              <th scope="col">{t('channels.currency')}</th>
              <th scope="col">{t('channels.timeZone')}</th>
            </tr>
          </thead>
          <tbody>
            {channels.data.map((channel) => (
              <tr key={channel.id}>
                <td>
                  <Link to="/channels/$channelId" params={{ channelId: channel.id }}>
                    {channel.name}
                  </Link>
                </td>
                <td>{channel.domain}</td>
                <td>{languageNames.of(channel.defaultLocale) ?? channel.defaultLocale}</td>
                <td>{channel.currency}</td>
                <td>{channel.timeZone}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </Page>
  );
}

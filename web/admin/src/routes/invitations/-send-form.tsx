import { useState } from 'react';
import { useCreateInvitation } from '../../api/invitations';
import { SUPPORTED_LOCALES, useI18n } from '../../i18n/i18n';
import { SelectField, TextField } from '../../ui/field';
import { formValues, useFormErrors } from '../../ui/form';
import { ErrorMessage } from '../../ui/page';
import { StateBadge } from './-state';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** One invitation by hand: sent by Trustloop (at once) or only its link made. */
export function SendForm({ channelId }: { channelId: string }) {
  const { t, locale } = useI18n();
  const names = new Intl.DisplayNames([locale], { type: 'language' });
  const create = useCreateInvitation(channelId);
  const errors = useFormErrors();
  const [result, setResult] = useState<Awaited<ReturnType<typeof create.mutateAsync>> | undefined>();
  return (
    <section className="card" aria-labelledby="send-one">
      <h2 id="send-one">{t('inv.send.title')}</h2>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const form = event.currentTarget;
          const values = formValues(form);
          if (!errors.check(EMAIL.test(values['email'] ?? '') ? {} : { email: t('signIn.emailInvalid') }))
            return;
          setResult(undefined);
          create.mutate(
            {
              email: values['email']!,
              ...(values['name'] ? { name: values['name'] } : {}),
              ...(values['orderNumber'] ? { orderNumber: values['orderNumber'] } : {}),
              ...(values['locale'] ? { locale: values['locale'] } : {}),
              send: values['send'] === 'link' ? 'link' : 'email',
            },
            {
              onSuccess: (answer) => {
                setResult(answer);
                if (answer.created) form.reset();
              },
              onError: errors.fail,
            },
          );
        }}
      >
        <div className="row wide">
          <TextField label={t('inv.send.email')} name="email" type="email" error={errors.fields['email']} />
          <TextField label={t('inv.send.name')} name="name" error={errors.fields['name']} />
          <TextField
            label={t('inv.send.order')}
            name="orderNumber"
            description={t('inv.send.orderHint')}
            error={errors.fields['orderNumber']}
          />
          <SelectField
            label={t('inv.send.language')}
            name="locale"
            options={[
              { value: '', label: t('inv.send.languageDefault') },
              ...SUPPORTED_LOCALES.map((code) => ({ value: code, label: names.of(code) ?? code })),
            ]}
          />
          <SelectField
            label={t('inv.send.delivery')}
            name="send"
            options={[
              { value: 'email', label: t('inv.delivery.email') },
              { value: 'link', label: t('inv.delivery.link') },
            ]}
          />
        </div>
        <ErrorMessage error={errors.formError} />
        <div className="actions">
          <button type="submit" disabled={create.isPending}>
            {t('inv.send.submit')}
          </button>
          <span role="status">
            {result ? (
              <>
                {t(result.created ? 'inv.send.created' : 'inv.send.existing', {
                  email: result.invitation.email,
                })}{' '}
                <StateBadge invitation={result.invitation} />
              </>
            ) : null}
          </span>
        </div>
      </form>
    </section>
  );
}

import { useAddSuppression, useRemoveSuppression, useSuppressions } from '../../api/invitations';
import { type MessageKey, useI18n } from '../../i18n/i18n';
import { TextField } from '../../ui/field';
import { formValues, useFormErrors } from '../../ui/form';
import { EmptyState, ErrorMessage, Loading } from '../../ui/page';

/** Addresses never invited in this channel: add one, or allow one again. */
export function Suppressions({ channelId }: { channelId: string }) {
  const { t, has, formatDateTime } = useI18n();
  const list = useSuppressions(channelId);
  const add = useAddSuppression(channelId);
  const remove = useRemoveSuppression(channelId);
  const errors = useFormErrors();
  const source = (value: string) => {
    const key = `inv.sup.source.${value}`;
    return has(key) ? t(key as MessageKey) : value;
  };
  return (
    <section className="card" aria-labelledby="suppressions">
      <h2 id="suppressions">{t('inv.sup.title')}</h2>
      <p className="hint">{t('inv.sup.intro')}</p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const form = event.currentTarget;
          const email = formValues(form)['email'] ?? '';
          if (!errors.check(/^[^\s@]+@[^\s@]+$/.test(email) ? {} : { email: t('signIn.emailInvalid') }))
            return;
          add.mutate(email, { onSuccess: () => form.reset(), onError: errors.fail });
        }}
      >
        <div className="row">
          <TextField label={t('inv.sup.email')} name="email" type="email" error={errors.fields['email']} />
        </div>
        <ErrorMessage error={errors.formError} />
        <button type="submit" disabled={add.isPending}>
          {t('inv.sup.add')}
        </button>
      </form>
      <ErrorMessage error={list.error ?? remove.error} />
      {list.isPending ? <Loading /> : null}
      {list.data?.length === 0 ? <EmptyState title={t('inv.sup.empty')} /> : null}
      {list.data && list.data.length > 0 ? (
        <table>
          <caption className="sr-only">{t('inv.sup.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('inv.list.email')}</th>
              <th scope="col">{t('inv.sup.source')}</th>
              <th scope="col">{t('inv.sup.since')}</th>
              <th scope="col">
                <span className="sr-only">{t('common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.data.map((entry) => (
              <tr key={entry.email}>
                <td>{entry.email}</td>
                <td>{source(entry.source)}</td>
                <td>{formatDateTime(entry.createdAt)}</td>
                <td>
                  <button
                    type="button"
                    className="secondary"
                    aria-label={t('inv.sup.removeLabel', { email: entry.email })}
                    disabled={remove.isPending}
                    onClick={() => remove.mutate(entry.email)}
                  >
                    {t('inv.sup.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

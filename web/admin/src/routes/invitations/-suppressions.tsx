import { useAddSuppression, useRemoveSuppression, useSuppressions } from '../../api/invitations';
import { type MessageKey, useI18n } from '../../i18n/i18n';
import { DataTable } from '../../ui/data-table';
import { TextField } from '../../ui/field';
import { formValues, useFormErrors } from '../../ui/form';
import { ErrorMessage } from '../../ui/page';

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
      <DataTable
        caption={t('inv.sup.title')}
        rows={list.data}
        pending={list.isPending}
        error={list.error ?? remove.error}
        empty={t('inv.sup.empty')}
        rowKey={(entry) => entry.email}
        columns={[
          { header: t('inv.list.email'), cell: (entry) => entry.email },
          { header: t('inv.sup.source'), cell: (entry) => source(entry.source) },
          { header: t('inv.sup.since'), cell: (entry) => formatDateTime(entry.createdAt) },
        ]}
        actions={(entry) => (
          <button
            type="button"
            className="secondary"
            aria-label={t('inv.sup.removeLabel', { email: entry.email })}
            disabled={remove.isPending}
            onClick={() => remove.mutate(entry.email)}
          >
            {t('inv.sup.remove')}
          </button>
        )}
      />
    </section>
  );
}

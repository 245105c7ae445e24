import { useState } from 'react';
import type { Connection, ConnectorDescriptor } from '../../api/integrations';
import { useExportRun, useStartExport } from '../../api/integrations';
import { useI18n } from '../../i18n/i18n';
import { SelectField, TextField } from '../../ui/field';
import { formValues, useFormErrors } from '../../ui/form';
import { ErrorMessage } from '../../ui/page';

// The server's rule for tags (comma-separated, no spaces), checked while the merchant types.
const TAGS = /^[^\s,]+(,[^\s,]+)*$/;

/** The one-shot export with its choices and live progress (capabilities decide the choices). */
export function ExportForm({
  connection,
  descriptor,
}: {
  connection: Connection;
  descriptor: ConnectorDescriptor;
}) {
  const { t } = useI18n();
  const start = useStartExport(connection.id);
  const [exportId, setExportId] = useState<string | undefined>();
  const run = useExportRun(connection.id, exportId);
  const errors = useFormErrors();
  const [tagsError, setTagsError] = useState<string | undefined>();
  const choices = descriptor.capabilities.exportChoices;
  const busy = start.isPending || (run.data !== undefined && !run.data.finishedAt);
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const values = formValues(event.currentTarget);
        const found: Record<string, string> = {};
        if (values['tags'] && !TAGS.test(values['tags'])) found['tags'] = t('export.tagsInvalid');
        if (values['from'] && values['to'] && values['from'] > values['to'])
          found['to'] = t('export.rangeInvalid');
        if (!errors.check(found)) return;
        start.mutate(
          {
            consent: values['consent'] ?? 'all',
            ...(values['from'] ? { from: values['from'] } : {}),
            ...(values['to'] ? { to: values['to'] } : {}),
            ...(values['tags'] ? { tags: values['tags'] } : {}),
            ...(choices?.transactions ? { transactions: values['transactions'] === 'on' } : {}),
          },
          { onSuccess: (result) => setExportId(result.id), onError: errors.fail },
        );
      }}
    >
      <div className="row">
        <SelectField
          label={t('export.consent')}
          name="consent"
          options={[
            { value: 'all', label: t('export.consent.all') },
            { value: 'subscribed', label: t('export.consent.subscribed') },
            { value: 'unsubscribed', label: t('export.consent.unsubscribed') },
          ]}
          error={errors.fields['consent']}
        />
        <TextField label={t('export.from')} name="from" type="date" error={errors.fields['from']} />
        <TextField label={t('export.to')} name="to" type="date" error={errors.fields['to']} />
      </div>
      {choices?.tags ? (
        <TextField
          label={t('export.tags')}
          name="tags"
          placeholder="SPRING,IMPORT_2026"
          description={t('export.tagsHint')}
          error={tagsError ?? errors.fields['tags']}
          onChange={(event) =>
            setTagsError(
              event.currentTarget.value && !TAGS.test(event.currentTarget.value)
                ? t('export.tagsInvalid')
                : undefined,
            )
          }
        />
      ) : null}
      {choices?.transactions ? (
        <div className="field">
          <label className="check">
            <input type="checkbox" name="transactions" />
            {t('export.transactions')}
          </label>
          <p className="field-description">{t('export.transactionsOnce')}</p>
        </div>
      ) : null}
      <ErrorMessage error={errors.formError} />
      <button type="submit" disabled={busy}>
        {t('export.start')}
      </button>
      {run.data ? (
        <div className="progress" role="status">
          <progress
            max={Math.max(run.data.total, 1)}
            value={run.data.completed + run.data.failed}
            aria-label={t('export.progress')}
          />
          <span>
            {run.data.finishedAt
              ? t('export.done', { completed: run.data.completed, failed: run.data.failed })
              : t('export.running', { done: run.data.completed + run.data.failed, total: run.data.total })}
          </span>
          {run.data.choices.transactions && (run.data.phase === 'transactions' || run.data.finishedAt) ? (
            <span>{t('export.purchases', run.data.purchases)}</span>
          ) : null}
          {run.data.lastError ? <span className="field-error">{run.data.lastError}</span> : null}
        </div>
      ) : null}
    </form>
  );
}

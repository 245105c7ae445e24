import { useState } from 'react';
import { type Connection, useUpdateConnection } from '../../api/integrations';
import { useI18n } from '../../i18n/i18n';
import { TextField } from '../../ui/field';
import { formValues, useFormErrors } from '../../ui/form';

/** The server's own check of an event type (connectors.service.ts, checkEventTypes). */
const EVENT_TYPE = /^[a-z_]+\.[a-z_]+$/;

/**
 * Which events an endpoint is sent (Standard Webhooks connections): every event, or only the
 * types listed, comma-separated, as the `type` of each delivery names them. Checked before sending.
 */
export function EventTypes({ connection }: { connection: Connection }) {
  const { t } = useI18n();
  const update = useUpdateConnection(connection.id);
  const errors = useFormErrors();
  const [saved, setSaved] = useState(false);
  const current = connection.eventTypes === '*' ? '' : connection.eventTypes.join(', ');
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setSaved(false);
        const types = (formValues(event.currentTarget)['eventTypes'] ?? '')
          .split(',')
          .map((type) => type.trim())
          .filter(Boolean);
        const wrong = types.find((type) => !EVENT_TYPE.test(type));
        if (!errors.check(wrong ? { eventTypes: t('eventTypes.invalid', { type: wrong }) } : {})) return;
        update.mutate(
          { eventTypes: types.length > 0 ? types : '*' },
          { onSuccess: () => setSaved(true), onError: errors.fail },
        );
      }}
    >
      <p>{connection.eventTypes === '*' ? t('eventTypes.all') : t('eventTypes.some')}</p>
      <TextField
        label={t('eventTypes.label')}
        name="eventTypes"
        defaultValue={current}
        description={t('eventTypes.hint')}
        error={errors.fields['eventTypes']}
      />
      <div className="actions">
        <button type="submit" disabled={update.isPending}>
          {t('eventTypes.save')}
        </button>
      </div>
      {saved ? <p role="status">{t('common.saved')}</p> : null}
    </form>
  );
}

import { useState } from 'react';
import { useEspSends, useExpiryNotice, useSetEspSends, useSetExpiryNotice } from '../../api/esp-settings';
import { useI18n } from '../../i18n/i18n';
import { SelectField, TextField } from '../../ui/field';
import { useFormErrors } from '../../ui/form';
import { ErrorMessage, Loading } from '../../ui/page';

const MAX_NOTICE_DAYS = 365;

/**
 * Seed 004's "Nastavení notifikace před expirací" (notify the platform N days ahead, or not at
 * all) and "Nastavení odchozích e-mailů" (the platform sends the emails, Trustloop none).
 */
export function EspSwitches({ channelId, platform }: { channelId: string; platform: string }) {
  const { t } = useI18n();
  const expiry = useExpiryNotice(channelId);
  const espSends = useEspSends(channelId);
  const setExpiry = useSetExpiryNotice(channelId);
  const setEspSends = useSetEspSends(channelId);
  const errors = useFormErrors();
  const [notify, setNotify] = useState<boolean | undefined>(undefined);
  const [saved, setSaved] = useState(false);
  if (expiry.isPending || espSends.isPending) return <Loading />;
  if (!expiry.data || espSends.data === undefined)
    return <ErrorMessage error={expiry.error ?? espSends.error} />;
  const notifying = notify ?? expiry.data.noticeDays > 0;
  return (
    <form
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        setSaved(false);
        const form = new FormData(event.currentTarget);
        const days = notifying ? Number(form.get('noticeDays')) : 0;
        const bad = notifying && (!Number.isInteger(days) || days < 1 || days > MAX_NOTICE_DAYS);
        if (!errors.check(bad ? { noticeDays: t('switches.daysInvalid', { max: MAX_NOTICE_DAYS }) } : {}))
          return;
        try {
          await setExpiry.mutateAsync(days);
          await setEspSends.mutateAsync(form.get('espSends') === 'on');
          setSaved(true);
        } catch (error) {
          // The loyalty API names `/body/expiry/noticeDays`.
          errors.fail(error);
        }
      }}
    >
      <div className="row">
        <SelectField
          id="expiry-notify"
          label={t('switches.expiry', { platform })}
          value={notifying ? 'notify' : 'off'}
          onChange={(event) => setNotify(event.target.value === 'notify')}
          options={[
            { value: 'notify', label: t('switches.expiryNotify', { platform }) },
            { value: 'off', label: t('switches.expiryOff') },
          ]}
        />
        {notifying ? (
          <TextField
            id="expiry-days"
            name="noticeDays"
            type="number"
            min={1}
            max={MAX_NOTICE_DAYS}
            label={t('switches.days')}
            defaultValue={String(expiry.data.noticeDays || 7)}
            error={errors.fields['noticeDays'] ?? errors.fields['expiry/noticeDays']}
          />
        ) : null}
      </div>
      <p className="hint">
        {expiry.data.mode === 'none' ? t('switches.expiryNever') : t('switches.expiryWhen')}
      </p>
      <div className="field">
        <label className="check">
          <input type="checkbox" name="espSends" defaultChecked={espSends.data} />
          {t('switches.espSends', { platform })}
        </label>
        <p className="field-description">{t('switches.espSendsHint', { platform })}</p>
      </div>
      <ErrorMessage error={errors.formError} />
      <div className="actions">
        <button type="submit" disabled={setExpiry.isPending || setEspSends.isPending}>
          {t('switches.save')}
        </button>
        <span role="status">{saved ? t('common.saved') : ''}</span>
      </div>
    </form>
  );
}

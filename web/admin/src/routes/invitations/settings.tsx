import { createFileRoute } from '@tanstack/react-router';
import { useState } from 'react';
import type { FieldErrors } from '../../api/client';
import {
  type InvitationSettings,
  type SettingsPatch,
  useInvitationSettings,
  useUpdateInvitationSettings,
} from '../../api/invitations';
import { type I18n, useI18n } from '../../i18n/i18n';
import { SelectField, TextField } from '../../ui/field';
import { formValues, useFormErrors } from '../../ui/form';
import { ErrorMessage, Loading } from '../../ui/page';
import { InvitationsSection, validateChannelSearch } from './-section';

export const Route = createFileRoute('/invitations/settings')({
  validateSearch: validateChannelSearch,
  component: SettingsPage,
});

function SettingsPage() {
  const { t } = useI18n();
  const { channel } = Route.useSearch();
  return (
    <InvitationsSection path="/invitations/settings" title={t('inv.set.title')} channel={channel}>
      {(channelId) => <Settings channelId={channelId} />}
    </InvitationsSection>
  );
}

/** Whole-day fields with their ranges (the API's limits: src/reviews/invitations/invitations.schemas.ts). */
const DAYS = {
  triggerWindowDays: [1, 365],
  delayDays: [0, 365],
  reminderDays: [1, 90],
  linkValidityDays: [1, 730],
  cooldownDays: [0, 730],
} as const;
type DayField = keyof typeof DAYS;

function checkDays(values: Record<string, string>, t: I18n['t'], reminder: boolean): FieldErrors {
  const found: FieldErrors = {};
  for (const [field, [min, max]] of Object.entries(DAYS) as Array<[DayField, readonly [number, number]]>) {
    if (field === 'reminderDays' && !reminder) continue;
    const value = Number(values[field]);
    if (!/^\d+$/.test(values[field] ?? '') || value < min || value > max)
      found[field] = t('inv.set.wholeDays', { min, max });
  }
  return found;
}

function Settings({ channelId }: { channelId: string }) {
  const { t } = useI18n();
  const settings = useInvitationSettings(channelId);
  const update = useUpdateInvitationSettings(channelId);
  const errors = useFormErrors();
  const [reminder, setReminder] = useState<boolean | undefined>(undefined);
  if (settings.isPending) return <Loading />;
  if (!settings.data) return <ErrorMessage error={settings.error} />;
  const current: InvitationSettings = settings.data;
  const reminderOn = reminder ?? current.reminderDays !== null;
  const options = <K extends string>(prefix: string, values: readonly K[]) =>
    values.map((value) => ({ value, label: t(`${prefix}.${value}` as Parameters<typeof t>[0]) }));
  return (
    <section className="card" aria-labelledby="invitation-settings">
      <h2 id="invitation-settings">{t('inv.set.title')}</h2>
      <form
        key={current.updatedAt}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const form = event.currentTarget;
          const values = formValues(form);
          if (!errors.check(checkDays(values, t, reminderOn))) return;
          const flag = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).checked;
          const patch: SettingsPatch = {
            automaticInvitations: flag('automaticInvitations'),
            triggerEvent: values['triggerEvent'] as InvitationSettings['triggerEvent'],
            triggerWindowDays: Number(values['triggerWindowDays']),
            delayDays: Number(values['delayDays']),
            reviewType: values['reviewType'] as InvitationSettings['reviewType'],
            reminderDays: reminderOn ? Number(values['reminderDays']) : null,
            linkValidityDays: Number(values['linkValidityDays']),
            cooldownDays: Number(values['cooldownDays']),
            cooldownScope: values['cooldownScope'] as InvitationSettings['cooldownScope'],
            explicitConsent: flag('explicitConsent'),
            espSends: flag('espSends'),
            senderName: values['senderName'] || null,
            logoUrl: values['logoUrl'] || null,
          };
          update.mutate(patch, { onError: errors.fail });
        }}
      >
        <label className="check">
          <input type="checkbox" name="automaticInvitations" defaultChecked={current.automaticInvitations} />
          {t('inv.set.automatic')}
        </label>
        <p className="hint">{t('inv.set.automaticHint')}</p>
        <div className="row">
          <SelectField
            label={t('inv.set.trigger')}
            name="triggerEvent"
            defaultValue={current.triggerEvent}
            options={options('inv.set.trigger', [
              'order.placed',
              'order.paid',
              'order.fulfilled',
              'order.delivered',
            ])}
          />
          <DaysField
            name="delayDays"
            label={t('inv.set.delay')}
            value={current.delayDays}
            errors={errors.fields}
          />
          <DaysField
            name="triggerWindowDays"
            label={t('inv.set.window')}
            value={current.triggerWindowDays}
            errors={errors.fields}
          />
          <SelectField
            label={t('inv.set.reviewType')}
            name="reviewType"
            defaultValue={current.reviewType}
            options={options('inv.set.type', ['service', 'product', 'both'])}
          />
        </div>
        <label className="check">
          <input
            type="checkbox"
            checked={reminderOn}
            onChange={(event) => setReminder(event.target.checked)}
          />
          {t('inv.set.reminder')}
        </label>
        <div className="row">
          {reminderOn ? (
            <DaysField
              name="reminderDays"
              label={t('inv.set.reminderDays')}
              value={current.reminderDays ?? 7}
              errors={errors.fields}
            />
          ) : null}
          <DaysField
            name="linkValidityDays"
            label={t('inv.set.validity')}
            value={current.linkValidityDays}
            errors={errors.fields}
          />
          <DaysField
            name="cooldownDays"
            label={t('inv.set.cooldown')}
            value={current.cooldownDays}
            errors={errors.fields}
          />
          <SelectField
            label={t('inv.set.cooldownScope')}
            name="cooldownScope"
            defaultValue={current.cooldownScope}
            options={options('inv.set.scope', ['without_order', 'all'])}
          />
        </div>
        <label className="check">
          <input type="checkbox" name="explicitConsent" defaultChecked={current.explicitConsent} />
          {t('inv.set.consent')}
        </label>
        <label className="check">
          <input type="checkbox" name="espSends" defaultChecked={current.espSends} />
          {t('inv.set.esp')}
        </label>
        <div className="row">
          <TextField
            label={t('inv.set.sender')}
            name="senderName"
            defaultValue={current.senderName ?? ''}
            description={t('inv.set.senderHint')}
            error={errors.fields['senderName']}
          />
          <TextField
            label={t('inv.set.logo')}
            name="logoUrl"
            type="url"
            defaultValue={current.logoUrl ?? ''}
            error={errors.fields['logoUrl']}
          />
        </div>
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

function DaysField(props: { name: DayField; label: string; value: number; errors: FieldErrors }) {
  return (
    <TextField
      label={props.label}
      name={props.name}
      type="number"
      inputMode="numeric"
      min={DAYS[props.name][0]}
      max={DAYS[props.name][1]}
      defaultValue={props.value}
      error={props.errors[props.name]}
    />
  );
}

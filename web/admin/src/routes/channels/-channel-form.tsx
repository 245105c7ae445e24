import type { ChannelInput } from '../../api/channels';
import { type MessageKey, SUPPORTED_LOCALES, useI18n } from '../../i18n/i18n';
import { SelectField, TextField } from '../../ui/field';
import type { useFormErrors } from '../../ui/form';

const TIME_ZONES: readonly string[] = Intl.supportedValuesOf('timeZone');
const HOST = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

/** The form's own checks, with the same limits as the server's schema. */
export function checkChannel(values: Record<string, string>, t: (key: MessageKey) => string) {
  const found: Record<string, string> = {};
  if (!values['name']) found['name'] = t('form.required');
  if (!HOST.test(values['domain'] ?? '')) found['domain'] = t('channels.domainInvalid');
  if (!/^[A-Za-z]{3}$/.test(values['currency'] ?? '')) found['currency'] = t('channels.currencyInvalid');
  if (!TIME_ZONES.includes(values['timeZone'] ?? '')) found['timeZone'] = t('channels.timeZoneInvalid');
  return found;
}

export function toChannelInput(values: Record<string, string>): ChannelInput {
  return {
    name: values['name']!,
    domain: values['domain']!.toLowerCase(),
    defaultLocale: values['defaultLocale']!,
    currency: values['currency']!.toUpperCase(),
    timeZone: values['timeZone']!,
  };
}

/** Name, domain, language, currency and time zone of a channel. */
export function ChannelFields({
  channel,
  errors,
}: {
  channel?: ChannelInput;
  errors: ReturnType<typeof useFormErrors>;
}) {
  const { t } = useI18n();
  const languageNames = new Intl.DisplayNames([useI18n().locale], { type: 'language' });
  return (
    <>
      <TextField
        label={t('channels.name')}
        name="name"
        defaultValue={channel?.name}
        error={errors.fields['name']}
        required
      />
      <TextField
        label={t('channels.domain')}
        name="domain"
        defaultValue={channel?.domain}
        placeholder="shop.example.com"
        description={t('channels.domainHint')}
        error={errors.fields['domain']}
        required
      />
      <SelectField
        label={t('channels.locale')}
        name="defaultLocale"
        defaultValue={channel?.defaultLocale ?? 'en'}
        options={SUPPORTED_LOCALES.map((code) => ({ value: code, label: languageNames.of(code) ?? code }))}
        error={errors.fields['defaultLocale']}
      />
      <TextField
        label={t('channels.currency')}
        name="currency"
        defaultValue={channel?.currency}
        placeholder="PLN"
        maxLength={3}
        description={t('channels.currencyHint')}
        error={errors.fields['currency']}
        required
      />
      <SelectField
        label={t('channels.timeZone')}
        name="timeZone"
        defaultValue={channel?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone}
        options={TIME_ZONES.map((zone) => ({ value: zone, label: zone }))}
        error={errors.fields['timeZone']}
      />
    </>
  );
}

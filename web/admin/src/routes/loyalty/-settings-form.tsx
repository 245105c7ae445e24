import { type LoyaltySettings, type SettingsPatch, useSaveLoyaltySettings } from '../../api/loyalty';
import { useI18n } from '../../i18n/i18n';
import { SelectField, TextField } from '../../ui/field';
import { formValues, useFormErrors } from '../../ui/form';
import { ErrorMessage } from '../../ui/page';
import { checkWhole, currencyDigits } from './-numbers';

const MAX = 1_000_000;
const TEMPLATE_TAGS = { codeTag: '{code}', domainTag: '{domain}' };
/** Whole-number fields with the server's limits (loyalty-settings.ts). */
const WHOLE: ReadonlyArray<readonly [string, number, number]> = [
  ['earning/points', 0, MAX],
  ['signupPoints', 0, MAX],
  ['newsletterPoints', 0, MAX],
  ['reviewPoints/service', 0, MAX],
  ['reviewPoints/product', 0, MAX],
  ['birthdayPoints', 0, MAX],
  ['referral/referrerPoints', 0, MAX],
  ['referral/friendPoints', 0, MAX],
  ['expiry/months', 1, 120],
  ['expiry/noticeDays', 0, 365],
  ['tiers/months', 1, 60],
];

/** The form's values as the settings patch the API takes (money from major to minor units). */
function toPatch(values: Record<string, string>, digits: number): SettingsPatch {
  const n = (name: string) => Number(values[name]);
  const orNull = (name: string) => (values[name] ? values[name] : null);
  return {
    enrolment: {
      onOrder: values['enrolment/onOrder'] === 'on',
      onSignup: values['enrolment/onSignup'] === 'on',
    },
    earning: {
      points: n('earning/points'),
      perAmount: Math.round(Number(values['earning/perAmount']) * 10 ** digits),
      rounding: values['earning/rounding'] as LoyaltySettings['earning']['rounding'],
      base: values['earning/base'] as LoyaltySettings['earning']['base'],
      awardOn: values['earning/awardOn'] as LoyaltySettings['earning']['awardOn'],
      pendingPoints: values['earning/pendingPoints'] === 'on',
    },
    signupPoints: n('signupPoints'),
    newsletterPoints: n('newsletterPoints'),
    reviewPoints: { service: n('reviewPoints/service'), product: n('reviewPoints/product') },
    birthdayPoints: n('birthdayPoints'),
    referral: {
      referrerPoints: n('referral/referrerPoints'),
      friendPoints: n('referral/friendPoints'),
      urlTemplate: orNull('referral/urlTemplate'),
    },
    expiry: {
      mode: values['expiry/mode'] as LoyaltySettings['expiry']['mode'],
      months: n('expiry/months'),
      noticeDays: n('expiry/noticeDays'),
    },
    negativeBalance: values['negativeBalance'] as LoyaltySettings['negativeBalance'],
    tiers: {
      basis: values['tiers/basis'] as LoyaltySettings['tiers']['basis'],
      period: values['tiers/period'] as LoyaltySettings['tiers']['period'],
      months: n('tiers/months'),
    },
    coupons: {
      platform: values['coupons/platform'] as LoyaltySettings['coupons']['platform'],
      applyUrlTemplate: orNull('coupons/applyUrlTemplate'),
      validDays: values['coupons/validDays'] ? n('coupons/validDays') : null,
    },
  };
}

function Check(props: { name: string; label: string; checked: boolean }) {
  return (
    <label className="check">
      <input type="checkbox" name={props.name} defaultChecked={props.checked} />
      <span>{props.label}</span>
    </label>
  );
}

/** Every program rule in one form: earning, ways to earn, expiry, balance policy, tiers, coupons. */
export function ProgramSettingsForm(props: {
  channelId: string;
  currency: string;
  settings: LoyaltySettings;
}) {
  const { t } = useI18n();
  const { settings } = props;
  const save = useSaveLoyaltySettings(props.channelId);
  const errors = useFormErrors();
  const digits = currencyDigits(props.currency);
  const field = (name: string) => errors.fields[name];
  const whole = (name: string, label: string, value: number, description?: string) => (
    <TextField
      label={label}
      name={name}
      inputMode="numeric"
      defaultValue={String(value)}
      error={field(name)}
      description={description}
    />
  );
  const options = <K extends string>(values: readonly K[], prefix: string) =>
    values.map((value) => ({ value, label: t(`${prefix}.${value}` as Parameters<typeof t>[0]) }));

  return (
    <form
      className="program-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const values = formValues(event.currentTarget);
        const found = checkWhole(values, WHOLE, t);
        const amount = Number(values['earning/perAmount']);
        if (!(amount > 0) || Math.round(amount * 10 ** digits) < 1)
          found['earning/perAmount'] = t('loyalty.amountInvalid');
        if (values['coupons/validDays'] && !/^\d+$/.test(values['coupons/validDays']))
          found['coupons/validDays'] = t('form.integer');
        if (!errors.check(found)) return;
        save.mutate(toPatch(values, digits), { onError: errors.fail });
      }}
    >
      <fieldset>
        <legend>{t('loyalty.earning')}</legend>
        <div className="row">
          {whole('earning/points', t('loyalty.earning.points'), settings.earning.points)}
          <TextField
            label={t('loyalty.earning.perAmount', { currency: props.currency })}
            name="earning/perAmount"
            inputMode="decimal"
            defaultValue={String(settings.earning.perAmount / 10 ** digits)}
            error={field('earning/perAmount')}
          />
        </div>
        <div className="row wide">
          <SelectField
            label={t('loyalty.earning.base')}
            name="earning/base"
            defaultValue={settings.earning.base}
            options={options(['products', 'total'] as const, 'loyalty.base')}
          />
          <SelectField
            label={t('loyalty.earning.rounding')}
            name="earning/rounding"
            defaultValue={settings.earning.rounding}
            options={options(['down', 'nearest', 'up'] as const, 'loyalty.rounding')}
          />
          <SelectField
            label={t('loyalty.earning.awardOn')}
            name="earning/awardOn"
            defaultValue={settings.earning.awardOn}
            options={options(['placed', 'paid', 'delivered'] as const, 'loyalty.awardOn')}
          />
        </div>
        <Check
          name="earning/pendingPoints"
          label={t('loyalty.earning.pending')}
          checked={settings.earning.pendingPoints}
        />
        <Check
          name="enrolment/onOrder"
          label={t('loyalty.enrolment.onOrder')}
          checked={settings.enrolment.onOrder}
        />
        <Check
          name="enrolment/onSignup"
          label={t('loyalty.enrolment.onSignup')}
          checked={settings.enrolment.onSignup}
        />
      </fieldset>

      <fieldset>
        <legend>{t('loyalty.ways')}</legend>
        <p className="hint">{t('loyalty.ways.hint')}</p>
        <div className="row">
          {whole('signupPoints', t('loyalty.ways.signup'), settings.signupPoints)}
          {whole('newsletterPoints', t('loyalty.ways.newsletter'), settings.newsletterPoints)}
          {whole('birthdayPoints', t('loyalty.ways.birthday'), settings.birthdayPoints)}
        </div>
        <div className="row">
          {whole('reviewPoints/service', t('loyalty.ways.reviewService'), settings.reviewPoints.service)}
          {whole('reviewPoints/product', t('loyalty.ways.reviewProduct'), settings.reviewPoints.product)}
        </div>
        <div className="row">
          {whole('referral/referrerPoints', t('loyalty.ways.referrer'), settings.referral.referrerPoints)}
          {whole('referral/friendPoints', t('loyalty.ways.friend'), settings.referral.friendPoints)}
        </div>
        <TextField
          label={t('form.optional', { label: t('loyalty.ways.referralUrl') })}
          name="referral/urlTemplate"
          defaultValue={settings.referral.urlTemplate ?? ''}
          placeholder="https://{domain}/?ref={code}"
          description={t('loyalty.templateHint', TEMPLATE_TAGS)}
          error={field('referral/urlTemplate')}
        />
      </fieldset>

      <fieldset>
        <legend>{t('loyalty.expiry')}</legend>
        <SelectField
          label={t('loyalty.expiry.mode')}
          name="expiry/mode"
          defaultValue={settings.expiry.mode}
          options={options(['none', 'fixed', 'inactivity'] as const, 'loyalty.expiry.mode')}
        />
        <div className="row">
          {whole('expiry/months', t('loyalty.expiry.months'), settings.expiry.months)}
          {whole(
            'expiry/noticeDays',
            t('loyalty.expiry.noticeDays'),
            settings.expiry.noticeDays,
            t('loyalty.expiry.noticeHint'),
          )}
        </div>
        <SelectField
          label={t('loyalty.negative')}
          name="negativeBalance"
          defaultValue={settings.negativeBalance}
          description={t('loyalty.negative.hint')}
          options={options(['cap', 'allow_negative'] as const, 'loyalty.negative')}
        />
      </fieldset>

      <fieldset>
        <legend>{t('loyalty.tierRules')}</legend>
        <div className="row wide">
          <SelectField
            label={t('loyalty.tierRules.basis')}
            name="tiers/basis"
            defaultValue={settings.tiers.basis}
            options={options(['points', 'spend'] as const, 'loyalty.tierRules.basis')}
          />
          <SelectField
            label={t('loyalty.tierRules.period')}
            name="tiers/period"
            defaultValue={settings.tiers.period}
            options={options(['calendar', 'rolling'] as const, 'loyalty.tierRules.period')}
          />
          {whole('tiers/months', t('loyalty.tierRules.months'), settings.tiers.months)}
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('loyalty.coupons')}</legend>
        <SelectField
          label={t('loyalty.coupons.platform')}
          name="coupons/platform"
          defaultValue={settings.coupons.platform}
          options={options(['shopify', 'woocommerce', 'custom'] as const, 'loyalty.coupons.platform')}
        />
        <TextField
          label={t('form.optional', { label: t('loyalty.coupons.applyUrl') })}
          name="coupons/applyUrlTemplate"
          defaultValue={settings.coupons.applyUrlTemplate ?? ''}
          placeholder="https://{domain}/cart?coupon={code}"
          description={t('loyalty.templateHint', TEMPLATE_TAGS)}
          error={field('coupons/applyUrlTemplate')}
        />
        <TextField
          label={t('form.optional', { label: t('loyalty.coupons.validDays') })}
          name="coupons/validDays"
          inputMode="numeric"
          defaultValue={settings.coupons.validDays === null ? '' : String(settings.coupons.validDays)}
          error={field('coupons/validDays')}
        />
      </fieldset>
      <ErrorMessage error={errors.formError} />
      <div className="actions">
        {save.isSuccess ? (
          <p role="status" className="note">
            {t('common.saved')}
          </p>
        ) : null}
        <button type="submit" disabled={save.isPending}>
          {t('loyalty.saveProgram')}
        </button>
      </div>
    </form>
  );
}

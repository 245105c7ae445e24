import { type Reward, type Tier, useRetireReward, useSaveReward } from '../../api/loyalty';
import { type MessageKey, useI18n } from '../../i18n/i18n';
import { SelectField, TextField } from '../../ui/field';
import { useFormErrors } from '../../ui/form';
import { ItemForm } from './-item-form';
import { checkWhole, currencyDigits } from './-numbers';

const KINDS = ['amount_off', 'percent_off', 'free_shipping', 'free_product'] as const;
type Kind = (typeof KINDS)[number];

/** One reward's form: a new one when `reward` is absent. Amounts are typed in the currency's major units. */
function RewardForm(props: { channelId: string; currency: string; tiers: readonly Tier[]; reward?: Reward }) {
  const { t } = useI18n();
  const { reward } = props;
  const save = useSaveReward(props.channelId);
  const retire = useRetireReward(props.channelId);
  const errors = useFormErrors();
  const digits = currencyDigits(props.currency);
  const title = reward ? reward.name : t('loyalty.rewards.new');
  const shownValue = !reward
    ? ''
    : reward.kind === 'amount_off'
      ? String(reward.value / 10 ** digits)
      : String(reward.value);
  return (
    <ItemForm
      title={title}
      errors={errors}
      saving={save.isPending}
      addLabel={t('loyalty.rewards.add')}
      removal={
        reward && {
          label: t('loyalty.rewards.retire'),
          title: t('loyalty.rewards.retireTitle', { name: reward.name }),
          description: t('loyalty.rewards.retireText'),
          confirm: () => retire.mutate(reward.rewardId),
          error: retire.error,
        }
      }
      onValues={(values, form) => {
        const kind = values['kind'] as Kind;
        const found = checkWhole(values, [['pointsCost', 1, Number.MAX_SAFE_INTEGER]], t);
        if (!values['name']) found['name'] = t('form.required');
        const raw = Number(values['value'] || '0');
        if (kind === 'amount_off' && !(raw > 0)) found['value'] = t('loyalty.amountInvalid');
        if (kind === 'percent_off' && !(Number.isInteger(raw) && raw >= 1 && raw <= 100))
          found['value'] = t('loyalty.range', { min: 1, max: 100 });
        if (kind === 'free_product' && !values['product']) found['product'] = t('form.required');
        if (values['couponValidDays'] && !/^\d+$/.test(values['couponValidDays']))
          found['couponValidDays'] = t('form.integer');
        if (!errors.check(found)) return;
        save.mutate(
          {
            ...(reward ? { rewardId: reward.rewardId } : {}),
            name: values['name']!,
            kind,
            pointsCost: Number(values['pointsCost']),
            value: kind === 'amount_off' ? Math.round(raw * 10 ** digits) : kind === 'percent_off' ? raw : 0,
            product: kind === 'free_product' ? values['product']! : null,
            minTierId: values['minTierId'] ? values['minTierId'] : null,
            codeSource: values['codeSource'] === 'pool' ? 'pool' : 'generated',
            couponValidDays: values['couponValidDays'] ? Number(values['couponValidDays']) : null,
          },
          { onSuccess: () => (reward ? undefined : form.reset()), onError: errors.fail },
        );
      }}
    >
      <div className="row">
        <TextField
          label={t('loyalty.rewards.name')}
          name="name"
          defaultValue={reward?.name}
          error={errors.fields['name']}
        />
        <SelectField
          label={t('loyalty.rewards.kind')}
          name="kind"
          defaultValue={reward?.kind ?? 'amount_off'}
          options={KINDS.map((kind) => ({
            value: kind,
            label: t(`loyalty.rewards.kind.${kind}` as MessageKey),
          }))}
        />
      </div>
      <div className="row">
        <TextField
          label={t('loyalty.rewards.value', { currency: props.currency })}
          name="value"
          inputMode="decimal"
          defaultValue={shownValue}
          description={t('loyalty.rewards.valueHint')}
          error={errors.fields['value']}
        />
        <TextField
          label={t('loyalty.rewards.cost')}
          name="pointsCost"
          inputMode="numeric"
          defaultValue={reward ? String(reward.pointsCost) : ''}
          error={errors.fields['pointsCost']}
        />
      </div>
      <div className="row">
        <TextField
          label={t('form.optional', { label: t('loyalty.rewards.product') })}
          name="product"
          defaultValue={reward?.product ?? ''}
          error={errors.fields['product']}
        />
        <SelectField
          label={t('loyalty.rewards.tier')}
          name="minTierId"
          defaultValue={reward?.minTierId ?? ''}
          options={[
            { value: '', label: t('loyalty.rewards.anyTier') },
            ...props.tiers.map((tier) => ({ value: tier.tierId, label: tier.name })),
          ]}
          error={errors.fields['minTierId']}
        />
        <SelectField
          label={t('loyalty.rewards.codeSource')}
          name="codeSource"
          defaultValue={reward?.codeSource ?? 'generated'}
          description={t('loyalty.rewards.codeSourceHint')}
          options={[
            { value: 'generated', label: t('loyalty.rewards.codeSource.generated') },
            { value: 'pool', label: t('loyalty.rewards.codeSource.pool') },
          ]}
        />
        <TextField
          label={t('form.optional', { label: t('loyalty.rewards.validDays') })}
          name="couponValidDays"
          inputMode="numeric"
          defaultValue={reward?.couponValidDays == null ? '' : String(reward.couponValidDays)}
          error={errors.fields['couponValidDays']}
        />
      </div>
    </ItemForm>
  );
}

export function RewardsEditor(props: {
  channelId: string;
  currency: string;
  tiers: readonly Tier[];
  rewards: readonly Reward[];
}) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="rewards-title">
      <h2 id="rewards-title">{t('loyalty.rewards')}</h2>
      <div className="item-forms">
        {props.rewards
          .filter((reward) => reward.active)
          .map((reward) => (
            <RewardForm
              key={JSON.stringify(reward)}
              channelId={props.channelId}
              currency={props.currency}
              tiers={props.tiers}
              reward={reward}
            />
          ))}
        <RewardForm channelId={props.channelId} currency={props.currency} tiers={props.tiers} />
      </div>
    </section>
  );
}

import { type Tier, useDeleteTier, useSaveTier } from '../../api/loyalty';
import { useI18n } from '../../i18n/i18n';
import { TextField } from '../../ui/field';
import { useFormErrors } from '../../ui/form';
import { ItemForm } from './-item-form';
import { checkWhole } from './-numbers';

/** One tier's form: a new one when `tier` is absent. */
function TierForm(props: { channelId: string; tier?: Tier }) {
  const { t } = useI18n();
  const { tier } = props;
  const save = useSaveTier(props.channelId);
  const remove = useDeleteTier(props.channelId);
  const errors = useFormErrors();
  const title = tier ? tier.name : t('loyalty.tiers.new');
  return (
    <ItemForm
      title={title}
      errors={errors}
      saving={save.isPending}
      addLabel={t('loyalty.tiers.add')}
      removal={
        tier && {
          label: t('loyalty.tiers.remove'),
          title: t('loyalty.tiers.removeTitle', { name: tier.name }),
          description: t('loyalty.tiers.removeText'),
          confirm: () => remove.mutate(tier.tierId),
          error: remove.error,
        }
      }
      onValues={(values, form) => {
        const found = checkWhole(values, [['threshold', 0, Number.MAX_SAFE_INTEGER]], t);
        if (!values['name']) found['name'] = t('form.required');
        const multiplier = Number(values['multiplier']);
        if (!(multiplier >= 1 && multiplier <= 10))
          found['multiplier'] = t('loyalty.tiers.multiplierInvalid');
        if (!errors.check(found)) return;
        save.mutate(
          {
            ...(tier ? { tierId: tier.tierId } : {}),
            name: values['name']!,
            threshold: Number(values['threshold']),
            multiplier,
            iconUrl: values['iconUrl'] ? values['iconUrl'] : null,
          },
          { onSuccess: () => (tier ? undefined : form.reset()), onError: errors.fail },
        );
      }}
    >
      <div className="row">
        <TextField
          label={t('loyalty.tiers.name')}
          name="name"
          defaultValue={tier?.name}
          error={errors.fields['name']}
        />
        <TextField
          label={t('loyalty.tiers.threshold')}
          name="threshold"
          inputMode="numeric"
          defaultValue={tier ? String(tier.threshold) : ''}
          error={errors.fields['threshold']}
        />
        <TextField
          label={t('loyalty.tiers.multiplier')}
          name="multiplier"
          inputMode="decimal"
          defaultValue={String(tier?.multiplier ?? 1)}
          error={errors.fields['multiplier']}
        />
      </div>
      <TextField
        label={t('form.optional', { label: t('loyalty.tiers.icon') })}
        name="iconUrl"
        type="url"
        defaultValue={tier?.iconUrl ?? ''}
        error={errors.fields['iconUrl']}
      />
    </ItemForm>
  );
}

export function TiersEditor(props: { channelId: string; tiers: readonly Tier[]; basis: 'points' | 'spend' }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="tiers-title">
      <h2 id="tiers-title">{t('loyalty.tiers')}</h2>
      <p className="hint">
        {t(props.basis === 'spend' ? 'loyalty.tiers.hintSpend' : 'loyalty.tiers.hintPoints')}
      </p>
      <div className="item-forms">
        {props.tiers.map((tier) => (
          <TierForm
            key={`${tier.tierId}:${tier.name}:${tier.threshold}:${tier.multiplier}`}
            channelId={props.channelId}
            tier={tier}
          />
        ))}
        <TierForm channelId={props.channelId} />
      </div>
    </section>
  );
}

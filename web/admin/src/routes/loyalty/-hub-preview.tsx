import { useState } from 'react';
import { type Tier, useHubPreview } from '../../api/loyalty';
import { type Locale, SUPPORTED_LOCALES, useI18n } from '../../i18n/i18n';
import { SelectField, TextField } from '../../ui/field';
import { ErrorMessage } from '../../ui/page';

/**
 * What a member's storefront hub shows under the saved program: the server's own hub view
 * model for a pictured balance, tier and language, drawn like the storefront panel draws it.
 */
export function HubPreviewPanel(props: { channelId: string; tiers: readonly Tier[]; defaultLocale: string }) {
  const { t, locale: adminLocale } = useI18n();
  const [balance, setBalance] = useState('250');
  const [tierId, setTierId] = useState('');
  const [locale, setLocale] = useState<string>(props.defaultLocale);
  const points = /^\d{1,9}$/.test(balance) ? Number(balance) : 0;
  const preview = useHubPreview(props.channelId, {
    balance: points,
    locale,
    ...(tierId ? { tierId } : {}),
  });
  const names = new Intl.DisplayNames([adminLocale], { type: 'language' });
  const view = preview.data;
  return (
    <section className="hub-preview" aria-labelledby="preview-title">
      <h2 id="preview-title">{t('loyalty.preview')}</h2>
      <p className="hint">{t('loyalty.preview.hint')}</p>
      <div className="row">
        <TextField
          label={t('loyalty.preview.balance')}
          inputMode="numeric"
          value={balance}
          onChange={(event) => setBalance(event.target.value)}
          error={balance !== '' && !/^\d{1,9}$/.test(balance) ? t('form.integer') : undefined}
        />
        <SelectField
          label={t('loyalty.preview.tier')}
          value={tierId}
          onChange={(event) => setTierId(event.target.value)}
          options={[
            { value: '', label: t('loyalty.preview.noTier') },
            ...props.tiers.map((tier) => ({ value: tier.tierId, label: tier.name })),
          ]}
        />
        <SelectField
          label={t('loyalty.preview.language')}
          value={locale}
          onChange={(event) => setLocale(event.target.value)}
          options={SUPPORTED_LOCALES.map((code: Locale) => ({ value: code, label: names.of(code) ?? code }))}
        />
      </div>
      <ErrorMessage error={preview.error} />
      {view ? (
        <div className="hub" lang={view.locale} data-testid="hub-preview" aria-live="polite">
          <p className="hub-title">{view.texts['title']}</p>
          {view.texts['balance'] ? <p className="hub-balance">{view.texts['balance']}</p> : null}
          {view.texts['tier'] ? <p>{view.texts['tier']}</p> : null}
          {view.progress ? (
            <div
              className="hub-bar"
              role="progressbar"
              aria-label={t('loyalty.preview.progress')}
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={Math.round(view.progress.fraction * 100)}
            >
              <span style={{ width: `${Math.round(view.progress.fraction * 100)}%` }} />
            </div>
          ) : null}
          {view.progress?.bestReward ? <p>{view.progress.bestReward.text}</p> : null}
          {view.progress?.nextReward ? <p>{view.progress.nextReward.text}</p> : null}
          {view.tierProgress ? <p>{view.tierProgress.text}</p> : null}
          <p className="hub-heading">{view.texts['rewardsTitle']}</p>
          <ul className="hub-list">
            {view.rewards.map((reward) => (
              <li key={reward.rewardId}>
                <span>{reward.name}</span>
                <span>
                  {reward.pointsCost} {reward.locked ? '🔒' : ''}
                  {reward.affordable ? <span className="hub-redeem">{view.texts['redeem']}</span> : null}
                </span>
              </li>
            ))}
          </ul>
          <p className="hub-heading">{view.texts['waysToEarnTitle']}</p>
          <ul className="hub-list">
            {view.waysToEarn.map((way) => (
              <li key={way.id}>{way.description}</li>
            ))}
          </ul>
          {view.referralUrl ? (
            <>
              <p className="hub-heading">{view.texts['referralTitle']}</p>
              <p className="hub-link">{view.referralUrl}</p>
            </>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

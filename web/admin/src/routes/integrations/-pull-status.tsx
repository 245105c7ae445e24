import { type ShopPlatform, usePullShopNow, useShopPullState } from '../../api/shops';
import { ErrorMessage, Loading } from '../../ui/page';
import { useShopI18n } from './-shop-i18n';

/**
 * How pulling from a shop stands, fetched again every few seconds: connected and pulling, the
 * last pull, where each resource's next pull starts, the last error, pulls that failed for good
 * and records that could not be read (GET …/shop-connections/{platform}/pull).
 */
/**
 * A cursor's time as the shop wrote it: an ISO instant, or Magento's UTC "YYYY-MM-DD HH:MM:SS"
 * (reference/shops.md §3.3); shown in the admin's format when it reads as either.
 */
function useShopTime() {
  const { formatDateTime } = useShopI18n();
  return (value: string) => {
    const iso = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/.test(value) ? `${value.replace(' ', 'T')}Z` : value;
    return Number.isNaN(Date.parse(iso)) ? value : formatDateTime(iso);
  };
}

export function PullStatus({ channelId, platform }: { channelId: string; platform: ShopPlatform }) {
  const { t, has, formatDateTime } = useShopI18n();
  const state = useShopPullState(channelId, platform);
  const pullNow = usePullShopNow(channelId, platform);
  const shopTime = useShopTime();
  if (state.isPending) return <Loading />;
  if (!state.data) return <ErrorMessage error={state.error} />;
  const { data } = state;
  const resource = (name: string) => {
    const key = `shop.resource.${name}`;
    return has(key) ? t(key) : name;
  };
  const failing =
    data.lastError !== null && (data.lastSyncAt === null || (data.lastErrorAt ?? '') > data.lastSyncAt);
  return (
    <div className="status" aria-live="polite">
      <dl className="facts">
        <dt>{t('health.status')}</dt>
        <dd>
          <span className={`badge badge-${failing ? 'error' : 'active'}`}>
            {failing ? t('status.error') : t('status.active')}
          </span>{' '}
          {data.running ? t('shop.pull.running') : null}
        </dd>
        {data.pulls ? (
          <>
            <dt>{t('shop.pull.what')}</dt>
            <dd>
              {t('shop.pull.every', {
                count: data.pulls.everyMinutes,
                resources: data.pulls.resources.map(resource).join(', '),
              })}
            </dd>
          </>
        ) : null}
        <dt>{t('shop.pull.last')}</dt>
        <dd>{data.lastSyncAt ? formatDateTime(data.lastSyncAt) : t('shop.pull.notYet')}</dd>
        <dt>{t('shop.pull.cursor')}</dt>
        <dd>
          {data.cursors.length === 0 ? (
            t('shop.pull.nothingRead')
          ) : (
            <ul className="cursors">
              {data.cursors.map((cursor) => (
                <li key={cursor.resource}>
                  {t('shop.pull.cursorOf', {
                    resource: resource(cursor.resource),
                    id: cursor.id,
                    updatedAt: shopTime(cursor.updatedAt),
                  })}
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>{t('health.lastError')}</dt>
        <dd>
          {data.lastError ? `${data.lastError} (${formatDateTime(data.lastErrorAt)})` : t('health.noError')}
        </dd>
        <dt>{t('shop.pull.failed')}</dt>
        <dd>{t('shop.pull.failedCount', { count: data.failedPulls.count })}</dd>
        <dt>{t('shop.pull.deadLetters')}</dt>
        <dd>{t('shop.pull.deadLetterCount', { count: data.deadLetters.count })}</dd>
      </dl>
      <p className="actions">
        <button type="button" disabled={pullNow.isPending} onClick={() => pullNow.mutate(undefined)}>
          {t('shop.pull.now')}
        </button>{' '}
        {pullNow.data ? (
          <span role="status">
            {t(pullNow.data.started ? 'shop.pull.started' : 'shop.pull.alreadyStarted')}
          </span>
        ) : null}
      </p>
      {pullNow.error ? <ErrorMessage error={pullNow.error} /> : null}
      {data.failedPulls.items.length > 0 ? (
        <>
          <h3>{t('shop.pull.failedTitle', { count: data.failedPulls.count })}</h3>
          <p className="hint">{t('shop.pull.failedHint')}</p>
          <ul className="dead-letters">
            {data.failedPulls.items.map((job) => (
              <li key={job.jobId}>
                {formatDateTime(job.updatedAt)} — {job.lastError ?? ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {data.deadLetters.items.length > 0 ? (
        <>
          <h3>{t('shop.pull.deadLettersTitle', { count: data.deadLetters.count })}</h3>
          <ul className="dead-letters">
            {data.deadLetters.items.map((letter) => (
              <li key={letter.id}>
                {t('shop.pull.deadLetter', { resource: resource(letter.resource), id: letter.externalId })} —{' '}
                {letter.error} ({formatDateTime(letter.createdAt)})
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

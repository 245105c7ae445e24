import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useChannels } from '../../api/channels';
import type { Review } from '../../api/reviews';
import { useI18n } from '../../i18n/i18n';
import { EmptyState, Loading, Page } from '../../ui/page';

/** Five stars drawn as text, read out as "4 of 5 stars". */
export function Stars({ rating }: { rating: number }) {
  const { t } = useI18n();
  return (
    <span className="stars" role="img" aria-label={t('reviews.stars', { rating })}>
      {'★'.repeat(rating)}
      <span className="stars-off">{'★'.repeat(5 - rating)}</span>
    </span>
  );
}

export function StatusBadge({ status }: { status: Review['status'] }) {
  const { t } = useI18n();
  return <span className={`badge badge-review-${status}`}>{t(`reviews.status.${status}`)}</span>;
}

/**
 * When a review was written: an imported one dated by its day only (stored at 00:00 UTC) shows
 * that day and no time, which would be a made-up 00:00 (01:00 or 02:00 in Warsaw); any other
 * with its date and time in the browser's zone.
 */
export function useWrittenAt(): (review: Pick<Review, 'createdAt' | 'source'>) => string {
  const { locale, formatDateTime } = useI18n();
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  return (review) =>
    review.source === 'import' && review.createdAt.endsWith('T00:00:00.000Z')
      ? day.format(new Date(review.createdAt))
      : formatDateTime(review.createdAt);
}

/** Title, text (shortened), product and author of a review, as one table cell shows them. */
export function ReviewGist({ review }: { review: Review }) {
  const { t } = useI18n();
  const writtenAt = useWrittenAt();
  const text = review.text ?? '';
  return (
    <div className="gist">
      {review.title ? <strong>{review.title}</strong> : null}
      <p>{text.length > 220 ? `${text.slice(0, 219)}…` : text || t('reviews.noText')}</p>
      <p className="hint">
        {[
          review.displayName ?? t('reviews.anonymous'),
          review.product?.title ?? review.product?.sku ?? null,
          writtenAt(review),
          review.verifiedBuyer ? t('reviews.verifiedBuyer') : t(`reviews.source.${review.source as 'api'}`),
          review.reply ? t('reviews.replied') : null,
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
    </div>
  );
}

/**
 * A reviews page needs a channel: the one in the URL, else the first. Without any channel the
 * merchant is sent to create one. `children` gets the channel chosen.
 */
export function WithChannel(props: {
  title: string;
  actions?: ReactNode;
  channel: string | undefined;
  onChannel(id: string): void;
  children(channelId: string): ReactNode;
}) {
  const { t } = useI18n();
  const channels = useChannels();
  const channelId = props.channel ?? channels.data?.[0]?.id;
  if (channels.isPending) return <Loading />;
  if (!channelId)
    return (
      <Page title={props.title}>
        <EmptyState title={t('reviews.noChannelTitle')}>
          <Link to="/channels" className="button">
            {t('nav.channels')}
          </Link>
        </EmptyState>
      </Page>
    );
  return (
    <Page title={props.title} actions={props.actions}>
      {channels.data && channels.data.length > 1 ? (
        <label className="channel-picker">
          <span>{t('reviews.channel')}</span>
          <select value={channelId} onChange={(event) => props.onChannel(event.target.value)}>
            {channels.data.map((channel) => (
              <option key={channel.id} value={channel.id}>
                {channel.name}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {props.children(channelId)}
    </Page>
  );
}

/** Previous / next over cursor pages: the cursors seen so far are a stack. */
export function Pager(props: { page: number; hasNext: boolean; onPrevious(): void; onNext(): void }) {
  const { t } = useI18n();
  return (
    <nav className="pager" aria-label={t('reviews.pager')}>
      <button type="button" className="secondary" disabled={props.page === 0} onClick={props.onPrevious}>
        {t('reviews.previous')}
      </button>
      <span>{t('reviews.page', { page: props.page + 1 })}</span>
      <button type="button" className="secondary" disabled={!props.hasNext} onClick={props.onNext}>
        {t('reviews.next')}
      </button>
    </nav>
  );
}

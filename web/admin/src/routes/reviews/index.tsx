import { createFileRoute, Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import {
  MODERATION_REASONS,
  type ModerationReason,
  type Review,
  useBulkModerate,
  useReviewList,
} from '../../api/reviews';
import { useI18n } from '../../i18n/i18n';
import { EmptyState, ErrorMessage, Loading } from '../../ui/page';
import { Filter, type ListSearch, ReviewFilters, toQuery, validateListSearch } from './-filters';
import { Pager, ReviewGist, Stars, StatusBadge, WithChannel } from './-parts';

export const Route = createFileRoute('/reviews/')({
  validateSearch: validateListSearch,
  component: Reviews,
});

const PAGE_SIZE = 25;

function Reviews() {
  const { t } = useI18n();
  const search = Route.useSearch();
  const navigate = useNavigate();
  const go = (next: ListSearch) => void navigate({ to: '/reviews', search: next });
  return (
    <WithChannel
      title={t('reviews.title')}
      channel={search.channel}
      onChannel={(channel) => go({ channel })}
      actions={
        <div className="actions">
          <Link to="/reviews/snippet" search={{ channel: search.channel }} className="button secondary">
            {t('reviews.snippet.link')}
          </Link>
          <Link to="/reviews/import" search={{ channel: search.channel }} className="button secondary">
            {t('reviews.import.link')}
          </Link>
        </div>
      }
    >
      {(channelId) => (
        <>
          <ReviewFilters search={search} onSearch={go} />
          <ReviewTable key={`${channelId}:${JSON.stringify(search)}`} channelId={channelId} search={search} />
        </>
      )}
    </WithChannel>
  );
}

function ReviewTable({ channelId, search }: { channelId: string; search: ListSearch }) {
  const { t } = useI18n();
  const [cursors, setCursors] = useState<string[]>([]);
  const [selected, setSelected] = useState<string[]>([]);
  const cursor = cursors.at(-1);
  const list = useReviewList({
    ...toQuery(search, channelId),
    limit: PAGE_SIZE,
    ...(cursor ? { cursor } : {}),
  });
  const items = list.data?.items ?? [];
  const toggle = (id: string, on: boolean) =>
    setSelected((current) => (on ? [...current, id] : current.filter((other) => other !== id)));
  const allOnPage = items.length > 0 && items.every((review) => selected.includes(review.id));

  return (
    <>
      <BulkBar ids={selected} onDone={() => setSelected([])} />
      {list.isPending ? <Loading /> : null}
      <ErrorMessage error={list.error} />
      {list.data && items.length === 0 ? <EmptyState title={t('reviews.empty')} /> : null}
      {items.length > 0 ? (
        <table className="reviews-table" aria-busy={list.isFetching}>
          <caption className="sr-only">{t('reviews.title')}</caption>
          <thead>
            <tr>
              <th scope="col">
                <input
                  type="checkbox"
                  aria-label={t('reviews.selectPage')}
                  checked={allOnPage}
                  onChange={(event) =>
                    setSelected((current) => {
                      const others = current.filter((id) => !items.some((review) => review.id === id));
                      return event.target.checked ? [...others, ...items.map((review) => review.id)] : others;
                    })
                  }
                />
              </th>
              <th scope="col">{t('reviews.col.rating')}</th>
              <th scope="col">{t('reviews.col.review')}</th>
              <th scope="col">{t('reviews.col.status')}</th>
              <th scope="col">
                <span className="sr-only">{t('common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((review) => (
              <Row
                key={review.id}
                review={review}
                selected={selected.includes(review.id)}
                onSelect={(on) => toggle(review.id, on)}
              />
            ))}
          </tbody>
        </table>
      ) : null}
      <Pager
        page={cursors.length}
        hasNext={Boolean(list.data?.nextCursor)}
        onPrevious={() => setCursors((stack) => stack.slice(0, -1))}
        onNext={() => list.data?.nextCursor && setCursors((stack) => [...stack, list.data.nextCursor!])}
      />
    </>
  );
}

function Row(props: { review: Review; selected: boolean; onSelect(on: boolean): void }) {
  const { t } = useI18n();
  const { review } = props;
  const label = review.title ?? review.text?.slice(0, 60) ?? t('reviews.stars', { rating: review.rating });
  return (
    <tr>
      <td>
        <input
          type="checkbox"
          aria-label={t('reviews.select', { review: label })}
          checked={props.selected}
          onChange={(event) => props.onSelect(event.target.checked)}
        />
      </td>
      <td>
        <Stars rating={review.rating} />
      </td>
      <td>
        <ReviewGist review={review} />
      </td>
      <td>
        <StatusBadge status={review.status} />
      </td>
      <td>
        <Link
          to="/reviews/$reviewId"
          params={{ reviewId: review.id }}
          aria-label={t('reviews.openOne', { review: label })}
        >
          {t('reviews.open')}
        </Link>
      </td>
    </tr>
  );
}

/** Publish, reject or flag every ticked review at once; reject and flag need a content reason. */
function BulkBar({ ids, onDone }: { ids: string[]; onDone(): void }) {
  const { t } = useI18n();
  const bulk = useBulkModerate();
  const [reason, setReason] = useState<ModerationReason | ''>('');
  const [missingReason, setMissingReason] = useState(false);
  const run = (action: 'publish' | 'reject' | 'flag') => {
    if (action !== 'publish' && reason === '') {
      setMissingReason(true);
      return;
    }
    setMissingReason(false);
    bulk.mutate(
      { ids, action, ...(action !== 'publish' && reason !== '' ? { reason } : {}) },
      { onSuccess: onDone },
    );
  };
  return (
    <section className="bulk" aria-label={t('reviews.bulk.label')}>
      <p role="status">{t('reviews.bulk.selected', { count: ids.length })}</p>
      <button type="button" disabled={ids.length === 0 || bulk.isPending} onClick={() => run('publish')}>
        {t('reviews.action.publish')}
      </button>
      <Filter label={t('reviews.reason')}>
        {(id) => (
          <select
            id={id}
            value={reason}
            aria-invalid={missingReason || undefined}
            aria-describedby={missingReason ? 'bulk-reason-error' : undefined}
            onChange={(event) => setReason(event.target.value as ModerationReason | '')}
          >
            <option value="">{t('reviews.reason.choose')}</option>
            {MODERATION_REASONS.filter((value) => value !== 'other').map((value) => (
              <option key={value} value={value}>
                {t(`reviews.reason.${value}`)}
              </option>
            ))}
          </select>
        )}
      </Filter>
      <button
        type="button"
        className="danger"
        disabled={ids.length === 0 || bulk.isPending}
        onClick={() => run('reject')}
      >
        {t('reviews.action.reject')}
      </button>
      <button
        type="button"
        className="secondary"
        disabled={ids.length === 0 || bulk.isPending}
        onClick={() => run('flag')}
      >
        {t('reviews.action.flag')}
      </button>
      {missingReason ? (
        <p className="field-error" id="bulk-reason-error">
          {t('reviews.reason.required')}
        </p>
      ) : null}
      <ErrorMessage error={bulk.error} />
    </section>
  );
}

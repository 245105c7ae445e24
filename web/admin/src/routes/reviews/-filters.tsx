import { type ReactNode, useId } from 'react';
import type { ReviewQuery } from '../../api/reviews';
import { useI18n } from '../../i18n/i18n';

/** What the list's URL holds: the channel and every filter, so a filtered list can be linked to. */
export interface ListSearch {
  channel?: string;
  q?: string;
  rating?: number;
  status?: 'pending' | 'published' | 'rejected' | 'flagged';
  type?: 'service' | 'product';
  product?: string;
  verified?: 'yes' | 'no';
  source?: 'invitation' | 'api' | 'import';
  hasReply?: 'yes' | 'no';
  from?: string;
  to?: string;
  sort?: 'newest' | 'oldest' | 'rating' | 'lowest';
}

const KEYS = ['channel', 'q', 'product', 'from', 'to'] as const;
const CHOICES = {
  status: ['pending', 'published', 'rejected', 'flagged'],
  type: ['service', 'product'],
  verified: ['yes', 'no'],
  source: ['invitation', 'api', 'import'],
  hasReply: ['yes', 'no'],
  sort: ['newest', 'oldest', 'rating', 'lowest'],
} as const;

/** Keeps only well-formed search parameters (a hand-edited URL cannot break the page). */
export function validateListSearch(search: Record<string, unknown>): ListSearch {
  const out: Record<string, unknown> = {};
  for (const key of KEYS) {
    const value = search[key];
    if (typeof value === 'string' && value !== '') out[key] = value;
  }
  for (const [key, allowed] of Object.entries(CHOICES)) {
    const value = search[key];
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) out[key] = value;
  }
  const rating = Number(search['rating']);
  if (Number.isInteger(rating) && rating >= 1 && rating <= 5) out['rating'] = rating;
  return out as ListSearch;
}

/** The API query for a search (the channel chosen, the filters as the API names them). */
export function toQuery(search: ListSearch, channelId: string): ReviewQuery {
  const yesNo = (value: 'yes' | 'no' | undefined) => (value === undefined ? undefined : value === 'yes');
  const query: Record<string, unknown> = {
    channelId,
    q: search.q,
    rating: search.rating,
    status: search.status ? [search.status] : undefined,
    type: search.type,
    product: search.product,
    verified: yesNo(search.verified),
    source: search.source,
    hasReply: yesNo(search.hasReply),
    from: search.from,
    to: search.to,
    sort: search.sort,
  };
  for (const key of Object.keys(query)) if (query[key] === undefined) delete query[key];
  return query as ReviewQuery;
}

function Choice(props: {
  name: keyof typeof CHOICES | 'rating';
  label: string;
  value: string | number | undefined;
  options: Array<{ value: string; label: string }>;
  anyLabel?: string;
}) {
  return (
    <Filter label={props.label}>
      {(id) => (
        <select id={id} name={props.name} defaultValue={props.value === undefined ? '' : String(props.value)}>
          {props.anyLabel ? <option value="">{props.anyLabel}</option> : null}
          {props.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Filter>
  );
}

/** One labelled control of a filter bar (the label names the control alone, nothing else). */
export function Filter(props: { label: string; className?: string; children(id: string): ReactNode }) {
  const id = useId();
  return (
    <div className={`filter ${props.className ?? ''}`}>
      <label htmlFor={id}>{props.label}</label>
      {props.children(id)}
    </div>
  );
}

/**
 * Search and filters as one form (role search): submitting it puts them in the URL. `fixed`
 * hides filters a page decides itself (the snippet page shows published reviews only).
 */
export function ReviewFilters(props: {
  search: ListSearch;
  onSearch(next: ListSearch): void;
  fixed?: ReadonlyArray<keyof ListSearch>;
}) {
  const { t } = useI18n();
  const { search } = props;
  const shown = (key: keyof ListSearch) => !props.fixed?.includes(key);
  const any = t('reviews.filter.any');
  const yesNo = [
    { value: 'yes', label: t('reviews.filter.yes') },
    { value: 'no', label: t('reviews.filter.no') },
  ];
  return (
    // biome-ignore lint/a11y/useSemanticElements: a form with role search is announced by every screen reader; <search> is not yet
    <form
      role="search"
      aria-label={t('reviews.filter.label')}
      className="filters"
      // A new search means new results: the form is rebuilt with the URL's values.
      key={JSON.stringify(search)}
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        const raw: Record<string, unknown> = { channel: search.channel };
        for (const [key, value] of data.entries()) if (value !== '') raw[key] = value;
        props.onSearch(validateListSearch(raw));
      }}
    >
      <Filter label={t('reviews.filter.q')} className="filter-search">
        {(id) => <input id={id} type="search" name="q" defaultValue={search.q ?? ''} />}
      </Filter>
      <Choice
        name="rating"
        label={t('reviews.filter.rating')}
        value={search.rating}
        anyLabel={any}
        options={[5, 4, 3, 2, 1].map((stars) => ({
          value: String(stars),
          label: t('reviews.stars', { rating: stars }),
        }))}
      />
      {shown('status') ? (
        <Choice
          name="status"
          label={t('reviews.filter.status')}
          value={search.status}
          anyLabel={any}
          options={CHOICES.status.map((value) => ({ value, label: t(`reviews.status.${value}`) }))}
        />
      ) : null}
      <Choice
        name="type"
        label={t('reviews.filter.type')}
        value={search.type}
        anyLabel={any}
        options={CHOICES.type.map((value) => ({ value, label: t(`reviews.type.${value}`) }))}
      />
      <Filter label={t('reviews.filter.product')}>
        {(id) => <input id={id} name="product" defaultValue={search.product ?? ''} />}
      </Filter>
      <Choice
        name="verified"
        label={t('reviews.filter.verified')}
        value={search.verified}
        anyLabel={any}
        options={yesNo}
      />
      <Choice
        name="source"
        label={t('reviews.filter.source')}
        value={search.source}
        anyLabel={any}
        options={CHOICES.source.map((value) => ({ value, label: t(`reviews.source.${value}`) }))}
      />
      <Choice
        name="hasReply"
        label={t('reviews.filter.hasReply')}
        value={search.hasReply}
        anyLabel={any}
        options={yesNo}
      />
      <Filter label={t('reviews.filter.from')}>
        {(id) => <input id={id} type="date" name="from" defaultValue={search.from ?? ''} />}
      </Filter>
      <Filter label={t('reviews.filter.to')}>
        {(id) => <input id={id} type="date" name="to" defaultValue={search.to ?? ''} />}
      </Filter>
      <Choice
        name="sort"
        label={t('reviews.filter.sort')}
        value={search.sort ?? 'newest'}
        options={CHOICES.sort.map((value) => ({ value, label: t(`reviews.sort.${value}`) }))}
      />
      <div className="filter-actions">
        <button type="submit">{t('reviews.filter.apply')}</button>
        <button
          type="button"
          className="secondary"
          onClick={() => props.onSearch({ channel: search.channel })}
        >
          {t('reviews.filter.clear')}
        </button>
      </div>
    </form>
  );
}

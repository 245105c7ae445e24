import { createFileRoute, Link, useNavigate } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useEmailEmbeds } from '../../api/integrations';
import { type Review, useReviewList, useSaveSnippetSelection, useSnippetPreview } from '../../api/reviews';
import { type Locale, SUPPORTED_LOCALES, useI18n } from '../../i18n/i18n';
import { HtmlPreview } from '../../ui/html-preview';
import { EmptyState, ErrorMessage, Loading } from '../../ui/page';
import { Filter, type ListSearch, ReviewFilters, toQuery, validateListSearch } from './-filters';
import { Pager, ReviewGist, Stars, WithChannel } from './-parts';

export const Route = createFileRoute('/reviews/snippet')({
  validateSearch: validateListSearch,
  component: Snippet,
});

/** As many reviews as one email snippet shows (the server refuses more). */
const MAX_SELECTED = 20;
const PAGE_SIZE = 20;

/**
 * Seed 000, the "Opinie" tab: tick published reviews (search and filters help find them), see
 * the email snippet rendered beside the list, then "Copy snippet code", which saves the choice
 * (the feed serves it from the next mail on) and copies the code to paste into Klaviyo.
 */
function Snippet() {
  const { t } = useI18n();
  const search = Route.useSearch();
  const navigate = useNavigate();
  const go = (next: ListSearch) => void navigate({ to: '/reviews/snippet', search: next });
  return (
    <WithChannel
      title={t('reviews.snippet.title')}
      channel={search.channel}
      onChannel={(channel) => go({ channel })}
    >
      {(channelId) => <SnippetEditor key={channelId} channelId={channelId} search={search} onSearch={go} />}
    </WithChannel>
  );
}

function SnippetEditor(props: { channelId: string; search: ListSearch; onSearch(next: ListSearch): void }) {
  const { t } = useI18n();
  const embeds = useEmailEmbeds(props.channelId);
  const [selected, setSelected] = useState<string[] | undefined>();
  const [locale, setLocale] = useState<Locale | undefined>();
  useEffect(() => {
    if (embeds.data && selected === undefined) setSelected(embeds.data.selectedReviewIds);
    if (embeds.data && locale === undefined) setLocale(embeds.data.locale);
  }, [embeds.data, selected, locale]);
  if (embeds.isPending) return <Loading />;
  if (!embeds.data || !selected || !locale) return <ErrorMessage error={embeds.error} />;
  const toggle = (id: string, on: boolean) =>
    setSelected((current = []) => (on ? [...current, id] : current.filter((other) => other !== id)));
  return (
    <>
      <p>{t('reviews.snippet.intro')}</p>
      <div className="snippet-layout">
        <div>
          <ReviewFilters search={props.search} onSearch={props.onSearch} fixed={['status']} />
          <p role="status" className="hint">
            {t('reviews.snippet.selected', { count: selected.length, max: MAX_SELECTED })}
          </p>
          <Choices
            key={JSON.stringify(props.search)}
            channelId={props.channelId}
            search={props.search}
            selected={selected}
            onToggle={toggle}
          />
        </div>
        <Preview channelId={props.channelId} selected={selected} locale={locale} onLocale={setLocale} />
      </div>
    </>
  );
}

function Choices(props: {
  channelId: string;
  search: ListSearch;
  selected: string[];
  onToggle(id: string, on: boolean): void;
}) {
  const { t } = useI18n();
  const [cursors, setCursors] = useState<string[]>([]);
  const cursor = cursors.at(-1);
  const list = useReviewList({
    ...toQuery({ ...props.search, status: 'published' }, props.channelId),
    limit: PAGE_SIZE,
    ...(cursor ? { cursor } : {}),
  });
  const items = list.data?.items ?? [];
  const full = props.selected.length >= MAX_SELECTED;
  return (
    <>
      {list.isPending ? <Loading /> : null}
      <ErrorMessage error={list.error} />
      {list.data && items.length === 0 ? <EmptyState title={t('reviews.snippet.empty')} /> : null}
      <ul className="choices" aria-label={t('reviews.snippet.choices')}>
        {items.map((review: Review) => {
          const checked = props.selected.includes(review.id);
          return (
            <li key={review.id} className="choice">
              <input
                type="checkbox"
                id={`pick-${review.id}`}
                checked={checked}
                disabled={!checked && full}
                onChange={(event) => props.onToggle(review.id, event.target.checked)}
              />
              <label htmlFor={`pick-${review.id}`}>
                <Stars rating={review.rating} />
                <ReviewGist review={review} />
              </label>
            </li>
          );
        })}
      </ul>
      <Pager
        page={cursors.length}
        hasNext={Boolean(list.data?.nextCursor)}
        onPrevious={() => setCursors((stack) => stack.slice(0, -1))}
        onNext={() => list.data?.nextCursor && setCursors((stack) => [...stack, list.data.nextCursor!])}
      />
    </>
  );
}

function Preview(props: {
  channelId: string;
  selected: string[];
  locale: Locale;
  onLocale(locale: Locale): void;
}) {
  const { t, locale: adminLocale } = useI18n();
  const names = new Intl.DisplayNames([adminLocale], { type: 'language' });
  const preview = useSnippetPreview(props.channelId, props.selected, props.locale);
  const save = useSaveSnippetSelection(props.channelId);
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = () =>
    save.mutate(
      { selectedReviewIds: props.selected, locale: props.locale },
      {
        onSuccess: (saved) =>
          navigator.clipboard.writeText(saved.snippets.reviews).then(
            () => setCopied('copied'),
            () => setCopied('failed'),
          ),
      },
    );
  return (
    <section className="card snippet-preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">{t('reviews.snippet.preview')}</h2>
      <Filter label={t('reviews.snippet.language')}>
        {(id) => (
          <select
            id={id}
            value={props.locale}
            onChange={(event) => props.onLocale(event.target.value as Locale)}
          >
            {SUPPORTED_LOCALES.map((code) => (
              <option key={code} value={code}>
                {names.of(code) ?? code}
              </option>
            ))}
          </select>
        )}
      </Filter>
      <ErrorMessage error={preview.error} />
      {preview.data ? (
        <HtmlPreview
          title={t('reviews.snippet.previewFrame')}
          html={`<!doctype html><meta charset="utf-8"><body style="margin:12px">${preview.data.starsHtml}${preview.data.html}</body>`}
        />
      ) : (
        <Loading />
      )}
      <div className="actions start">
        <button type="button" disabled={save.isPending} onClick={copy}>
          {t('reviews.snippet.copy')}
        </button>
      </div>
      <p role="status">
        {copied === 'copied' ? t('reviews.snippet.copied') : copied === 'failed' ? t('copy.failed') : ''}
      </p>
      <ErrorMessage error={save.error} />
      <p className="hint">
        {t('reviews.snippet.feedHint')}{' '}
        <Link to="/integrations" search={{ channel: props.channelId }}>
          {t('nav.integrations')}
        </Link>
      </p>
    </section>
  );
}

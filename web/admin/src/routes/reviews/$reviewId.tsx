import { createFileRoute, Link } from '@tanstack/react-router';
import { useState } from 'react';
import {
  MODERATION_REASONS,
  type ModerationReason,
  type Review,
  useDeleteReply,
  useEraseReviewer,
  useModerate,
  useReview,
  useReviewAudit,
  useSetReply,
} from '../../api/reviews';
import { useI18n } from '../../i18n/i18n';
import { ConfirmButton } from '../../ui/confirm';
import { ErrorMessage, Loading, Page } from '../../ui/page';
import { Stars, StatusBadge, useWrittenAt } from './-parts';

export const Route = createFileRoute('/reviews/$reviewId')({ component: ReviewPage });

function ReviewPage() {
  const { t } = useI18n();
  const { reviewId } = Route.useParams();
  const review = useReview(reviewId);
  if (review.isPending) return <Loading />;
  if (!review.data) return <ErrorMessage error={review.error} />;
  const data = review.data;
  return (
    <Page title={t('reviews.detail.title')}>
      <p>
        <Link to="/reviews" search={{ channel: data.channelId }}>
          {t('reviews.detail.back')}
        </Link>
      </p>
      <Details review={data} />
      <Moderation review={data} />
      <Reply review={data} />
      <Audit reviewId={data.id} />
      <Erasure review={data} />
    </Page>
  );
}

function Details({ review }: { review: Review }) {
  const { t, formatDateTime } = useI18n();
  const writtenAt = useWrittenAt();
  return (
    <section className="card" aria-labelledby="review-heading">
      <h2 id="review-heading">
        <Stars rating={review.rating} /> {review.title ?? ''}
      </h2>
      <p className="review-text">{review.text ?? t('reviews.noText')}</p>
      <dl className="facts">
        <dt>{t('reviews.col.status')}</dt>
        <dd>
          <StatusBadge status={review.status} />
          {review.moderation.reason
            ? ` ${t(`reviews.reason.${review.moderation.reason as ModerationReason}`)}`
            : ''}
          {review.moderation.note ? ` — ${review.moderation.note}` : ''}
        </dd>
        <dt>{t('reviews.detail.author')}</dt>
        <dd>{[review.displayName ?? t('reviews.anonymous'), review.email].filter(Boolean).join(' · ')}</dd>
        <dt>{t('reviews.filter.type')}</dt>
        <dd>
          {t(`reviews.type.${review.type}`)}
          {review.product
            ? ` · ${[review.product.title, review.product.sku, review.product.gtin].filter(Boolean).join(' · ')}`
            : ''}
        </dd>
        <dt>{t('reviews.filter.source')}</dt>
        <dd>
          {t(`reviews.source.${review.source as 'api'}`)}
          {review.verifiedBuyer ? ` · ${t('reviews.verifiedBuyer')}` : ''}
        </dd>
        <dt>{t('reviews.detail.written')}</dt>
        <dd>{writtenAt(review)}</dd>
        <dt>{t('reviews.detail.published')}</dt>
        <dd>{formatDateTime(review.publishedAt)}</dd>
      </dl>
    </section>
  );
}

function Moderation({ review }: { review: Review }) {
  const { t } = useI18n();
  const moderate = useModerate(review.id);
  const [reason, setReason] = useState<ModerationReason | ''>('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>();
  const run = (action: 'publish' | 'reject' | 'flag') => {
    if (action !== 'publish' && reason === '') return setError(t('reviews.reason.required'));
    if (action !== 'publish' && reason === 'other' && note.trim() === '')
      return setError(t('reviews.note.required'));
    setError(undefined);
    moderate.mutate({
      action,
      ...(action !== 'publish' && reason !== '' ? { reason } : {}),
      ...(action !== 'publish' && note.trim() !== '' ? { note: note.trim() } : {}),
    });
  };
  return (
    <section className="card" aria-labelledby="moderation-heading">
      <h2 id="moderation-heading">{t('reviews.detail.moderation')}</h2>
      <p className="hint">{t('reviews.detail.moderationHint')}</p>
      <div className="field">
        <label htmlFor="moderation-reason">{t('reviews.reason')}</label>
        <select
          id="moderation-reason"
          value={reason}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'moderation-error' : undefined}
          onChange={(event) => setReason(event.target.value as ModerationReason | '')}
        >
          <option value="">{t('reviews.reason.choose')}</option>
          {MODERATION_REASONS.map((value) => (
            <option key={value} value={value}>
              {t(`reviews.reason.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="moderation-note">{t('reviews.note')}</label>
        <textarea
          className="prose"
          id="moderation-note"
          rows={2}
          maxLength={1000}
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
      </div>
      {error ? (
        <p className="field-error" id="moderation-error">
          {error}
        </p>
      ) : null}
      <div className="actions start">
        <button
          type="button"
          disabled={moderate.isPending || review.status === 'published'}
          onClick={() => run('publish')}
        >
          {t('reviews.action.publish')}
        </button>
        <button
          type="button"
          className="danger"
          disabled={moderate.isPending || review.status === 'rejected'}
          onClick={() => run('reject')}
        >
          {t('reviews.action.reject')}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={moderate.isPending || review.status === 'flagged'}
          onClick={() => run('flag')}
        >
          {t('reviews.action.flag')}
        </button>
      </div>
      <p role="status">
        {moderate.isSuccess
          ? t('reviews.detail.moderated', { status: t(`reviews.status.${review.status}`) })
          : ''}
      </p>
      <ErrorMessage error={moderate.error} />
    </section>
  );
}

function Reply({ review }: { review: Review }) {
  const { t } = useI18n();
  const save = useSetReply(review.id);
  const remove = useDeleteReply(review.id);
  const [text, setText] = useState(review.reply?.text ?? '');
  const preview = text.trim();
  return (
    <section className="card" aria-labelledby="reply-heading">
      <h2 id="reply-heading">{t('reviews.reply.title')}</h2>
      <p className="hint">{t('reviews.reply.hint')}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (preview !== '') save.mutate(preview);
        }}
      >
        <div className="field">
          <label htmlFor="reply-text">{t('reviews.reply.text')}</label>
          <textarea
            className="prose"
            id="reply-text"
            rows={4}
            maxLength={5000}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
        </div>
        <h3>{t('reviews.reply.preview')}</h3>
        <div className="reply-preview" aria-live="polite">
          <Stars rating={review.rating} />
          <p className="review-text">{review.text ?? ''}</p>
          {preview ? (
            <blockquote>
              <strong>{t('reviews.reply.fromShop')}</strong>
              <p className="review-text">{preview}</p>
            </blockquote>
          ) : (
            <p className="hint">{t('reviews.reply.empty')}</p>
          )}
        </div>
        <div className="actions start">
          <button type="submit" disabled={save.isPending || preview === ''}>
            {t('reviews.reply.save')}
          </button>
          {review.reply ? (
            <ConfirmButton
              title={t('reviews.reply.deleteTitle')}
              description={t('reviews.reply.deleteText')}
              confirmLabel={t('reviews.reply.delete')}
              onConfirm={() => remove.mutate(undefined, { onSuccess: () => setText('') })}
            >
              {t('reviews.reply.delete')}
            </ConfirmButton>
          ) : null}
        </div>
        <p role="status">{save.isSuccess ? t('reviews.reply.saved') : ''}</p>
        <ErrorMessage error={save.error ?? remove.error} />
      </form>
    </section>
  );
}

function Audit({ reviewId }: { reviewId: string }) {
  const { t, formatDateTime } = useI18n();
  const audit = useReviewAudit(reviewId);
  return (
    <section className="card" aria-labelledby="audit-heading">
      <h2 id="audit-heading">{t('reviews.audit.title')}</h2>
      {audit.isPending ? <Loading /> : null}
      <ErrorMessage error={audit.error} />
      {audit.data ? (
        <table>
          <caption className="sr-only">{t('reviews.audit.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reviews.audit.when')}</th>
              <th scope="col">{t('reviews.audit.who')}</th>
              <th scope="col">{t('reviews.audit.what')}</th>
              <th scope="col">{t('reviews.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {audit.data.map((entry, index) => (
              // The trail is append-only: its order is its identity.
              // biome-ignore lint/suspicious/noArrayIndexKey: entries have no id of their own
              <tr key={index}>
                <td>{formatDateTime(entry.at)}</td>
                <td>{t(`reviews.actor.${entry.actor.kind as 'user'}`)}</td>
                <td>
                  {t(`reviews.audit.${entry.action as 'status'}`)}
                  {entry.to ? ` → ${t(`reviews.status.${entry.to as 'published'}`)}` : ''}
                </td>
                <td>
                  {entry.reason ? t(`reviews.reason.${entry.reason as ModerationReason}`) : ''}
                  {entry.note ? ` — ${entry.note}` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

function Erasure({ review }: { review: Review }) {
  const { t } = useI18n();
  const erase = useEraseReviewer(review.channelId);
  return (
    <section className="card danger-zone" aria-labelledby="erase-heading">
      <h2 id="erase-heading">{t('reviews.erase.title')}</h2>
      <p>{t('reviews.erase.text')}</p>
      {review.email ? (
        <ConfirmButton
          title={t('reviews.erase.confirmTitle', { email: review.email })}
          description={t('reviews.erase.confirmText')}
          confirmLabel={t('reviews.erase.button')}
          onConfirm={() => erase.mutate(review.email!)}
        >
          {t('reviews.erase.button')}
        </ConfirmButton>
      ) : (
        <p className="hint">{t('reviews.erase.noEmail')}</p>
      )}
      <p role="status">{erase.isSuccess ? t('reviews.erase.done', { count: erase.data }) : ''}</p>
      <ErrorMessage error={erase.error} />
    </section>
  );
}

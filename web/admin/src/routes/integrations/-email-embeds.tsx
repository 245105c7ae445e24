import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useEmailEmbeds } from '../../api/integrations';
import { useSnippetPreview } from '../../api/reviews';
import { useI18n } from '../../i18n/i18n';
import { CopyValue } from '../../ui/copy';
import { ErrorMessage, Loading } from '../../ui/page';

type SnippetKind = 'badge' | 'stars' | 'reviews';

/**
 * The channel's web feed (name + URL) and the email snippets (seed 000, "Integracje" → Klaviyo):
 * the merchant picks a snippet and copies it.
 */
export function EmailEmbeds({ channelId }: { channelId: string }) {
  const { t } = useI18n();
  const embeds = useEmailEmbeds(channelId);
  const [kind, setKind] = useState<SnippetKind>('stars');
  if (embeds.isPending) return <Loading />;
  if (!embeds.data) return <ErrorMessage error={embeds.error} />;
  const { feed, snippets } = embeds.data;
  const kinds = (['badge', 'stars', 'reviews'] as const).filter((candidate) => snippets[candidate] !== null);
  const snippet = snippets[kind] ?? '';
  return (
    <>
      <p>{t('embeds.feedIntro')}</p>
      <CopyValue label={t('embeds.feedName')} value={feed.name} />
      <CopyValue label={t('embeds.feedUrl')} value={feed.url} />
      <fieldset>
        <legend>{t('embeds.snippetChoice')}</legend>
        {kinds.map((candidate) => (
          <label key={candidate} className="check">
            <input
              type="radio"
              name="snippet"
              value={candidate}
              checked={kind === candidate}
              onChange={() => setKind(candidate)}
            />
            {t(`embeds.snippet.${candidate}`)}
          </label>
        ))}
      </fieldset>
      {snippets.badge === null ? <p className="hint">{t('embeds.badgeNeedsCertified')}</p> : null}
      <CopyValue label={t('embeds.snippet')} value={snippet} multiline />
      <EmailPreview
        channelId={channelId}
        kind={kind}
        selected={embeds.data.selectedReviewIds}
        locale={embeds.data.locale}
      />
      {kind === 'reviews' ? (
        <p>
          <Link to="/reviews/snippet" search={{ channel: channelId }}>
            {t('embeds.choosePreview')}
          </Link>
        </p>
      ) : null}
    </>
  );
}

/**
 * The chosen snippet as the email shows it: rendered by the server from the feed, as Klaviyo
 * renders it at send time (`POST …/email-embeds/preview`, the reviews-in-emails page's preview),
 * with the saved selection of reviews, in a sandboxed frame where nothing runs.
 */
function EmailPreview(props: { channelId: string; kind: SnippetKind; selected: string[]; locale: string }) {
  const { t } = useI18n();
  const preview = useSnippetPreview(props.channelId, props.selected, props.locale);
  if (preview.isPending) return <Loading />;
  if (!preview.data) return <ErrorMessage error={preview.error} />;
  const html =
    props.kind === 'badge'
      ? (preview.data.badgeHtml ?? '')
      : props.kind === 'stars'
        ? preview.data.starsHtml
        : preview.data.html;
  return (
    <section className="email-preview" aria-labelledby="email-preview">
      <h3 id="email-preview">{t('embeds.preview')}</h3>
      {props.kind === 'reviews' && props.selected.length === 0 ? (
        <p className="hint">{t('embeds.previewNoReviews')}</p>
      ) : null}
      <iframe
        className="preview"
        title={t('embeds.previewFrame')}
        sandbox=""
        srcDoc={`<!doctype html><meta charset="utf-8"><body style="margin:12px;font-family:Arial,sans-serif">${html}</body>`}
      />
    </section>
  );
}

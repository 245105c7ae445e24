import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useEmailEmbeds } from '../../api/integrations';
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

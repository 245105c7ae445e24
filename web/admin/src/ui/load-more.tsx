import { useI18n } from '../i18n/i18n';

/**
 * "Show more" under a keyset-paged list: asks for the page after the last row shown. Pages are
 * cursors, never offsets, so rows added meanwhile neither repeat nor push a row out of sight.
 */
export function LoadMore({
  hasMore,
  loading,
  onMore,
}: {
  hasMore: boolean;
  loading: boolean;
  onMore(): void;
}) {
  const { t } = useI18n();
  if (!hasMore) return null;
  return (
    <div className="actions start">
      <button type="button" className="secondary" disabled={loading} onClick={onMore}>
        {loading ? t('common.loading') : t('common.loadMore')}
      </button>
    </div>
  );
}

import { useI18n } from '../../i18n/i18n';

// The connection states of src/connectors/connections.store.ts, and "not connected yet".
const KNOWN = new Set(['active', 'error', 'auth_invalid', 'not_connected']);

/** A connection's state in words (and a colour that is never the only signal). */
export function StatusBadge({ status }: { status: string }) {
  const { t } = useI18n();
  const known = KNOWN.has(status);
  return (
    <span className={`badge badge-${known ? status : 'other'}`}>
      {known ? t(`status.${status as 'active'}`) : status}
    </span>
  );
}

import type { Invitation } from '../../api/invitations';
import { type MessageKey, useI18n } from '../../i18n/i18n';

/** "Opened" is a sent invitation whose questionnaire was opened but not answered yet. */
export function displayState(invitation: Pick<Invitation, 'state' | 'openedAt'>) {
  return invitation.state === 'sent' && invitation.openedAt ? 'opened' : invitation.state;
}

export function StateBadge({ invitation }: { invitation: Pick<Invitation, 'state' | 'openedAt'> }) {
  const { t } = useI18n();
  const state = displayState(invitation);
  return <span className={`badge badge-${state}`}>{t(`inv.state.${state}`)}</span>;
}

/** Why an invitation was cancelled or suppressed, in words when the reason is a known one. */
export function ReasonText({ reason }: { reason: string | null }) {
  const { t, has } = useI18n();
  if (!reason) return null;
  const key = `inv.reason.${reason}`;
  return <>{has(key) ? t(key as MessageKey) : reason}</>;
}

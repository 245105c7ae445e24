import { type MessageKey, useI18n } from '../../i18n/i18n';

const KNOWN = ['member', 'candidate', 'excluded'];

/** A member's state in words (member, not yet enrolled, excluded). */
export function MemberState({ state }: { state: string }) {
  const { t } = useI18n();
  return (
    <span className={`badge state-${state}`}>
      {KNOWN.includes(state) ? t(`loyalty.state.${state}` as MessageKey) : state}
    </span>
  );
}

import { useEffect, useId, useState } from 'react';
import { useI18n } from '../i18n/i18n';

/** Copies `value` to the clipboard and says so (politely, to screen readers too). */
export function CopyButton({ value, label }: { value: string; label: string }) {
  const { t } = useI18n();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2500);
    return () => clearTimeout(timer);
  }, [state]);
  return (
    <span className="copy">
      <button
        type="button"
        className="secondary"
        aria-label={label}
        onClick={() =>
          navigator.clipboard.writeText(value).then(
            () => setState('copied'),
            () => setState('failed'),
          )
        }
      >
        {t('copy.button')}
      </button>
      <span role="status" className="copy-status">
        {state === 'copied' ? t('copy.done') : state === 'failed' ? t('copy.failed') : ''}
      </span>
    </span>
  );
}

/** A value the merchant pastes elsewhere: shown read-only, with its own copy button. */
export function CopyValue({
  label,
  value,
  multiline,
}: {
  label: string;
  value: string;
  multiline?: boolean;
}) {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className="copy-value">
      <label htmlFor={id}>{label}</label>
      <div className="copy-row">
        {multiline ? (
          <textarea id={id} readOnly value={value} rows={Math.min(12, value.split('\n').length + 1)} />
        ) : (
          <input id={id} readOnly value={value} />
        )}
        <CopyButton value={value} label={t('copy.label', { what: label })} />
      </div>
    </div>
  );
}

import type { ReactNode } from 'react';
import { ApiError } from '../api/client';
import { useI18n } from '../i18n/i18n';

export function Page({
  title,
  actions,
  children,
}: {
  title: string;
  actions?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section className="page">
      <header className="page-header">
        <h1>{title}</h1>
        {actions ? <div className="page-actions">{actions}</div> : null}
      </header>
      {children}
    </section>
  );
}

/** What is missing and what to do about it. */
export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="empty">
      <p className="empty-title">{title}</p>
      {children}
    </div>
  );
}

/**
 * An error that belongs to no one field; announced at once. The server's answers are worded by
 * their code in the admin's language (messages/errors.ts); only `unprocessable` quotes the
 * server's message, which carries a platform's own refusal. Anything else (no answer, an unknown
 * code, an answer naming a field) is shown as it came.
 */
/** Codes whose server message names the particular rule or thing; the others' messages add nothing. */
const DETAILED_CODES: ReadonlySet<string> = new Set(['conflict', 'forbidden', 'gone', 'not_found']);

export function ErrorMessage({ error }: { error: unknown }) {
  const { t, has } = useI18n();
  if (!error) return null;
  // An answer that names a field but reached this box (no form to mark it on) keeps the
  // server's words, which say which field and why.
  const namesField = error instanceof ApiError && Object.keys(error.fields).length > 0;
  const key = error instanceof ApiError && !namesField ? `error.code.${error.code}` : undefined;
  const message = error instanceof Error ? error.message : String(error);
  if (!key || !has(key)) {
    return (
      <p role="alert" className="alert">
        {t('common.error', { message })}
      </p>
    );
  }
  // A refusal's own sentence says which rule it met (the last owner, a code already used):
  // the worded code frames it, the server's words follow so nothing specific is lost.
  const specific = DETAILED_CODES.has((error as ApiError).code) && message.trim() !== '';
  return (
    <p role="alert" className="alert">
      {t(key, { message })}
      {specific && <span className="alert-detail">{t('common.errorDetail', { message })}</span>}
    </p>
  );
}

export function Loading() {
  const { t } = useI18n();
  return (
    <p role="status" className="loading">
      {t('common.loading')}
    </p>
  );
}

/** Numbered steps, as the platforms' own help articles number them. */
export function Steps({ children }: { children: ReactNode }) {
  return <ol className="steps">{children}</ol>;
}

export function Step({ title, children }: { title: string; children: ReactNode }) {
  return (
    <li className="step">
      <h2>{title}</h2>
      {children}
    </li>
  );
}

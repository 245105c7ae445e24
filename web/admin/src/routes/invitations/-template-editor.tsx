import { useEffect, useId, useState } from 'react';
import { ApiError } from '../../api/client';
import {
  type MailTemplate,
  type TemplateDraft,
  useMailPreview,
  useResetMailTemplate,
  useSaveMailTemplate,
  useSendTestMail,
} from '../../api/invitations';
import { useI18n } from '../../i18n/i18n';
import { ConfirmButton } from '../../ui/confirm';
import { TextField } from '../../ui/field';
import { useFormErrors } from '../../ui/form';
import { HtmlPreview } from '../../ui/html-preview';
import { ErrorMessage } from '../../ui/page';

const draftOf = (template: MailTemplate): TemplateDraft => ({
  subject: template.subject,
  intro: template.intro,
  buttonText: template.buttonText,
  logoUrl: template.logoUrl,
  buttonColor: template.buttonColor,
  buttonTextColor: template.buttonTextColor,
  backgroundColor: template.backgroundColor,
});

/** The draft a moment after the last keystroke, so the preview is not asked for on every key. */
function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * The last preview the server rendered: while a draft is refused (an unknown placeholder typed
 * half-way) the mail as it last rendered stays in view, and the frame is never torn down and
 * rebuilt between keystrokes; the refusal shows on its field.
 */
function useLastRendered<T>(data: T | undefined): T | undefined {
  const [last, setLast] = useState(data);
  useEffect(() => {
    if (data !== undefined) setLast(data);
  }, [data]);
  return data ?? last;
}

/**
 * One mail's editable parts beside the server-rendered preview (the real renderer, in a sandboxed
 * frame that runs nothing). Save stores it; "send me a test" mails the draft as shown.
 */
export function TemplateEditor({ channelId, template }: { channelId: string; template: MailTemplate }) {
  const { t, formatDateTime, locale } = useI18n();
  const languageName = new Intl.DisplayNames([locale], { type: 'language' }).of(template.locale);
  const path = { id: channelId, kind: template.kind, locale: template.locale };
  const [draft, setDraft] = useState<TemplateDraft>(() => draftOf(template));
  const settled = useSettled(draft, 350);
  const preview = useMailPreview(path, settled);
  const shown = useLastRendered(preview.data);
  const save = useSaveMailTemplate(path);
  const reset = useResetMailTemplate(path);
  const test = useSendTestMail(path);
  const errors = useFormErrors();
  const introId = useId();
  const previewFields = preview.error instanceof ApiError ? preview.error.fields : {};
  const fieldError = (name: keyof TemplateDraft) => errors.fields[name] ?? previewFields[name];
  const set = (name: keyof TemplateDraft) => (event: { target: { value: string } }) => {
    const value = event.target.value;
    setDraft((current) => ({ ...current, [name]: name === 'logoUrl' ? value || null : value }));
  };
  const placeholders = template.placeholders.map((name) => `{${name}}`).join(', ');
  const introError = fieldError('intro');
  return (
    <div className="template-editor">
      <section className="card" aria-labelledby="template-form">
        <h2 id="template-form">
          {t(`inv.tpl.kind.${template.kind}`)} · {languageName ?? template.locale}
        </h2>
        <p className="hint" role="status">
          {template.custom
            ? t('inv.tpl.custom', { date: formatDateTime(template.updatedAt) })
            : t('inv.tpl.default')}
        </p>
        <p className="note">{t('inv.tpl.placeholders', { list: placeholders })}</p>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            errors.clear();
            save.mutate(draft, { onError: errors.fail });
          }}
        >
          <TextField
            label={t('inv.tpl.subject')}
            value={draft.subject}
            onChange={set('subject')}
            error={fieldError('subject')}
          />
          <div className="field">
            <label htmlFor={introId}>{t('inv.tpl.intro')}</label>
            <textarea
              className="prose"
              id={introId}
              value={draft.intro}
              onChange={set('intro')}
              aria-invalid={introError ? true : undefined}
              aria-describedby={`${introId}-description${introError ? ` ${introId}-error` : ''}`}
            />
            <p className="field-description" id={`${introId}-description`}>
              {t('inv.tpl.introHint')}
            </p>
            {introError ? (
              <p className="field-error" id={`${introId}-error`}>
                {introError}
              </p>
            ) : null}
          </div>
          <TextField
            label={t('inv.tpl.button')}
            value={draft.buttonText}
            onChange={set('buttonText')}
            error={fieldError('buttonText')}
          />
          <TextField
            label={t('inv.tpl.logo')}
            type="url"
            value={draft.logoUrl ?? ''}
            onChange={set('logoUrl')}
            error={fieldError('logoUrl')}
          />
          <div className="colors">
            <TextField
              label={t('inv.tpl.buttonColor')}
              type="color"
              value={draft.buttonColor}
              onChange={set('buttonColor')}
              error={fieldError('buttonColor')}
            />
            <TextField
              label={t('inv.tpl.buttonTextColor')}
              type="color"
              value={draft.buttonTextColor}
              onChange={set('buttonTextColor')}
              error={fieldError('buttonTextColor')}
            />
            <TextField
              label={t('inv.tpl.backgroundColor')}
              type="color"
              value={draft.backgroundColor}
              onChange={set('backgroundColor')}
              error={fieldError('backgroundColor')}
            />
          </div>
          <ErrorMessage error={errors.formError ?? test.error} />
          <div className="actions">
            <button type="submit" disabled={save.isPending}>
              {t('inv.tpl.save')}
            </button>
            <button
              type="button"
              className="secondary"
              disabled={test.isPending}
              onClick={() => {
                errors.clear();
                test.mutate(draft, { onError: errors.fail });
              }}
            >
              {t('inv.tpl.test')}
            </button>
            {template.custom ? (
              <ConfirmButton
                title={t('inv.tpl.resetTitle')}
                description={t('inv.tpl.resetText')}
                confirmLabel={t('inv.tpl.reset')}
                onConfirm={() => reset.mutate()}
              >
                {t('inv.tpl.reset')}
              </ConfirmButton>
            ) : null}
          </div>
          <p role="status">
            {save.isSuccess ? t('common.saved') : ''}{' '}
            {test.data ? t('inv.tpl.testSent', { email: test.data.to }) : ''}
          </p>
        </form>
      </section>
      <section className="card" aria-labelledby="template-preview">
        <h2 id="template-preview">{t('inv.tpl.preview')}</h2>
        {shown ? (
          <>
            <p>
              <strong>{t('inv.tpl.previewSubject', { subject: shown.subject })}</strong>
            </p>
            <HtmlPreview className="mail-preview" title={t('inv.tpl.previewFrame')} html={shown.html} />
          </>
        ) : null}
      </section>
    </div>
  );
}

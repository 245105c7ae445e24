import { createFileRoute, useNavigate } from '@tanstack/react-router';
import {
  type MailTemplate,
  type TemplateKind,
  type TemplateLocale,
  useMailTemplate,
} from '../../api/invitations';
import { SUPPORTED_LOCALES, useI18n } from '../../i18n/i18n';
import { ErrorMessage, Loading } from '../../ui/page';
import { InvitationsSection } from './-section';
import { TemplateEditor } from './-template-editor';

const KINDS: TemplateKind[] = ['invitation', 'reminder'];

interface TemplateSearch {
  channel?: string;
  kind?: TemplateKind;
  locale?: TemplateLocale;
}

export const Route = createFileRoute('/invitations/templates')({
  validateSearch: (search: Record<string, unknown>): TemplateSearch => ({
    ...(typeof search['channel'] === 'string' ? { channel: search['channel'] } : {}),
    ...(search['kind'] === 'reminder' || search['kind'] === 'invitation' ? { kind: search['kind'] } : {}),
    ...((SUPPORTED_LOCALES as readonly unknown[]).includes(search['locale'])
      ? { locale: search['locale'] as TemplateLocale }
      : {}),
  }),
  component: TemplatesPage,
});

function TemplatesPage() {
  const { t } = useI18n();
  const search = Route.useSearch();
  return (
    <InvitationsSection path="/invitations/templates" title={t('inv.tpl.title')} channel={search.channel}>
      {(channelId) => <Templates channelId={channelId} search={search} />}
    </InvitationsSection>
  );
}

function Templates({ channelId, search }: { channelId: string; search: TemplateSearch }) {
  const { t, locale: uiLocale } = useI18n();
  const names = new Intl.DisplayNames([uiLocale], { type: 'language' });
  const navigate = useNavigate();
  const kind = search.kind ?? 'invitation';
  const locale = search.locale ?? uiLocale;
  const template = useMailTemplate(channelId, kind, locale);
  const go = (change: Partial<TemplateSearch>) =>
    void navigate({ to: '/invitations/templates', search: { channel: channelId, kind, locale, ...change } });
  return (
    <>
      <div className="template-pickers">
        <label className="channel-picker">
          <span>{t('inv.tpl.kind')}</span>
          <select value={kind} onChange={(event) => go({ kind: event.target.value as TemplateKind })}>
            {KINDS.map((value) => (
              <option key={value} value={value}>
                {t(`inv.tpl.kind.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="channel-picker">
          <span>{t('inv.tpl.language')}</span>
          <select value={locale} onChange={(event) => go({ locale: event.target.value as TemplateLocale })}>
            {SUPPORTED_LOCALES.map((code) => (
              <option key={code} value={code}>
                {names.of(code) ?? code}
              </option>
            ))}
          </select>
        </label>
      </div>
      {template.isPending ? <Loading /> : null}
      <ErrorMessage error={template.error} />
      {template.data ? (
        <TemplateEditor
          key={`${kind}-${locale}-${template.data.updatedAt ?? 'default'}`}
          channelId={channelId}
          template={template.data as MailTemplate}
        />
      ) : null}
    </>
  );
}

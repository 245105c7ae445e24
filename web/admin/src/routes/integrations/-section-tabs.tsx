import { Link } from '@tanstack/react-router';
import { Tabs } from 'radix-ui';
import type { Connection, ConnectorDescriptor } from '../../api/integrations';
import { useUpdateConnection } from '../../api/integrations';
import { useI18n } from '../../i18n/i18n';
import { useFormErrors } from '../../ui/form';
import { usePlatformName } from '../../ui/platform-name';
import { ExportForm } from './-export-form';
import { SettingsForm } from './-settings-form';
import { SetupValues } from './-setup-values';

/** Which of the setup answer's values (GET …/setup) each part of a sectioned page shows. */
const SETUP_VALUES_OF: Record<string, readonly string[]> = {
  modules: ['monitoringCode'],
  account: ['optInCallbackUrl', 'optOutCallbackUrl'],
};

/** The settings of one part of the page (descriptor `section`), in the order the descriptor lists them. */
export function sectionFields(descriptor: ConnectorDescriptor, section: string) {
  return descriptor.settings.filter((field) => field.section === section);
}

/**
 * The parts of a platform's page after its sign-in, as tabs (seed 001: Integracje, Ustawienia
 * użytkownika, Eksport danych, Ustawienia, Ustawienia konta). Each tab is its own form over the
 * descriptor's settings of that section, saved (and checked live) on its own; `export` holds the
 * export, and a tab's values to paste sit beside its settings. Radix Tabs: arrow keys move
 * between tabs, Tab enters the panel.
 */
export function SectionTabs(props: {
  descriptor: ConnectorDescriptor;
  connection: Connection;
  channelId: string;
}) {
  const { t, has } = useI18n();
  const platformName = usePlatformName();
  const { descriptor, connection } = props;
  const sections = (descriptor.sections ?? []).slice(1);
  const text = (key: string, fallback: string, params?: Record<string, string>) =>
    has(key) ? t(key, params) : fallback;
  return (
    <Tabs.Root className="tabs" defaultValue={sections[0]}>
      <Tabs.List
        className="tab-list"
        aria-label={t('connector.section.tabs', { platform: platformName(descriptor) })}
      >
        {sections.map((section) => (
          <Tabs.Trigger key={section} value={section} className="tab">
            {text(`connector.section.${section}`, section)}
          </Tabs.Trigger>
        ))}
      </Tabs.List>
      {sections.map((section) => {
        const intro = `connector.${descriptor.id}.${section}.intro`;
        const aside = `connector.${descriptor.id}.${section}.liveChat`;
        const fields = sectionFields(descriptor, section);
        return (
          <Tabs.Content key={section} value={section} className="tab-panel">
            {has(intro) ? <p>{t(intro)}</p> : null}
            {section === 'integration' && descriptor.id === 'salesmanago' ? (
              <p>
                <Link to="/invitations/templates" search={{ channel: props.channelId }}>
                  {t('connector.salesmanago.integration.link')}
                </Link>
              </p>
            ) : null}
            {fields.length > 0 ? (
              <SectionForm descriptor={descriptor} connection={connection} fields={fields} />
            ) : null}
            {has(aside) ? <p className="hint">{t(aside)}</p> : null}
            {SETUP_VALUES_OF[section] ? (
              <SetupValues connection={connection} only={SETUP_VALUES_OF[section]} />
            ) : null}
            {section === 'export' && descriptor.capabilities.bulkExport ? (
              <ExportForm connection={connection} descriptor={descriptor} />
            ) : null}
          </Tabs.Content>
        );
      })}
    </Tabs.Root>
  );
}

function SectionForm(props: {
  descriptor: ConnectorDescriptor;
  connection: Connection;
  fields: ConnectorDescriptor['settings'];
}) {
  const { t } = useI18n();
  const update = useUpdateConnection(props.connection.id);
  const errors = useFormErrors();
  return (
    <>
      <SettingsForm
        descriptor={props.descriptor}
        connection={props.connection}
        fields={props.fields}
        pending={update.isPending}
        errors={errors}
        onSubmit={(settings) => update.mutate({ settings }, { onError: errors.fail })}
      />
      <p role="status">{update.isSuccess ? t('common.saved') : ''}</p>
    </>
  );
}

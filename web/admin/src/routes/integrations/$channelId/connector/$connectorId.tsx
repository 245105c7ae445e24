import { createFileRoute, Link } from '@tanstack/react-router';
import { useChannel } from '../../../../api/channels';
import {
  type Connection,
  type ConnectorDescriptor,
  useConnect,
  useConnections,
  useConnectors,
  useDisconnect,
  useUpdateConnection,
} from '../../../../api/integrations';
import { useI18n } from '../../../../i18n/i18n';
import { ConfirmButton } from '../../../../ui/confirm';
import { useFormErrors } from '../../../../ui/form';
import { EmptyState, ErrorMessage, Loading, Page, Step, Steps } from '../../../../ui/page';
import { usePlatformName } from '../../../../ui/platform-name';
import { ActivationFields } from '../../-activation-fields';
import { EmailEmbeds } from '../../-email-embeds';
import { EspSwitches } from '../../-esp-switches';
import { EventTypes } from '../../-event-types';
import { ExportForm } from '../../-export-form';
import { LiveStatus } from '../../-live-status';
import { SectionTabs, sectionFields } from '../../-section-tabs';
import { SettingsForm } from '../../-settings-form';
import { SetupValues } from '../../-setup-values';
import { TestEvent } from '../../-test-event';

export const Route = createFileRoute('/integrations/$channelId/connector/$connectorId')({
  component: ConnectorPage,
});

/** One guided page per marketing platform; its form comes from the descriptor the API serves. */
function ConnectorPage() {
  const { channelId, connectorId } = Route.useParams();
  const { t } = useI18n();
  const platformName = usePlatformName();
  const channel = useChannel(channelId);
  const connectors = useConnectors();
  const connections = useConnections(channelId);
  if (connectors.isPending || connections.isPending) return <Loading />;
  const descriptor = connectors.data?.find((candidate) => candidate.id === connectorId);
  if (!descriptor)
    return (
      <Page title={t('integrations.title')}>
        <ErrorMessage error={connectors.error ?? connections.error} />
        <EmptyState title={t('connector.unknown')}>
          <Link to="/integrations">{t('nav.integrations')}</Link>
        </EmptyState>
      </Page>
    );
  const connection = connections.data?.find((candidate) => candidate.connectorId === connectorId);
  if (descriptor.sections?.length)
    return (
      <Page
        title={t('connector.title', {
          platform: platformName(descriptor),
          channel: channel.data?.name ?? '',
        })}
      >
        <SectionedSteps channelId={channelId} descriptor={descriptor} connection={connection} />
        {connection ? <Disconnect connection={connection} descriptor={descriptor} /> : null}
      </Page>
    );
  return (
    <Page
      title={t('connector.title', { platform: platformName(descriptor), channel: channel.data?.name ?? '' })}
    >
      <Steps>
        <Step
          title={
            // A platform without a key to paste (outbound webhooks) has an endpoint, not an account.
            descriptor.settings.some((setting) => setting.secret && setting.required)
              ? t('connector.step.credentials', { platform: platformName(descriptor) })
              : t('connector.step.endpoint')
          }
        >
          <Credentials channelId={channelId} descriptor={descriptor} connection={connection} />
        </Step>
        {connection ? (
          <>
            {descriptor.id === 'klaviyo' ? (
              <Step title={t('connector.step.embeds')}>
                <EmailEmbeds channelId={channelId} />
              </Step>
            ) : null}
            {descriptor.id === 'ecomail' ? (
              <Step title={t('connector.step.fields', { platform: platformName(descriptor) })}>
                <ActivationFields connection={connection} platform={platformName(descriptor)} />
              </Step>
            ) : null}
            {descriptor.capabilities.inbound || descriptor.capabilities.rawEvents ? (
              <Step title={t('connector.step.paste', { platform: platformName(descriptor) })}>
                {descriptor.id === 'klaviyo' ? <p className="note">{t('connector.klaviyo.dedupe')}</p> : null}
                <SetupValues connection={connection} />
              </Step>
            ) : null}
            {descriptor.capabilities.rawEvents ? (
              <Step title={t('connector.step.eventTypes')}>
                <EventTypes connection={connection} />
              </Step>
            ) : null}
            {descriptor.capabilities.rawEvents ? (
              <Step title={t('connector.step.testEvent')}>
                <TestEvent connection={connection} />
              </Step>
            ) : null}
            {descriptor.id === 'ecomail' ? (
              <Step title={t('connector.step.switches')}>
                <EspSwitches channelId={channelId} platform={platformName(descriptor)} />
              </Step>
            ) : null}
            {descriptor.capabilities.bulkExport ? (
              <Step title={t('connector.step.export')}>
                <ExportForm connection={connection} descriptor={descriptor} />
              </Step>
            ) : null}
            <Step title={t('connector.step.status')}>
              <LiveStatus connection={connection} />
            </Step>
          </>
        ) : null}
      </Steps>
      {connection ? <Disconnect connection={connection} descriptor={descriptor} /> : null}
    </Page>
  );
}

/**
 * A page in parts (descriptor `sections`, seed 001's panel): sign in with the first part's
 * settings, then the other parts as tabs, then the live status.
 */
function SectionedSteps(props: {
  channelId: string;
  descriptor: ConnectorDescriptor;
  connection: Connection | undefined;
}) {
  const { t, has } = useI18n();
  const platformName = usePlatformName();
  const { descriptor, connection } = props;
  const platform = platformName(descriptor);
  const login = descriptor.sections![0]!;
  const note = `connector.${descriptor.id}.apiKeyNote`;
  return (
    <Steps>
      <Step title={t('connector.section.login', { platform })}>
        {has(note) ? <p className="note">{t(note)}</p> : null}
        <Credentials {...props} fields={sectionFields(descriptor, login)} />
      </Step>
      {connection ? (
        <>
          <Step title={t('connector.section.panel', { platform })}>
            <SectionTabs descriptor={descriptor} connection={connection} channelId={props.channelId} />
          </Step>
          <Step title={t('connector.step.status')}>
            <LiveStatus connection={connection} />
          </Step>
        </>
      ) : null}
    </Steps>
  );
}

function Credentials(props: {
  channelId: string;
  descriptor: ConnectorDescriptor;
  connection: Connection | undefined;
  fields?: ConnectorDescriptor['settings'];
}) {
  const { t } = useI18n();
  const connect = useConnect();
  const update = useUpdateConnection(props.connection?.id ?? '');
  const errors = useFormErrors();
  const saved = props.connection ? update.isSuccess : false;
  return (
    <>
      <SettingsForm
        descriptor={props.descriptor}
        connection={props.connection}
        fields={props.fields}
        pending={connect.isPending || update.isPending}
        errors={errors}
        onSubmit={(settings) =>
          props.connection
            ? update.mutate({ settings }, { onError: errors.fail })
            : connect.mutate(
                { channelId: props.channelId, connectorId: props.descriptor.id, settings },
                { onError: errors.fail },
              )
        }
      />
      <p role="status">{saved ? t('common.saved') : ''}</p>
    </>
  );
}

function Disconnect({ connection, descriptor }: { connection: Connection; descriptor: ConnectorDescriptor }) {
  const { t } = useI18n();
  const platformName = usePlatformName();
  const disconnect = useDisconnect(connection.id);
  return (
    <section className="card danger-zone" aria-labelledby="disconnect">
      <h2 id="disconnect">{t('connector.disconnect')}</h2>
      <ErrorMessage error={disconnect.error} />
      <ConfirmButton
        title={t('connector.disconnectTitle', { name: platformName(descriptor) })}
        description={t('connector.disconnectText')}
        confirmLabel={t('connector.disconnect')}
        onConfirm={() => disconnect.mutate()}
      >
        {t('connector.disconnect')}
      </ConfirmButton>
    </section>
  );
}

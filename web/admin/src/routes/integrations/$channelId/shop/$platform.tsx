import { createFileRoute, Link } from '@tanstack/react-router';
import { useChannel } from '../../../../api/channels';
import {
  type ShopConnection,
  type ShopDescriptor,
  useDeleteShopConnection,
  usePutShopConnection,
  useShopConnection,
  useShopConnectors,
} from '../../../../api/shops';
import { ConfirmButton } from '../../../../ui/confirm';
import { CopyButton, CopyValue } from '../../../../ui/copy';
import { useFormErrors } from '../../../../ui/form';
import { EmptyState, ErrorMessage, Loading, Page, Step, Steps } from '../../../../ui/page';
import { PullStatus } from '../../-pull-status';
import { useShopI18n } from '../../-shop-i18n';
import { ShopSettingsForm } from '../../-shop-settings-form';
import { MAX_GUIDE_STEPS } from '../../-shops';

export const Route = createFileRoute('/integrations/$channelId/shop/$platform')({
  component: ShopPage,
});

/**
 * One guided page per shop platform, built from the descriptor the API serves: what to do in
 * the shop (numbered, from the catalogue), the connection form, the webhooks to create when the
 * platform pushes, reward codes in the shop when it can take them, and the pull's live status.
 */
function ShopPage() {
  const { channelId, platform } = Route.useParams();
  const { t } = useShopI18n();
  const channel = useChannel(channelId);
  const connectors = useShopConnectors();
  if (connectors.isPending) return <Loading />;
  const descriptor = connectors.data?.find((candidate) => candidate.id === platform);
  if (!descriptor)
    return (
      <Page title={t('integrations.title')}>
        <ErrorMessage error={connectors.error} />
        <EmptyState title={t('connector.unknown')}>
          <Link to="/integrations">{t('nav.integrations')}</Link>
        </EmptyState>
      </Page>
    );
  return (
    <Page title={t('shop.title', { platform: descriptor.displayName, channel: channel.data?.name ?? '' })}>
      <ShopSteps channelId={channelId} descriptor={descriptor} />
    </Page>
  );
}

/** A text the catalogue may have for this platform (`shop.<platform>.<name>`); undefined when not. */
function usePlatformText(platform: string) {
  const { t, has } = useShopI18n();
  return (name: string) => {
    const key = `shop.${platform}.${name}`;
    return has(key) ? t(key) : undefined;
  };
}

function ShopSteps({ channelId, descriptor }: { channelId: string; descriptor: ShopDescriptor }) {
  const { t } = useShopI18n();
  const text = usePlatformText(descriptor.id);
  const connection = useShopConnection(channelId, descriptor.id);
  if (connection.isPending) return <Loading />;
  const connected = connection.data ?? null;
  const name = descriptor.displayName;
  const guide = Array.from({ length: MAX_GUIDE_STEPS }, (_, i) => text(`guide.${i + 1}`)).filter(
    (step): step is string => step !== undefined,
  );
  const { webhooks, discounts, pull } = descriptor.capabilities;
  return (
    <>
      <ErrorMessage error={connection.error} />
      <p role="status" className={connected ? 'badge badge-active' : 'badge badge-not_connected'}>
        {connected ? t('status.active') : t('status.not_connected')}
      </p>
      <Steps>
        {guide.length > 0 ? (
          <Step title={text('guideTitle') ?? name}>
            <ol className="guide">
              {guide.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
          </Step>
        ) : null}
        <Step title={text('step1') ?? t('shop.connect')}>
          {text('secretWhere') ? <p>{text('secretWhere')}</p> : null}
          <ConnectionForm channelId={channelId} descriptor={descriptor} connection={connected} />
        </Step>
        {webhooks ? (
          <Step title={t('shop.step.webhooks', { platform: name })}>
            {connected ? (
              <Webhooks connection={connected} topics={webhooks.topics} descriptor={descriptor} />
            ) : (
              <p>{t('shop.afterConnect')}</p>
            )}
          </Step>
        ) : null}
        {discounts ? (
          <Step title={t('shop.step.discounts', { platform: name })}>
            {connected ? (
              <RewardCodes channelId={channelId} descriptor={descriptor} connection={connected} />
            ) : (
              <p>{t('shop.afterConnect')}</p>
            )}
          </Step>
        ) : null}
        {pull && connected ? (
          <Step title={t('connector.step.status')}>
            <PullStatus channelId={channelId} platform={descriptor.id} />
          </Step>
        ) : null}
      </Steps>
      {connected ? <Disconnect channelId={channelId} descriptor={descriptor} /> : null}
    </>
  );
}

function ConnectionForm(props: {
  channelId: string;
  descriptor: ShopDescriptor;
  connection: ShopConnection | null;
}) {
  const { t } = useShopI18n();
  const put = usePutShopConnection(props.channelId, props.descriptor.id);
  const errors = useFormErrors();
  return (
    <>
      <ShopSettingsForm
        descriptor={props.descriptor}
        section="connection"
        connection={props.connection}
        pending={put.isPending}
        errors={errors}
        submitLabel={props.connection ? t('common.save') : t('shop.connect')}
        onSubmit={(body) => put.mutate(body, { onSuccess: () => errors.clear(), onError: errors.fail })}
      />
      <p role="status">{put.isSuccess ? t('common.saved') : ''}</p>
    </>
  );
}

function Webhooks(props: {
  connection: ShopConnection;
  topics: readonly string[];
  descriptor: ShopDescriptor;
}) {
  const { t } = useShopI18n();
  const text = usePlatformText(props.descriptor.id);
  const insecure = !props.connection.webhookUrl.startsWith('https://');
  return (
    <>
      {text('webhooksWhere') ? <p>{text('webhooksWhere')}</p> : null}
      {insecure && text('notHttps') ? (
        <p className="warning" role="note">
          {text('notHttps')}
        </p>
      ) : null}
      <CopyValue label={t('shop.webhookUrl')} value={props.connection.webhookUrl} />
      <h3>{t('shop.topics', { count: props.topics.length })}</h3>
      <ul className="topics">
        {props.topics.map((topic) => (
          <li key={topic}>
            <code>{topic}</code>
            {/* The shop's form takes topics one at a time: each has its own copy button. */}
            <CopyButton value={topic} label={t('copy.label', { what: topic })} />
          </li>
        ))}
      </ul>
      {text('format') ? <p className="hint">{text('format')}</p> : null}
    </>
  );
}

function RewardCodes(props: { channelId: string; descriptor: ShopDescriptor; connection: ShopConnection }) {
  const { t } = useShopI18n();
  const put = usePutShopConnection(props.channelId, props.descriptor.id);
  const errors = useFormErrors();
  const name = props.descriptor.displayName;
  const on = props.connection.discountsEnabled;
  return (
    <>
      <p>{t('shop.discounts.intro', { platform: name })}</p>
      <p role="status" className={on ? 'badge badge-active' : 'badge badge-not_connected'}>
        {on ? t('shop.discounts.on') : t('shop.discounts.off')}
      </p>
      <ShopSettingsForm
        descriptor={props.descriptor}
        section="discounts"
        connection={props.connection}
        pending={put.isPending}
        errors={errors}
        submitLabel={on ? t('common.save') : t('shop.discounts.turnOn')}
        onSubmit={(body) => put.mutate(body, { onSuccess: () => errors.clear(), onError: errors.fail })}
      />
      {on ? (
        <ConfirmButton
          title={t('shop.discounts.turnOffTitle', { platform: name })}
          description={t('shop.discounts.turnOffText')}
          confirmLabel={t('shop.discounts.turnOff')}
          onConfirm={() => put.mutate({ discounts: null }, { onError: errors.fail })}
        >
          {t('shop.discounts.turnOff')}
        </ConfirmButton>
      ) : null}
    </>
  );
}

function Disconnect(props: { channelId: string; descriptor: ShopDescriptor }) {
  const { t } = useShopI18n();
  const remove = useDeleteShopConnection(props.channelId, props.descriptor.id);
  return (
    <section className="card danger-zone" aria-labelledby="disconnect">
      <h2 id="disconnect">{t('connector.disconnect')}</h2>
      <ErrorMessage error={remove.error} />
      <ConfirmButton
        title={t('connector.disconnectTitle', { name: props.descriptor.displayName })}
        description={t(
          props.descriptor.capabilities.pull ? 'shop.disconnectPullText' : 'shop.disconnectText',
        )}
        confirmLabel={t('connector.disconnect')}
        onConfirm={() => remove.mutate()}
      >
        {t('connector.disconnect')}
      </ConfirmButton>
    </section>
  );
}

import { createFileRoute, notFound } from '@tanstack/react-router';
import { useChannel } from '../../../../api/channels';
import {
  type ShopConnection,
  useDeleteShopConnection,
  usePutShopConnection,
  useShopConnection,
} from '../../../../api/integrations';
import { useI18n } from '../../../../i18n/i18n';
import { ConfirmButton } from '../../../../ui/confirm';
import { CopyValue } from '../../../../ui/copy';
import { TextField } from '../../../../ui/field';
import { formValues, useFormErrors } from '../../../../ui/form';
import { ErrorMessage, Loading, Page, Step, Steps } from '../../../../ui/page';
import { SHOP_PLATFORMS } from '../../-shops';

type PagedPlatform = (typeof SHOP_PLATFORMS)[number]['id'];

export const Route = createFileRoute('/integrations/$channelId/shop/$platform')({
  beforeLoad: ({ params }) => {
    if (!SHOP_PLATFORMS.some((platform) => platform.id === params.platform)) throw notFound();
  },
  component: ShopPage,
});

function ShopPage() {
  const { channelId, platform: platformId } = Route.useParams();
  const platform = SHOP_PLATFORMS.find((candidate) => candidate.id === platformId)!;
  const { t } = useI18n();
  const channel = useChannel(channelId);
  const connection = useShopConnection(channelId, platform.id);
  if (connection.isPending) return <Loading />;
  return (
    <Page title={t('shop.title', { platform: platform.name, channel: channel.data?.name ?? '' })}>
      <ErrorMessage error={connection.error} />
      <p role="status" className={connection.data ? 'badge badge-active' : 'badge badge-not_connected'}>
        {connection.data ? t('status.active') : t('status.not_connected')}
      </p>
      <Steps>
        <Step title={t(`shop.${platform.id}.step1`)}>
          <SecretForm channelId={channelId} platform={platform.id} connection={connection.data ?? null} />
        </Step>
        <Step title={t(`shop.${platform.id}.step2`)}>
          {connection.data ? (
            <Webhooks connection={connection.data} topics={platform.topics} platform={platform.id} />
          ) : (
            <p>{t('shop.afterStep1')}</p>
          )}
        </Step>
      </Steps>
      {connection.data ? (
        <Disconnect channelId={channelId} platform={platform.id} name={platform.name} />
      ) : null}
    </Page>
  );
}

function SecretForm(props: {
  channelId: string;
  platform: PagedPlatform;
  connection: ShopConnection | null;
}) {
  const { t } = useI18n();
  const put = usePutShopConnection(props.channelId, props.platform);
  const errors = useFormErrors();
  const connected = props.connection !== null;
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const values = formValues(event.currentTarget);
        const found: Record<string, string> = {};
        const secret = values['webhookSecret'] ?? '';
        // Connecting needs the secret; later it is write-only and may be left empty to keep it.
        if ((!connected || secret) && secret.length < 8) found['webhookSecret'] = t('shop.secretShort');
        const domain = values['shopDomain'] ?? '';
        if (props.platform === 'shopify' && domain && !/^[a-z0-9][a-z0-9-]*\.myshopify\.com$/i.test(domain))
          found['shopDomain'] = t('shop.shopifyDomainInvalid');
        if (!errors.check(found)) return;
        put.mutate(
          { ...(secret ? { webhookSecret: secret } : {}), shopDomain: domain || null },
          { onSuccess: () => errors.clear(), onError: errors.fail },
        );
      }}
    >
      <p>{t(`shop.${props.platform}.secretWhere`)}</p>
      <TextField
        label={t(`shop.${props.platform}.secret`)}
        name="webhookSecret"
        type="password"
        autoComplete="off"
        placeholder={connected ? t('connector.secretKept') : ''}
        error={errors.fields['webhookSecret']}
      />
      <TextField
        label={t(`shop.${props.platform}.domain`)}
        name="shopDomain"
        defaultValue={props.connection?.shopDomain ?? ''}
        placeholder={props.platform === 'shopify' ? 'my-shop.myshopify.com' : 'shop.example.com'}
        error={errors.fields['shopDomain']}
      />
      <ErrorMessage error={errors.formError} />
      <div className="actions">
        <button type="submit" disabled={put.isPending}>
          {connected ? t('common.save') : t('shop.connect')}
        </button>
        <span role="status">{put.isSuccess ? t('common.saved') : ''}</span>
      </div>
    </form>
  );
}

function Webhooks(props: { connection: ShopConnection; topics: readonly string[]; platform: PagedPlatform }) {
  const { t } = useI18n();
  const insecure = !props.connection.webhookUrl.startsWith('https://');
  return (
    <>
      <p>{t(`shop.${props.platform}.webhooksWhere`)}</p>
      {insecure ? (
        <p className="warning" role="note">
          {t(`shop.${props.platform}.notHttps`)}
        </p>
      ) : null}
      <CopyValue label={t('shop.webhookUrl')} value={props.connection.webhookUrl} />
      <h3>{t('shop.topics', { count: props.topics.length })}</h3>
      <ul className="topics">
        {props.topics.map((topic) => (
          <li key={topic}>
            <code>{topic}</code>
          </li>
        ))}
      </ul>
      <p className="hint">{t(`shop.${props.platform}.format`)}</p>
    </>
  );
}

function Disconnect(props: { channelId: string; platform: PagedPlatform; name: string }) {
  const { t } = useI18n();
  const remove = useDeleteShopConnection(props.channelId, props.platform);
  return (
    <section className="card danger-zone" aria-labelledby="disconnect">
      <h2 id="disconnect">{t('connector.disconnect')}</h2>
      <ErrorMessage error={remove.error} />
      <ConfirmButton
        title={t('connector.disconnectTitle', { name: props.name })}
        description={t('shop.disconnectText')}
        confirmLabel={t('connector.disconnect')}
        onConfirm={() => remove.mutate()}
      >
        {t('connector.disconnect')}
      </ConfirmButton>
    </section>
  );
}

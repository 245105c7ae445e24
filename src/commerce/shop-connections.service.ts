import { randomBytes } from 'node:crypto';
import type { Accounts } from '../accounts/index.js';
import type { Cache } from '../platform/cache.js';
import type { Clock } from '../platform/clock.js';
import type { SecretBox } from '../platform/crypto/index.js';
import { AppError } from '../platform/errors.js';
import { newId } from '../platform/ids.js';
import { markedMemo } from '../platform/marked-memo.js';
import type { ShopConnectionRow } from './commerce.tables.js';
import type { ShopConnection, ShopPlatform } from './commerce.types.js';
import type { CommerceDb } from './orders.service.js';
import type { ShopSettings, ShopSettingValue } from './shops/shop-connector.js';
import { credentialsAd, openCredentials, sealCredentials } from './shops/shop-discounts.js';
import { shopConnector } from './shops/shop-registry.js';
import { readSettings, type ShopConnectionBody } from './shops/shop-settings.js';

/** Settings with a column of their own; the platform's others live in `settings` / `secret_settings`. */
const COLUMNS = {
  webhookSecret: 'webhook_secret',
  shopDomain: 'shop_domain',
  fulfilledOn: 'fulfilled_on',
  deliveredOn: 'delivered_on',
} as const;
type ColumnKey = keyof typeof COLUMNS;
const isColumn = (key: string): key is ColumnKey => key in COLUMNS;

/** The key a connection's secret is sealed under: a ciphertext copied to another row will not open. */
const secretAd = (id: string) => `shop_connection:${id}:webhook_secret`;
const settingsAd = (id: string) => `shop_connection:${id}:secret_settings`;

/** What a webhook route needs to accept a delivery for a channel. */
export interface WebhookTarget {
  accountId: string;
  channelId: string;
  currency: string;
  connection: {
    secret: string;
    shopDomain: string | null;
    fulfilledOn: string;
    deliveredOn: string;
    /** All of the connection's settings, secrets opened (a connector that reads back over its API needs them). */
    settings: ShopSettings;
  } | null;
}

export function createShopConnections(deps: {
  db: CommerceDb;
  clock: Clock;
  secrets: SecretBox;
  publicUrl: string;
  /** The accounts door's channels: ownership checks, public ids, the channel behind a webhook URL. */
  channels: Pick<Accounts['channels'], 'get' | 'findByPublicId'>;
  cache: Cache;
}) {
  const { db, clock, secrets, cache } = deps;
  // Every delivery needs its channel and opened secret; changes drop the marker (see below).
  const targets = markedMemo<WebhookTarget>(cache);
  const targetKey = (publicId: string, platform: ShopPlatform) => `channel:${publicId}:shop:${platform}`;

  const assertChannel = (accountId: string, channelId: string) => deps.channels.get(accountId, channelId);
  const publicIdOf = async (accountId: string, channelId: string) =>
    (await deps.channels.get(accountId, channelId)).publicId;

  /** Webhook routes read the connection afresh, in this process and every other. */
  async function forgetTarget(accountId: string, channelId: string, platform: ShopPlatform): Promise<void> {
    await cache.delete(targetKey(await publicIdOf(accountId, channelId), platform));
  }

  async function view(row: ShopConnectionRow): Promise<ShopConnection> {
    const publicId = await publicIdOf(row.account_id, row.channel_id);
    return {
      channelId: row.channel_id,
      platform: row.platform as ShopPlatform,
      shopDomain: row.shop_domain,
      fulfilledOn: row.fulfilled_on,
      deliveredOn: row.delivered_on,
      settings: JSON.parse(row.settings) as Record<string, ShopSettingValue>,
      discountsEnabled: row.admin_credentials !== null,
      webhookUrl: `${deps.publicUrl}/webhooks/${row.platform}/${publicId}`,
      health: { lastSyncAt: row.last_sync_at, lastError: row.last_error, lastErrorAt: row.last_error_at },
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  }

  async function readTarget(publicId: string, platform: ShopPlatform): Promise<WebhookTarget | null> {
    const channel = await deps.channels.findByPublicId(publicId);
    if (!channel) return null;
    const row = await db
      .selectFrom('shop_connections')
      .selectAll()
      .where('channel_id', '=', channel.id)
      .where('platform', '=', platform)
      .executeTakeFirst();
    return {
      accountId: channel.accountId,
      channelId: channel.id,
      currency: channel.currency,
      connection: row
        ? {
            secret: secrets.open(row.webhook_secret, secretAd(row.id)),
            shopDomain: row.shop_domain,
            fulfilledOn: row.fulfilled_on,
            deliveredOn: row.delivered_on,
            settings: settingsOf(row),
          }
        : null,
    };
  }

  async function find(accountId: string, channelId: string, platform: ShopPlatform) {
    return db
      .selectFrom('shop_connections')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('channel_id', '=', channelId)
      .where('platform', '=', platform)
      .executeTakeFirst();
  }

  /** The row with a PUT's change applied (secrets sealed), not yet written. */
  function applied(row: ShopConnectionRow, change: ReturnType<typeof readSettings>): ShopConnectionRow {
    const descriptor = shopConnector(row.platform).descriptor;
    const next = { ...row };
    const plain = JSON.parse(row.settings) as Record<string, ShopSettingValue>;
    const hidden = row.secret_settings
      ? (JSON.parse(secrets.open(row.secret_settings, settingsAd(row.id))) as Record<string, string>)
      : {};
    for (const [key, value] of Object.entries(change.connection)) {
      const field = descriptor.settings.find((f) => f.section === 'connection' && f.key === key);
      const fallback = typeof field?.default === 'string' ? field.default : null;
      if (key === 'webhookSecret') {
        if (typeof value === 'string') next.webhook_secret = secrets.seal(value, secretAd(row.id));
      } else if (isColumn(key)) {
        const column = COLUMNS[key];
        if (column === 'shop_domain') next.shop_domain = (value as string | null) ?? null;
        else next[column] = (value as string | null) ?? fallback ?? '';
      } else if (field?.secret) {
        if (value === null) delete hidden[key];
        else hidden[key] = value as string;
      } else if (value === null) delete plain[key];
      else plain[key] = value;
    }
    next.settings = JSON.stringify(plain);
    next.secret_settings = Object.keys(hidden).length
      ? secrets.seal(JSON.stringify(hidden), settingsAd(row.id))
      : null;
    if (change.discounts !== undefined)
      next.admin_credentials =
        change.discounts === null
          ? null
          : sealCredentials(secrets, row.id, row.platform as ShopPlatform, change.discounts);
    return next;
  }

  /** A row's settings with its secrets opened, as its connector takes them. */
  function settingsOf(row: ShopConnectionRow): ShopSettings {
    const hidden = row.secret_settings
      ? (JSON.parse(secrets.open(row.secret_settings, settingsAd(row.id))) as Record<string, string>)
      : {};
    return {
      shopDomain: row.shop_domain,
      fulfilledOn: row.fulfilled_on,
      deliveredOn: row.delivered_on,
      values: { ...(JSON.parse(row.settings) as Record<string, ShopSettingValue>), ...hidden },
      discounts: openCredentials(secrets, row),
    };
  }

  /**
   * Checks the credentials this PUT gives against the shop; a refusal is a 422 naming the field.
   * Credentials already stored are not checked again (a settings change makes no call).
   */
  async function verify(row: ShopConnectionRow, change: ReturnType<typeof readSettings>): Promise<void> {
    const connector = shopConnector(row.platform);
    const settings = {
      ...settingsOf(row),
      discounts: change.discounts ? openCredentials(secrets, row) : null,
    };
    const verdict = await connector.verifyCredentials(settings);
    if (verdict.ok) return;
    const platform = connector.descriptor.displayName;
    throw new AppError('unprocessable', `${platform}: ${verdict.message}`, {
      details: [
        {
          field: `/body/${verdict.field}`,
          message: verdict.message,
          // The admin words the code in the merchant's language; `said` is the shop's answer as given.
          ...(verdict.code
            ? { code: verdict.code, params: { platform, said: verdict.message, ...verdict.params } }
            : {}),
        },
      ],
    });
  }

  async function put(
    accountId: string,
    channelId: string,
    platform: ShopPlatform,
    input: ShopConnectionBody,
  ) {
    await assertChannel(accountId, channelId);
    const descriptor = shopConnector(platform).descriptor;
    const now = clock.now().toISOString();
    const existing = await find(accountId, channelId, platform);
    const change = readSettings(descriptor, input, !existing);
    if (existing) {
      const row = { ...applied(existing, change), updated_at: now };
      await verify(row, change);
      const { id, ...update } = row;
      await db.updateTable('shop_connections').set(update).where('id', '=', id).execute();
      await forgetTarget(accountId, channelId, platform);
      return { connection: await view(row), created: false };
    }
    const id = newId('shc');
    const blank: ShopConnectionRow = {
      id,
      account_id: accountId,
      channel_id: channelId,
      platform,
      // Platforms without webhooks still get one: a push module the merchant installs signs with it.
      webhook_secret: secrets.seal(randomBytes(24).toString('base64url'), secretAd(id)),
      shop_domain: null,
      fulfilled_on: '',
      delivered_on: '',
      admin_credentials: null,
      settings: '{}',
      secret_settings: null,
      pull_cursor: null,
      pull_lease_until: null,
      last_sync_at: null,
      last_error: null,
      last_error_at: null,
      created_at: now,
      updated_at: now,
    };
    // Every field with a default starts at it; the PUT's values are applied over them.
    const defaults: ReturnType<typeof readSettings> = { connection: {}, discounts: undefined };
    for (const field of descriptor.settings)
      if (field.section === 'connection' && field.default !== undefined)
        defaults.connection[field.key] = field.default;
    const row = applied(applied(blank, defaults), change);
    await verify(row, change);
    const inserted = await db
      .insertInto('shop_connections')
      .values(row)
      .onConflict((conflict) => conflict.columns(['channel_id', 'platform']).doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 0)
      return put(accountId, channelId, platform, input);
    await forgetTarget(accountId, channelId, platform);
    return { connection: await view(row), created: true };
  }

  return {
    put,
    settingsOf,

    async get(accountId: string, channelId: string, platform: ShopPlatform): Promise<ShopConnection> {
      await assertChannel(accountId, channelId);
      const row = await find(accountId, channelId, platform);
      if (!row) throw AppError.notFound(`${platform} connection`);
      return view(row);
    },

    async remove(accountId: string, channelId: string, platform: ShopPlatform): Promise<void> {
      await assertChannel(accountId, channelId);
      const deleted = await db
        .deleteFrom('shop_connections')
        .where('account_id', '=', accountId)
        .where('channel_id', '=', channelId)
        .where('platform', '=', platform)
        .executeTakeFirst();
      if (Number(deleted.numDeletedRows) === 0) throw AppError.notFound(`${platform} connection`);
      await forgetTarget(accountId, channelId, platform);
    },

    /** The channel behind a webhook URL and its connection for `platform` (null when not connected). */
    async target(publicId: string, platform: ShopPlatform): Promise<WebhookTarget | undefined> {
      const found = await targets.get(targetKey(publicId, platform), () => readTarget(publicId, platform));
      return found ?? undefined;
    },

    /** Re-seals every webhook secret under the current master key; returns how many changed. */
    async resealSecrets(): Promise<number> {
      const rows = await db
        .selectFrom('shop_connections')
        .select(['id', 'webhook_secret', 'admin_credentials', 'secret_settings'])
        .execute();
      let changed = 0;
      for (const row of rows) {
        const rotated = secrets.rotate(row.webhook_secret, secretAd(row.id));
        const credentials =
          row.admin_credentials === null
            ? null
            : secrets.rotate(row.admin_credentials, credentialsAd(row.id));
        const others =
          row.secret_settings === null ? null : secrets.rotate(row.secret_settings, settingsAd(row.id));
        if (
          rotated === row.webhook_secret &&
          credentials === row.admin_credentials &&
          others === row.secret_settings
        )
          continue;
        await db
          .updateTable('shop_connections')
          .set({ webhook_secret: rotated, admin_credentials: credentials, secret_settings: others })
          .where('id', '=', row.id)
          .execute();
        changed++;
      }
      return changed;
    },
  };
}

export type ShopConnections = ReturnType<typeof createShopConnections>;

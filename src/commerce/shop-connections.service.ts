import type { Accounts } from '../accounts/index.js';
import type { Cache } from '../platform/cache.js';
import type { Clock } from '../platform/clock.js';
import type { SecretBox } from '../platform/crypto/index.js';
import { AppError } from '../platform/errors.js';
import { newId } from '../platform/ids.js';
import { markedMemo } from '../platform/marked-memo.js';
import type { ShopConnectionRow } from './commerce.tables.js';
import type { ShopConnection, ShopConnectionInput, ShopPlatform } from './commerce.types.js';
import type { ShopDiscounts } from './discounts/shop-discounts.js';
import { credentialsAd } from './discounts/shop-discounts.js';
import type { CommerceDb } from './orders.service.js';

/**
 * Per platform, which shop signal counts as fulfilled and as delivered.
 * Shopify: `any_fulfillment` (the first fulfilment is created) or `order_fulfilled` (every line
 * is fulfilled); delivered on `shipment_delivered` (carrier tracking says so) or `never`.
 * WooCommerce has no shipment concept in core: both are order status slugs (`completed`, or a
 * plugin's `delivered`), or `never`.
 */
const SETTINGS = {
  shopify: {
    fulfilledOn: { values: ['any_fulfillment', 'order_fulfilled'], default: 'any_fulfillment' },
    deliveredOn: { values: ['shipment_delivered', 'never'], default: 'shipment_delivered' },
  },
  woocommerce: {
    fulfilledOn: { values: null, default: 'completed' },
    deliveredOn: { values: null, default: 'never' },
  },
} as const;

const STATUS_SLUG = /^[a-z0-9_-]{1,50}$/;
const SHOPIFY_DOMAIN = /^[a-z0-9][a-z0-9-]*\.myshopify\.com$/;
const HOST = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

/** The key a connection's secret is sealed under: a ciphertext copied to another row will not open. */
const secretAd = (id: string) => `shop_connection:${id}:webhook_secret`;

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
  } | null;
}

function setting(platform: ShopPlatform, name: 'fulfilledOn' | 'deliveredOn', value: string | undefined) {
  const rule = SETTINGS[platform][name];
  if (value === undefined) return undefined;
  const allowed: readonly string[] | null = rule.values;
  if (allowed ? !allowed.includes(value) : !STATUS_SLUG.test(value)) {
    throw AppError.invalid(
      `/body/${name}`,
      allowed
        ? `must be one of ${allowed.join(', ')}`
        : 'must be an order status slug such as "completed", or "never"',
    );
  }
  return value;
}

function shopDomain(platform: ShopPlatform, value: string | null | undefined): string | null | undefined {
  if (value === undefined || value === null) return value;
  const domain = value
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/\/.*$/, '');
  const pattern = platform === 'shopify' ? SHOPIFY_DOMAIN : HOST;
  if (!pattern.test(domain)) {
    throw AppError.invalid(
      '/body/shopDomain',
      platform === 'shopify' ? 'must be the shop\'s "name.myshopify.com" domain' : 'must be a host name',
    );
  }
  return domain;
}

export function createShopConnections(deps: {
  db: CommerceDb;
  clock: Clock;
  secrets: SecretBox;
  publicUrl: string;
  /** The accounts door's channels: ownership checks, public ids, the channel behind a webhook URL. */
  channels: Pick<Accounts['channels'], 'get' | 'findByPublicId'>;
  cache: Cache;
  discounts: ShopDiscounts;
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
      discountsEnabled: row.admin_credentials !== null,
      webhookUrl: `${deps.publicUrl}/webhooks/${row.platform}/${publicId}`,
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

  async function put(
    accountId: string,
    channelId: string,
    platform: ShopPlatform,
    input: ShopConnectionInput,
  ) {
    await assertChannel(accountId, channelId);
    const fulfilledOn = setting(platform, 'fulfilledOn', input.fulfilledOn);
    const deliveredOn = setting(platform, 'deliveredOn', input.deliveredOn);
    const domain = shopDomain(platform, input.shopDomain);
    const now = clock.now().toISOString();
    const existing = await find(accountId, channelId, platform);
    if (existing) {
      const row: ShopConnectionRow = {
        ...existing,
        ...(input.webhookSecret !== undefined
          ? { webhook_secret: secrets.seal(input.webhookSecret, secretAd(existing.id)) }
          : {}),
        ...(domain !== undefined ? { shop_domain: domain } : {}),
        fulfilled_on: fulfilledOn ?? existing.fulfilled_on,
        delivered_on: deliveredOn ?? existing.delivered_on,
        updated_at: now,
      };
      if (platform === 'shopify' && !row.shop_domain)
        throw AppError.invalid('/body/shopDomain', 'is required');
      if (input.discounts !== undefined)
        row.admin_credentials =
          input.discounts === null
            ? null
            : await deps.discounts.seal(existing.id, platform, row.shop_domain, input.discounts);
      const { id, ...update } = row;
      await db.updateTable('shop_connections').set(update).where('id', '=', id).execute();
      await forgetTarget(accountId, channelId, platform);
      return { connection: await view(row), created: false };
    }
    if (input.webhookSecret === undefined) {
      throw AppError.invalid('/body/webhookSecret', 'is required when connecting a shop');
    }
    if (platform === 'shopify' && !domain) throw AppError.invalid('/body/shopDomain', 'is required');
    const id = newId('shc');
    const row: ShopConnectionRow = {
      id,
      account_id: accountId,
      channel_id: channelId,
      platform,
      webhook_secret: secrets.seal(input.webhookSecret, secretAd(id)),
      shop_domain: domain ?? null,
      fulfilled_on: fulfilledOn ?? SETTINGS[platform].fulfilledOn.default,
      delivered_on: deliveredOn ?? SETTINGS[platform].deliveredOn.default,
      admin_credentials: input.discounts
        ? await deps.discounts.seal(id, platform, domain ?? null, input.discounts)
        : null,
      created_at: now,
      updated_at: now,
    };
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
        .select(['id', 'webhook_secret', 'admin_credentials'])
        .execute();
      let changed = 0;
      for (const row of rows) {
        const rotated = secrets.rotate(row.webhook_secret, secretAd(row.id));
        const credentials =
          row.admin_credentials === null
            ? null
            : secrets.rotate(row.admin_credentials, credentialsAd(row.id));
        if (rotated === row.webhook_secret && credentials === row.admin_credentials) continue;
        await db
          .updateTable('shop_connections')
          .set({ webhook_secret: rotated, admin_credentials: credentials })
          .where('id', '=', row.id)
          .execute();
        changed++;
      }
      return changed;
    },
  };
}

export type ShopConnections = ReturnType<typeof createShopConnections>;

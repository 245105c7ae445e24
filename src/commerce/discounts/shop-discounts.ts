/**
 * The Admin API credentials of a shop connection (sealed at rest), checked live before they are
 * stored, and the discount client a channel's redeemed rewards are created with.
 */
import type { SecretBox } from '../../platform/crypto/index.js';
import { AppError } from '../../platform/errors.js';
import type { ShopPlatform } from '../commerce.types.js';
import type { CommerceDb } from '../orders.service.js';
import { type ShopDiscountClient, ShopDiscountError } from './shop-discount.types.js';
import { shopifyAdminUrl, shopifyDiscounts } from './shopify-discounts.js';
import { woocommerceCoupons } from './woocommerce-coupons.js';

/** What a merchant gives for discounts: Shopify's token, or WooCommerce's site and REST key. */
export interface DiscountCredentialsInput {
  accessToken?: string;
  adminApiUrl?: string;
  siteUrl?: string;
  consumerKey?: string;
  consumerSecret?: string;
}

type StoredCredentials =
  | { platform: 'shopify'; accessToken: string; adminApiUrl: string | null }
  | { platform: 'woocommerce'; siteUrl: string; consumerKey: string; consumerSecret: string };

const FIELD = '/body/discounts';
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The key credentials are sealed under: a ciphertext copied to another row will not open. */
export const credentialsAd = (connectionId: string) => `shop_connection:${connectionId}:admin_credentials`;

function required(value: string | undefined, name: string): string {
  if (!value?.trim()) throw AppError.invalid(`${FIELD}/${name}`, 'is required');
  return value.trim();
}

/** An https origin (plain http only on a loopback host, for a shop on this machine). */
function origin(value: string, name: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw AppError.invalid(`${FIELD}/${name}`, 'must be a full address such as https://shop.example.com');
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname)))
    throw AppError.invalid(`${FIELD}/${name}`, 'must start with https:// (the key travels in it)');
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

function parse(platform: ShopPlatform, input: DiscountCredentialsInput): StoredCredentials {
  if (platform === 'shopify') {
    for (const name of ['siteUrl', 'consumerKey', 'consumerSecret'] as const)
      if (input[name] !== undefined) throw AppError.invalid(`${FIELD}/${name}`, 'is a WooCommerce setting');
    return {
      platform,
      accessToken: required(input.accessToken, 'accessToken'),
      adminApiUrl: input.adminApiUrl ? origin(input.adminApiUrl, 'adminApiUrl') : null,
    };
  }
  for (const name of ['accessToken', 'adminApiUrl'] as const)
    if (input[name] !== undefined) throw AppError.invalid(`${FIELD}/${name}`, 'is a Shopify setting');
  return {
    platform,
    siteUrl: origin(required(input.siteUrl, 'siteUrl'), 'siteUrl'),
    consumerKey: required(input.consumerKey, 'consumerKey'),
    consumerSecret: required(input.consumerSecret, 'consumerSecret'),
  };
}

function clientOf(credentials: StoredCredentials, shopDomain: string | null) {
  return credentials.platform === 'shopify'
    ? shopifyDiscounts(shopifyAdminUrl(shopDomain ?? '', credentials.adminApiUrl), credentials.accessToken)
    : woocommerceCoupons(credentials.siteUrl, credentials.consumerKey, credentials.consumerSecret);
}

export function createShopDiscounts(deps: { db: CommerceDb; secrets: SecretBox }) {
  return {
    /**
     * Checks the credentials against the shop (nothing is written there) and seals them for the
     * connection; a refusal is a 422 naming the field the merchant has to fix.
     */
    async seal(
      connectionId: string,
      platform: ShopPlatform,
      shopDomain: string | null,
      input: DiscountCredentialsInput,
    ): Promise<string> {
      const credentials = parse(platform, input);
      try {
        await clientOf(credentials, shopDomain).checkAccess();
      } catch (error) {
        if (!(error instanceof ShopDiscountError)) throw error;
        const field = platform === 'shopify' ? 'accessToken' : 'consumerKey';
        throw new AppError(
          'unprocessable',
          `${platform === 'shopify' ? 'Shopify' : 'WooCommerce'}: ${error.message}`,
          {
            details: [{ field: `${FIELD}/${field}`, message: error.message }],
          },
        );
      }
      return deps.secrets.seal(JSON.stringify(credentials), credentialsAd(connectionId));
    },

    /** The client that creates a channel's codes, or null when no shop of the channel has credentials. */
    async clientFor(channelId: string): Promise<ShopDiscountClient | null> {
      const row = await deps.db
        .selectFrom('shop_connections')
        .select(['id', 'shop_domain', 'admin_credentials'])
        .where('channel_id', '=', channelId)
        .where('admin_credentials', 'is not', null)
        .orderBy('platform')
        .executeTakeFirst();
      if (!row?.admin_credentials) return null;
      const credentials = JSON.parse(
        deps.secrets.open(row.admin_credentials, credentialsAd(row.id)),
      ) as StoredCredentials;
      return clientOf(credentials, row.shop_domain);
    },
  };
}

export type ShopDiscounts = ReturnType<typeof createShopDiscounts>;

/**
 * The Admin API credentials of a shop connection (sealed at rest), checked live before they are
 * stored, and the discount client a channel's redeemed rewards are created with.
 */
import type { SecretBox } from '../../platform/crypto/index.js';
import type { ShopConnectionRow } from '../commerce.tables.js';
import type { ShopPlatform } from '../commerce.types.js';
import type { CommerceDb } from '../orders.service.js';
import type { ShopSettings } from './shop-connector.js';
import type { ShopDiscountClient } from './shop-discount.types.js';
import { shopConnector } from './shop-registry.js';

/** The key credentials are sealed under: a ciphertext copied to another row will not open. */
export const credentialsAd = (connectionId: string) => `shop_connection:${connectionId}:admin_credentials`;

/** Sealed JSON of the discounts section, with its platform (rows before connectors hold the same shape). */
export function sealCredentials(
  secrets: SecretBox,
  connectionId: string,
  platform: ShopPlatform,
  discounts: Record<string, string>,
): string {
  return secrets.seal(JSON.stringify({ platform, ...discounts }), credentialsAd(connectionId));
}

export function openCredentials(
  secrets: SecretBox,
  row: Pick<ShopConnectionRow, 'id' | 'admin_credentials'>,
): Record<string, string> | null {
  if (row.admin_credentials === null) return null;
  const { platform: _platform, ...discounts } = JSON.parse(
    secrets.open(row.admin_credentials, credentialsAd(row.id)),
  ) as Record<string, string | null>;
  return Object.fromEntries(
    Object.entries(discounts).filter((entry): entry is [string, string] => entry[1] !== null),
  );
}

/** The client that creates a channel's reward codes in its shop. */
export function createShopDiscounts(deps: {
  db: CommerceDb;
  settingsOf: (row: ShopConnectionRow) => ShopSettings;
}) {
  return {
    /** The client that creates a channel's codes, or null when no shop of the channel has credentials. */
    async clientFor(channelId: string): Promise<ShopDiscountClient | null> {
      const row = await deps.db
        .selectFrom('shop_connections')
        .selectAll()
        .where('channel_id', '=', channelId)
        .where('admin_credentials', 'is not', null)
        .orderBy('platform')
        .executeTakeFirst();
      if (!row) return null;
      const connector = shopConnector(row.platform);
      if (!connector.discountClient) return null;
      return connector.discountClient(deps.settingsOf(row));
    },
  };
}

export type ShopDiscounts = ReturnType<typeof createShopDiscounts>;

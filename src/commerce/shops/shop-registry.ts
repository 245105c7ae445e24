import { AppError } from '../../platform/errors.js';
import type { ShopPlatform } from '../commerce.types.js';
import { magento } from './magento/magento.connector.js';
import { prestashop } from './prestashop/prestashop.connector.js';
import type { ShopConnector, ShopConnectorDescriptor } from './shop-connector.js';
import { shoper } from './shoper/shoper.connector.js';
import { shopify } from './shopify/shopify.connector.js';
import { woocommerce } from './woocommerce/woocommerce.connector.js';

/** The shop connectors this build knows: adding a platform adds one line here (and its id to SHOP_PLATFORMS). */
export const SHOP_CONNECTORS: readonly ShopConnector[] = [shopify, woocommerce, magento, prestashop, shoper];

const byId = new Map<string, ShopConnector>(SHOP_CONNECTORS.map((c) => [c.descriptor.id, c]));

export function shopConnector(id: ShopPlatform | string): ShopConnector {
  const connector = byId.get(id);
  if (!connector) throw AppError.invalid('/params/platform', `there is no shop platform "${id}"`);
  return connector;
}

export function shopDescriptors(): ShopConnectorDescriptor[] {
  return SHOP_CONNECTORS.map((connector) => connector.descriptor);
}

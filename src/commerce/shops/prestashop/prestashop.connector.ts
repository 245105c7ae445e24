/**
 * PrestaShop: no webhooks in core (reference/shops.md §4.1), so Trustloop pulls customers, orders
 * (with their state history) and credit slips through the Webservice with a key (§4.2), every
 * five minutes; order states mean milestones by a map the merchant may change. Reward codes are
 * cart rules, created with a key that may write them.
 */

import {
  type ShopConnector,
  type ShopSettingField,
  type ShopSettings,
  type ShopTarget,
  shopAddressField,
} from '../shop-connector.js';
import { verdictOf, verifyDiscounts } from '../shop-verify.js';
import {
  settingText,
  timeZoneOf,
  timeZoneSetting,
  timeZoneVerdict,
  zonelessTarget,
} from '../zoneless-shops.js';
import { PRESTASHOP_DEFAULT_STATUS_MAP } from './prestashop.mapping.js';
import { prestaShopCartRules } from './prestashop-cart-rules.js';
import { PRESTASHOP_PULL_RESOURCES, prestaShopPuller } from './prestashop-pull.js';
import { prestaShopWebservice } from './prestashop-webservice.js';

const webservice = (settings: ShopSettings, key: string) =>
  prestaShopWebservice({ shopUrl: settingText(settings, 'shopUrl'), apiKey: key });

/** A Webservice key field: PrestaShop's keys are 32 characters. */
const webserviceKey = (
  section: ShopSettingField['section'],
  label: string,
  description: string,
): ShopSettingField => ({
  key: 'apiKey',
  section,
  label,
  type: 'secret',
  required: true,
  secret: true,
  minLength: 32,
  maxLength: 32,
  description,
});

const cartRulesOf = (settings: ShopSettings) =>
  prestaShopCartRules(webservice(settings, settings.discounts?.['apiKey'] ?? ''), timeZoneOf(settings));

export const prestashop: ShopConnector = {
  descriptor: {
    id: 'prestashop',
    displayName: 'PrestaShop',
    settings: [
      shopAddressField('The shop’s address; the Webservice is under /api.'),
      webserviceKey(
        'connection',
        'Webservice key',
        'Advanced parameters → Webservice: a key with GET on customers, orders, order_histories, order_discounts, order_slip and currencies.',
      ),
      timeZoneSetting('PrestaShop'),
      {
        key: 'statusMap',
        section: 'connection',
        label: 'Order states',
        type: 'status_map',
        required: false,
        secret: false,
        default: PRESTASHOP_DEFAULT_STATUS_MAP,
        description:
          'Order state id → milestone; the defaults are the states a new install has. Add your own states here.',
      },
      webserviceKey(
        'discounts',
        'Webservice key for cart rules',
        'A key with GET, POST and DELETE on cart_rules and GET on currencies (may be the same key).',
      ),
    ],
    capabilities: {
      webhooks: false,
      pull: { resources: PRESTASHOP_PULL_RESOURCES, everyMinutes: 1 },
      discounts: { kinds: ['amount_off', 'percent_off', 'free_shipping', 'free_product'] },
      orderStatusMap: { defaults: PRESTASHOP_DEFAULT_STATUS_MAP, setting: 'statusMap' },
    },
    // No limit is documented (§4.2); a shared host should not feel us.
    rateLimit: { perSecond: 5, burst: 10 },
  },

  async verifyCredentials(settings) {
    const zone = timeZoneVerdict(settings);
    if (zone) return zone;
    const reader = webservice(settings, settingText(settings, 'apiKey'));
    const connection = await verdictOf('apiKey', async () => {
      for (const resource of [
        ...PRESTASHOP_PULL_RESOURCES,
        'order_histories',
        'order_discounts',
        'currencies',
      ])
        await reader.list(resource, { limit: '1', display: '[id]' });
    });
    return connection.ok ? verifyDiscounts(settings, cartRulesOf, 'apiKey') : connection;
  },
  discountClient: cartRulesOf,
  puller: (settings: ShopSettings, target: ShopTarget) =>
    prestaShopPuller(
      webservice(settings, settingText(settings, 'apiKey')),
      zonelessTarget(settings, target, PRESTASHOP_DEFAULT_STATUS_MAP),
    ),
};

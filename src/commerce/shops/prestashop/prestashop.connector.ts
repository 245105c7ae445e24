/**
 * PrestaShop: no webhooks in core (reference/shops.md §4.1), so Trustloop pulls customers, orders
 * (with their state history) and credit slips through the Webservice with a key (§4.2), every
 * five minutes; order states mean milestones by a map the merchant may change. Reward codes are
 * cart rules, created with a key that may write them.
 */

import { isTimeZone } from '../local-time.js';
import type { ShopConnector, ShopSettings, ShopTarget } from '../shop-connector.js';
import { ShopDiscountError } from '../shop-discount.types.js';
import { type Milestone, PRESTASHOP_DEFAULT_STATUS_MAP } from './prestashop.mapping.js';
import { prestaShopCartRules } from './prestashop-cart-rules.js';
import { PRESTASHOP_PULL_RESOURCES, prestaShopPuller } from './prestashop-pull.js';
import { prestaShopWebservice } from './prestashop-webservice.js';

const DEFAULT_TIME_ZONE = 'Europe/Warsaw';

const value = (settings: ShopSettings, key: string) => {
  const found = settings.values[key];
  return typeof found === 'string' ? found : '';
};
const timeZoneOf = (settings: ShopSettings) => value(settings, 'timeZone') || DEFAULT_TIME_ZONE;
const statusMapOf = (settings: ShopSettings): Record<string, Milestone> => ({
  ...PRESTASHOP_DEFAULT_STATUS_MAP,
  ...((settings.values['statusMap'] ?? {}) as Record<string, Milestone>),
});
const webservice = (settings: ShopSettings, key: string) =>
  prestaShopWebservice({ shopUrl: value(settings, 'shopUrl'), apiKey: key });

const cartRulesOf = (settings: ShopSettings) =>
  prestaShopCartRules(webservice(settings, settings.discounts?.['apiKey'] ?? ''), timeZoneOf(settings));

export const prestashop: ShopConnector = {
  descriptor: {
    id: 'prestashop',
    displayName: 'PrestaShop',
    settings: [
      {
        key: 'shopUrl',
        section: 'connection',
        label: 'Shop address',
        type: 'url',
        required: true,
        secret: false,
        description: 'The shop’s address; the Webservice is under /api.',
      },
      {
        key: 'apiKey',
        section: 'connection',
        label: 'Webservice key',
        type: 'secret',
        required: true,
        secret: true,
        minLength: 32,
        maxLength: 32,
        description:
          'Advanced parameters → Webservice: a key with GET on customers, orders, order_histories, order_discounts, order_slip and currencies.',
      },
      {
        key: 'timeZone',
        section: 'connection',
        label: 'Shop time zone',
        type: 'string',
        required: false,
        secret: false,
        default: DEFAULT_TIME_ZONE,
        maxLength: 64,
        description:
          'PrestaShop writes times without a zone: the zone its clock runs in (IANA, e.g. Europe/Warsaw).',
      },
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
      {
        key: 'apiKey',
        section: 'discounts',
        label: 'Webservice key for cart rules',
        type: 'secret',
        required: true,
        secret: true,
        minLength: 32,
        maxLength: 32,
        description:
          'A key with GET, POST and DELETE on cart_rules and GET on currencies (may be the same key).',
      },
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
    if (!isTimeZone(timeZoneOf(settings)))
      return {
        ok: false,
        field: 'timeZone',
        message: `"${timeZoneOf(settings)}" is not a time zone such as Europe/Warsaw`,
      };
    const reader = webservice(settings, value(settings, 'apiKey'));
    try {
      for (const resource of [
        ...PRESTASHOP_PULL_RESOURCES,
        'order_histories',
        'order_discounts',
        'currencies',
      ])
        await reader.list(resource, { limit: '1', display: '[id]' });
    } catch (error) {
      if (!(error instanceof ShopDiscountError)) throw error;
      return { ok: false, field: 'apiKey', message: error.message };
    }
    if (!settings.discounts) return { ok: true };
    try {
      await cartRulesOf(settings).checkAccess();
      return { ok: true };
    } catch (error) {
      if (!(error instanceof ShopDiscountError)) throw error;
      return { ok: false, field: 'discounts/apiKey', message: error.message };
    }
  },
  discountClient: cartRulesOf,
  puller: (settings: ShopSettings, target: ShopTarget) =>
    prestaShopPuller(webservice(settings, value(settings, 'apiKey')), {
      accountId: target.accountId,
      channelId: target.channelId,
      timeZone: timeZoneOf(settings),
      statusMap: statusMapOf(settings),
    }),
};

/**
 * Magento 2 / Adobe Commerce: pulled through REST with an integration's access token (Open
 * Source has no outbound webhooks in core, reference/shops.md §3.1), orders, credit memos
 * (refunds), shipments and customers by `updated_at`; reward codes as cart price rules.
 */
import { AppError } from '../../../platform/errors.js';
import { isAfter } from '../pull-cursor.js';
import type {
  OrderMilestoneName,
  PulledRecord,
  ShopConnector,
  ShopSettings,
  ShopTarget,
  ShopWriters,
} from '../shop-connector.js';
import { ShopDiscountError } from '../shop-discount.types.js';
import { refusalCode } from '../shop-verify.js';
import {
  MAGENTO_STATUS_DEFAULTS,
  type MagentoCreditMemo,
  type MagentoCustomer,
  type MagentoOrder,
  type MagentoShipment,
  magentoCustomerInput,
  magentoOrderInput,
  magentoRefundInput,
  magentoTime,
} from './magento.mapping.js';
import { magentoRest } from './magento-rest.js';
import { magentoSalesRules } from './magento-sales-rules.js';

const IDS = /^\d+(,\d+)*$/;

function restOf(settings: ShopSettings) {
  const values = settings.values;
  return magentoRest(
    String(values['baseUrl'] ?? ''),
    String(values['accessToken'] ?? ''),
    String(values['storeCode'] ?? 'default'),
  );
}

const idsOf = (value: unknown, fallback: string) =>
  String(value ?? fallback)
    .split(',')
    .map(Number);

function statusMapOf(settings: ShopSettings): Readonly<Record<string, OrderMilestoneName>> {
  const map = settings.values['orderStatusMap'];
  return typeof map === 'object' && map !== null ? map : {};
}

type Apply = (
  trx: Parameters<Extract<PulledRecord, { apply: unknown }>['apply']>[0],
  writers: ShopWriters,
) => Promise<void>;

/** How each resource is read, in the order pulled: customers and orders before what names an order. */
const RESOURCES: Record<
  string,
  {
    path: string;
    id: (item: never) => number;
    apply: (item: never, target: ShopTarget, settings: ShopSettings) => Apply;
  }
> = {
  customers: {
    path: '/customers/search',
    id: (item: MagentoCustomer) => item.id,
    apply: (item: MagentoCustomer, target) => {
      const input = magentoCustomerInput(item, target);
      return async (trx, writers) => {
        if (input) await writers.contacts.upsertCustomer(trx, input);
      };
    },
  },
  orders: {
    path: '/orders',
    id: (item: MagentoOrder) => item.entity_id,
    apply: (item: MagentoOrder, target, settings) => {
      const input = magentoOrderInput(item, target, statusMapOf(settings));
      return async (trx, writers) => {
        await writers.orders.recordOrderIn(trx, input);
      };
    },
  },
  creditmemos: {
    path: '/creditmemos',
    id: (item: MagentoCreditMemo) => item.entity_id,
    apply: (item: MagentoCreditMemo, target) => {
      const input = magentoRefundInput(item, target);
      return async (trx, writers) => {
        await writers.refunds.recordRefundIn(trx, input);
      };
    },
  },
  shipments: {
    path: '/shipments',
    id: (item: MagentoShipment) => item.entity_id,
    apply: (item: MagentoShipment, target) => {
      const at = magentoTime(item.created_at, '/shipment/created_at');
      return async (trx, writers) => {
        await writers.orders.markOrderIn(trx, {
          accountId: target.accountId,
          channelId: target.channelId,
          source: 'magento',
          externalId: String(item.order_id),
          milestone: 'fulfilled',
          at,
        });
      };
    },
  },
};

export const magento: ShopConnector = {
  descriptor: {
    id: 'magento',
    displayName: 'Magento 2',
    settings: [
      {
        key: 'baseUrl',
        section: 'connection',
        label: 'Store address',
        type: 'url',
        required: true,
        secret: false,
        description: 'The address the REST API answers under (…/rest/<store>/V1).',
      },
      {
        key: 'accessToken',
        section: 'connection',
        label: 'Integration access token',
        type: 'secret',
        required: true,
        secret: true,
        description:
          'System → Extensions → Integrations: an integration with Sales, Customers and Cart Price Rules resources; the store must allow it as a Bearer token (Stores → Configuration → Services → OAuth).',
      },
      {
        key: 'storeCode',
        section: 'connection',
        label: 'Store view code',
        type: 'string',
        required: false,
        secret: false,
        default: 'default',
        maxLength: 64,
      },
      {
        key: 'websiteIds',
        section: 'connection',
        label: 'Website ids for reward codes',
        type: 'string',
        required: false,
        secret: false,
        default: '1',
        maxLength: 100,
        description: 'Comma-separated, e.g. "1".',
      },
      {
        key: 'customerGroupIds',
        section: 'connection',
        label: 'Customer group ids for reward codes',
        type: 'string',
        required: false,
        secret: false,
        default: '0,1,2,3',
        maxLength: 100,
        description: 'Comma-separated; Magento ships 0 NOT LOGGED IN, 1 General, 2 Wholesale, 3 Retailer.',
      },
      {
        key: 'orderStatusMap',
        section: 'connection',
        label: 'Order statuses',
        type: 'status_map',
        required: false,
        secret: false,
        default: MAGENTO_STATUS_DEFAULTS,
        description: 'Your order statuses (including custom ones) and what each means.',
      },
    ],
    capabilities: {
      webhooks: false,
      pull: { resources: ['customers', 'orders', 'creditmemos', 'shipments'], everyMinutes: 1 },
      discounts: { kinds: ['amount_off', 'percent_off', 'free_shipping'] },
      orderStatusMap: { defaults: MAGENTO_STATUS_DEFAULTS, setting: 'orderStatusMap' },
    },
    // Core documents no request-rate limit (§3.3); stay gentle with a shop's own server.
    rateLimit: { perSecond: 4, burst: 8 },
  },

  async verifyCredentials(settings) {
    for (const key of ['websiteIds', 'customerGroupIds'])
      if (settings.values[key] !== undefined && !IDS.test(String(settings.values[key])))
        return {
          ok: false,
          field: key,
          message: 'must be ids separated by commas, such as "0,1"',
          code: 'shop.idList',
        };
    const rest = restOf(settings);
    try {
      await rest.get('/orders?searchCriteria[pageSize]=1');
      if (settings.discounts)
        await magentoSalesRules(rest, { websiteIds: [], customerGroupIds: [] }).checkAccess();
      return { ok: true };
    } catch (error) {
      if (!(error instanceof ShopDiscountError)) throw error;
      // Unreachable or not a Magento REST API at all: the address is what to fix.
      const field = error.credentialsRefused ? 'accessToken' : 'baseUrl';
      return { ok: false, field, message: error.message, code: refusalCode(error) };
    }
  },

  discountClient(settings) {
    return magentoSalesRules(restOf(settings), {
      websiteIds: idsOf(settings.values['websiteIds'], '1'),
      customerGroupIds: idsOf(settings.values['customerGroupIds'], '0,1,2,3'),
    });
  },

  puller(settings, target) {
    const rest = restOf(settings);
    return {
      async page(resource, after, pageSize) {
        const spec = RESOURCES[resource];
        if (!spec) throw new Error(`Magento has no pulled resource "${resource}"`);
        const filters = after
          ? [{ field: 'updated_at', value: after.updatedAt, conditionType: 'gteq' as const }]
          : [];
        const sort = [
          { field: 'updated_at', direction: 'ASC' as const },
          { field: 'entity_id', direction: 'ASC' as const },
        ];
        // Many records changed in the cursor's second fill whole pages: walk past them.
        for (let currentPage = 1; ; currentPage++) {
          const { items, last } = await rest.list<Record<string, unknown>>(
            spec.path,
            filters,
            sort,
            pageSize,
            currentPage,
          );
          const records: PulledRecord[] = items.map((item) => {
            const id = String((spec.id as (item: unknown) => number)(item));
            const updatedAt = String(item['updated_at'] ?? '');
            try {
              return {
                id,
                updatedAt,
                apply: (spec.apply as (i: unknown, t: ShopTarget, s: ShopSettings) => Apply)(
                  item,
                  target,
                  settings,
                ),
              };
            } catch (error) {
              if (!(error instanceof AppError)) throw error;
              return {
                id,
                updatedAt,
                invalid: `${error.message} ${JSON.stringify(error.details ?? [])}`,
                payload: item,
              };
            }
          });
          const fresh = records.filter((record) => isAfter(record, after));
          if (fresh.length > 0 || last) return { records: fresh, done: last };
        }
      },
    };
  },
};

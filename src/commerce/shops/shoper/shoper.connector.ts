/**
 * Shoper: webhooks for live changes (signed X-Webhook-Sha1, shoper-webhook.ts) and a REST pull
 * every minute for backfill and anything a webhook missed, with an admin API user.
 * Reward codes are promotion codes, created by an API user that may write them.
 */

import {
  type ShopConnector,
  type ShopSettings,
  shopAddressField,
  webhookSecretField,
} from '../shop-connector.js';
import { verdictOf, verifyDiscounts } from '../shop-verify.js';
import {
  settingText,
  timeZoneOf,
  timeZoneSetting,
  timeZoneVerdict,
  zonelessTarget,
} from '../zoneless-shops.js';
import { shoperWebhookRoutes } from './shoper.routes.js';
import { shoperPromotionCodes } from './shoper-promotion-codes.js';
import { SHOPER_PULL_RESOURCES, shoperPuller } from './shoper-pull.js';
import { restFor, shoperRestOf } from './shoper-settings.js';
import { SHOPER_CLIENT_EVENTS, SHOPER_ORDER_EVENTS } from './shoper-webhook.js';

const codesOf = (settings: ShopSettings) =>
  shoperPromotionCodes(
    restFor(
      settingText(settings, 'shopUrl'),
      settings.discounts?.['login'] ?? '',
      settings.discounts?.['password'] ?? '',
    ),
    timeZoneOf(settings),
  );

export const shoper: ShopConnector = {
  descriptor: {
    id: 'shoper',
    displayName: 'Shoper',
    settings: [
      shopAddressField('The shop’s address; the REST API is under /webapi/rest.'),
      {
        key: 'login',
        section: 'connection',
        label: 'API user login',
        type: 'string',
        required: true,
        secret: false,
        maxLength: 200,
        description:
          'An administrator with API access (Configuration → Administration → Administrators), allowed to read orders, order products, parcels, statuses, currencies and customers.',
      },
      {
        key: 'password',
        section: 'connection',
        label: 'API user password',
        type: 'secret',
        required: true,
        secret: true,
        maxLength: 200,
      },
      webhookSecretField(
        'Webhook secret',
        'The secret entered for the webhook: Shoper signs each delivery with it (X-Webhook-SHA1).',
      ),
      timeZoneSetting('Shoper'),
      {
        key: 'statusMap',
        section: 'connection',
        label: 'Order statuses',
        type: 'status_map',
        required: false,
        secret: false,
        default: {},
        description:
          'Status id → milestone for statuses that mean more than their type (new and open: placed, closed: fulfilled, not completed: cancelled).',
      },
      {
        key: 'login',
        section: 'discounts',
        label: 'API user login for promotion codes',
        type: 'string',
        required: true,
        secret: false,
        maxLength: 200,
        description: 'An API user allowed to create and delete promotion codes (may be the same user).',
      },
      {
        key: 'password',
        section: 'discounts',
        label: 'Its password',
        type: 'secret',
        required: true,
        secret: true,
        maxLength: 200,
      },
    ],
    capabilities: {
      webhooks: { topics: [...SHOPER_ORDER_EVENTS, ...SHOPER_CLIENT_EVENTS] },
      pull: { resources: SHOPER_PULL_RESOURCES, everyMinutes: 1 },
      discounts: { kinds: ['amount_off', 'percent_off', 'free_shipping'] },
      orderStatusMap: { defaults: {}, setting: 'statusMap' },
    },
    // The documented bucket: 10 calls, leaking 2 per second (§5).
    rateLimit: { perSecond: 2, burst: 10 },
  },

  async verifyCredentials(settings) {
    const zone = timeZoneVerdict(settings);
    if (zone) return zone;
    const connection = await verdictOf(
      (error) => (/login or password/.test(error.message) ? 'password' : 'login'),
      async () => {
        const rest = shoperRestOf(settings);
        await rest.authenticate();
        for (const resource of ['orders', 'order-products', 'parcels', 'statuses', 'currencies', 'users'])
          await rest.list(resource, { limit: 1, page: 1 });
      },
    );
    return connection.ok ? verifyDiscounts(settings, codesOf, 'password') : connection;
  },
  discountClient: codesOf,
  puller: (settings, target) => shoperPuller(shoperRestOf(settings), zonelessTarget(settings, target)),
  webhookRoutes: shoperWebhookRoutes,
};

/** A Shoper connection's settings as its REST client and mapping take them. */
import type { ShopSettings } from '../shop-connector.js';
import type { ShoperMilestone, ShoperTarget } from './shoper.mapping.js';
import { type ShoperRestClient, shoperRest } from './shoper-rest.js';

export const DEFAULT_TIME_ZONE = 'Europe/Warsaw';

export const value = (settings: ShopSettings, key: string) => {
  const found = settings.values[key];
  return typeof found === 'string' ? found : '';
};
export const timeZoneOf = (settings: ShopSettings) => value(settings, 'timeZone') || DEFAULT_TIME_ZONE;

// One client (and its bearer token and bucket reading) per API user, across pulls and webhooks.
const clients = new Map<string, ShoperRestClient>();
export function restFor(shopUrl: string, login: string, password: string): ShoperRestClient {
  const key = JSON.stringify([shopUrl, login, password]);
  let client = clients.get(key);
  if (!client) {
    if (clients.size > 1000) clients.clear();
    client = shoperRest({ shopUrl, login, password });
    clients.set(key, client);
  }
  return client;
}

export const shoperRestOf = (settings: ShopSettings) =>
  restFor(value(settings, 'shopUrl'), value(settings, 'login'), value(settings, 'password'));

export const shoperTargetOf = (
  settings: ShopSettings,
  target: { accountId: string; channelId: string },
): ShoperTarget => ({
  accountId: target.accountId,
  channelId: target.channelId,
  timeZone: timeZoneOf(settings),
  statusMap: (settings.values['statusMap'] ?? {}) as Record<string, ShoperMilestone>,
});

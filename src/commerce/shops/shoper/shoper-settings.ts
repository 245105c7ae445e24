/** A Shoper connection's settings as its REST client takes them. */
import type { ShopSettings } from '../shop-connector.js';
import { settingText } from '../zoneless-shops.js';
import { type ShoperRestClient, shoperRest } from './shoper-rest.js';

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
  restFor(
    settingText(settings, 'shopUrl'),
    settingText(settings, 'login'),
    settingText(settings, 'password'),
  );

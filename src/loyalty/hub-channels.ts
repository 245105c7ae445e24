/**
 * The channel facts and signing secret the customer hub needs on every request, kept per
 * public id so that a hub view does not read the channel and decrypt its secret each time.
 */
import { randomUUID } from 'node:crypto';
import type { Accounts } from '../accounts/index.js';
import type { Cache } from '../platform/cache.js';
import type { ChannelInfo } from './loyalty.context.js';

export interface HubChannel {
  channel: ChannelInfo;
  /** The secret shopper tokens are signed with; undefined when the channel has none. */
  secret: string | undefined;
}

const MARKER_TTL_MS = 60_000;
const MAX_CHANNELS = 1_000;

/**
 * Every public cache entry of a channel starts `channel:<publicId>:`, and changing, deleting
 * or rotating the secret of a channel drops them all. The hub keeps a marker there: while the
 * shared cache still holds the marker an entry was read under, the entry is current, in this
 * process and in every other one sharing the cache (Redis).
 */
export const hubChannelMarkerKey = (publicId: string) => `channel:${publicId}:loyalty-hub`;

export function createHubChannels(deps: { accounts: Accounts; cache: Cache }) {
  const { accounts, cache } = deps;
  const entries = new Map<string, { marker: string; value: HubChannel }>();

  async function read(publicId: string): Promise<HubChannel | null> {
    const found = await accounts.channels.findByPublicId(publicId);
    if (!found) return null;
    const { id, accountId, name, domain, timeZone, defaultLocale, currency } = found;
    return {
      channel: { id, accountId, name, domain, timeZone, defaultLocale, currency },
      secret: await accounts.channels.signingSecretOf(id),
    };
  }

  return {
    /** The channel as the hub reads it; null for an unknown public id (which is not kept). */
    async get(publicId: string): Promise<HubChannel | null> {
      const key = hubChannelMarkerKey(publicId);
      let marker = await cache.get(key);
      const known = entries.get(publicId);
      if (known && marker !== undefined && known.marker === marker) return known.value;
      // The marker is in place before the read: a change committed after this read drops it,
      // so the next request reads again instead of keeping what this one read.
      if (marker === undefined) {
        marker = randomUUID();
        await cache.set(key, marker, MARKER_TTL_MS);
      }
      const value = await read(publicId);
      entries.delete(publicId);
      if (!value) {
        await cache.delete(key); // unknown ids must not fill the cache
        return null;
      }
      if (entries.size >= MAX_CHANNELS) entries.delete(entries.keys().next().value as string);
      entries.set(publicId, { marker, value });
      return value;
    },

    /** Read straight from the database, for writes (redeem, join). */
    fresh: read,
  };
}

export type HubChannels = ReturnType<typeof createHubChannels>;

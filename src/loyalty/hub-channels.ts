/**
 * The channel facts and signing secret the customer hub needs on every request, kept per
 * public id so that a hub view does not read the channel and decrypt its secret each time.
 */
import type { Accounts } from '../accounts/index.js';
import type { Cache } from '../platform/cache.js';
import { markedMemo } from '../platform/marked-memo.js';
import type { ChannelInfo } from './loyalty.context.js';

export interface HubChannel {
  channel: ChannelInfo;
  /** The secret shopper tokens are signed with; undefined when the channel has none. */
  secret: string | undefined;
}

/** Every public cache entry of a channel starts `channel:<publicId>:`; see `markedMemo`. */
export const hubChannelMarkerKey = (publicId: string) => `channel:${publicId}:loyalty-hub`;

export function createHubChannels(deps: { accounts: Accounts; cache: Cache }) {
  const { accounts } = deps;
  const memo = markedMemo<HubChannel>(deps.cache);

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
    /**
     * The channel as the hub reads it; null for an unknown public id. Changing, deleting or
     * rotating the secret of a channel drops every `channel:<publicId>:` key, this one too.
     */
    get: (publicId: string) => memo.get(hubChannelMarkerKey(publicId), () => read(publicId)),

    /** What `get` would answer without a read or a wait, if this process holds it; else undefined. */
    peek: (publicId: string) => memo.peek(hubChannelMarkerKey(publicId)),

    /** Read straight from the database, for writes (redeem, join). */
    fresh: read,
  };
}

export type HubChannels = ReturnType<typeof createHubChannels>;

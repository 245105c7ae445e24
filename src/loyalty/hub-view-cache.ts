/**
 * The customer hub's per-member views, kept while the member's `hub_version` (bumped by
 * database triggers on every change the hub shows, migration 0024) is the one the view was
 * built from. A panel on every page view asks for the same view again and again; a hit costs
 * one indexed read instead of five reads and the formatting. Entries also end after a minute
 * (tier windows and expiry dates move with the clock, not only with writes) and whenever the
 * program snapshot or the channel entry they were built from is replaced.
 */

const TTL_MS = 60_000;
const MAX_ENTRIES = 5_000;

interface Entry<V> {
  version: number;
  /** The program snapshot and channel entry the view was built from (compared by identity). */
  sources: readonly object[];
  expiresAt: number;
  view: V;
}

export function createHubViewCache<V>(options: { ttlMs?: number; maxEntries?: number } = {}) {
  const ttlMs = options.ttlMs ?? TTL_MS;
  const maxEntries = options.maxEntries ?? MAX_ENTRIES;
  const entries = new Map<string, Entry<V>>();
  const keyOf = (memberId: string, locale: string) => `${memberId}|${locale}`;

  return {
    /** The view built from exactly this version and these sources, if still within its minute. */
    get(
      memberId: string,
      locale: string,
      version: number,
      sources: readonly object[],
      now: number,
    ): V | undefined {
      const entry = entries.get(keyOf(memberId, locale));
      if (!entry || entry.version !== version || entry.expiresAt <= now) return undefined;
      if (entry.sources.length !== sources.length) return undefined;
      for (let i = 0; i < sources.length; i++) if (entry.sources[i] !== sources[i]) return undefined;
      return entry.view;
    },

    /** Keeps a view under the version read before the view's own reads began. */
    set(
      memberId: string,
      locale: string,
      version: number,
      sources: readonly object[],
      now: number,
      view: V,
    ): void {
      const key = keyOf(memberId, locale);
      entries.delete(key);
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value as string);
      entries.set(key, { version, sources, expiresAt: now + ttlMs, view });
    },
  };
}

import { loadSettings } from './loyalty.context.js';
import type { LoyaltySettings } from './loyalty-settings.js';
import type { Db } from './points-store.js';

export interface ProgramTier {
  id: string;
  name: string;
  iconUrl: string | null;
  threshold: number;
}

export interface ProgramReward {
  id: string;
  name: string;
  kind: string;
  value: number;
  pointsCost: number;
  minTierId: string | null;
}

/** What the customer hub reads about a channel's program on every request. */
export interface ProgramSnapshot {
  settings: LoyaltySettings;
  tiers: ProgramTier[];
  /** Active rewards, cheapest first. */
  rewards: ProgramReward[];
}

const TTL_MS = 5_000;
const MAX_CHANNELS = 1_000;

/**
 * The hub's read cache of program snapshots, per channel. Loyalty's own writes (settings, tiers,
 * rewards) forget the channel at once; another API process sees such a change within 5 seconds.
 * Member data (balance, lots, coupons) is never cached.
 */
export function createProgramCache(db: Db) {
  const entries = new Map<
    string,
    { loadedAt: number; snapshot: Promise<ProgramSnapshot | null>; loaded?: ProgramSnapshot }
  >();

  async function load(channelId: string): Promise<ProgramSnapshot | null> {
    const settings = await loadSettings(db, channelId);
    if (!settings) return null;
    const [tiers, rewards] = await Promise.all([
      db
        .selectFrom('loyalty_tiers')
        .select(['id', 'name', 'icon_url', 'threshold'])
        .where('channel_id', '=', channelId)
        .execute(),
      db
        .selectFrom('loyalty_rewards')
        .select(['id', 'name', 'kind', 'value', 'points_cost', 'min_tier_id'])
        .where('channel_id', '=', channelId)
        .where('active', '=', 1)
        .orderBy('points_cost')
        .execute(),
    ]);
    return {
      settings,
      tiers: tiers.map((tier) => ({
        id: tier.id,
        name: tier.name,
        iconUrl: tier.icon_url,
        threshold: Number(tier.threshold),
      })),
      rewards: rewards.map((reward) => ({
        id: reward.id,
        name: reward.name,
        kind: reward.kind,
        value: Number(reward.value),
        pointsCost: Number(reward.points_cost),
        minTierId: reward.min_tier_id,
      })),
    };
  }

  return {
    /** The channel's program, or null when it has none (settings never saved). */
    get(channelId: string): Promise<ProgramSnapshot | null> {
      const now = performance.now();
      const cached = entries.get(channelId);
      if (cached && now - cached.loadedAt < TTL_MS) return cached.snapshot;
      const snapshot = load(channelId);
      const entry: { loadedAt: number; snapshot: Promise<ProgramSnapshot | null>; loaded?: ProgramSnapshot } =
        { loadedAt: now, snapshot };
      snapshot.then(
        (loaded) => {
          if (loaded) entry.loaded = loaded;
        },
        // A failed load is not remembered; the next request tries again.
        () => {
          if (entries.get(channelId) === entry) entries.delete(channelId);
        },
      );
      entries.delete(channelId);
      if (entries.size >= MAX_CHANNELS) entries.delete(entries.keys().next().value as string);
      entries.set(channelId, entry);
      return snapshot;
    },

    /** The snapshot `get` would answer, at once (no promise), when it is loaded and current. */
    peek(channelId: string): ProgramSnapshot | undefined {
      const cached = entries.get(channelId);
      return cached && performance.now() - cached.loadedAt < TTL_MS ? cached.loaded : undefined;
    },

    /** Called by every write to a channel's settings, tiers or rewards. */
    forget(channelId: string): void {
      entries.delete(channelId);
    },
  };
}

export type ProgramCache = ReturnType<typeof createProgramCache>;

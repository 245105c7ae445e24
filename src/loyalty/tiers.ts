/**
 * VIP tier evaluation, pure. A member qualifies for the highest tier whose threshold their
 * progress (points earned or money spent in the period) reaches. Upgrades happen at once;
 * downgrades only when the period the tier was held for ends.
 */
import { addMonths, localDateOf, startOfLocalDay } from './expiry-dates.js';

export interface TierRule {
  id: string;
  threshold: number;
}

export interface TierPeriod {
  period: 'rolling' | 'calendar';
  months: number;
}

/** The highest tier `progress` reaches, or null. */
export function qualifyingTier<T extends TierRule>(tiers: readonly T[], progress: number): T | null {
  let best: T | null = null;
  for (const tier of tiers) {
    if (progress >= tier.threshold && (best === null || tier.threshold > best.threshold)) best = tier;
  }
  return best;
}

function rank(tiers: readonly TierRule[], id: string | null): number {
  if (id === null) return -1;
  const tier = tiers.find((candidate) => candidate.id === id);
  return tier ? tier.threshold : -1;
}

/** The window progress is counted over, as seen at `now`, and when a tier won now is next reviewed. */
export function progressWindow(
  rule: TierPeriod,
  now: Date,
  timeZone: string,
): { from: Date; holdUntil: Date } {
  const today = localDateOf(now, timeZone);
  if (rule.period === 'calendar') {
    const year = Number(today.slice(0, 4));
    return {
      from: startOfLocalDay(`${year}-01-01`, timeZone),
      holdUntil: startOfLocalDay(`${year + 1}-01-01`, timeZone),
    };
  }
  return {
    from: startOfLocalDay(addMonths(today, -rule.months), timeZone),
    holdUntil: startOfLocalDay(addMonths(today, rule.months), timeZone),
  };
}

export type TierDecision =
  | { change: false }
  | { change: true; tierId: string | null; direction: 'up' | 'down'; holdUntil: Date | null };

/** After activity: move up when progress reaches a higher tier, never down. */
export function decideOnActivity(
  tiers: readonly TierRule[],
  currentTierId: string | null,
  progress: number,
  holdUntil: Date,
): TierDecision {
  const qualified = qualifyingTier(tiers, progress);
  if (qualified && qualified.threshold > rank(tiers, currentTierId)) {
    return { change: true, tierId: qualified.id, direction: 'up', holdUntil };
  }
  return { change: false };
}

/**
 * When the period a tier was held for has ended: the member keeps the tier their progress over
 * the closed period earned (which may be lower), for another period.
 */
export function decideAtPeriodEnd(
  tiers: readonly TierRule[],
  currentTierId: string | null,
  progressOfClosedPeriod: number,
  nextHoldUntil: Date,
): TierDecision & { holdUntil?: Date | null } {
  const qualified = qualifyingTier(tiers, progressOfClosedPeriod);
  const nextId = qualified?.id ?? null;
  if (nextId === currentTierId) return { change: false };
  return {
    change: true,
    tierId: nextId,
    direction: rank(tiers, nextId) > rank(tiers, currentTierId) ? 'up' : 'down',
    holdUntil: nextId === null ? null : nextHoldUntil,
  };
}

/**
 * Earning and reversal math, pure and in integers: points for an order, how much of an order's
 * points a refund takes back, and the spend an order counts for. Reversals always start from
 * what the order actually earned (a snapshot), never from today's rules.
 */
import type { OrderSnapshot } from '../commerce/index.js';
import type { LoyaltySettings, Rounding } from './loyalty-settings.js';

function divide(numerator: bigint, denominator: bigint, rounding: Rounding): bigint {
  const quotient = numerator / denominator;
  const rest = numerator % denominator;
  if (rest === 0n) return quotient;
  if (rounding === 'up') return quotient + 1n;
  if (rounding === 'nearest') return rest * 2n >= denominator ? quotient + 1n : quotient;
  return quotient;
}

/**
 * Points for `amount` minor units under a per-spend rule and a tier multiplier in hundredths
 * (150 = 1.5×). Zero or negative amounts earn nothing.
 *
 * @example
 * pointsForSpend(12_345, { points: 1, perAmount: 100, rounding: 'down' }, 100); // 123
 */
export function pointsForSpend(
  amount: number,
  rule: Pick<LoyaltySettings['earning'], 'points' | 'perAmount' | 'rounding'>,
  multiplierPct = 100,
): number {
  if (amount <= 0 || rule.points <= 0 || multiplierPct <= 0) return 0;
  if (rule.perAmount <= 0) throw new RangeError('perAmount must be greater than 0');
  const numerator = BigInt(Math.trunc(amount)) * BigInt(rule.points) * BigInt(multiplierPct);
  return Number(divide(numerator, BigInt(rule.perAmount) * 100n, rule.rounding));
}

/** The amount of an order that earns points, after any refunds so far. */
export function rewardableAmount(order: OrderSnapshot, base: LoyaltySettings['earning']['base']): number {
  const gross = base === 'total' ? order.total : order.subtotal - order.discountTotal;
  if (gross <= 0 || order.total <= 0) return 0;
  const kept = Math.max(0, order.total - order.refundedTotal);
  // Refunds are in total terms: scale the base by the share of the total that was kept.
  return Number((BigInt(gross) * BigInt(kept)) / BigInt(order.total));
}

/**
 * How many more points a refund takes back: `floor(earned × refunded ÷ total) − reversed`,
 * everything once the order is fully refunded. Never negative and never more than was earned,
 * whatever order refunds arrive in.
 */
export function refundReversal(input: {
  earned: number;
  alreadyReversed: number;
  orderTotal: number;
  refundedTotal: number;
  fullyRefunded: boolean;
}): number {
  const { earned, alreadyReversed, orderTotal, refundedTotal, fullyRefunded } = input;
  if (earned <= 0) return 0;
  const target =
    fullyRefunded || orderTotal <= 0 || refundedTotal >= orderTotal
      ? earned
      : Number((BigInt(earned) * BigInt(Math.max(0, refundedTotal))) / BigInt(orderTotal));
  return Math.max(0, Math.min(earned, target) - alreadyReversed);
}

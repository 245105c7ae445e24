/**
 * Order events → points. Earning happens on the channel's award event (placed, paid or
 * delivered), with pending points shown from placement if configured; cancellations reverse
 * what the order earned and refunds reverse proportionally. Every booking is keyed by its cause
 * (`order:<id>:earn`, `order:<id>:cancel`, `order:<id>:refund:<refundId>`), so a redelivered
 * event books nothing.
 */
import { sql } from 'kysely';
import type { OrderEvent, OrderRefunded, OrderSnapshot } from '../commerce/index.js';
import { pointsForSpend, refundReversal, rewardableAmount } from './earning.js';
import type { ChannelInfo, LoyaltyDeps } from './loyalty.context.js';
import { LOYALTY_EVENTS } from './loyalty.events.js';
import type { LoyaltySettings } from './loyalty-settings.js';
import { findOrCreateMember, memberByEmail } from './members.js';
import { bookAndAnnounce, tiersOf } from './points.service.js';
import { type Db, lockMember, type MemberRow, once } from './points-store.js';
import { couponSnapshot } from './redemption.js';
import { creditReferral } from './referrals.js';

type OrderEventType =
  | 'order.placed'
  | 'order.paid'
  | 'order.fulfilled'
  | 'order.delivered'
  | 'order.cancelled';

async function multiplierOf(db: Db, member: MemberRow): Promise<number> {
  if (member.tier_id === null) return 100;
  const tier = (await tiersOf(db, member.channel_id)).find((candidate) => candidate.id === member.tier_id);
  return tier?.multiplierPct ?? 100;
}

async function orderRow(db: Db, channelId: string, orderId: string) {
  return db
    .selectFrom('loyalty_orders')
    .selectAll()
    .where('channel_id', '=', channelId)
    .where('order_id', '=', orderId)
    .executeTakeFirst();
}

async function upsertOrder(
  trx: Db,
  channel: ChannelInfo,
  member: MemberRow,
  order: OrderSnapshot,
  patch: { state: string; pending_points?: number; earned?: number; reversed?: number },
  now: Date,
): Promise<void> {
  const at = now.toISOString();
  const spend = Math.max(0, order.total - order.refundedTotal);
  await trx
    .insertInto('loyalty_orders')
    .values({
      channel_id: channel.id,
      order_id: order.orderId,
      account_id: channel.accountId,
      member_id: member.id,
      state: patch.state,
      pending_points: patch.pending_points ?? 0,
      earned: patch.earned ?? 0,
      reversed: patch.reversed ?? 0,
      total: order.total,
      spend,
      placed_at: order.placedAt,
      updated_at: at,
    })
    .onConflict((oc) =>
      oc.columns(['channel_id', 'order_id']).doUpdateSet({
        state: patch.state,
        ...(patch.pending_points !== undefined ? { pending_points: patch.pending_points } : {}),
        ...(patch.earned !== undefined ? { earned: patch.earned } : {}),
        ...(patch.reversed !== undefined ? { reversed: patch.reversed } : {}),
        spend,
        updated_at: at,
      }),
    )
    .execute();
}

/** Marks the loyalty coupons an order used (any order event may carry the codes). */
async function markCouponsUsed(
  trx: Db,
  deps: LoyaltyDeps,
  channel: ChannelInfo,
  order: OrderSnapshot,
): Promise<void> {
  // Shops may change a code's case: WooCommerce lower-cases every coupon code it stores and puts
  // on orders (`add_filter('woocommerce_coupon_code', 'wc_strtolower')` in its core), so the
  // code Trustloop issued as TL-AB12C-… comes back as tl-ab12c-…. Codes match without case.
  const codes = [...new Set(order.discountCodes.map((code) => code.trim().toUpperCase()).filter(Boolean))];
  if (codes.length === 0) return;
  const at = deps.clock.now().toISOString();
  const used = await trx
    .updateTable('loyalty_coupons')
    .set({ state: 'used', used_order_id: order.orderId, used_at: at })
    .where('channel_id', '=', channel.id)
    .where(sql<string>`upper(code)`, 'in', codes)
    .where('state', 'in', ['issued', 'applied'])
    .returningAll()
    .execute();
  if (used.length === 0) return;
  const members = await trx
    .selectFrom('loyalty_members')
    .select(['id', 'email'])
    .where('id', 'in', [...new Set(used.map((row) => row.member_id))])
    .execute();
  const emails = new Map(members.map((member) => [member.id, member.email]));
  await deps.jobs.appendEvents(
    trx,
    used.map((row) => ({
      type: LOYALTY_EVENTS.couponUsed,
      accountId: channel.accountId,
      channelId: channel.id,
      payload: { coupon: couponSnapshot(row, emails.get(row.member_id) ?? '') },
    })),
  );
}

function awardEventOf(settings: LoyaltySettings): string {
  return `order.${settings.earning.awardOn}`;
}

export async function handleOrderEvent(
  deps: LoyaltyDeps,
  channel: ChannelInfo,
  settings: LoyaltySettings,
  type: OrderEventType,
  { order }: OrderEvent,
): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction().execute((trx) => markCouponsUsed(trx, deps, channel, order));
  const email = order.customer.email;
  if (!email) return;
  // The buyer as a member (an order enrols them when the program says so), and what the order
  // earns them at their tier's multiplier: the award and the pending points count alike.
  const buyer = (trx: Db) =>
    findOrCreateMember(
      trx,
      channel,
      { email, customerId: order.customer.customerId },
      'order',
      settings,
      now,
    );
  const earnedBy = async (trx: Db, member: MemberRow) =>
    pointsForSpend(
      rewardableAmount(order, settings.earning.base),
      settings.earning,
      await multiplierOf(trx, member),
    );
  if (type === 'order.cancelled') return cancelOrder(deps, channel, settings, order);
  const existing = await orderRow(deps.db, channel.id, order.orderId);
  if (existing && existing.state !== 'pending') return; // awarded, cancelled or not earning

  if (type === awardEventOf(settings)) {
    await once(deps.db, async (trx) => {
      const member = await buyer(trx);
      if (member.state !== 'member') {
        await upsertOrder(trx, channel, member, order, { state: 'not_earning', pending_points: 0 }, now);
        return;
      }
      const points = await earnedBy(trx, member);
      await upsertOrder(
        trx,
        channel,
        member,
        order,
        { state: 'awarded', pending_points: 0, earned: points },
        now,
      );
      if (order.shippingAddressHash) {
        await trx
          .updateTable('loyalty_members')
          .set({ shipping_hash: order.shippingAddressHash })
          .where('id', '=', member.id)
          .execute();
      }
      if (points > 0) {
        await bookAndAnnounce(trx, deps, channel, settings, member.id, {
          kind: 'credit',
          cause: 'order',
          key: `order:${order.orderId}:earn`,
          operation: { type: 'credit', points },
          reference: order.orderId,
        });
      }
      if (order.referralCode) await creditReferral(trx, deps, channel, settings, member, order);
    });
    return;
  }
  if (type === 'order.placed' && settings.earning.pendingPoints) {
    await deps.db.transaction().execute(async (trx) => {
      const member = await buyer(trx);
      if (member.state !== 'member') return;
      const points = await earnedBy(trx, member);
      await upsertOrder(trx, channel, member, order, { state: 'pending', pending_points: points }, now);
    });
  }
}

async function cancelOrder(
  deps: LoyaltyDeps,
  channel: ChannelInfo,
  settings: LoyaltySettings,
  order: OrderSnapshot,
): Promise<void> {
  const row = await orderRow(deps.db, channel.id, order.orderId);
  if (!row) {
    const member = await memberByEmail(deps.db, channel.id, order.customer.email ?? '');
    if (!member) return;
    await deps.db
      .transaction()
      .execute((trx) =>
        upsertOrder(trx, channel, member, order, { state: 'cancelled', pending_points: 0 }, deps.clock.now()),
      );
    return;
  }
  const points = Number(row.earned) - Number(row.reversed);
  await once(deps.db, async (trx) => {
    const member = await lockMember(trx, row.member_id);
    if (!member) return;
    await upsertOrder(
      trx,
      channel,
      member,
      order,
      { state: 'cancelled', pending_points: 0, reversed: Number(row.earned) },
      deps.clock.now(),
    );
    if (row.state !== 'awarded' || points <= 0) return;
    await bookAndAnnounce(trx, deps, channel, settings, member.id, {
      kind: 'reversal',
      cause: 'order_cancelled',
      key: `order:${order.orderId}:cancel`,
      operation: { type: 'reversal', points },
      reference: order.orderId,
    });
  });
}

export async function handleRefund(
  deps: LoyaltyDeps,
  channel: ChannelInfo,
  settings: LoyaltySettings,
  { order, refund }: OrderRefunded,
): Promise<void> {
  const row = await orderRow(deps.db, channel.id, order.orderId);
  if (!row || (row.state !== 'awarded' && row.state !== 'pending')) return;
  await once(deps.db, async (trx) => {
    // Re-read under the member lock: two refunds of one order must not both use a stale total.
    const member = await lockMember(trx, row.member_id);
    const current = await orderRow(trx, channel.id, order.orderId);
    if (!member || !current) return;
    if (current.state === 'pending') {
      const points = pointsForSpend(rewardableAmount(order, settings.earning.base), settings.earning, 100);
      await upsertOrder(
        trx,
        channel,
        member,
        order,
        { state: 'pending', pending_points: points },
        deps.clock.now(),
      );
      return;
    }
    const points = refundReversal({
      earned: Number(current.earned),
      alreadyReversed: Number(current.reversed),
      orderTotal: order.total,
      refundedTotal: order.refundedTotal,
      fullyRefunded: refund.fullyRefunded,
    });
    await upsertOrder(
      trx,
      channel,
      member,
      order,
      { state: 'awarded', reversed: Number(current.reversed) + points },
      deps.clock.now(),
    );
    if (points <= 0) return;
    await bookAndAnnounce(trx, deps, channel, settings, member.id, {
      kind: 'reversal',
      cause: 'order_refunded',
      key: `order:${order.orderId}:refund:${refund.refundId}`,
      operation: { type: 'reversal', points },
      reference: order.orderId,
    });
  });
}

/**
 * The purchase ledger (M3): which paid orders each platform account has been sent as a
 * purchase, shared by the live `order.paid` delivery and the export of past transactions.
 */
import type { Kysely } from 'kysely';
import type { OrderSnapshot } from '../commerce/index.js';
import type { Clock } from '../platform/clock.js';
import type { ConnectionTarget, Connector, OutboundEvent } from './connector.js';
import { ConnectorFailure } from './connector-failure.js';
import type { ConnectorsTables } from './connectors.tables.js';
import { toDelivery } from './domain-events.js';

/**
 * Where a purchase counts as sent: the platform account the connection writes to, so that a
 * reconnected account is not sent its past purchases again; the connection itself when the
 * connector cannot tell.
 */
export function purchaseDestination(connector: Connector, target: ConnectionTarget): string {
  return connector.destinationOf?.(target.settings) ?? `connection:${target.connectionId}`;
}

/**
 * Sends one paid order to one platform account as a purchase at most once, whichever path comes
 * first (the live `order.paid` delivery or an export, however often it runs): the
 * (destination, order) row is claimed before the call and marked sent after it.
 *
 * A crash (or a timeout, where the platform may have recorded the event without our seeing
 * the answer) between the call and the mark leaves the claim in `sending`, and it is never
 * sent again. SALESmanago cannot be asked whether it has the event and never de-duplicates it,
 * so the choice is between a possible duplicate and a possible gap; a duplicate PURCHASE
 * inflates the contact's revenue and fires automation rules twice (seed 001 warns of exactly
 * that), so we keep the gap, and the `sending` row shows where it is. A failure the platform
 * answered (or a refused connection) releases the claim, so the retry sends it.
 */
export async function sendPurchaseOnce(
  db: Kysely<ConnectorsTables>,
  clock: Clock,
  key: { destination: string; orderId: string; by: string },
  send: () => Promise<void>,
): Promise<'sent' | 'already_sent'> {
  const claimed = await db
    .insertInto('connector_purchases')
    .values({
      destination: key.destination,
      order_id: key.orderId,
      state: 'sending',
      claimed_by: key.by,
      claimed_at: clock.now().toISOString(),
      sent_at: null,
    })
    .onConflict((oc) => oc.columns(['destination', 'order_id']).doNothing())
    .executeTakeFirst();
  if (Number(claimed.numInsertedOrUpdatedRows ?? 0) === 0) return 'already_sent';
  try {
    await send();
  } catch (error) {
    if (!mayHaveArrived(error)) {
      await db
        .deleteFrom('connector_purchases')
        .where('destination', '=', key.destination)
        .where('order_id', '=', key.orderId)
        .where('claimed_by', '=', key.by)
        .where('state', '=', 'sending')
        .execute();
    }
    throw error;
  }
  await db
    .updateTable('connector_purchases')
    .set({ state: 'sent', sent_at: clock.now().toISOString() })
    .where('destination', '=', key.destination)
    .where('order_id', '=', key.orderId)
    .execute();
  return 'sent';
}

/** Only a timed-out request may have reached the platform without our knowing. */
function mayHaveArrived(error: unknown): boolean {
  const cause =
    error instanceof ConnectorFailure ? (error.cause as { name?: string } | undefined) : undefined;
  return cause?.name === 'TimeoutError' || cause?.name === 'AbortError';
}

/** A past paid order as the live `order.paid` delivery would send it. */
export function purchaseEvent(order: OrderSnapshot, accountId: string, channelId: string): OutboundEvent {
  return toDelivery({
    id: `export:${order.orderId}`,
    type: 'order.paid',
    accountId,
    channelId,
    occurredAt: order.paidAt ?? order.placedAt,
    payload: { order },
  }).event;
}

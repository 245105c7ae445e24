import { ORDER_EVENTS, type OrderEvent, type OrderEventType } from '../../commerce/index.js';
import type { Clock } from '../../platform/clock.js';
import { AppError } from '../../platform/errors.js';
import { type DomainEvent, type Jobs, readOncePerKey } from '../../platform/jobs/index.js';
import { type Fairness, normalizeOrderRef } from './fairness.service.js';
import type { Ledger } from './invitations.service.js';
import type { InvitationSettings } from './invitations.types.js';
import { invitationFromOrder } from './order-invitation.js';
import type { Settings } from './settings.service.js';

const DAY_MS = 86_400_000;

/** An order whose email is not an address cannot be invited; retrying would not change that. */
async function createIgnoringBadData(create: () => Promise<unknown>): Promise<void> {
  try {
    await create();
  } catch (error) {
    if (error instanceof AppError && error.status < 500) return;
    throw error;
  }
}
/**
 * Backfilled history never invites (R3): automatic invitations must be enabled for the channel,
 * an order imported by CSV is history, and so is one whose trigger (the event's time: when it
 * was placed, paid, fulfilled or delivered) lies further back than the channel's window when
 * Trustloop learns of it.
 */
function backfillAllows(
  config: InvitationSettings,
  order: OrderEvent['order'],
  triggeredAt: string,
  now: Date,
): boolean {
  if (!config.automaticInvitations || order.source === 'import') return false;
  return now.getTime() - new Date(triggeredAt).getTime() <= config.triggerWindowDays * DAY_MS;
}

/**
 * Reacts to other domains' events: the channel's trigger event schedules an automatic
 * invitation after its delay; a cancelled or fully refunded order blocks and cancels its
 * invitations; erasure removes data. (Consent is read from contacts when an invitation is sent.)
 * Every handler is idempotent (dedupe key, upserts), as deliveries are at least once.
 */
export function registerInvitationSubscribers(deps: {
  jobs: Jobs;
  clock: Clock;
  ledger: Ledger;
  fairness: Fairness;
  settings: Settings;
}): void {
  const { jobs, ledger, fairness, settings } = deps;

  /** Schedules an invitation after an order event, or blocks and cancels the order's. */
  async function onOrderEvent(
    event: DomainEvent<OrderEventType>,
    settingsOf: (accountId: string, channelId: string) => Promise<InvitationSettings>,
  ): Promise<void> {
    const { order } = event.payload;
    const orderRef = normalizeOrderRef(order.number || order.externalId);
    const fullyRefunded = event.type === 'order.refunded' && event.payload.refund.fullyRefunded;
    if (event.type === 'order.cancelled' || fullyRefunded) {
      if (orderRef)
        await fairness.blockOrder(
          order.channelId,
          orderRef,
          fullyRefunded ? 'order_refunded' : 'order_cancelled',
        );
      return;
    }
    const config = await settingsOf(event.accountId, order.channelId);
    if (event.type !== config.triggerEvent) return;
    if (!backfillAllows(config, order, event.occurredAt, deps.clock.now())) return;
    if (order.cancelledAt || (order.total > 0 && order.refundedTotal >= order.total)) return;
    const email = order.customer.email;
    if (!email) return;
    await createIgnoringBadData(() =>
      ledger.create(
        event.accountId,
        {
          channelId: order.channelId,
          email,
          ...invitationFromOrder(order),
          orderAliases: [order.externalId],
          method: 'automatic',
          scheduledAt: new Date(new Date(event.occurredAt).getTime() + config.delayDays * DAY_MS),
        },
        '/event/order',
      ),
    );
  }

  jobs.registerSubscriber({
    name: 'reviews.invitations.orders',
    eventTypes: ORDER_EVENTS,
    async handle(event) {
      await onOrderEvent(event, (accountId, channelId) => settings.get(accountId, channelId));
    },
    async handleMany(events) {
      const settingsOf = readOncePerKey(
        (accountId: string, channelId: string) => settings.get(accountId, channelId),
        (accountId, channelId) => `${accountId}\u0000${channelId}`,
      );
      for (const event of events) await onOrderEvent(event, settingsOf);
    },
  });

  // Named as before this subscriber read consent events too, so deliveries queued then still run.
  jobs.registerSubscriber({
    name: 'reviews.invitations.contacts',
    eventTypes: ['customer.erased'],
    async handle(event) {
      const erased = event.payload;
      await fairness.erase(erased.channelId, erased.email.trim().toLowerCase());
    },
  });
}

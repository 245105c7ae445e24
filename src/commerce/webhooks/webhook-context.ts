import type { Clock } from '../../platform/clock.js';
import type { BatchedWrites } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors.js';
import type { ContactsPort } from '../contacts-port.js';
import type { CommerceDb, Orders } from '../orders.service.js';
import type { Privacy } from '../privacy.service.js';
import type { Refunds } from '../refunds.service.js';
import type { ShopConnections } from '../shop-connections.service.js';

/** What the webhook routes are built from. */
export interface WebhookDeps {
  db: CommerceDb;
  writes: BatchedWrites;
  clock: Clock;
  connections: ShopConnections;
  orders: Orders;
  refunds: Refunds;
  privacy: Privacy;
  contacts: ContactsPort;
  /** Deliveries per channel and platform per minute before 429 (shops retry later). */
  rateLimitPerMinute: number;
}

/** The write a verified delivery makes, run in the transaction that records the delivery. */
export type Effect = (trx: CommerceDb) => Promise<void>;

/**
 * Runs `effect`, turning "that order is unknown" into a 409: a refund or fulfilment can
 * overtake its order (Shopify does not keep order), and a non-2xx answer makes the shop retry
 * after the order has arrived.
 */
export async function needingOrder(orderExternalId: string, effect: () => Promise<unknown>): Promise<void> {
  try {
    await effect();
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') {
      throw new AppError(
        'conflict',
        `order ${orderExternalId} has not arrived yet; retry the delivery later`,
      );
    }
    throw error;
  }
}

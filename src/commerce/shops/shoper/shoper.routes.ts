/**
 * `POST /webhooks/shoper/:channelPublicId`: Shoper's order and client webhooks (reference/shops.md
 * §5). The signature is checked first (shoper-webhook.ts). What a delivery's body holds is not
 * documented in what we hold, so a delivery is read as a doorbell: it names the order
 * (`order_id`) or user (`user_id`, the REST `users` resource), and Trustloop reads that record's
 * current state over REST with the connection's API user — a late or repeated delivery
 * therefore never brings old data. A delivery is known again by the state it read (a hash of the
 * record as Trustloop takes it): the same state twice is a duplicate, whatever the delivery's id
 * and body. Shoper documents no retry of a delivery answered non-2xx:
 * whatever a refused delivery carried is brought in by the connection's pull (every minute).
 */
import { createHash } from 'node:crypto';
import { AppError } from '../../../platform/errors.js';
import type { WebhookDeps } from '../../webhooks/webhook-context.js';
import { parseJsonBody, webhookRoute } from '../../webhooks/webhook-intake.js';
import { ShopDiscountError } from '../shop-discount.types.js';
import { UnreadableRow, zonelessTarget } from '../zoneless-shops.js';
import { shoperClientInput } from './shoper.mapping.js';
import { shoperOrderEffect, shoperPuller } from './shoper-pull.js';
import { shoperRestOf } from './shoper-settings.js';
import { SHOPER_CLIENT_EVENTS, SHOPER_ORDER_EVENTS, verifyShoperWebhook } from './shoper-webhook.js';

const ORDER_EVENTS: ReadonlySet<string> = new Set(SHOPER_ORDER_EVENTS);
const CLIENT_EVENTS: ReadonlySet<string> = new Set(SHOPER_CLIENT_EVENTS);

/** The delivery's id for deduplication: the state it brings. */
const stateKey = (state: unknown) =>
  `state:${createHash('sha256').update(JSON.stringify(state)).digest('hex').slice(0, 48)}`;

function idIn(payload: unknown, field: string): string {
  const value = (payload as Record<string, unknown> | null)?.[field];
  if ((typeof value !== 'number' && typeof value !== 'string') || String(value).trim() === '')
    throw AppError.invalid(`/body/${field}`, 'is required');
  return String(value);
}

export function shoperWebhookRoutes(deps: WebhookDeps) {
  return webhookRoute(
    deps,
    { platform: 'shoper', name: 'Shoper', summary: 'Receive a Shoper webhook (order.*, client.*)' },
    async ({ raw, headers, connection, target }) => {
      const { event } = verifyShoperWebhook(raw, headers, connection.secret);
      if (!ORDER_EVENTS.has(event) && !CLIENT_EVENTS.has(event)) return 'ignored';
      const payload = parseJsonBody(raw);
      const settings = connection.settings;
      const shoperTarget = zonelessTarget(settings, target);
      const rest = shoperRestOf(settings);
      try {
        if (ORDER_EVENTS.has(event)) {
          const found = await shoperPuller(rest, shoperTarget).order(idIn(payload, 'order_id'));
          if (!found) return 'ignored';
          const effect = shoperOrderEffect(found.input, found.refunded);
          return { topic: event, deliveryId: stateKey(found), effect: (trx) => effect(trx, deps) };
        }
        const userId = idIn(payload, 'user_id');
        const { list } = await rest.list('users', { filters: { user_id: userId }, limit: 1, page: 1 });
        const input = list[0] ? shoperClientInput(list[0], shoperTarget) : null;
        if (!input) return 'ignored';
        return {
          topic: event,
          deliveryId: stateKey(input),
          effect: async (trx) => void (await deps.contacts.upsertCustomer(trx, input)),
        };
      } catch (error) {
        if (error instanceof UnreadableRow)
          throw new AppError('unprocessable', `Shoper's ${event} record cannot be read: ${error.message}`);
        if (!(error instanceof ShopDiscountError)) throw error;
        // Not stored: a 503 says so; Shoper documents no retry, so the pull brings the change in.
        throw new AppError(
          'unavailable',
          `Shoper's REST API could not be read for this delivery: ${error.message}`,
        );
      }
    },
  );
}
